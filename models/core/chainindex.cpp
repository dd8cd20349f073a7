// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainindex.h"

#include "requirement.h"
#include "step.h"

#include <QHashFunctions>

#include <algorithm>
#include <utility>

namespace Seedline::Detail {

void IndexTable::clear()
{
    // Emptied in place: a table refilled at once (fillSteps) reuses its storage instead of holding
    // a second one of tens of MB at the peak of a load.
    if (m_count > 0 && !m_slots.isDetached())
        m_slots = QVector<Slot>(m_slots.size());
    else if (m_count > 0)
        std::fill(m_slots.begin(), m_slots.end(), Slot{});
    m_count = 0;
}

void IndexTable::reserve(qsizetype elements)
{
    // Room for `elements` at 70% (growth doubles, so that filling one by one stays linear).
    const qsizetype capacity = std::max<qsizetype>(16, elements * 10 / 7 + 1);
    if (capacity <= m_slots.size())
        return;
    QVector<Slot> old = std::exchange(m_slots, QVector<Slot>(capacity));
    for (const Slot &s : std::as_const(old)) {
        if (s.index >= 0)
            place(s);
    }
}

void IndexTable::grow()
{
    reserve(std::max<qsizetype>(16, m_slots.size()) * 2 * 7 / 10 + 1);
}

void IndexTable::place(const Slot &slot)
{
    // Only while rehashing: the entries are distinct, so the first free slot is the place.
    const qsizetype n = m_slots.size();
    Slot *table = m_slots.data();
    for (qsizetype i = start(slot.hash, n);; i = next(i, n)) {
        if (table[i].index < 0) {
            table[i] = slot;
            return;
        }
    }
}

quint32 ChainIndex::hashId(QStringView id)
{
    const size_t h = qHash(id, size_t(0));
    return quint32(h) ^ quint32(quint64(h) >> 32);
}

quint32 ChainIndex::hashEdge(int from, int to, RequirementKind kind)
{
    // splitmix64's finaliser over the packed key.
    quint64 x = (quint64(quint32(from)) << 32 | quint32(to)) ^ (quint64(kind) << 58);
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return quint32(x) ^ quint32(x >> 32);
}

ChainIndex::ChainIndex(const ChainIndex &other)
{
    std::lock_guard lock(other.m_mutex);
    m_steps = other.m_steps;
    m_stepStamp.copyFrom(other.m_stepStamp);
    m_requirements = other.m_requirements;
    m_requirementStamp.copyFrom(other.m_requirementStamp);
}

ChainIndex &ChainIndex::operator=(const ChainIndex &other)
{
    if (this == &other)
        return *this;
    std::scoped_lock lock(m_mutex, other.m_mutex);
    m_steps = other.m_steps;
    m_stepStamp.copyFrom(other.m_stepStamp);
    m_requirements = other.m_requirements;
    m_requirementStamp.copyFrom(other.m_requirementStamp);
    return *this;
}

ChainIndex::ChainIndex(ChainIndex &&other) noexcept
    : m_steps(std::move(other.m_steps))
    , m_requirements(std::move(other.m_requirements))
{
    m_stepStamp.copyFrom(other.m_stepStamp);
    m_requirementStamp.copyFrom(other.m_requirementStamp);
    other.m_steps.clear();
    other.m_requirements.clear();
    other.m_stepStamp.reset();
    other.m_requirementStamp.reset();
}

ChainIndex &ChainIndex::operator=(ChainIndex &&other) noexcept
{
    if (this == &other)
        return *this;
    // A value being moved from or assigned to is not shared with another thread.
    m_steps = std::move(other.m_steps);
    m_requirements = std::move(other.m_requirements);
    m_stepStamp.copyFrom(other.m_stepStamp);
    m_requirementStamp.copyFrom(other.m_requirementStamp);
    other.m_steps.clear();
    other.m_requirements.clear();
    other.m_stepStamp.reset();
    other.m_requirementStamp.reset();
    return *this;
}

void ChainIndex::fillSteps(const QVector<Step> &steps) const
{
    m_steps.clear();
    m_steps.reserve(steps.size());
    // Slots are random places in a table of tens of MB for a million steps: one cache miss each.
    // The hashes of the next `ahead` ids are made and their slots prefetched before a slot is
    // written, so that the misses overlap instead of following one another.
    constexpr int ahead = 16;
    quint32 hashes[ahead];
    const int n = int(steps.size());
    for (int i = 0; i < std::min(n, ahead); ++i) {
        hashes[i] = hashId(steps[i].id);
        m_steps.prefetch(hashes[i]);
    }
    for (int i = 0; i < n; ++i) {
        const quint32 hash = hashes[i % ahead];
        if (i + ahead < n) {
            hashes[i % ahead] = hashId(steps[i + ahead].id);
            m_steps.prefetch(hashes[i % ahead]);
        }
        const QString &id = steps[i].id;
        m_steps.insert(hash, i, [&](int j) { return steps[j].id == id; });
    }
}

void ChainIndex::fillRequirements(const QVector<Requirement> &requirements) const
{
    m_requirements.clear();
    m_requirements.reserve(requirements.size());
    for (int i = 0; i < requirements.size(); ++i) {
        const Requirement &r = requirements[i];
        // The first of identical edges is the one a duplicate check finds.
        const auto same = [&](int j) {
            const Requirement &q = requirements[j];
            return q.from == r.from && q.to == r.to && q.kind == r.kind;
        };
        const quint32 h = hashEdge(r.from, r.to, r.kind);
        if (m_requirements.find(h, same) < 0)
            m_requirements.insert(h, i, same);
    }
}

void ChainIndex::ensureSteps(const QVector<Step> &steps) const
{
    if (m_stepStamp.describes(steps))
        return;
    std::lock_guard lock(m_mutex);
    if (m_stepStamp.describes(steps))
        return;
    fillSteps(steps);
    m_stepStamp.set(steps);
}

void ChainIndex::ensureRequirements(const QVector<Requirement> &requirements) const
{
    if (m_requirementStamp.describes(requirements))
        return;
    std::lock_guard lock(m_mutex);
    if (m_requirementStamp.describes(requirements))
        return;
    fillRequirements(requirements);
    m_requirementStamp.set(requirements);
}

int ChainIndex::indexOfStep(const QVector<Step> &steps, QStringView id) const
{
    ensureSteps(steps);
    return m_steps.find(hashId(id), [&](int i) { return i < steps.size() && steps[i].id == id; });
}

void ChainIndex::stepAppended(const QVector<Step> &steps)
{
    const int i = int(steps.size() - 1);
    const QString &id = steps[i].id;
    m_steps.insert(hashId(id), i, [&](int j) { return steps[j].id == id; });
    m_stepStamp.set(steps);
}

int ChainIndex::claimStepId(const QVector<Step> &steps, const QString &id)
{
    ensureSteps(steps);
    return m_steps.findOrInsert(hashId(id), int(steps.size()),
                                [&](int j) { return j < steps.size() && steps[j].id == id; });
}

void ChainIndex::reserveSteps(const QVector<Step> &steps, qsizetype count)
{
    ensureSteps(steps);
    m_steps.reserve(count);
}

void ChainIndex::claimedStepAppended(const QVector<Step> &steps)
{
    m_stepStamp.set(steps);
}

int ChainIndex::indexOfRequirement(const QVector<Requirement> &requirements, int from, int to,
                                   RequirementKind kind) const
{
    ensureRequirements(requirements);
    return m_requirements.find(hashEdge(from, to, kind), [&](int i) {
        if (i >= requirements.size())
            return false;
        const Requirement &q = requirements[i];
        return q.from == from && q.to == to && q.kind == kind;
    });
}

void ChainIndex::requirementAppended(const QVector<Requirement> &requirements)
{
    const int i = int(requirements.size() - 1);
    const Requirement &r = requirements[i];
    m_requirements.insert(hashEdge(r.from, r.to, r.kind), i, [&](int j) {
        const Requirement &q = requirements[j];
        return q.from == r.from && q.to == r.to && q.kind == r.kind;
    });
    m_requirementStamp.set(requirements);
}

void ChainIndex::rebuild(const QVector<Step> &steps)
{
    std::lock_guard lock(m_mutex);
    fillSteps(steps);
    m_stepStamp.set(steps);
    m_requirements.clear();
    m_requirementStamp.reset();
}

} // namespace Seedline::Detail

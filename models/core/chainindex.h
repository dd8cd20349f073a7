// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QVector>

#include <atomic>
#include <mutex>

namespace Seedline {

struct Step;
struct Requirement;
enum class RequirementKind : quint8;

namespace Detail {

// An open-addressing table of element indices, keyed by a hash of the element the index points to:
// the keys live in the chain's own vectors, so a table costs 8 bytes a slot and never copies an id.
// Every hit is checked against the element itself (`equal(index)`), so an element edited in place
// is simply not found under its old key. Copies share their slots (implicitly shared).
class IndexTable
{
public:
    qsizetype count() const { return m_count; }
    void clear();
    void reserve(qsizetype elements);

    // The index whose element `equal` accepts among those stored under `hash`, or -1.
    template<typename Equal>
    int find(quint32 hash, Equal &&equal) const
    {
        if (m_slots.isEmpty())
            return -1;
        const qsizetype n = m_slots.size();
        for (qsizetype i = start(hash, n);; i = next(i, n)) {
            const Slot &s = m_slots.at(i);
            if (s.index < 0)
                return -1;
            if (s.hash == hash && equal(s.index))
                return s.index;
        }
    }

    // Stores `index` under `hash`; an entry `equal` accepts is replaced (the later element wins).
    template<typename Equal>
    void insert(quint32 hash, int index, Equal &&equal)
    {
        Slot &s = slotFor(hash, equal);
        if (s.index < 0) {
            s = Slot{hash, index};
            ++m_count;
        } else {
            s.index = index;
        }
    }

    // The index `equal` accepts among those under `hash`; stores `index` and returns -1 when there
    // is none (one probe for both).
    template<typename Equal>
    int findOrInsert(quint32 hash, int index, Equal &&equal)
    {
        Slot &s = slotFor(hash, equal);
        if (s.index >= 0)
            return s.index;
        s = Slot{hash, index};
        ++m_count;
        return -1;
    }

    // Starts loading the slot where `hash` begins its probe into the cache (a table that is not
    // empty): a bulk fill asks for slots ahead of the one it writes, so that their misses overlap.
    void prefetch(quint32 hash) const
    {
        __builtin_prefetch(m_slots.constData() + start(hash, m_slots.size()), 1);
    }

    // The slot where the probe for `hash` begins in a table of `n` slots: the hash is spread over
    // all 32 bits (Fibonacci hashing) and scaled to [0, n), so that the table can be any size (70%
    // full after a reserve, not up to 35% as a power of two would leave it).
    static qsizetype start(quint32 hash, qsizetype n)
    {
        return qsizetype((quint64(hash * 0x9E3779B1u) * quint64(n)) >> 32);
    }
    static qsizetype next(qsizetype i, qsizetype n) { return i + 1 == n ? 0 : i + 1; }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 index = -1; // -1: empty
    };
    void grow();
    void place(const Slot &slot);

    // The slot of the entry `equal` accepts under `hash`, or the empty slot where it would go
    // (after growing the table if one more entry would fill it past 70%).
    template<typename Equal>
    Slot &slotFor(quint32 hash, Equal &equal)
    {
        if ((m_count + 1) * 10 > m_slots.size() * 7)
            grow();
        const qsizetype n = m_slots.size();
        Slot *table = m_slots.data();
        for (qsizetype i = start(hash, n);; i = next(i, n)) {
            Slot &s = table[i];
            if (s.index < 0 || (s.hash == hash && equal(s.index)))
                return s;
        }
    }

    QVector<Slot> m_slots; // at most 70% full
    qsizetype m_count = 0;
};

// Which state of a vector a table describes: its size and its storage. Appending, assigning, removing
// and detaching all change one of them, so a table is rebuilt after the vector was edited directly.
struct IndexStamp
{
    std::atomic<qsizetype> size{-1};
    std::atomic<const void *> data{nullptr};

    template<typename T>
    bool describes(const QVector<T> &v) const
    {
        return size.load(std::memory_order_acquire) == v.size()
            && data.load(std::memory_order_acquire) == static_cast<const void *>(v.constData());
    }
    template<typename T>
    void set(const QVector<T> &v)
    {
        data.store(v.constData(), std::memory_order_release);
        size.store(v.size(), std::memory_order_release);
    }
    void reset()
    {
        size.store(-1, std::memory_order_relaxed);
        data.store(nullptr, std::memory_order_relaxed);
    }
    void copyFrom(const IndexStamp &other)
    {
        data.store(other.data.load(std::memory_order_acquire), std::memory_order_relaxed);
        size.store(other.size.load(std::memory_order_acquire), std::memory_order_relaxed);
    }
};

// The lookup tables of a Chain: step id -> step index, and (from, to, kind) -> requirement index.
// Chain's mutators keep them valid; a table that no longer describes its vector (edited directly) is
// rebuilt on the next lookup. A const Chain is shared across threads (ChainPtr): the first lookup
// that finds a table missing or out of date builds it under a lock and publishes it through the
// stamp, and lookups read a table only once its stamp describes the vector, so concurrent lookups on
// a shared chain are safe. The requirement table is built on the first duplicate check only.
class ChainIndex
{
public:
    ChainIndex() = default;
    ChainIndex(const ChainIndex &other);
    ChainIndex &operator=(const ChainIndex &other);
    ChainIndex(ChainIndex &&other) noexcept;
    ChainIndex &operator=(ChainIndex &&other) noexcept;
    ~ChainIndex() = default;

    int indexOfStep(const QVector<Step> &steps, QStringView id) const;
    // Brings the table up to date before `steps` grows by one (call before appending).
    void prepareStepAppend(const QVector<Step> &steps) const { ensureSteps(steps); }
    // Records the step just appended.
    void stepAppended(const QVector<Step> &steps);
    // Before appending a step with `id`: the index of the step that has the id, or -1 after
    // recording the id for the step about to be appended; then call claimedStepAppended.
    int claimStepId(const QVector<Step> &steps, const QString &id);
    // Makes room for `count` steps in the table, so that appending them never rehashes it.
    void reserveSteps(const QVector<Step> &steps, qsizetype count);
    void claimedStepAppended(const QVector<Step> &steps);

    int indexOfRequirement(const QVector<Requirement> &requirements, int from, int to, RequirementKind kind) const;
    void requirementAppended(const QVector<Requirement> &requirements);

    // Rebuilds the step table now; forgets the requirement table (rebuilt when next needed).
    void rebuild(const QVector<Step> &steps);

    static quint32 hashId(QStringView id);
    static quint32 hashEdge(int from, int to, RequirementKind kind);

private:
    void ensureSteps(const QVector<Step> &steps) const;
    void ensureRequirements(const QVector<Requirement> &requirements) const;
    void fillSteps(const QVector<Step> &steps) const;
    void fillRequirements(const QVector<Requirement> &requirements) const;

    mutable std::mutex m_mutex; // held while a table is built or copied
    mutable IndexTable m_steps;
    mutable IndexStamp m_stepStamp;
    mutable IndexTable m_requirements;
    mutable IndexStamp m_requirementStamp;
};

} // namespace Detail
} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain.h"

#include "textdistance.h"

#include <QSet>


namespace Seedline {

void Chain::reindex()
{
    m_index.clear();
    m_index.reserve(steps.size());
    for (int i = 0; i < steps.size(); ++i)
        m_index.insert(steps[i].id, i);
    m_indexedSteps = steps.size();
}

int Chain::indexOf(const QString &id) const
{
    if (m_indexedSteps != steps.size() || (m_index.isEmpty() && !steps.isEmpty()))
        const_cast<Chain *>(this)->reindex();
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return -1;
    // Guard against a stale index after in-place edits of ids.
    if (*it < steps.size() && steps[*it].id == id)
        return *it;
    const_cast<Chain *>(this)->reindex();
    return m_index.value(id, -1);
}

const Step *Chain::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &steps[i];
}

int Chain::addStep(const Step &step)
{
    if (m_indexedSteps != steps.size())
        reindex();
    steps.append(step);
    m_index.insert(step.id, int(steps.size() - 1));
    m_indexedSteps = steps.size();
    return int(steps.size() - 1);
}

bool Chain::addRequirement(const Requirement &requirement)
{
    for (const Requirement &r : std::as_const(requirements)) {
        if (r.from == requirement.from && r.to == requirement.to && r.kind == requirement.kind)
            return false;
    }
    requirements.append(requirement);
    return true;
}

QStringList Chain::nearestIds(const QString &id, int max) const
{
    QStringList ids;
    ids.reserve(steps.size());
    for (const Step &s : steps)
        ids << s.id;
    return nearestWords(id, ids, max);
}

int Chain::buildCount(bool includeExcluded) const
{
    int n = 0;
    for (const Step &s : steps) {
        if (s.isBuild() && (includeExcluded || !s.excluded))
            ++n;
    }
    return n;
}

namespace {

void unify(Step &into, const Step &from)
{
    if (into.label.isEmpty())
        into.label = from.label;
    for (const QString &f : from.families) {
        if (!into.families.contains(f))
            into.families << f;
    }
    if (!into.facts.released)
        into.facts.released = from.facts.released;
    if (!into.facts.buildHours)
        into.facts.buildHours = from.facts.buildHours;
    if (!into.facts.seedBytes)
        into.facts.seedBytes = from.facts.seedBytes;
    if (into.facts.url.isEmpty())
        into.facts.url = from.facts.url;
    if (into.facts.notes.isEmpty())
        into.facts.notes = from.facts.notes;
    if (into.prose.isEmpty())
        into.prose = from.prose;
    if (!into.origin.isValid())
        into.origin = from.origin;
    if (!into.proseOrigin.isValid())
        into.proseOrigin = from.proseOrigin.isValid() ? from.proseOrigin : SourceRange{};
}

} // namespace

Chain mergeChains(const QVector<Chain> &chains)
{
    if (chains.size() == 1)
        return chains.front();
    Chain out;
    QSet<std::pair<quint64, int>> seenEdges;
    QStringList titles;
    for (const Chain &c : chains) {
        if (!c.title.isEmpty())
            titles << c.title;
        QVector<int> map(c.steps.size(), -1);
        for (int i = 0; i < c.steps.size(); ++i) {
            const Step &s = c.steps[i];
            const int existing = out.indexOf(s.id);
            if (existing >= 0) {
                unify(out.steps[existing], s);
                map[i] = existing;
            } else {
                map[i] = out.addStep(s);
            }
        }
        for (const Requirement &r : c.requirements) {
            if (r.from < 0 || r.to < 0 || r.from >= map.size() || r.to >= map.size())
                continue;
            Requirement m = r;
            m.from = map[r.from];
            m.to = map[r.to];
            const std::pair<quint64, int> key{(quint64(quint32(m.from)) << 32) | quint32(m.to), int(m.kind)};
            if (seenEdges.contains(key))
                continue;
            seenEdges.insert(key);
            out.requirements.append(m);
        }
        for (const Scenario &s : c.scenarios) {
            const bool dup = std::any_of(out.scenarios.begin(), out.scenarios.end(),
                                         [&](const Scenario &o) { return o.name == s.name; });
            if (!dup)
                out.scenarios.append(s);
        }
        for (const Tour &t : c.tours) {
            const bool dup = std::any_of(out.tours.begin(), out.tours.end(),
                                         [&](const Tour &o) { return o.name == t.name; });
            if (!dup)
                out.tours.append(t);
        }
        out.timeline.releases += c.timeline.releases;
        out.timeline.anchors += c.timeline.anchors;
        out.timeline.observed += c.timeline.observed;
        out.timeline.events += c.timeline.events;
        out.sources += c.sources;
        for (auto it = c.configuration.begin(); it != c.configuration.end(); ++it)
            out.configuration.insert(it.key(), it.value());
    }
    out.title = titles.join(QStringLiteral(" + "));
    return out;
}

} // namespace Seedline

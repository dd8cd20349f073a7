// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain.h"

#include "textdistance.h"



namespace Seedline {

void Chain::reindex()
{
    m_index.rebuild(steps);
}

int Chain::indexOf(QStringView id) const
{
    return m_index.indexOfStep(steps, id);
}

const Step *Chain::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &steps[i];
}

int Chain::addStep(const Step &step)
{
    return addStep(Step(step));
}

int Chain::addStep(Step &&step)
{
    m_index.prepareStepAppend(steps);
    steps.append(std::move(step));
    m_index.stepAppended(steps);
    return int(steps.size() - 1);
}

void Chain::reserveSteps(qsizetype count)
{
    steps.reserve(count);
    m_index.reserveSteps(steps, count);
}

int Chain::addStepIfNew(Step &&step)
{
    if (m_index.claimStepId(steps, step.id) >= 0)
        return -1;
    steps.append(std::move(step));
    m_index.claimedStepAppended(steps);
    return int(steps.size() - 1);
}

bool Chain::addRequirement(const Requirement &requirement)
{
    if (indexOfRequirement(requirement.from, requirement.to, requirement.kind) >= 0)
        return false;
    requirements.append(requirement);
    m_index.requirementAppended(requirements);
    return true;
}

bool Chain::addRequirement(Requirement &&requirement)
{
    if (indexOfRequirement(requirement.from, requirement.to, requirement.kind) >= 0)
        return false;
    requirements.append(std::move(requirement));
    m_index.requirementAppended(requirements);
    return true;
}

int Chain::indexOfRequirement(int from, int to, RequirementKind kind) const
{
    return m_index.indexOfRequirement(requirements, from, to, kind);
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
    if (!into.facts->released)
        into.facts.edit().released = from.facts->released;
    if (!into.facts->buildHours)
        into.facts.edit().buildHours = from.facts->buildHours;
    if (!into.facts->seedBytes)
        into.facts.edit().seedBytes = from.facts->seedBytes;
    if (into.facts->url.isEmpty())
        into.facts.edit().url = from.facts->url;
    if (into.facts->notes.isEmpty())
        into.facts.edit().notes = from.facts->notes;
    if (into.details->prose.isEmpty())
        into.details.edit().prose = from.details->prose;
    if (!into.origin.isValid())
        into.origin = from.origin;
    if (!into.details->proseOrigin.isValid())
        into.details.edit().proseOrigin = from.details->proseOrigin.isValid() ? from.details->proseOrigin : SourceRange{};
}

} // namespace

Chain mergeChains(const QVector<Chain> &chains)
{
    if (chains.size() == 1)
        return chains.front();
    Chain out;
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
            out.addRequirement(std::move(m));
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

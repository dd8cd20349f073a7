// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projection.h"

#include <algorithm>
#include <bit>
#include <vector>

namespace Seedline {

namespace {

// (from, to, kind) in one word: from < 2^29, to < 2^32, kind index < 8.
quint64 edgeKey(int from, int to, RequirementKind kind)
{
    return (quint64(quint32(from)) << 35) | (quint64(quint32(to)) << 3) | quint64(std::countr_zero(quint8(kind)));
}

QString versionRange(const Step &first, const Step &last)
{
    if (first.version.isEmpty() || last.version.isEmpty())
        return {};
    if (first.version == last.version)
        return first.version;
    return first.version + QStringLiteral(" \u2192 ") + last.version;
}

Step groupStep(const Chain &chain, const FoldGroup &group)
{
    const Step &first = chain.steps[group.members.first()];
    const Step &last = chain.steps[group.members.last()];
    Step s;
    s.id = group.id;
    s.kind = group.kind == FoldGroup::Kind::Series ? StepKind::Build : StepKind::Stage;
    s.package = group.kind == FoldGroup::Kind::Series ? group.package : QString();
    s.label = foldGroupLabel(chain, group);
    if (group.kind == FoldGroup::Kind::Series)
        s.version = first.version == last.version ? first.version : first.version + QChar(0x2013) + last.version;
    s.origin = first.origin;
    s.details.edit().proseOrigin = first.details->proseOrigin;
    s.excluded = true;
    QStringList ids;
    double hours = 0;
    bool anyHours = false;
    for (int m : group.members) {
        const Step &member = chain.steps[m];
        ids << member.id;
        for (const QString &f : member.families) {
            if (!s.families.contains(f))
                s.families << f;
        }
        if (member.facts->buildHours) {
            hours += *member.facts->buildHours;
            anyHours = true;
        }
        s.excluded = s.excluded && member.excluded;
    }
    if (anyHours)
        s.facts.edit().buildHours = hours;
    s.facts.edit().released = last.facts->released;
    s.details.edit().prose = QStringLiteral("%1 folded into one node: %2").arg(s.label, ids.join(QStringLiteral(", ")));
    s.details.edit().attributes.insert(QStringLiteral("fold.first"), first.id);
    s.details.edit().attributes.insert(QStringLiteral("fold.last"), last.id);
    s.details.edit().attributes.insert(QStringLiteral("fold.members"), QString::number(group.members.size()));
    return s;
}

} // namespace

QString foldGroupLabel(const Chain &real, const FoldGroup &group)
{
    if (group.members.isEmpty())
        return group.title;
    const Step &first = real.steps[group.members.first()];
    const Step &last = real.steps[group.members.last()];
    const int n = int(group.members.size());
    if (group.kind == FoldGroup::Kind::Series) {
        int builds = 0;
        for (int m : group.members)
            builds += real.steps[m].isBuild() ? 1 : 0;
        const QString range = versionRange(first, last);
        return QStringLiteral("%1%2 \u00B7 %3 builds")
            .arg(group.title.isEmpty() ? group.package : group.title,
                 range.isEmpty() ? QString() : u' ' + range)
            .arg(builds);
    }
    if (group.kind == FoldGroup::Kind::Run)
        return QStringLiteral("%1 steps: %2").arg(n).arg(group.title);
    return QStringLiteral("%1 \u00B7 %2 steps").arg(group.title).arg(n);
}

const FoldGroup *ChainProjection::groupAt(int node) const
{
    const int g = groupOfNode.value(node, -1);
    return g >= 0 ? &groups[g] : nullptr;
}

int ChainProjection::shownIndexOf(const QString &id) const
{
    const int shownIndex = shown.indexOf(id);
    if (shownIndex >= 0)
        return shownIndex;
    const int r = real.indexOf(id);
    return r >= 0 ? nodeOf.value(r, -1) : -1;
}

ChainProjection identityProjection(const Chain &real)
{
    return foldGroups(real, {});
}

ChainProjection foldGroups(const Chain &real, QVector<FoldGroup> groups)
{
    ChainProjection out;
    out.real = real;
    out.real.indexOf(QString()); // build the id index now: the value is shared across threads
    const int n = int(real.steps.size());

    // Each step in at most one group; empty groups dropped.
    std::vector<int> groupOf(size_t(n), -1);
    for (FoldGroup &g : groups) {
        QVector<int> kept;
        kept.reserve(g.members.size());
        for (int m : std::as_const(g.members)) {
            if (m >= 0 && m < n && groupOf[size_t(m)] < 0 && !kept.contains(m))
                kept.append(m);
        }
        std::sort(kept.begin(), kept.end());
        g.members = kept;
        if (g.members.isEmpty())
            continue;
        const int index = int(out.groups.size());
        for (int m : std::as_const(g.members))
            groupOf[size_t(m)] = index;
        g.node = -1;
        out.groups.append(g);
    }

    Chain &shown = out.shown;
    shown.title = real.title;
    shown.description = real.description;
    shown.scenarios = real.scenarios;
    shown.timeline = real.timeline;
    shown.sources = real.sources;
    shown.configuration = real.configuration;
    shown.graphAttributes = real.graphAttributes;
    shown.directed = real.directed;
    if (out.groups.isEmpty()) {
        shown.steps = real.steps;
    } else {
        shown.steps.reserve(n);
    }
    out.nodeOf = QVector<int>(n, -1);
    out.members.reserve(n);
    out.groupOfNode.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int g = groupOf[size_t(i)];
        if (g < 0) {
            out.nodeOf[i] = out.groups.isEmpty() ? i : int(shown.steps.size());
            if (!out.groups.isEmpty())
                shown.steps.append(real.steps[i]);
            out.members.append(QVector<int>{i});
            out.groupOfNode.append(-1);
            continue;
        }
        FoldGroup &group = out.groups[g];
        if (group.node < 0) {
            group.node = int(shown.steps.size());
            shown.steps.append(groupStep(real, group));
            out.members.append(group.members);
            out.groupOfNode.append(g);
        }
        out.nodeOf[i] = group.node;
    }
    shown.reindex();

    // Requirements: the real edges between different shown nodes, one per (from, to, kind) in the
    // order of their first real edge.
    const int m = int(real.requirements.size());
    out.shownRequirementOf = QVector<int>(m, -1);
    if (out.groups.isEmpty()) {
        shown.requirements = real.requirements;
        out.requirementsOf.reserve(m);
        for (int e = 0; e < m; ++e) {
            const Requirement &r = real.requirements[e];
            if (r.from < 0 || r.to < 0 || r.from >= n || r.to >= n)
                continue;
            out.shownRequirementOf[e] = e;
        }
        out.requirementsOf.resize(m);
        for (int e = 0; e < m; ++e)
            out.requirementsOf[e] = {e};
        return out;
    }
    std::vector<std::pair<quint64, int>> keys;
    keys.reserve(size_t(m));
    for (int e = 0; e < m; ++e) {
        const Requirement &r = real.requirements[e];
        if (r.from < 0 || r.to < 0 || r.from >= n || r.to >= n)
            continue;
        const int from = out.nodeOf[r.from];
        const int to = out.nodeOf[r.to];
        if (from != to || (groupOf[size_t(r.from)] < 0 && r.from == r.to))
            keys.emplace_back(edgeKey(from, to, r.kind), e);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    // The first real edge of each key becomes the shown edge; later ones join its list.
    std::vector<int> firstOf(size_t(m), -1);
    for (size_t k = 0; k < keys.size(); ++k) {
        const bool first = k == 0 || keys[k].first != keys[k - 1].first;
        firstOf[size_t(keys[k].second)] = first ? keys[k].second : firstOf[size_t(keys[k - 1].second)];
    }
    shown.requirements.reserve(m);
    out.requirementsOf.reserve(m);
    for (int e = 0; e < m; ++e) {
        const int head = firstOf[size_t(e)];
        if (head < 0)
            continue;
        if (head == e) {
            Requirement r = real.requirements[e];
            r.from = out.nodeOf[r.from];
            r.to = out.nodeOf[r.to];
            out.shownRequirementOf[e] = int(shown.requirements.size());
            shown.requirements.append(r);
            out.requirementsOf.append(QVector<int>{e});
        } else {
            const int s = out.shownRequirementOf[head];
            out.shownRequirementOf[e] = s;
            out.requirementsOf[s].append(e);
        }
    }
    return out;
}

} // namespace Seedline

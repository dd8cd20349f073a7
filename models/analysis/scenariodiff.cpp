// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariodiff.h"

#include "analysis/familyrequirement.h"
#include "analysis/graphindex.h"
#include "analysis/metrics.h"
#include "core/chain.h"

#include <QSet>

#include <algorithm>

namespace Seedline {

namespace {

QString edgeKey(const Chain &chain, const Requirement &r)
{
    const auto id = [&chain](int i) { return i >= 0 && i < chain.steps.size() ? chain.steps[i].id : QString(); };
    return id(r.from) + QChar(0x1F) + id(r.to) + QChar(0x1F) + QString::number(int(r.kind));
}

QString memberKey(const Chain &chain, const QVector<int> &steps)
{
    QStringList ids;
    for (int s : steps)
        ids << chain.steps[s].id;
    std::sort(ids.begin(), ids.end());
    return ids.join(QChar(0x1F));
}

int withoutItself(const Chain &chain, int step, int buildsToReach)
{
    return buildsToReach < 0 ? buildsToReach
                             : buildsToReach - (chain.steps[step].isBuild() && !chain.steps[step].excluded ? 1 : 0);
}

} // namespace

const FamilyDelta *ScenarioDiff::family(const QString &name) const
{
    for (const FamilyDelta &d : families) {
        if (d.family == name)
            return &d;
    }
    return nullptr;
}

namespace {

struct ReachIndexes
{
    GraphIndex allBefore, allAfter, followedBefore, followedAfter;
};

ReachChange reachChange(const Chain &before, const Chain &after, const QString &id, const ReachIndexes &g)
{
    ReachChange r;
    r.id = id;
    const int b = before.indexOf(id);
    const int a = after.indexOf(id);
    if (b >= 0) {
        r.buildsToReachWithout = buildsToReach(before, g.allBefore, b);
        r.buildsBeforeWithout = withoutItself(before, b, r.buildsToReachWithout);
        r.buildsNeededWithout = buildsToReach(before, g.followedBefore, b);
    }
    if (a >= 0) {
        r.buildsToReachWith = buildsToReach(after, g.allAfter, a);
        r.buildsBeforeWith = withoutItself(after, a, r.buildsToReachWith);
        r.buildsNeededWith = buildsToReach(after, g.followedAfter, a);
    }
    return r;
}

} // namespace

ReachChange reachChange(const Chain &before, const Chain &after, const QString &id, RequirementKinds followed)
{
    return reachChange(before, after, id,
                       ReachIndexes{GraphIndex::build(before, allKinds()), GraphIndex::build(after, allKinds()),
                                    GraphIndex::build(before, followed), GraphIndex::build(after, followed)});
}

ScenarioDiff diffScenario(const Chain &before, const Chain &after, const QStringList &families,
                          RequirementKinds followed, const QString &target)
{
    ScenarioDiff diff;

    QSet<QString> beforeEdges;
    for (const Requirement &r : before.requirements)
        beforeEdges.insert(edgeKey(before, r));
    QSet<QString> afterEdges;
    for (int e = 0; e < after.requirements.size(); ++e) {
        const QString key = edgeKey(after, after.requirements[e]);
        afterEdges.insert(key);
        if (!beforeEdges.contains(key))
            diff.addedEdges.append(e);
    }
    for (int e = 0; e < before.requirements.size(); ++e) {
        if (!afterEdges.contains(edgeKey(before, before.requirements[e])))
            diff.removedEdges.append(e);
    }

    const GraphIndex gb = GraphIndex::build(before, followed);
    const GraphIndex ga = GraphIndex::build(after, followed);
    const int targetBefore = target.isEmpty() ? -1 : before.indexOf(target);
    const int targetAfter = target.isEmpty() ? -1 : after.indexOf(target);
    const bool haveTarget = targetBefore >= 0 && targetAfter >= 0;
    if (haveTarget) {
        diff.target = target;
        diff.buildsBefore = buildsToReach(before, gb, targetBefore);
        diff.buildsAfter = buildsToReach(after, ga, targetAfter);
    }

    for (const QString &family : families) {
        FamilyDelta delta;
        delta.family = family;
        const FamilyRequirement rb = requiresFamily(before, gb, family);
        const FamilyRequirement ra = requiresFamily(after, ga, family);
        delta.requiringBefore = rb.steps.count();
        delta.requiringAfter = ra.steps.count();
        ra.steps.forEach([&](int i) {
            const int b = before.indexOf(after.steps[i].id);
            if (b < 0 || !rb.steps.test(b))
                delta.newlyRequiring.append(i);
        });
        rb.steps.forEach([&](int i) {
            const int a = after.indexOf(before.steps[i].id);
            if (a < 0 || !ra.steps.test(a))
                delta.noLongerRequiring.append(i);
        });
        if (haveTarget) {
            delta.chainLengthBefore = familyChain(before, gb, targetBefore, family).length();
            delta.chainLengthAfter = familyChain(after, ga, targetAfter, family).length();
        }
        diff.families.append(delta);
    }

    QSet<QString> oldCycles;
    for (const Cycle &c : stronglyConnectedComponents(gb))
        oldCycles.insert(memberKey(before, c.steps));
    for (const Cycle &c : stronglyConnectedComponents(ga)) {
        if (!oldCycles.contains(memberKey(after, c.steps)))
            diff.newCycles.append(c);
    }

    QStringList reachIds;
    QVector<int> sources;
    for (int e : std::as_const(diff.addedEdges))
        sources.append(after.requirements[e].from);
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    for (int s : std::as_const(sources))
        reachIds << after.steps[s].id;
    if (haveTarget && !reachIds.contains(target))
        reachIds << target;
    if (!reachIds.isEmpty()) {
        const ReachIndexes indexes{GraphIndex::build(before, allKinds()), GraphIndex::build(after, allKinds()), gb, ga};
        for (const QString &id : std::as_const(reachIds))
            diff.reach.append(reachChange(before, after, id, indexes));
    }
    return diff;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/cycles.h"
#include "core/requirement.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

struct Chain;

// How requiring one family changed.
struct FamilyDelta
{
    QString family;
    QVector<int> newlyRequiring;     // steps of `after` that require the family now but did not before
    QVector<int> noLongerRequiring;  // steps of `before` that required it and no longer do
    int requiringBefore = 0;         // how many steps required it before / after
    int requiringAfter = 0;
    int chainLengthBefore = -1;      // familyChain(target, family).length(); -1 without a target
    int chainLengthAfter = -1;
};

// Builds to reach one step before and after a what-if: over every edge kind (what comes before it,
// itself excluded) and over the followed kinds (what it really needs, itself included).
struct ReachChange
{
    QString id;
    int buildsToReachWithout = -1; // builds up to and including it (every kind), without / with
    int buildsToReachWith = -1;
    int buildsBeforeWithout = -1; // builds that come before it (itself excluded), without / with
    int buildsBeforeWith = -1;
    int buildsNeededWithout = -1; // builds it needs over the followed kinds
    int buildsNeededWith = -1;
};

// What a what-if changed. Steps and edges are matched between the chains by step ids (and kind for
// edges); indices refer to `before` for what was removed and to `after` for what was added.
struct ScenarioDiff
{
    QVector<int> addedEdges;   // requirement indices in `after`
    QVector<int> removedEdges; // requirement indices in `before`
    QVector<FamilyDelta> families;
    QString target;            // the target id, if any was given and found in both chains
    int buildsBefore = -1;     // buildsToReach(target); -1 without a target
    int buildsAfter = -1;
    QVector<Cycle> newCycles;  // components of `after` whose member set was not a component before
    // For every step an added edge starts from (the Rust-requiring CPython), in step order of
    // `after`, then for the target if it is not among them.
    QVector<ReachChange> reach;
    const FamilyDelta *family(const QString &name) const;
};

// The reach figures of one step (by id) in two chains; -1 where it is missing.
ReachChange reachChange(const Chain &before, const Chain &after, const QString &id, RequirementKinds followed);

ScenarioDiff diffScenario(const Chain &before, const Chain &after, const QStringList &families,
                          RequirementKinds followed, const QString &target = QString());

} // namespace Seedline

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
};

ScenarioDiff diffScenario(const Chain &before, const Chain &after, const QStringList &families,
                          RequirementKinds followed, const QString &target = QString());

} // namespace Seedline

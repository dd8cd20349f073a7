// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Seedline {

struct Chain;
class GraphIndex;

// Number of included Build steps among dependencies(target), plus the target if it is a build.
// Passes count separately (python-2.0.1 and python-2.0.1#2 are two builds). -1 for a bad target.
int buildsToReach(const Chain &chain, const GraphIndex &graph, int target);

// The builds of one family needed to reach a target: the family's Build steps among the target's
// dependencies, plus the target if it is one, in step order. "python builds to reach 3.11.1".
struct FamilyChain
{
    QString family;
    QVector<int> steps;
    int length() const { return int(steps.size()); }
};
FamilyChain familyChain(const Chain &chain, const GraphIndex &graph, int target, const QString &family);

// The longest path by build hours that ends at the target (Step::facts.buildHours; missing hours
// count 0). Cycles are handled on the condensation: a strongly connected component counts as one
// node weighing the sum of its members' hours, and all its members are on the path.
struct CriticalPath
{
    double totalHours = 0;
    QVector<int> steps;     // from the earliest step to the target (dependencies first)
    bool hasCycles = false; // the path passes through a component of several steps or a self-loop
};
CriticalPath criticalPathByHours(const Chain &chain, const GraphIndex &graph, int target);

} // namespace Seedline

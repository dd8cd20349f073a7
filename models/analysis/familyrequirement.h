// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/bitset.h"

#include <QString>
#include <QVector>

namespace Seedline {

struct Chain;
class GraphIndex;

// Why a step requires a family: a path of requirement indices, in order, from the step to a step
// of the family (edges[0].from is the step, edges.last().to provides the family).
struct Witness
{
    QVector<int> edges;
    bool isEmpty() const { return edges.isEmpty(); }
    bool operator==(const Witness &) const = default;
};

// The steps that require a family transitively, each with its shortest witness.
struct FamilyRequirement
{
    QString family;
    Bitset familySteps; // included steps that provide the family
    Bitset steps;       // steps with a path of length >= 1 over the followed kinds to a family step

    // The shortest witness of a step in `steps` (empty for a step outside it).
    Witness witness(int step) const;
    // Number of edges of that witness; -1 for a step outside `steps`.
    int distance(int step) const;

    // Per step: the first edge of its witness and the step it leads to (-1 outside `steps`).
    QVector<int> nextEdge;
    QVector<int> nextStep;
    QVector<int> distances;
};

// Steps requiring `family`: a multi-source reverse BFS from every step whose families contain it
// (O(V + E) for all steps at once). A family step is itself in `steps` only when it needs another
// (or the same, over a cycle) family step.
FamilyRequirement requiresFamily(const Chain &chain, const GraphIndex &graph, const QString &family);

// Steps requiring one step (a package such as python3 rather than the family python): the same
// search from that step alone; `family` is its id, `familySteps` holds only it.
FamilyRequirement requiresStep(const Chain &chain, const GraphIndex &graph, int step);

// "gcc-15.2.0 → python-3.11.1: steps/gcc-15.2.0/pass1.sh:197 `python3 ...`", one hop per edge
// joined by "; "; hops without evidence say their kind: "a → b (toolchain)".
QString describeWitness(const Chain &chain, const Witness &witness);

} // namespace Seedline

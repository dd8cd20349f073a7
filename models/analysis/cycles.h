// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace Seedline {

class GraphIndex;

// A non-trivial strongly connected component: steps that (transitively) need each other.
struct Cycle
{
    QVector<int> steps; // members, ascending step indices
    QVector<int> edges; // one concrete cycle through steps.first(): requirement indices in order
    bool operator==(const Cycle &) const = default;
};

// Every step's component, numbered in Tarjan's order: a component's dependencies come before it
// (component 0 needs nothing outside itself). Steps not included in the index get -1.
struct SccDecomposition
{
    QVector<int> component;
    int count = 0;
};

// Iterative Tarjan (no recursion: deep chains cannot overflow the stack). O(V + E).
SccDecomposition sccDecomposition(const GraphIndex &graph);

// The non-trivial components (more than one step, or one step with a self-loop), ordered by their
// smallest step, each with a shortest cycle through its smallest step.
QVector<Cycle> stronglyConnectedComponents(const GraphIndex &graph);

} // namespace Seedline

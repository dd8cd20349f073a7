// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/bitset.h"

#include <QVector>

#include <optional>

namespace Seedline {

class GraphIndex;

// Reachability over the followed edges of a GraphIndex. Edges point from a step to what it needs.
//
// dependencies(x) ("ancestors" in the sense of the build order: the earlier steps) are the steps x
// needs transitively: every step reachable from x over needs-edges by a path of length >= 1.
// dependents(x) ("descendants": the later steps) are the steps that need x transitively.
//
// depthLimit < 0 means unlimited; depthLimit = 1 gives the direct neighbours only; 0 gives nothing.
// The source step itself is never part of the result, even when it lies on a cycle. The
// multi-source variants return the steps at distance 1..depthLimit from any source, minus the
// sources themselves. Sources out of range or not included in the index are ignored.
Bitset dependencies(const GraphIndex &graph, int step, int depthLimit = -1);
Bitset dependents(const GraphIndex &graph, int step, int depthLimit = -1);
Bitset dependencies(const GraphIndex &graph, const Bitset &sources, int depthLimit = -1);
Bitset dependents(const GraphIndex &graph, const Bitset &sources, int depthLimit = -1);

// The shortest path (fewest edges) from `from` to `to` over needs-edges, as requirement indices in
// order; an empty vector when from == to; nullopt when `to` is not a dependency of `from` or a step
// is out of range or not included.
std::optional<QVector<int>> shortestPath(const GraphIndex &graph, int from, int to);

// The shortest path from any step of `from` to any step of `to` (a folded node stands for several
// steps): nullopt when there is none, an empty vector when the sets share a step. Ties go to the
// lowest step of `from`.
std::optional<QVector<int>> shortestPath(const GraphIndex &graph, const Bitset &from, const Bitset &to);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/layout: the DOT text handed to Graphviz and the parser of its JSON answer.

#include "layoutengine.h"

#include <QByteArray>

#include <atomic>

namespace Seedline::LayoutInternal {

// Nodes are named n<index>, edges carry id=e<index>.
QByteArray graphvizInput(const LayoutGraph &graph, const LayoutOptions &options, const EngineChoice &choice);

// Parses `-Tjson0` output into result (nodes, edges, bounding box) in Qt coordinates.
// Returns false and sets result.error when the text is not what Graphviz writes.
bool parseJsonLayout(const QByteArray &json, const LayoutGraph &graph, const LayoutOptions &options,
                     LayoutResult &result);

// A straight edge between two node boxes, clipped to their borders, as cubic Bézier points.
LayoutResult::EdgeGeometry straightEdge(const LayoutResult::NodeGeometry &tail, const LayoutResult::NodeGeometry &head);

// Longest-path layers (dependencies first: an edge from -> to puts `to` in an earlier layer),
// nodes taken in index order, cycles broken at the lowest remaining index. O(nodes + edges).
QVector<int> longestPathLayers(const LayoutGraph &graph, bool dependenciesFirst, int *brokenCycles = nullptr);
// How many virtual nodes dot would add for long edges over these layers (sum of spans - 1).
qint64 virtualNodeCount(const LayoutGraph &graph, const QVector<int> &layers);

LayoutResult runProcess(const QString &program, const LayoutGraph &graph, const LayoutOptions &options,
                        const EngineChoice &choice, const std::atomic_bool *cancel);
LayoutResult runInProcess(const LayoutGraph &graph, const LayoutOptions &options, const EngineChoice &choice);

} // namespace Seedline::LayoutInternal

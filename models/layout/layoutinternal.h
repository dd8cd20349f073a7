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

LayoutResult runProcess(const QString &program, const LayoutGraph &graph, const LayoutOptions &options,
                        const EngineChoice &choice, const std::atomic_bool *cancel);
LayoutResult runInProcess(const LayoutGraph &graph, const LayoutOptions &options, const EngineChoice &choice);

} // namespace Seedline::LayoutInternal

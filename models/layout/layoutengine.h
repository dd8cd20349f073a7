// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutgraph.h"
#include "layoutresult.h"

#include <atomic>

namespace Seedline {

// Which Graphviz engine and settings suit a graph of this size, and why.
struct EngineChoice
{
    QString engine;                    // "dot" or "sfdp"
    QMap<QString, QString> attributes; // graph attributes that tune it
    QString reason;                    // for LayoutResult::notes
};

// Thresholds measured with bench_layout (see the report in tests/bench/bench_layout.cpp).
inline constexpr int dotFullNodeLimit = 800;     // dot with splines up to here
inline constexpr int dotTunedNodeLimit = 3000;   // tuned dot (straight edges, cheap mincross) up to here
EngineChoice chooseEngine(int nodeCount, int edgeCount);

// Lays a graph out. Call it from a worker thread (QtConcurrent), never from the GUI thread.
// By default the Graphviz executable runs in a child process (a crash or hang in Graphviz cannot
// take Seedline down); `cancel` is polled every ~50 ms and kills it at once; options.timeoutMs
// kills it too. Falls back to gvc in-process when the executable is missing.
LayoutResult layoutGraph(const LayoutGraph &graph, const LayoutOptions &options = {},
                         const std::atomic_bool *cancel = nullptr);

// The instant layout in C++: longest-path layering (dependencies first) in step order, one row
// (or column for LeftToRight) per layer, straight edges. O(nodes + edges); for huge graphs to
// show at once while the real layout runs.
LayoutResult instantLayout(const LayoutGraph &graph, const LayoutOptions &options = {});

} // namespace Seedline

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

// dot's cost grows with the nodes plus the virtual nodes it adds along edges that span several
// ranks ("work"), not with the node count alone: 1,000 steps in a plain sequence take a second,
// 1,000 steps whose extra edges reach far back take minutes. Thresholds measured with
// tests/bench/bench_layout.cpp and the dot CLI on a loaded 2-core machine: a 1,000-step sequence
// (work 1,000) 1 s; a 5,000-step sequence (work 5,000) 13 s; 1,000 steps with 3 extra edges
// each reaching <= 5 steps back (work ~7,000) 34 s (tuned: 26 s); 300 steps whose extra edges
// reach anywhere back (work ~90,000) > 90 s. sfdp (maxiter 100): 1,000 tangled steps 4.5 s,
// 5,000 steps 43 s; 20,000 steps (maxiter 50) 266 s. Less loaded (bench_layout, RelWithDebInfo):
// sfdp 1,000 steps 0.6-0.8 s, 5,000 steps 4.8-9.5 s, 20,000 steps 30-78 s; instant <= 40 ms;
// live-bootstrap parts.rst (189 steps, work 3,482) 0.7 s.
inline constexpr qint64 dotFullWorkLimit = 4000;   // dot with spline edges up to this work
inline constexpr qint64 dotTunedWorkLimit = 8000; // tuned dot (straight edges, short mincross) up to here
// Above this many nodes the full layout is Seedline's own layered layout (layeredLayout, with
// layeredSweeps ordering passes), not sfdp: on Debian's 21,000-package graph it is a fraction of
// sfdp's time and memory (see docs/performance.md).
constexpr int layeredNodeLimit = 5000;
constexpr int layeredSweeps = 4;
// Size-only policy: virtualNodes < 0 means unknown (estimated as 4 per edge).
EngineChoice chooseEngine(int nodeCount, int edgeCount, qint64 virtualNodes = -1);
// The policy for this graph: measures the virtual nodes with a longest-path layering first.
EngineChoice chooseEngine(const LayoutGraph &graph, bool dependenciesFirst = true);

// How much output of the Graphviz process is accepted for this graph: options.maxOutputBytes, or
// automatically 64 MB plus 4 KB per node and edge (the JSON of a laid-out node or spline edge is a
// few hundred bytes).
qint64 layoutOutputLimit(const LayoutGraph &graph, const LayoutOptions &options);

// Lays a graph out. Call it from a worker thread (QtConcurrent), never from the GUI thread.
// By default the Graphviz executable runs in a child process (a crash or hang in Graphviz cannot
// take Seedline down); `cancel` is polled every ~50 ms and kills it at once; options.timeoutMs
// kills it too. Falls back to gvc in-process when the executable is missing, and to the instant
// layout (with a note) when the process writes more than layoutOutputLimit().
LayoutResult layoutGraph(const LayoutGraph &graph, const LayoutOptions &options = {},
                         const std::atomic_bool *cancel = nullptr);

// The bootstrap layout (C++, no Graphviz) for graphs with stages (LayoutGraph::stages): build order
// read like lines of text, stages as titled blocks wrapping onto shelves, the number of columns
// chosen for options.aspectRatio; edges are curves that do not move a step. O(nodes × columns +
// edges); clusters in the result are the stage blocks.
LayoutResult bootstrapLayout(const LayoutGraph &graph, const LayoutOptions &options = {});

// The instant layout in C++: longest-path layering (dependencies first) in step order, one row
// (or column for LeftToRight) per layer, straight edges. O(nodes + edges); for huge graphs to
// show at once while the real layout runs.
LayoutResult instantLayout(const LayoutGraph &graph, const LayoutOptions &options = {});
// Seedline's own layered layout for graphs too large for Graphviz to lay out in reasonable time:
// longest-path layers, `sweeps` barycentre passes to order them, long layers wrapped into rows so
// the picture keeps the aspect ratio. instantLayout() is this with no ordering passes.
LayoutResult layeredLayout(const LayoutGraph &graph, const LayoutOptions &options, int sweeps);

} // namespace Seedline

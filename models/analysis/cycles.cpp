// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cycles.h"

#include "analysis/graphindex.h"

#include <algorithm>
#include <vector>

namespace Seedline {

SccDecomposition sccDecomposition(const GraphIndex &graph)
{
    const int n = graph.nodeCount();
    SccDecomposition out;
    out.component = QVector<int>(n, -1);
    std::vector<int> index(size_t(n), -1);
    std::vector<int> low(size_t(n), 0);
    std::vector<char> onStack(size_t(n), 0);
    std::vector<int> stack;
    struct Frame
    {
        int node;
        size_t next; // position in needs(node)
    };
    std::vector<Frame> calls;
    int counter = 0;

    for (int root = 0; root < n; ++root) {
        if (!graph.isIncluded(root) || index[size_t(root)] >= 0)
            continue;
        calls.push_back({root, 0});
        index[size_t(root)] = low[size_t(root)] = counter++;
        stack.push_back(root);
        onStack[size_t(root)] = 1;
        while (!calls.empty()) {
            Frame &f = calls.back();
            const int v = f.node;
            const auto targets = graph.needs(v);
            if (f.next < targets.size()) {
                const int w = targets[f.next++];
                if (index[size_t(w)] < 0) {
                    index[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[size_t(w)] = 1;
                    calls.push_back({w, 0}); // invalidates f
                } else if (onStack[size_t(w)]) {
                    low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
                }
                continue;
            }
            // v is finished.
            if (low[size_t(v)] == index[size_t(v)]) {
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = 0;
                    out.component[w] = out.count;
                } while (w != v);
                ++out.count;
            }
            calls.pop_back();
            if (!calls.empty()) {
                const int parent = calls.back().node;
                low[size_t(parent)] = std::min(low[size_t(parent)], low[size_t(v)]);
            }
        }
    }
    return out;
}

namespace {

// Shortest cycle through `start` staying inside its component (BFS back to start).
QVector<int> cycleThrough(const GraphIndex &graph, const SccDecomposition &scc, int start,
                          std::vector<int> &parentEdge, std::vector<int> &touched)
{
    const int c = scc.component[start];
    std::vector<int> queue{start};
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        const auto targets = graph.needs(v);
        const auto edges = graph.needsEdges(v);
        for (size_t k = 0; k < targets.size(); ++k) {
            const int w = targets[k];
            if (scc.component[w] != c)
                continue;
            if (w == start) {
                QVector<int> path{edges[k]};
                for (int x = v; x != start; x = graph.edgeFrom(parentEdge[size_t(x)]))
                    path.prepend(parentEdge[size_t(x)]);
                for (int t : touched)
                    parentEdge[size_t(t)] = -1;
                touched.clear();
                return path;
            }
            if (parentEdge[size_t(w)] >= 0)
                continue;
            parentEdge[size_t(w)] = edges[k];
            touched.push_back(w);
            queue.push_back(w);
        }
    }
    for (int t : touched)
        parentEdge[size_t(t)] = -1;
    touched.clear();
    return {};
}

} // namespace

QVector<Cycle> stronglyConnectedComponents(const GraphIndex &graph)
{
    const SccDecomposition scc = sccDecomposition(graph);
    const int n = graph.nodeCount();
    std::vector<int> sizes(size_t(scc.count), 0);
    std::vector<char> selfLoop(size_t(scc.count), 0);
    for (int v = 0; v < n; ++v) {
        const int c = scc.component[v];
        if (c < 0)
            continue;
        ++sizes[size_t(c)];
        for (int w : graph.needs(v)) {
            if (w == v)
                selfLoop[size_t(c)] = 1;
        }
    }
    // Components in order of their smallest step: visiting steps in ascending order does that.
    std::vector<int> slot(size_t(scc.count), -1);
    QVector<Cycle> cycles;
    for (int v = 0; v < n; ++v) {
        const int c = scc.component[v];
        if (c < 0 || (sizes[size_t(c)] < 2 && !selfLoop[size_t(c)]))
            continue;
        if (slot[size_t(c)] < 0) {
            slot[size_t(c)] = int(cycles.size());
            cycles.append(Cycle());
            cycles.back().steps.reserve(sizes[size_t(c)]);
        }
        cycles[slot[size_t(c)]].steps.append(v);
    }
    std::vector<int> parentEdge(size_t(n), -1);
    std::vector<int> touched;
    for (Cycle &cycle : cycles)
        cycle.edges = cycleThrough(graph, scc, cycle.steps.first(), parentEdge, touched);
    return cycles;
}

} // namespace Seedline

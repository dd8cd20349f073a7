// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reachability.h"

#include "analysis/graphindex.h"

#include <vector>

namespace Seedline {

namespace {

// Level-by-level BFS from the sources over one direction. The sources are never part of the result.
template<bool Forward>
Bitset reach(const GraphIndex &graph, const Bitset &sources, int depthLimit)
{
    const int n = graph.nodeCount();
    Bitset seen(n);
    Bitset result(n);
    if (depthLimit == 0)
        return result;
    std::vector<int> queue;
    queue.reserve(size_t(n));
    sources.forEach([&](int s) {
        if (s < n && graph.isIncluded(s)) {
            seen.set(s);
            queue.push_back(s);
        }
    });
    size_t head = 0;
    int depth = 0;
    while (head < queue.size() && (depthLimit < 0 || depth < depthLimit)) {
        const size_t levelEnd = queue.size();
        ++depth;
        for (; head < levelEnd; ++head) {
            const int v = queue[head];
            const std::span<const int> next = Forward ? graph.needs(v) : graph.neededBy(v);
            for (int w : next) {
                if (seen.testAndSet(w))
                    queue.push_back(w);
                result.set(w);
            }
        }
    }
    // result may contain a source reached over a path; sources are excluded by definition.
    result.andNot(sources);
    return result;
}

Bitset single(const GraphIndex &graph, int step)
{
    Bitset b(graph.nodeCount());
    if (step >= 0 && step < graph.nodeCount())
        b.set(step);
    return b;
}

} // namespace

Bitset dependencies(const GraphIndex &graph, int step, int depthLimit)
{
    return reach<true>(graph, single(graph, step), depthLimit);
}

Bitset dependents(const GraphIndex &graph, int step, int depthLimit)
{
    return reach<false>(graph, single(graph, step), depthLimit);
}

Bitset dependencies(const GraphIndex &graph, const Bitset &sources, int depthLimit)
{
    return reach<true>(graph, sources, depthLimit);
}

Bitset dependents(const GraphIndex &graph, const Bitset &sources, int depthLimit)
{
    return reach<false>(graph, sources, depthLimit);
}

std::optional<QVector<int>> shortestPath(const GraphIndex &graph, int from, int to)
{
    if (!graph.isIncluded(from) || !graph.isIncluded(to))
        return std::nullopt;
    if (from == to)
        return QVector<int>();
    const int n = graph.nodeCount();
    std::vector<int> parentEdge(size_t(n), -1);
    Bitset seen(n);
    seen.set(from);
    std::vector<int> queue;
    queue.push_back(from);
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        const auto targets = graph.needs(v);
        const auto edges = graph.needsEdges(v);
        for (size_t k = 0; k < targets.size(); ++k) {
            const int w = targets[k];
            if (!seen.testAndSet(w))
                continue;
            parentEdge[size_t(w)] = edges[k];
            if (w == to) {
                QVector<int> path;
                for (int x = to; x != from; x = graph.edgeFrom(parentEdge[size_t(x)]))
                    path.prepend(parentEdge[size_t(x)]);
                return path;
            }
            queue.push_back(w);
        }
    }
    return std::nullopt;
}

std::optional<QVector<int>> shortestPath(const GraphIndex &graph, const Bitset &from, const Bitset &to)
{
    const int n = graph.nodeCount();
    std::vector<int> parentEdge(size_t(n), -1);
    Bitset seen(n);
    Bitset isSource(n);
    std::vector<int> queue;
    bool sharesStep = false;
    from.forEach([&](int s) {
        if (s < n && graph.isIncluded(s)) {
            seen.set(s);
            isSource.set(s);
            queue.push_back(s);
            sharesStep = sharesStep || (s < to.size() && to.test(s));
        }
    });
    if (sharesStep)
        return QVector<int>();
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        const auto targets = graph.needs(v);
        const auto edges = graph.needsEdges(v);
        for (size_t k = 0; k < targets.size(); ++k) {
            const int w = targets[k];
            if (!seen.testAndSet(w))
                continue;
            parentEdge[size_t(w)] = edges[k];
            if (w < to.size() && to.test(w)) {
                QVector<int> path;
                for (int x = w; !isSource.test(x); x = graph.edgeFrom(parentEdge[size_t(x)]))
                    path.prepend(parentEdge[size_t(x)]);
                return path;
            }
            queue.push_back(w);
        }
    }
    return std::nullopt;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutengine.h"
#include "layoutinternal.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdlib>
#include <queue>

namespace Seedline {

namespace {
constexpr double nodeHeight = 36;
constexpr double nodeGap = 18;
constexpr double rankGap = 54;

double labelWidth(const LayoutGraph::Node &n)
{
    if (n.widthInches > 0)
        return n.widthInches * 72.0;
    qsizetype longest = 0;
    for (const QStringView line : QStringView(n.label.isEmpty() ? n.id : n.label).split(u'\n'))
        longest = std::max(longest, line.size());
    return std::clamp(double(longest) * 7.5 + 18.0, 54.0, 360.0);
}
} // namespace

namespace LayoutInternal {

QVector<int> longestPathLayers(const LayoutGraph &graph, bool dependenciesFirst, int *brokenCyclesOut)
{
    const int n = int(graph.nodes.size());
    // Dependencies first: an edge from -> to ("from needs to") ranks `to` before `from`.
    QVector<QVector<int>> before(n); // before[x]: nodes that must be ranked before x
    QVector<int> pending(n, 0);
    QVector<QVector<int>> after(n);
    for (const LayoutGraph::Edge &e : graph.edges) {
        if (e.from < 0 || e.to < 0 || e.from >= n || e.to >= n || e.from == e.to)
            continue;
        const int first = dependenciesFirst ? e.to : e.from;
        const int second = dependenciesFirst ? e.from : e.to;
        before[second].append(first);
        after[first].append(second);
        ++pending[second];
    }
    // Kahn's algorithm in step order; on a cycle, the lowest remaining index goes next.
    QVector<int> layer(n, 0);
    QVector<bool> done(n, false);
    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (int i = 0; i < n; ++i) {
        if (pending[i] == 0)
            ready.push(i);
    }
    int nextUnplaced = 0;
    int brokenCycles = 0;
    for (int placed = 0; placed < n; ++placed) {
        int x;
        if (!ready.empty()) {
            x = ready.top();
            ready.pop();
        } else {
            while (done[nextUnplaced])
                ++nextUnplaced;
            x = nextUnplaced;
            ++brokenCycles;
        }
        if (done[x]) {
            --placed;
            continue;
        }
        done[x] = true;
        int l = 0;
        for (int p : std::as_const(before[x])) {
            if (done[p])
                l = std::max(l, layer[p] + 1);
        }
        layer[x] = l;
        for (int s : std::as_const(after[x])) {
            if (--pending[s] == 0 && !done[s])
                ready.push(s);
        }
    }
    if (brokenCyclesOut)
        *brokenCyclesOut = brokenCycles;
    return layer;
}

qint64 virtualNodeCount(const LayoutGraph &graph, const QVector<int> &layers)
{
    qint64 total = 0;
    for (const LayoutGraph::Edge &e : graph.edges) {
        if (e.from >= 0 && e.to >= 0 && e.from < layers.size() && e.to < layers.size())
            total += std::max(0, std::abs(layers[e.from] - layers[e.to]) - 1);
    }
    return total;
}

} // namespace LayoutInternal

LayoutResult instantLayout(const LayoutGraph &graph, const LayoutOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    result.engine = QStringLiteral("instant");
    const int n = int(graph.nodes.size());

    int brokenCycles = 0;
    const QVector<int> layer = LayoutInternal::longestPathLayers(graph, options.dependenciesFirst, &brokenCycles);
    if (brokenCycles > 0)
        result.notes << QStringLiteral("%1 cycles broken in step order").arg(brokenCycles);

    const int layers = n == 0 ? 0 : *std::max_element(layer.cbegin(), layer.cend()) + 1;
    QVector<double> offset(layers, 0); // running position along the layer
    QVector<double> thickness(layers, nodeHeight);
    const bool lr = graph.rankDir == LayoutGraph::LeftToRight;
    result.nodes.resize(n);
    for (int i = 0; i < n; ++i) {
        const double w = labelWidth(graph.nodes[i]);
        const double h = graph.nodes[i].heightInches > 0 ? graph.nodes[i].heightInches * 72.0 : nodeHeight;
        result.nodes[i].size = QSizeF(w, h);
        thickness[layer[i]] = std::max(thickness[layer[i]], lr ? w : h);
    }
    QVector<double> rankPos(layers, 0);
    double pos = 0;
    for (int l = 0; l < layers; ++l) {
        rankPos[l] = pos + thickness[l] / 2;
        pos += thickness[l] + rankGap;
    }
    double breadth = 0;
    for (int i = 0; i < n; ++i) {
        const QSizeF s = result.nodes[i].size;
        const double along = lr ? s.height() : s.width();
        const double c = offset[layer[i]] + along / 2;
        offset[layer[i]] += along + nodeGap;
        breadth = std::max(breadth, offset[layer[i]]);
        result.nodes[i].center = lr ? QPointF(rankPos[layer[i]], c) : QPointF(c, rankPos[layer[i]]);
    }
    const double depth = std::max(0.0, pos - rankGap);
    result.boundingBox = lr ? QRectF(0, 0, depth, std::max(0.0, breadth - nodeGap))
                            : QRectF(0, 0, std::max(0.0, breadth - nodeGap), depth);

    result.edges.resize(graph.edges.size());
    for (int i = 0; i < graph.edges.size(); ++i) {
        const LayoutGraph::Edge &e = graph.edges[i];
        if (e.from >= 0 && e.to >= 0 && e.from < n && e.to < n)
            result.edges[i] = LayoutInternal::straightEdge(result.nodes[e.from], result.nodes[e.to]);
    }
    result.notes << QStringLiteral("instant layout: %1 layers by longest path, straight edges").arg(layers);
    result.elapsedMs = timer.elapsed();
    result.ok = true;
    return result;
}

} // namespace Seedline

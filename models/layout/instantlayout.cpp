// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutengine.h"
#include "layoutinternal.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
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

namespace {

// Orders each layer by the barycentre of its neighbours in the layers before it (down sweeps) and
// after it (up sweeps), from a start in step order: a few linear passes, good enough to bring a
// node near what it needs.
QVector<QVector<int>> orderedLayers(const LayoutGraph &graph, const QVector<int> &layer, int layers, int sweeps)
{
    const int n = int(graph.nodes.size());
    QVector<QVector<int>> members(layers);
    for (int i = 0; i < n; ++i)
        members[layer[i]].append(i);
    if (sweeps <= 0 || n == 0)
        return members;
    QVector<QVector<int>> neighbours(n);
    for (const LayoutGraph::Edge &e : graph.edges) {
        if (e.from < 0 || e.to < 0 || e.from >= n || e.to >= n || e.from == e.to)
            continue;
        neighbours[e.from].append(e.to);
        neighbours[e.to].append(e.from);
    }
    QVector<double> position(n, 0);
    auto number = [&](int l) {
        for (int k = 0; k < members[l].size(); ++k)
            position[members[l][k]] = members[l].size() > 1 ? double(k) / (members[l].size() - 1) : 0.5;
    };
    for (int l = 0; l < layers; ++l)
        number(l);
    QVector<double> key(n, 0);
    auto sweep = [&](int l, bool fromBefore) {
        for (int x : std::as_const(members[l])) {
            double sum = 0;
            int count = 0;
            for (int y : std::as_const(neighbours[x])) {
                if (fromBefore ? layer[y] < l : layer[y] > l) {
                    sum += position[y];
                    ++count;
                }
            }
            key[x] = count > 0 ? sum / count : position[x];
        }
        std::stable_sort(members[l].begin(), members[l].end(), [&](int a, int b) { return key[a] < key[b]; });
        number(l);
    };
    for (int s = 0; s < sweeps; ++s) {
        for (int l = 1; l < layers; ++l)
            sweep(l, true);
        for (int l = layers - 2; l >= 0; --l)
            sweep(l, false);
    }
    return members;
}

} // namespace

LayoutResult layeredLayout(const LayoutGraph &graph, const LayoutOptions &options, int sweeps)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    result.engine = sweeps > 0 ? QStringLiteral("layered") : QStringLiteral("instant");
    const int n = int(graph.nodes.size());

    int brokenCycles = 0;
    const QVector<int> layer = LayoutInternal::longestPathLayers(graph, options.dependenciesFirst, &brokenCycles);
    if (brokenCycles > 0)
        result.notes << QStringLiteral("%1 cycles broken in step order").arg(brokenCycles);

    const int layers = n == 0 ? 0 : *std::max_element(layer.cbegin(), layer.cend()) + 1;
    const bool lr = graph.rankDir == LayoutGraph::LeftToRight;
    result.nodes.resize(n);
    double area = 0;
    for (int i = 0; i < n; ++i) {
        const double w = labelWidth(graph.nodes[i]);
        const double h = graph.nodes[i].heightInches > 0 ? graph.nodes[i].heightInches * 72.0 : nodeHeight;
        result.nodes[i].size = QSizeF(w, h);
        area += (w + nodeGap) * (h + nodeGap);
    }
    // A layer wider than the picture should be wraps into rows: the picture keeps the view's shape
    // instead of becoming a strip with one very long layer.
    const double aspect = std::clamp(options.aspectRatio > 0 ? options.aspectRatio : 1.6, 0.2, 5.0);
    const double wrapAt = std::max(600.0, std::sqrt(area * (lr ? 1.0 / aspect : aspect)) * 1.2);
    const QVector<QVector<int>> members = orderedLayers(graph, layer, layers, sweeps);

    double pos = 0;      // across the layers
    double breadth = 0;  // along them
    int wrapped = 0;
    for (int l = 0; l < layers; ++l) {
        double along = 0, rowThickness = 0;
        auto newRow = [&] {
            pos += rowThickness + nodeGap;
            along = 0;
            rowThickness = 0;
            ++wrapped;
        };
        for (int i : members[l]) {
            const QSizeF sz = result.nodes[i].size;
            const double a = lr ? sz.height() : sz.width();
            const double t = lr ? sz.width() : sz.height();
            if (along > 0 && along + a > wrapAt)
                newRow();
            result.nodes[i].center = lr ? QPointF(pos + t / 2, along + a / 2) : QPointF(along + a / 2, pos + t / 2);
            along += a + nodeGap;
            rowThickness = std::max(rowThickness, t);
            breadth = std::max(breadth, along - nodeGap);
        }
        // Centre the rows' nodes across the row's thickness (they may differ in height).
        pos += rowThickness + rankGap;
    }
    const double depth = std::max(0.0, pos - rankGap);
    result.boundingBox = lr ? QRectF(0, 0, depth, breadth) : QRectF(0, 0, breadth, depth);

    result.edges.resize(graph.edges.size());
    for (int i = 0; i < graph.edges.size(); ++i) {
        const LayoutGraph::Edge &e = graph.edges[i];
        if (e.from >= 0 && e.to >= 0 && e.from < n && e.to < n)
            result.edges[i] = LayoutInternal::straightEdge(result.nodes[e.from], result.nodes[e.to]);
    }
    result.notes << QStringLiteral("%1 layout: %2 layers by longest path%3%4, straight edges")
                        .arg(result.engine)
                        .arg(layers)
                        .arg(sweeps > 0 ? QStringLiteral(", ordered by %1 barycentre sweeps").arg(sweeps) : QString())
                        .arg(wrapped > 0 ? QStringLiteral(", long layers wrapped into rows") : QString());
    result.elapsedMs = timer.elapsed();
    result.ok = true;
    return result;
}

LayoutResult instantLayout(const LayoutGraph &graph, const LayoutOptions &options)
{
    return layeredLayout(graph, options, 0);
}

} // namespace Seedline

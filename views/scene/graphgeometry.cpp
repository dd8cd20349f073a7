// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphgeometry.h"

#include "core/timinglog.h"
#include "layout/layoutgraph.h"
#include "layout/layoutresult.h"

#include <QLineF>

namespace Seedline {

namespace {

// Where the segment from the center of `r` towards `p` leaves the rectangle.
QPointF borderPoint(const QRectF &r, const QPointF &towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : 1e18;
    const qreal sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : 1e18;
    return c + d * std::min({sx, sy, 1.0});
}

} // namespace

QPolygonF arrowHead(const QPainterPath &path, qreal size)
{
    const int n = path.elementCount();
    if (n < 2)
        return {};
    const QPointF tip = path.elementAt(n - 1);
    QPointF back = tip;
    for (int i = n - 2; i >= 0; --i) {
        const QPointF p = path.elementAt(i);
        if (QLineF(p, tip).length() > 1e-3) {
            back = p;
            break;
        }
    }
    QLineF axis(tip, back);
    if (axis.length() < 1e-6)
        return {};
    axis.setLength(size);
    const QPointF base = axis.p2();
    const QPointF normal(-(base.y() - tip.y()) * 0.45, (base.x() - tip.x()) * 0.45);
    return QPolygonF({tip, base + normal, base - normal});
}

void GraphGeometry::reindex(int stepCount)
{
    nodeOfStep = QVector<int>(stepCount, -1);
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].step >= 0 && nodes[i].step < stepCount)
            nodeOfStep[nodes[i].step] = i;
}

GraphGeometry geometryFromLayout(const LayoutGraph &graph, const LayoutResult &layout, int stepCount)
{
    const PhaseTimer timer("scene: geometry (paths, arrows)");
    GraphGeometry g;
    const int nodeCount = int(std::min(graph.nodes.size(), layout.nodes.size()));
    g.nodes.reserve(nodeCount);
    for (int i = 0; i < nodeCount; ++i) {
        GraphGeometry::Node n;
        n.step = graph.stepIndex.value(i, -1);
        n.label = graph.nodes[i].label.isEmpty() ? graph.nodes[i].id : graph.nodes[i].label;
        n.center = layout.nodes[i].center;
        n.size = layout.nodes[i].size;
        if (n.step < 0 || n.step >= stepCount)
            continue;
        g.nodes.append(n);
    }
    g.reindex(stepCount);

    const int edgeCount = int(std::min(graph.edges.size(), layout.edges.size()));
    g.edges.reserve(edgeCount);
    for (int i = 0; i < edgeCount; ++i) {
        const LayoutGraph::Edge &le = graph.edges[i];
        GraphGeometry::Edge e;
        e.requirement = le.requirement;
        e.from = graph.stepIndex.value(le.from, -1);
        e.to = graph.stepIndex.value(le.to, -1);
        const GraphGeometry::Node *a = g.node(e.from);
        const GraphGeometry::Node *b = g.node(e.to);
        if (!a || !b)
            continue;
        const QVector<QPointF> &pts = layout.edges[i].points;
        if (pts.size() >= 4 && (pts.size() - 1) % 3 == 0) {
            e.path.moveTo(pts[0]);
            for (int k = 1; k + 2 < pts.size(); k += 3)
                e.path.cubicTo(pts[k], pts[k + 1], pts[k + 2]);
            if (layout.edges[i].arrowTip)
                e.path.lineTo(*layout.edges[i].arrowTip);
        } else {
            const QPointF start = borderPoint(a->rect(), b->center);
            const QPointF end = borderPoint(b->rect(), a->center);
            e.path.moveTo(start);
            e.path.lineTo(end);
        }
        e.arrow = arrowHead(e.path, arrowSize);
        g.edges.append(e);
    }
    for (const LayoutResult::Cluster &lc : layout.clusters) {
        GraphGeometry::Cluster c;
        c.id = lc.id;
        c.title = lc.title;
        c.rect = lc.rect;
        c.titleRect = lc.titleRect;
        for (int node : lc.nodes) {
            const int step = graph.stepIndex.value(node, -1);
            if (step >= 0 && step < stepCount)
                c.steps.append(step);
        }
        g.clusters.append(c);
    }

    g.bounds = layout.boundingBox;
    QRectF united;
    for (const GraphGeometry::Node &n : std::as_const(g.nodes))
        united |= n.rect();
    for (const GraphGeometry::Edge &e : std::as_const(g.edges))
        united |= e.path.controlPointRect();
    for (const GraphGeometry::Cluster &c : std::as_const(g.clusters))
        united |= c.rect;
    g.bounds = g.bounds.isValid() ? (g.bounds | united) : united;
    return g;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace Seedline {

struct LayoutGraph;
struct LayoutResult;

// Positions of steps and edges in scene coordinates (y down), independent of where they came from
// (Graphviz or the instant fallback layout). The scene items and the exporters draw from this.
struct GraphGeometry
{
    struct Node
    {
        int step = -1;  // index into Chain::steps
        QString label;  // the text drawn in the box (the layout sized the box for it)
        QPointF center;
        QSizeF size;
        QRectF rect() const { return {center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height()}; }
    };
    struct Edge
    {
        int requirement = -1; // index into Chain::requirements
        int from = -1;        // step indices
        int to = -1;
        QPainterPath path;    // from the tail (the step that needs) to the head (what it needs)
        QPolygonF arrow;      // the arrow head at the head's end (computed once)
    };
    // A titled box around steps: a bootstrap stage, a DOT cluster.
    struct Cluster
    {
        QString id;
        QString title;
        QRectF rect;
        QRectF titleRect;
        QVector<int> steps; // step indices
    };
    QVector<Node> nodes;
    QVector<Edge> edges;
    QVector<Cluster> clusters;
    QRectF bounds;
    QVector<int> nodeOfStep; // step index -> index into nodes, -1 when the step is not laid out

    const Node *node(int step) const
    {
        const int i = step >= 0 && step < nodeOfStep.size() ? nodeOfStep[step] : -1;
        return i >= 0 ? &nodes[i] : nullptr;
    }
    void reindex(int stepCount);
};

// The arrowhead at the end of an edge path: a triangle pointing along the path's last direction
// (from its last control point), `size` long. O(1): no path length is measured.
QPolygonF arrowHead(const QPainterPath &path, qreal size);
// Length of an edge's arrow head in scene units.
inline constexpr qreal arrowSize = 9;

// Copies the layout's positions into a GraphGeometry (edges without points become straight lines
// between the node borders). `stepCount` is the chain's number of steps.
GraphGeometry geometryFromLayout(const LayoutGraph &graph, const LayoutResult &layout, int stepCount);

} // namespace Seedline

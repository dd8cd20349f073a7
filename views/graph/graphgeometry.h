// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace Seedline {

struct Chain;
struct LayoutResult;

// Positions of steps and edges in scene coordinates (y down), independent of where they came from
// (Graphviz or the instant fallback layout). The scene items and the exporters draw from this.
struct GraphGeometry
{
    struct Node
    {
        int step = -1;  // index into Chain::steps
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
    };
    QVector<Node> nodes;
    QVector<Edge> edges;
    QRectF bounds;
    QVector<int> nodeOfStep; // step index -> index into nodes, -1 when the step is not laid out

    const Node *node(int step) const
    {
        const int i = step >= 0 && step < nodeOfStep.size() ? nodeOfStep[step] : -1;
        return i >= 0 ? &nodes[i] : nullptr;
    }
    void reindex(int stepCount);
};

// Copies the layout's positions into a GraphGeometry (edges without points become straight lines).
GraphGeometry geometryFromLayout(const Chain &chain, const LayoutResult &layout);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "graph/graphgeometry.h"
#include "highlight/highlight.h"

#include <QFont>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

namespace Seedline {

// Everything that is drawn, in scene coordinates: the single drawing model that the scene items
// paint from and that the exporters (SVG, PNG, PDF) write, so that an export is what the view shows.
struct SceneModel
{
    struct LegendRow
    {
        LegendEntry entry;
        QRectF swatch;   // the step swatch or the line's extent
        QPointF textPos; // baseline start
    };

    ChainPtr chain;
    GraphGeometry geometry;
    HighlightResult highlight;

    QFont labelFont;   // step labels
    QFont titleFont;
    QFont legendFont;
    QString title;
    QPointF titlePos;  // baseline start; unused when the title is empty
    QRectF titleRect;
    QRectF legendRect; // frame of the legend; empty when there is no legend
    QString legendHeading;
    QPointF legendHeadingPos;
    QVector<LegendRow> legendRows;
    QRectF sceneRect;  // graph, title and legend with a margin

    bool isEmpty() const { return !chain || geometry.nodes.isEmpty(); }
    // The label drawn in a step's box.
    QString label(int step) const;
    // The style of a step / requirement (a plain style when the highlight does not cover it).
    StepStyle stepStyle(int step) const;
    EdgeStyle edgeStyle(int requirement) const;
};

// Lays out the title and the legend around the graph.
SceneModel buildSceneModel(ChainPtr chain, GraphGeometry geometry, HighlightResult highlight);
// Keeps chain and geometry, replaces the styles, title and legend.
void restyleSceneModel(SceneModel &model, HighlightResult highlight);

// The arrowhead at the end of an edge path (a triangle pointing along the path's last direction).
QPolygonF arrowHead(const QPainterPath &path, qreal size);
// The pen an edge style stands for.
QPen edgePen(const EdgeStyle &style);
// Rounded box corner radius for step boxes.
inline constexpr qreal stepCornerRadius = 4.0;
// Font pixel sizes in scene units.
inline constexpr int labelPixelSize = 12;
// Length of an edge's arrow head in scene units.
inline constexpr qreal arrowSize = 9;

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/scenemodel.h"

class QPainter;

namespace Seedline {

// The drawing routines shared by the scene items (on screen) and the PNG/PDF exporters (which
// paint a SceneModel directly, without a QGraphicsScene, so they work under a QGuiApplication).

// Draws a step box; the label only when readable at this level of detail. Returns whether the
// label was drawn.
bool paintStep(QPainter *painter, const QRectF &box, const QString &label, const StepStyle &style, qreal levelOfDetail);
// Far away (levelOfDetail < 0.2) an edge is a straight, non-antialiased line without arrow head.
void paintEdge(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow, const EdgeStyle &style,
               qreal levelOfDetail = 1.0);
void paintLegend(QPainter *painter, const SceneModel &model);
void paintLegendSwatch(QPainter *painter, const SceneModel::LegendRow &row);
void paintTitle(QPainter *painter, const SceneModel &model);

// The whole model in scene coordinates (the caller sets the transform), stacked like the scene:
// dimmed edges, edges, witness edges, steps, legend, title.
void paintSceneModel(QPainter *painter, const SceneModel &model, qreal levelOfDetail);

} // namespace Seedline

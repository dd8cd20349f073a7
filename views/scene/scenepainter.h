// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scene/scenemodel.h"

class QPainter;

namespace Seedline {

// The drawing routines shared by the scene items (on screen) and the PNG/PDF exporters (which
// paint a SceneModel directly, without a QGraphicsScene, so they work under a QGuiApplication).

// Draws a step box; the label only when readable at this level of detail, unless keepLabel: then a
// label too small to read in the box is written above it in type about 10 px on screen (the labels
// of highlighted and selected steps are never lost to the level of detail). Returns whether a
// label was drawn.
bool paintStep(QPainter *painter, const Palette &palette, const QRectF &box, const QString &label, const StepStyle &style,
               qreal levelOfDetail,
               bool keepLabel = false);
// The label of a step too small to read, as a tag above its box in type about 10 px on screen.
void paintStepTag(QPainter *painter, const Palette &palette, const QRectF &box, const QString &label,
                  const StepStyle &style, qreal levelOfDetail);
// The same with the font of stepTagFont(levelOfDetail), made once for many tags.
void paintStepTag(QPainter *painter, const Palette &palette, const QRectF &box, const QString &label,
                  const StepStyle &style, qreal levelOfDetail, const QFont &font);
QFont stepTagFont(qreal levelOfDetail);
// Below this level of detail the family badges are not drawn (the rings still show the families).
inline constexpr qreal badgesReadable = 0.3;
// Far away (levelOfDetail < 0.2) an edge is a straight, non-antialiased line without arrow head.
// `hairline` (a crowded view: thousands of edges on screen) draws an edge whose pen would be at
// most 2 px wide as a 1 px line and its arrow head without an outline: the same colours and dash,
// through Qt's fast line drawing instead of its stroker.
void paintEdge(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow, const EdgeStyle &style,
               qreal levelOfDetail = 1.0, bool hairline = false);
// paintEdge for an edge that may reach far outside `area` (scene units, wider than the pen; `bounds`
// is the edge's box): zoomed in, only the part that can show in `area` is stroked (clippedPath).
void paintEdgeIn(QPainter *painter, const QRectF &area, const QRectF &bounds, const QPainterPath &path,
                 const QPolygonF &arrow, const EdgeStyle &style, qreal levelOfDetail, bool hairline);
// A stage band: its box and title. Folded (zoomed far out), the band's summary instead: tinted by
// what its steps need, with its marks and "title · N steps" in type that stays readable.
void paintBand(QPainter *painter, const Palette &palette, const SceneModel::Band &band, bool folded, qreal levelOfDetail);
void paintLegend(QPainter *painter, const SceneModel &model);
void paintLegendSwatch(QPainter *painter, const Palette &palette, const SceneModel::LegendRow &row);
void paintTitle(QPainter *painter, const SceneModel &model); // and the caption under it
// The band title font, bold, in scene units.
QFont bandTitleFont();

// The whole model in scene coordinates (the caller sets the transform), stacked like the scene:
// dimmed edges, edges, witness edges, steps, legend, title.
void paintSceneModel(QPainter *painter, const SceneModel &model, qreal levelOfDetail);

} // namespace Seedline

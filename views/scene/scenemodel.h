// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"
#include "core/chain.h"
#include "scene/graphgeometry.h"
#include "highlight/highlight.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

namespace Seedline {

struct SceneIndex;

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

    // A stage band of the bootstrap layout (or a DOT cluster): its box and title, and, for the
    // picture zoomed far out, its summary: it needs a family when one of its steps does.
    struct Band
    {
        QString id;
        QString title;
        QRectF rect;
        QRectF titleRect;
        QVector<int> steps;   // shown step indices
        StepStyle summary;    // marks, fill and outline of the folded stage
        QString summaryLabel; // "Built with gcc 4.7.4 · 54 steps"
    };

    ChainPtr chain;       // the shown chain (projection->shown when a projection is set)
    // The real chain behind it (optional): a shown edge stands for the real edges listed there.
    std::shared_ptr<const ChainProjection> projection;
    GraphGeometry geometry;
    HighlightResult highlight;
    // The window's culling index of `geometry`, when it was built with the scene (SceneBuilder);
    // null: the view builds it.
    std::shared_ptr<const SceneIndex> index;

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
    QVector<Band> bands;
    QString caption;   // a line under the title (counts); empty = none
    QPointF captionPos;
    QString sources;   // a line under the caption (the evidence files); empty = none
    QPointF sourcesPos;
    QRectF sceneRect;  // graph, title and legend with a margin
    QRectF graphRect;  // the graph alone (nodes, edges, bands)

    bool isEmpty() const { return !chain || geometry.nodes.isEmpty(); }
    // The label drawn in a step's box.
    QString label(int step) const;
    // The style of a step / requirement (a plain style when the highlight does not cover it).
    StepStyle stepStyle(int step) const;
    EdgeStyle edgeStyle(int requirement) const;
    // Whether a step is hidden, without copying its style (asked per edge on every repaint).
    bool isStepHidden(int step) const
    {
        return step >= 0 && step < highlight.steps.size() && highlight.steps[step].hidden;
    }
    // Whether geometry.edges[edge] is drawn: neither it nor either of its ends is hidden.
    bool isEdgeShown(int edge) const
    {
        const GraphGeometry::Edge &e = geometry.edges[edge];
        const bool hidden = e.requirement >= 0 && e.requirement < highlight.edges.size() && highlight.edges[e.requirement].hidden;
        return !hidden && !isStepHidden(e.from) && !isStepHidden(e.to);
    }
    // "gcc-15.2.0 needs python-3.11.1 (observed): steps/gcc-15.2.0/pass1.sh:197 `python3 …`", one
    // line per real edge a shown edge stands for.
    QStringList edgeEvidence(int requirement) const;
    // Every role of a shown step as CSS classes: "step family-python requires-rust newly-requires-rust".
    QStringList stepClasses(int step) const;
};

// The family marks of a step box, in scene coordinates: extra rings outside the box (one per family
// it needs beyond the one its outline shows) and a lettered badge per family on its top edge, so
// that a step needing Python and Rust shows both, in colour, in print and for colour-blind readers.
struct StepDecorations
{
    struct Ring
    {
        QRectF rect;
        QColor color;
        qreal width = 2.4;
        bool dashed = false; // needed only because of the what-if
    };
    struct Badge
    {
        QRectF rect;
        QColor fill;
        QColor textColor;
        QString text;
        bool dashed = false;
    };
    bool outlineDashed = false; // the box outline stands for a family needed only in the what-if
    QVector<Ring> rings;
    QVector<Badge> badges;
    bool isEmpty() const { return rings.isEmpty() && badges.isEmpty() && !outlineDashed; }
};
// Without badges (withBadges false) when they would be too small to read: no font is measured.
StepDecorations stepDecorations(const QRectF &box, const StepStyle &style, const Palette &palette, bool withBadges = true);
// The font of the badges (pixel size in scene units).
QFont badgeFont();

// A step's label fitted to its box: one entry per line (a DOT record's fields, an HTML
// label's rows), each line elided in the middle on its own so no field is lost.
QStringList fittedLabelLines(const QString &label, const QFontMetricsF &metrics, qreal width);

// Lays out the title and the legend around the graph.
SceneModel buildSceneModel(ChainPtr chain, GraphGeometry geometry, HighlightResult highlight,
                           const QString &caption = {}, const QString &sources = {});
// Keeps chain and geometry, replaces the styles, title and legend.
void restyleSceneModel(SceneModel &model, HighlightResult highlight);

// The pen an edge style stands for.
QPen edgePen(const EdgeStyle &style);
// Rounded box corner radius for step boxes.
inline constexpr qreal stepCornerRadius = 4.0;
// Font pixel sizes in scene units.
inline constexpr int labelPixelSize = 12;
// Labels are drawn only when they would be at least this many device pixels high.
inline constexpr qreal minimumReadablePixels = 5.0;
// Whether a label of labelPixelSize is readable at this level of detail (device px per scene unit).
inline bool labelReadable(qreal levelOfDetail) { return levelOfDetail * labelPixelSize >= minimumReadablePixels; }

} // namespace Seedline

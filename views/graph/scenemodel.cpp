// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenemodel.h"

#include "highlight/palette.h"

#include <QFontMetricsF>
#include <QPen>
#include <QtMath>

namespace Seedline {

namespace {

constexpr qreal margin = 24;
constexpr qreal legendGap = 32;
constexpr qreal legendPadding = 10;
constexpr qreal legendRowHeight = 20;
constexpr qreal swatchWidth = 30;
constexpr qreal swatchHeight = 14;

QFont makeFont(int pixelSize, bool bold = false)
{
    // DejaVu Sans is installed wherever Seedline is tested; the SVG names the same family with
    // sans-serif as the fallback.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

void layoutDecorations(SceneModel &m)
{
    const QRectF graph = m.geometry.bounds.isValid() ? m.geometry.bounds : QRectF(0, 0, 1, 1);
    QRectF all = graph;

    m.title = m.highlight.title;
    m.titleRect = QRectF();
    if (!m.title.isEmpty()) {
        const QFontMetricsF fm(m.titleFont);
        const qreal h = fm.height();
        m.titleRect = QRectF(graph.left(), graph.top() - h - 16, fm.horizontalAdvance(m.title), h);
        m.titlePos = QPointF(m.titleRect.left(), m.titleRect.top() + fm.ascent());
        all |= m.titleRect;
    }

    m.legendRows.clear();
    m.legendRect = QRectF();
    if (!m.highlight.legend.isEmpty()) {
        const QFontMetricsF fm(m.legendFont);
        QFont headingFont = m.legendFont;
        headingFont.setBold(true);
        const QFontMetricsF hfm(headingFont);
        m.legendHeading = QStringLiteral("Legend (A \u2192 B: A needs B)");
        const qreal left = graph.right() + legendGap;
        const qreal top = graph.top();
        qreal textWidth = hfm.horizontalAdvance(m.legendHeading);
        m.legendHeadingPos = QPointF(left + legendPadding, top + legendPadding + hfm.ascent());
        qreal y = top + legendPadding + hfm.height() + 6;
        for (const LegendEntry &e : std::as_const(m.highlight.legend)) {
            SceneModel::LegendRow row;
            row.entry = e;
            const qreal cy = y + legendRowHeight / 2;
            row.swatch = QRectF(left + legendPadding, cy - swatchHeight / 2, swatchWidth, swatchHeight);
            row.textPos = QPointF(row.swatch.right() + 8, cy + (fm.ascent() - fm.descent()) / 2);
            textWidth = std::max(textWidth, swatchWidth + 8 + fm.horizontalAdvance(e.text));
            m.legendRows.append(row);
            y += legendRowHeight;
        }
        m.legendRect = QRectF(left, top, textWidth + 2 * legendPadding, y - top + legendPadding);
        all |= m.legendRect;
    }
    m.sceneRect = all.adjusted(-margin, -margin, margin, margin);
}

} // namespace

QString SceneModel::label(int step) const
{
    if (const GraphGeometry::Node *n = geometry.node(step); n && !n->label.isEmpty())
        return n->label;
    return chain && step >= 0 && step < chain->steps.size() ? chain->steps[step].id : QString();
}

StepStyle SceneModel::stepStyle(int step) const
{
    if (step >= 0 && step < highlight.steps.size())
        return highlight.steps[step];
    StepStyle s;
    s.fill = Palette::stepFill();
    s.outline = Palette::stepOutline();
    s.text = Palette::text();
    return s;
}

EdgeStyle SceneModel::edgeStyle(int requirement) const
{
    if (requirement >= 0 && requirement < highlight.edges.size())
        return highlight.edges[requirement];
    EdgeStyle e;
    e.color = Palette::edgeColor(RequirementKind::Declared);
    return e;
}

SceneModel buildSceneModel(ChainPtr chain, GraphGeometry geometry, HighlightResult highlight)
{
    SceneModel m;
    m.chain = std::move(chain);
    m.geometry = std::move(geometry);
    if (m.chain && m.geometry.nodeOfStep.size() != m.chain->steps.size())
        m.geometry.reindex(int(m.chain->steps.size()));
    m.labelFont = makeFont(labelPixelSize);
    m.titleFont = makeFont(22, true);
    m.legendFont = makeFont(13);
    restyleSceneModel(m, std::move(highlight));
    return m;
}

void restyleSceneModel(SceneModel &model, HighlightResult highlight)
{
    if (model.chain && highlight.steps.size() != model.chain->steps.size())
        highlight = plainHighlight(*model.chain);
    model.highlight = std::move(highlight);
    layoutDecorations(model);
}

QPolygonF arrowHead(const QPainterPath &path, qreal size)
{
    if (path.elementCount() < 2 || path.length() <= 0)
        return {};
    const QPointF tip = path.currentPosition();
    const qreal len = path.length();
    const QPointF back = path.pointAtPercent(path.percentAtLength(std::max<qreal>(0, len - size)));
    QLineF axis(tip, back);
    if (axis.length() < 1e-6)
        return {};
    axis.setLength(size);
    const QPointF base = axis.p2();
    const QPointF normal(-(base.y() - tip.y()) * 0.45, (base.x() - tip.x()) * 0.45);
    return QPolygonF({tip, base + normal, base - normal});
}

QPen edgePen(const EdgeStyle &style)
{
    QPen pen(style.color, style.width, style.penStyle, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(false);
    return pen;
}

} // namespace Seedline

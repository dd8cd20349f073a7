// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenepainter.h"

#include "graph/graphitems.h"
#include "highlight/palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Seedline {

void paintDecorations(QPainter *painter, const StepDecorations &d, qreal lod)
{
    for (const StepDecorations::Ring &ring : d.rings) {
        QPen pen(ring.color, ring.width, ring.dashed ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(ring.rect, stepCornerRadius + 2, stepCornerRadius + 2);
    }
    if (lod < 0.3)
        return; // the badges are unreadable; the rings still say it
    painter->setFont(badgeFont());
    for (const StepDecorations::Badge &b : d.badges) {
        painter->setPen(QPen(b.dashed ? b.textColor : b.fill.darker(130), 1.0, b.dashed ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(b.fill);
        painter->drawRoundedRect(b.rect, 3, 3);
        painter->setPen(b.textColor);
        painter->drawText(b.rect, Qt::AlignCenter, b.text);
    }
}

bool paintStep(QPainter *painter, const QRectF &box, const QString &label, const StepStyle &style, qreal lod)
{
    const StepDecorations decorations = stepDecorations(box, style);
    QPen outline(style.outline, style.outlineWidth, decorations.outlineDashed ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(outline);
    painter->setBrush(style.fill);
    if (lod < 0.15)
        painter->drawRect(box); // far away: indistinguishable and much cheaper
    else
        painter->drawRoundedRect(box, stepCornerRadius, stepCornerRadius);
    if (!decorations.isEmpty())
        paintDecorations(painter, decorations, lod);
    if (!labelReadable(lod))
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(labelPixelSize);
    font.setStyleHint(QFont::SansSerif);
    painter->setFont(font);
    painter->setPen(style.text);
    const QFontMetricsF fm(font);
    painter->drawText(box, Qt::AlignCenter, fm.elidedText(label, Qt::ElideMiddle, box.width() - 4));
    return true;
}

void paintEdge(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow, const EdgeStyle &style,
               qreal lod)
{
    painter->setBrush(Qt::NoBrush);
    painter->setPen(edgePen(style));
    if (lod < 0.2) {
        const bool aa = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawLine(path.elementAt(0), path.currentPosition());
        painter->setRenderHint(QPainter::Antialiasing, aa);
        return;
    }
    painter->drawPath(path);
    if (!arrow.isEmpty()) {
        painter->setPen(QPen(style.color, 0.8));
        painter->setBrush(style.color);
        painter->drawPolygon(arrow);
    }
}

void paintLegendSwatch(QPainter *painter, const SceneModel::LegendRow &row)
{
    const LegendEntry &e = row.entry;
    if (e.shape == LegendEntry::Shape::Step) {
        StepStyle style;
        style.fill = e.fill;
        style.outline = e.outline;
        style.outlineWidth = std::min<qreal>(e.width, 3.5);
        style.marks = e.marks;
        const StepDecorations d = stepDecorations(row.swatch, style);
        painter->setPen(QPen(e.outline, style.outlineWidth, d.outlineDashed || e.penStyle == Qt::DashLine
                                                                ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(e.fill);
        painter->drawRoundedRect(row.swatch, 3, 3);
        paintDecorations(painter, d, 1.0);
    } else {
        painter->setPen(QPen(e.outline, e.width, e.penStyle, Qt::FlatCap));
        const qreal y = row.swatch.center().y();
        painter->drawLine(QPointF(row.swatch.left(), y), QPointF(row.swatch.right(), y));
    }
}

void paintLegend(QPainter *painter, const SceneModel &m)
{
    if (m.legendRows.isEmpty())
        return;
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
    painter->setBrush(Palette::background());
    painter->drawRect(m.legendRect);
    QFont heading = m.legendFont;
    heading.setBold(true);
    painter->setFont(heading);
    painter->setPen(Palette::text());
    painter->drawText(m.legendHeadingPos, m.legendHeading);
    painter->setFont(m.legendFont);
    for (const SceneModel::LegendRow &row : m.legendRows) {
        paintLegendSwatch(painter, row);
        painter->setPen(Palette::text());
        painter->drawText(row.textPos, row.entry.text);
    }
}

void paintTitle(QPainter *painter, const SceneModel &m)
{
    if (m.title.isEmpty())
        return;
    painter->setFont(m.titleFont);
    painter->setPen(Palette::text());
    painter->drawText(m.titlePos, m.title);
}

void paintSceneModel(QPainter *painter, const SceneModel &m, qreal lod)
{
    painter->fillRect(m.sceneRect, Palette::background());
    for (int layer = -1; layer <= 1; ++layer) {
        for (const GraphGeometry::Edge &e : m.geometry.edges) {
            const EdgeStyle s = m.edgeStyle(e.requirement);
            if (s.hidden || m.stepStyle(e.from).hidden || m.stepStyle(e.to).hidden || !m.geometry.node(e.from)
                || !m.geometry.node(e.to))
                continue;
            if ((s.onWitnessPath ? 1 : s.dimmed ? -1 : 0) != layer)
                continue;
            paintEdge(painter, e.path, arrowHead(e.path, arrowSize), s, lod);
        }
    }
    for (const GraphGeometry::Node &n : m.geometry.nodes) {
        const StepStyle s = m.stepStyle(n.step);
        if (!s.hidden)
            paintStep(painter, n.rect(), m.label(n.step), s, lod);
    }
    paintLegend(painter, m);
    paintTitle(painter, m);
}

} // namespace Seedline

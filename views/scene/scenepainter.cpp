// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenepainter.h"

#include "pathclip.h"

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
    if (lod < badgesReadable)
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

QFont stepTagFont(qreal lod)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setBold(true);
    font.setPixelSize(std::max(1, int(10.0 / lod)));
    return font;
}

void paintStepTag(QPainter *painter, const Palette &palette, const QRectF &box, const QString &label,
                  const StepStyle &style, qreal lod, const QFont &font)
{
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const qreal w = fm.horizontalAdvance(label) + 6 / lod;
    const QRectF tag(box.center().x() - w / 2, box.top() - fm.height() - 2 / lod, w, fm.height());
    painter->setPen(Qt::NoPen);
    QColor halo = palette.background();
    halo.setAlpha(215);
    painter->setBrush(halo);
    painter->drawRoundedRect(tag, 2 / lod, 2 / lod);
    painter->setPen(style.text == Palette::textOn(style.fill) && style.role == StepRole::FamilyMember
                        ? (palette.isDark() ? style.fill : style.fill.darker(150))
                        : palette.text());
    painter->drawText(tag, Qt::AlignCenter, label);
}

void paintStepTag(QPainter *painter, const Palette &palette, const QRectF &box, const QString &label,
                  const StepStyle &style, qreal lod)
{
    paintStepTag(painter, palette, box, label, style, lod, stepTagFont(lod));
}

bool paintStep(QPainter *painter, const Palette &palette, const QRectF &box, const QString &label, const StepStyle &style, qreal lod,
               bool keepLabel)
{
    const StepDecorations decorations = stepDecorations(box, style, palette, lod >= badgesReadable);
    QPen outline(style.outline, style.outlineWidth, decorations.outlineDashed ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(outline);
    painter->setBrush(style.fill);
    if (lod < 0.15)
        painter->drawRect(box); // far away: indistinguishable and much cheaper
    else
        painter->drawRoundedRect(box, stepCornerRadius, stepCornerRadius);
    if (!decorations.isEmpty())
        paintDecorations(painter, decorations, lod);
    if (!labelReadable(lod)) {
        if (!keepLabel || lod <= 0)
            return false;
        paintStepTag(painter, palette, box, label, style, lod);
        return true;
    }
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(labelPixelSize);
    font.setStyleHint(QFont::SansSerif);
    painter->setFont(font);
    painter->setPen(style.text);
    const QFontMetricsF fm(font);
    painter->drawText(box, Qt::AlignCenter, fittedLabelLines(label, fm, box.width() - 4).join(u'\n'));
    return true;
}

void paintEdge(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow, const EdgeStyle &style,
               qreal lod, bool hairline)
{
    painter->setBrush(Qt::NoBrush);
    QPen pen = edgePen(style);
    hairline = hairline && style.width * lod <= 2.0;
    if (hairline) {
        pen.setCosmetic(true);
        pen.setWidthF(1.0);
    }
    painter->setPen(pen);
    if (lod < 0.2) {
        if (path.isEmpty())
            return;
        const bool aa = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawLine(path.elementAt(0), path.currentPosition());
        painter->setRenderHint(QPainter::Antialiasing, aa);
        return;
    }
    painter->drawPath(path);
    if (!arrow.isEmpty()) {
        painter->setPen(hairline ? QPen(Qt::NoPen) : QPen(style.color, 0.8));
        painter->setBrush(style.color);
        painter->drawPolygon(arrow);
    }
}

void paintEdgeIn(QPainter *painter, const QRectF &area, const QRectF &bounds, const QPainterPath &path,
                 const QPolygonF &arrow, const EdgeStyle &style, qreal lod, bool hairline)
{
    // Far away an edge is one straight line (cheap whatever its length); zoomed in, Qt's stroker
    // would walk all of a long edge, off screen too (seconds a frame on a big graph).
    if (lod < 0.2 || area.contains(bounds)) {
        paintEdge(painter, path, arrow, style, lod, hairline);
        return;
    }
    const QPainterPath visible = clippedPath(path, area);
    const bool arrowShows = !arrow.isEmpty() && arrow.boundingRect().intersects(area);
    if (!visible.isEmpty() || arrowShows)
        paintEdge(painter, visible, arrowShows ? arrow : QPolygonF(), style, lod, hairline);
}

void paintLegendSwatch(QPainter *painter, const Palette &palette, const SceneModel::LegendRow &row)
{
    const LegendEntry &e = row.entry;
    if (e.shape == LegendEntry::Shape::Step) {
        StepStyle style;
        style.fill = e.fill;
        style.outline = e.outline;
        style.outlineWidth = std::min<qreal>(e.width, 3.5);
        style.marks = e.marks;
        const StepDecorations d = stepDecorations(row.swatch, style, palette);
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
    const Palette palette = m.highlight.palette();
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
    painter->setBrush(palette.background());
    painter->drawRect(m.legendRect);
    QFont heading = m.legendFont;
    heading.setBold(true);
    painter->setFont(heading);
    painter->setPen(palette.text());
    painter->drawText(m.legendHeadingPos, m.legendHeading);
    painter->setFont(m.legendFont);
    for (const SceneModel::LegendRow &row : m.legendRows) {
        paintLegendSwatch(painter, palette, row);
        painter->setPen(palette.text());
        painter->drawText(row.textPos, row.entry.text);
    }
}

QFont bandTitleFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(13);
    f.setBold(true);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

void paintBand(QPainter *painter, const Palette &palette, const SceneModel::Band &band, bool folded, qreal lod)
{
    if (band.summary.hidden)
        return;
    if (!folded) {
        painter->setPen(QPen(palette.bandOutline(), 1.0));
        painter->setBrush(palette.bandFill());
        painter->drawRoundedRect(band.rect, 6, 6);
        if (lod * 13 < 4)
            return;
        const QFont font = bandTitleFont();
        painter->setFont(font);
        painter->setPen(palette.bandTitle());
        const QFontMetricsF fm(font);
        painter->drawText(band.titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(band.title, Qt::ElideRight, band.titleRect.width()));
        return;
    }
    // Folded: the band as one node.
    const StepStyle &s = band.summary;
    painter->setPen(QPen(s.outline, std::max<qreal>(s.outlineWidth, 1.5 / std::max<qreal>(lod, 0.01))));
    painter->setBrush(s.fill);
    painter->drawRoundedRect(band.rect, 8, 8);
    // Marks as large badges in the top right corner, and the label in type about 14 px on screen.
    const qreal unit = 1.0 / std::max<qreal>(lod, 0.01);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setBold(true);
    const qreal wanted = std::min<qreal>(14 * unit, band.rect.height() / 3);
    font.setPixelSize(std::max(1, int(wanted)));
    painter->setFont(font);
    const QFontMetricsF fm(font);
    qreal right = band.rect.right() - 6 * unit;
    for (int i = int(s.marks.size()) - 1; i >= 0; --i) {
        const FamilyMark &mark = s.marks[i];
        const qreal w = fm.horizontalAdvance(mark.badge) + 8 * unit;
        const QRectF r(right - w, band.rect.top() + 6 * unit, w, fm.height() + 2 * unit);
        painter->setPen(QPen(mark.color.darker(130), unit, mark.newly ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(mark.newly ? palette.background() : mark.color);
        painter->drawRoundedRect(r, 3 * unit, 3 * unit);
        painter->setPen(mark.newly ? (palette.isDark() ? mark.color : mark.color.darker(130)) : Palette::textOn(mark.color));
        painter->drawText(r, Qt::AlignCenter, mark.badge);
        right -= w + 4 * unit;
    }
    painter->setPen(s.text);
    const QRectF text = band.rect.adjusted(8 * unit, 8 * unit + fm.height(), -8 * unit, -8 * unit);
    painter->drawText(text, Qt::AlignCenter | Qt::TextWordWrap, band.summaryLabel);
}

void paintTitle(QPainter *painter, const SceneModel &m)
{
    const Palette palette = m.highlight.palette();
    if (!m.title.isEmpty()) {
        painter->setFont(m.titleFont);
        painter->setPen(palette.text());
        painter->drawText(m.titlePos, m.title);
    }
    if (!m.caption.isEmpty()) {
        painter->setFont(m.legendFont);
        painter->setPen(palette.bandTitle());
        painter->drawText(m.captionPos, m.caption);
    }
    if (!m.sources.isEmpty()) {
        QFont small = m.legendFont;
        small.setPixelSize(std::max(1, m.legendFont.pixelSize() - 2));
        painter->setFont(small);
        painter->setPen(palette.bandTitle());
        painter->drawText(m.sourcesPos, m.sources);
    }
}

void paintSceneModel(QPainter *painter, const SceneModel &m, qreal lod)
{
    const Palette palette = m.highlight.palette();
    painter->fillRect(m.sceneRect, palette.background());
    for (const SceneModel::Band &band : m.bands)
        paintBand(painter, palette, band, false, lod);
    for (int layer = -1; layer <= 1; ++layer) {
        for (const GraphGeometry::Edge &e : m.geometry.edges) {
            const EdgeStyle s = m.edgeStyle(e.requirement);
            if (s.hidden || m.stepStyle(e.from).hidden || m.stepStyle(e.to).hidden || !m.geometry.node(e.from)
                || !m.geometry.node(e.to))
                continue;
            if ((s.onWitnessPath ? 1 : s.dimmed ? -1 : 0) != layer)
                continue;
            paintEdge(painter, e.path, e.arrow, s, lod);
        }
    }
    for (const GraphGeometry::Node &n : m.geometry.nodes) {
        const StepStyle s = m.stepStyle(n.step);
        if (!s.hidden)
            paintStep(painter, palette, n.rect(), m.label(n.step), s, lod);
    }
    paintLegend(painter, m);
    paintTitle(painter, m);
}

} // namespace Seedline

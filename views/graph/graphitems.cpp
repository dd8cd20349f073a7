// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphitems.h"

#include "graph/scenepainter.h"
#include "highlight/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace Seedline {

namespace {
constexpr qreal currentFrameMargin = 5;

} // namespace

// --- StepItem ------------------------------------------------------------------------------------

StepItem::StepItem(int step, const QSizeF &size, const QString &label)
    : m_step(step), m_size(size), m_label(label)
{
    setCacheMode(DeviceCoordinateCache);
    setZValue(2);
    setAcceptedMouseButtons(Qt::NoButton); // clicks go to the view (hand drag and click detection)
}

void StepItem::setStyle(const StepStyle &style)
{
    const bool geometryChanges = !qFuzzyCompare(style.outlineWidth, m_style.outlineWidth)
        || style.marks.size() != m_style.marks.size();
    if (geometryChanges)
        prepareGeometryChange();
    m_style = style;
    setVisible(!style.hidden);
    QStringList tip{m_label};
    if (!style.family.isEmpty() && style.role == StepRole::FamilyMember)
        tip << QStringLiteral("provides %1").arg(Palette::familyDisplayName(style.family));
    for (const QString &f : style.requiredFamilies)
        tip << (style.newlyRequiredFamilies.contains(f)
                    ? QStringLiteral("needs %1 only because of the what-if").arg(Palette::familyDisplayName(f))
                    : QStringLiteral("needs %1 (transitively)").arg(Palette::familyDisplayName(f)));
    setToolTip(tip.join(u'\n'));
    update();
}

void StepItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    update();
}

QRectF StepItem::boundingRect() const
{
    const qreal m = std::max(m_style.outlineWidth / 2, 0.5) + currentFrameMargin + 1;
    QRectF r = box().adjusted(-m, -m, m, m);
    if (!m_style.marks.isEmpty()) {
        const StepDecorations d = stepDecorations(box(), m_style);
        for (const StepDecorations::Ring &ring : d.rings)
            r |= ring.rect.adjusted(-ring.width, -ring.width, ring.width, ring.width);
        for (const StepDecorations::Badge &b : d.badges)
            r |= b.rect.adjusted(-1, -1, 1, 1);
    }
    return r;
}

QPainterPath StepItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(box(), stepCornerRadius, stepCornerRadius);
    return p;
}

void StepItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    m_labelDrawn = paintStep(painter, box(), m_label, m_style, lod);
    if (m_current) {
        painter->setPen(QPen(Palette::selected(), 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        const qreal m = currentFrameMargin - 1;
        painter->drawRoundedRect(box().adjusted(-m, -m, m, m), stepCornerRadius + 2, stepCornerRadius + 2);
    }
}

// --- EdgeItem ------------------------------------------------------------------------------------

EdgeItem::EdgeItem(int requirement, int from, int to, const QPainterPath &path)
    : m_requirement(requirement), m_from(from), m_to(to), m_path(path), m_arrow(arrowHead(path, arrowSize))
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    m_bounds = (m_path.boundingRect() | m_arrow.boundingRect()).adjusted(-3, -3, 3, 3);
}

void EdgeItem::setStyle(const EdgeStyle &style)
{
    const qreal oldExtra = m_style.width;
    m_style = style;
    if (!qFuzzyCompare(oldExtra, style.width)) {
        prepareGeometryChange();
        const qreal w = style.width / 2 + 3;
        m_bounds = (m_path.boundingRect() | m_arrow.boundingRect()).adjusted(-w, -w, w, w);
    }
    setVisible(!style.hidden);
    setZValue(style.onWitnessPath ? 1 : style.dimmed ? -1 : 0);
    update();
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(m_style.width, 4));
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    paintEdge(painter, m_path, m_arrow, m_style, option->levelOfDetailFromTransform(painter->worldTransform()));
}

// --- LegendItem ----------------------------------------------------------------------------------

LegendItem::LegendItem(const SceneModel *model)
{
    setZValue(10);
    setCacheMode(DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::NoButton);
    setFromModel(model);
}

void LegendItem::setFromModel(const SceneModel *model)
{
    prepareGeometryChange();
    m_rect = model->legendRect;
    m_font = model->legendFont;
    m_heading = model->legendHeading;
    m_headingPos = model->legendHeadingPos;
    m_rows = model->legendRows;
    setVisible(!m_rows.isEmpty());
    QGraphicsItem::update();
}

QStringList LegendItem::texts() const
{
    QStringList out;
    for (const SceneModel::LegendRow &r : m_rows)
        out << r.entry.text;
    return out;
}

QRectF LegendItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    SceneModel part;
    part.legendRect = m_rect;
    part.legendFont = m_font;
    part.legendHeading = m_heading;
    part.legendHeadingPos = m_headingPos;
    part.legendRows = m_rows;
    paintLegend(painter, part);
}

// --- TitleItem -----------------------------------------------------------------------------------

TitleItem::TitleItem(const SceneModel *model)
{
    setZValue(10);
    setAcceptedMouseButtons(Qt::NoButton);
    setFromModel(model);
}

void TitleItem::setFromModel(const SceneModel *model)
{
    prepareGeometryChange();
    m_text = model->title;
    m_font = model->titleFont;
    m_pos = model->titlePos;
    m_rect = model->titleRect.adjusted(-2, -2, 2, 2);
    setVisible(!m_text.isEmpty());
    QGraphicsItem::update();
}

void TitleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setFont(m_font);
    painter->setPen(Palette::text());
    painter->drawText(m_pos, m_text);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/scenemodel.h"

#include <QGraphicsItem>

namespace Seedline {

// Labels are drawn only when they would be at least this many device pixels high.
inline constexpr qreal minimumReadablePixels = 5.0;
// Whether a label of labelPixelSize is readable at this level of detail (device px per scene unit).
inline bool labelReadable(qreal levelOfDetail) { return levelOfDetail * labelPixelSize >= minimumReadablePixels; }

// One step: a rounded box with its label, styled by a StepStyle. Cached in device coordinates.
class StepItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    StepItem(int step, const QSizeF &size, const QString &label);

    int type() const override { return Type; }
    int step() const { return m_step; }
    QString label() const { return m_label; }
    const StepStyle &style() const { return m_style; }
    void setStyle(const StepStyle &style);
    // The view's current item: a dashed focus frame.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // Whether the last paint drew the label (false when it was too small to read).
    bool labelDrawn() const { return m_labelDrawn; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF box() const { return {-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height()}; }
    int m_step;
    QSizeF m_size;
    QString m_label;
    StepStyle m_style;
    bool m_current = false;
    bool m_labelDrawn = false;
};

// One requirement: a Bézier path with an arrow head at the step that is needed.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    EdgeItem(int requirement, int from, int to, const QPainterPath &path);

    int type() const override { return Type; }
    int requirement() const { return m_requirement; }
    int fromStep() const { return m_from; }
    int toStep() const { return m_to; }
    const EdgeStyle &style() const { return m_style; }
    void setStyle(const EdgeStyle &style);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_requirement, m_from, m_to;
    QPainterPath m_path;
    QPolygonF m_arrow;
    EdgeStyle m_style;
    QRectF m_bounds;
};

// The legend box: heading and one row per LegendEntry, positioned by the SceneModel.
class LegendItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    explicit LegendItem(const SceneModel *model);
    int type() const override { return Type; }
    void setFromModel(const SceneModel *model);
    QStringList texts() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
    QFont m_font;
    QString m_heading;
    QPointF m_headingPos;
    QVector<SceneModel::LegendRow> m_rows;
};

// The title above the graph.
class TitleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    explicit TitleItem(const SceneModel *model);
    int type() const override { return Type; }
    void setFromModel(const SceneModel *model);
    QString text() const { return m_text; }

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QFont m_font;
    QPointF m_pos;
    QRectF m_rect;
};


} // namespace Seedline

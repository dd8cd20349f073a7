// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/latestjob.h"
#include "highlight/highlight.h"

#include <QImage>
#include <QObject>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <functional>

class QPainter;

namespace Seedline {

// A picture of the edges of a crowded view (tens of thousands of edges on screen), drawn off the
// GUI thread, so that panning and zooming a big graph only blits an image. The picture is drawn
// for one drawing generation (see GraphScene::drawingGeneration), a scene rectangle a little
// larger than the view and one scale; it is shown scaled while a sharper one is drawn, and never
// for another generation: after a restyle the old colours are not shown, the edges wait for
// the new picture (a fraction of a second) instead.
class EdgeBackdrop : public QObject
{
    Q_OBJECT
public:
    struct Edge
    {
        QPainterPath path;
        QPolygonF arrow;
        EdgeStyle style;
    };

    explicit EdgeBackdrop(QObject *parent = nullptr);

    // Whether the picture for `generation` covers `area` at a scale close to `scale` (device px
    // per scene unit), or one that would is being drawn.
    bool isCurrent(quint64 generation, const QRectF &area, qreal scale) const;
    // Starts drawing the edges `collect` lists (in painting order; it runs on the drawing thread)
    // over `rect` at `scale`; the latest request wins.
    void request(quint64 generation, const QRectF &rect, qreal scale, std::function<QVector<Edge>()> collect);
    // Draws the picture it has for `generation` into `area` (scene coordinates, the painter's
    // world transform applied); false when it has none.
    bool paint(QPainter *painter, quint64 generation, const QRectF &area) const;

    bool hasPicture() const { return !m_image.isNull(); }
    // How many edges the picture shown has.
    int edgesDrawn() const { return m_edges; }
    bool isDrawing() const { return m_job.isRunning(); }

    // The picture of `edges` over `rect` at `scale`, transparent where there are none; stops
    // early (a null image) when `cancelled` is set.
    static QImage render(const QVector<Edge> &edges, const QRectF &rect, qreal scale, const std::atomic_bool &cancelled);

Q_SIGNALS:
    void ready();

private:
    struct Picture
    {
        QImage image;
        QRectF rect;
        qreal scale = 0;
        quint64 generation = 0;
        int edges = 0;
    };
    static bool fits(const QRectF &rect, qreal scale, quint64 generation, quint64 wanted, const QRectF &area,
                     qreal wantedScale);

    QImage m_image;
    QRectF m_rect;
    qreal m_scale = 0;
    quint64 m_generation = 0;
    int m_edges = 0;
    // What is being drawn.
    QRectF m_pendingRect;
    qreal m_pendingScale = 0;
    quint64 m_pendingGeneration = 0;
    LatestJob<Picture> m_job{this};
};

} // namespace Seedline

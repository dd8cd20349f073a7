// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgebackdrop.h"

#include "scene/scenepainter.h"

#include <QPainter>

#include <cmath>

namespace Seedline {

EdgeBackdrop::EdgeBackdrop(QObject *parent)
    : QObject(parent)
{
}

bool EdgeBackdrop::fits(const QRectF &rect, qreal scale, quint64 generation, quint64 wanted, const QRectF &area,
                        qreal wantedScale)
{
    // Within 25 % of the wanted scale: sharp enough; farther, a new picture is drawn.
    return generation == wanted && scale > 0 && rect.contains(area) && wantedScale <= scale * 1.25
           && wantedScale >= scale / 1.25;
}

bool EdgeBackdrop::isCurrent(quint64 generation, const QRectF &area, qreal scale) const
{
    return fits(m_rect, m_scale, m_generation, generation, area, scale)
           || (m_job.isRunning() && fits(m_pendingRect, m_pendingScale, m_pendingGeneration, generation, area, scale));
}

void EdgeBackdrop::request(quint64 generation, const QRectF &rect, qreal scale, std::function<QVector<Edge>()> collect)
{
    m_pendingRect = rect;
    m_pendingScale = scale;
    m_pendingGeneration = generation;
    m_job.start(
        [collect = std::move(collect), rect, scale, generation](const std::atomic_bool &cancelled) {
            const QVector<Edge> edges = collect();
            return Picture{render(edges, rect, scale, cancelled), rect, scale, generation, int(edges.size())};
        },
        [this](Picture picture) {
            if (picture.image.isNull())
                return;
            m_image = std::move(picture.image);
            m_rect = picture.rect;
            m_scale = picture.scale;
            m_generation = picture.generation;
            m_edges = picture.edges;
            Q_EMIT ready();
        });
}

bool EdgeBackdrop::paint(QPainter *painter, quint64 generation, const QRectF &area) const
{
    if (m_image.isNull() || m_generation != generation)
        return false;
    const QRectF target = m_rect.intersected(area);
    if (target.isEmpty())
        return true;
    const QRectF source((target.topLeft() - m_rect.topLeft()) * m_scale, target.size() * m_scale);
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter->drawImage(target, m_image, source);
    painter->restore();
    return true;
}

QImage EdgeBackdrop::render(const QVector<Edge> &edges, const QRectF &rect, qreal scale,
                            const std::atomic_bool &cancelled)
{
    const QSize size(std::max(1, int(std::ceil(rect.width() * scale))), std::max(1, int(std::ceil(rect.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.scale(scale, scale);
    painter.translate(-rect.topLeft());
    const QRectF clip = rect.adjusted(-8 / scale, -8 / scale, 8 / scale, 8 / scale);
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if ((i & 255) == 0 && cancelled.load(std::memory_order_relaxed))
            return {};
        const Edge &e = edges[i];
        // Thousands of edges: hairlines, as the window draws a crowded view (see paintEdge).
        paintEdgeIn(&painter, clip, e.path.controlPointRect(), e.path, e.arrow, e.style, scale, true);
    }
    return image;
}

} // namespace Seedline

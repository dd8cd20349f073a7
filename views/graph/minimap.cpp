// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "minimap.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>

namespace Seedline {

Minimap::Minimap(QGraphicsView *view, QWidget *parent)
    : QWidget(parent), m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(120);
    connect(&m_renderTimer, &QTimer::timeout, this, &Minimap::render);
}

void Minimap::invalidate()
{
    m_renderTimer.start();
}

QRectF Minimap::contentRect() const
{
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const QGraphicsScene *scene = m_view->scene();
    if (!scene || scene->sceneRect().isEmpty())
        return area;
    QSizeF s = scene->sceneRect().size();
    s.scale(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center() - QPointF(s.width() / 2, s.height() / 2), s);
}

void Minimap::render()
{
    const QGraphicsScene *scene = m_view->scene();
    const QRectF target = contentRect();
    if (!scene || target.isEmpty()) {
        m_pixmap = QPixmap();
        update();
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pm((target.size() * dpr).toSize());
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::white);
    QPainter p(&pm);
    const_cast<QGraphicsScene *>(scene)->render(&p, QRectF(QPointF(0, 0), target.size()), scene->sceneRect());
    p.end();
    m_pixmap = pm;
    update();
}

QRectF Minimap::visibleRectInMinimap() const
{
    const QGraphicsScene *scene = m_view->scene();
    if (!scene || scene->sceneRect().isEmpty())
        return {};
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF sr = scene->sceneRect();
    const QRectF cr = contentRect();
    const qreal sx = cr.width() / sr.width();
    const qreal sy = cr.height() / sr.height();
    return QRectF(cr.left() + (visible.left() - sr.left()) * sx, cr.top() + (visible.top() - sr.top()) * sy,
                  visible.width() * sx, visible.height() * sy)
        .intersected(cr.adjusted(-1, -1, 1, 1));
}

QPointF Minimap::toScene(const QPointF &pos) const
{
    const QGraphicsScene *scene = m_view->scene();
    if (!scene)
        return {};
    const QRectF sr = scene->sceneRect();
    const QRectF cr = contentRect();
    if (cr.isEmpty())
        return sr.center();
    return QPointF(sr.left() + (pos.x() - cr.left()) * sr.width() / cr.width(),
                   sr.top() + (pos.y() - cr.top()) * sr.height() / cr.height());
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (m_pixmap.isNull() && m_view->scene())
        const_cast<Minimap *>(this)->m_renderTimer.start(0);
    else
        p.drawPixmap(contentRect().topLeft(), m_pixmap);
    const QRectF v = visibleRectInMinimap();
    if (!v.isEmpty()) {
        p.setPen(QPen(QColor(0xd4, 0x00, 0x6a), 1.5));
        p.setBrush(QColor(0xd4, 0x00, 0x6a, 30));
        p.drawRect(v);
    }
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_view->centerOn(toScene(event->position()));
        update();
        event->accept();
    }
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_view->centerOn(toScene(event->position()));
        update();
        event->accept();
    }
}

void Minimap::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
}

} // namespace Seedline

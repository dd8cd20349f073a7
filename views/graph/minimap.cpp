// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "minimap.h"

#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "highlight/palette.h"

#include <QMouseEvent>
#include <QPainter>

namespace Seedline {

Minimap::Minimap(GraphView *view, QWidget *parent)
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

QRectF Minimap::graphRect() const
{
    const SceneModel &m = m_view->sceneModel();
    return m.graphRect.isValid() ? m.graphRect : m.geometry.bounds;
}

QRectF Minimap::contentRect() const
{
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    if (graphRect().isEmpty())
        return area;
    QSizeF s = graphRect().size();
    s.scale(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center() - QPointF(s.width() / 2, s.height() / 2), s);
}

void Minimap::render()
{
    const SceneModel &m = m_view->sceneModel();
    const QRectF target = contentRect();
    const QRectF source = graphRect();
    if (m.isEmpty() || target.isEmpty() || source.isEmpty()) {
        m_pixmap = QPixmap();
        update();
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pm((target.size() * dpr).toSize());
    pm.setDevicePixelRatio(dpr);
    const Palette palette = m.highlight.palette();
    pm.fill(palette.background());
    QPainter p(&pm);
    const qreal scale = target.width() / source.width();
    p.scale(scale, scale);
    p.translate(-source.topLeft());
    p.setPen(Qt::NoPen);
    p.setBrush(palette.isDark() ? palette.bandFill().lighter(120) : palette.bandFill().darker(104));
    for (const SceneModel::Band &band : m.bands)
        p.drawRect(band.rect);
    // Every step as a block of its fill colour, at least a pixel: cheap at any size.
    const qreal pixel = 1.0 / scale;
    for (const GraphGeometry::Node &n : m.geometry.nodes) {
        const StepStyle s = m.stepStyle(n.step);
        if (s.hidden)
            continue;
        QRectF r = n.rect();
        if (r.width() < pixel || r.height() < pixel)
            r = QRectF(r.center() - QPointF(pixel / 2, pixel / 2), QSizeF(pixel, pixel));
        p.fillRect(r, s.role == StepRole::Plain ? QColor(0xb8, 0xb8, 0xc0) : s.outline);
    }
    p.end();
    m_pixmap = pm;
    update();
}

QRectF Minimap::visibleRectInMinimap() const
{
    const QRectF sr = graphRect();
    if (sr.isEmpty())
        return {};
    const QRectF visible = m_view->visibleSceneRect();
    const QRectF cr = contentRect();
    const qreal sx = cr.width() / sr.width();
    const qreal sy = cr.height() / sr.height();
    return QRectF(cr.left() + (visible.left() - sr.left()) * sx, cr.top() + (visible.top() - sr.top()) * sy,
                  visible.width() * sx, visible.height() * sy)
        .intersected(cr.adjusted(-1, -1, 1, 1));
}

QPointF Minimap::toScene(const QPointF &pos) const
{
    const QRectF sr = graphRect();
    const QRectF cr = contentRect();
    if (cr.isEmpty())
        return sr.center();
    return QPointF(sr.left() + (pos.x() - cr.left()) * sr.width() / cr.width(),
                   sr.top() + (pos.y() - cr.top()) * sr.height() / cr.height());
}

void Minimap::paintEvent(QPaintEvent *)
{
    // Nothing to find when the whole graph is on screen.
    const QRectF visible = m_view->visibleSceneRect();
    if (!graphRect().isEmpty() && visible.contains(graphRect()))
        return;
    const Palette palette = m_view->sceneModel().highlight.palette();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
    QColor frame = palette.background();
    frame.setAlpha(235);
    p.setBrush(frame);
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (m_pixmap.isNull() && !m_view->sceneModel().isEmpty())
        const_cast<Minimap *>(this)->m_renderTimer.start(0);
    else
        p.drawPixmap(contentRect().topLeft(), m_pixmap);
    const QRectF v = visibleRectInMinimap();
    if (!v.isEmpty()) {
        QColor marker = palette.witness();
        p.setPen(QPen(marker, 1.5));
        marker.setAlpha(30);
        p.setBrush(marker);
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

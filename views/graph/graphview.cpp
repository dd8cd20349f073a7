// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "graph/graphgeometry.h"
#include "graph/graphitems.h"
#include "graph/graphscene.h"
#include "graph/minimap.h"
#include "layout/layoutgraph.h"
#include "layout/layoutresult.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

namespace Seedline {

namespace {
constexpr qreal minimumZoom = 0.01;
constexpr qreal maximumZoom = 8.0;
constexpr qreal keyZoomStep = 1.25;
constexpr QSize minimapSize(200, 150);
} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new GraphScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Dependency graph"));

    m_minimap = new Minimap(this, this);
    m_minimap->resize(minimapSize);
    connect(m_scene, &GraphScene::modelChanged, m_minimap, &Minimap::invalidate);
    placeMinimap();
}

GraphView::~GraphView() = default;

void GraphView::setGraph(ChainPtr chain, const LayoutGraph &graph, const LayoutResult &layout)
{
    const int steps = chain ? int(chain->steps.size()) : 0;
    setGraph(std::move(chain), geometryFromLayout(graph, layout, steps));
}

void GraphView::setGraph(ChainPtr chain, const GraphGeometry &geometry)
{
    HighlightResult highlight = m_scene->model().highlight;
    if (!chain || highlight.steps.size() != chain->steps.size()
        || highlight.edges.size() != chain->requirements.size())
        highlight = chain ? plainHighlight(*chain) : HighlightResult();
    m_selected = -1;
    m_scene->setModel(buildSceneModel(std::move(chain), geometry, std::move(highlight)));
    fitAll();
}

void GraphView::setHighlight(const HighlightResult &highlight)
{
    m_scene->setHighlight(highlight);
}

void GraphView::clear()
{
    m_selected = -1;
    m_scene->clearGraph();
}

ChainPtr GraphView::chain() const
{
    return m_scene->model().chain;
}

const HighlightResult &GraphView::highlight() const
{
    return m_scene->model().highlight;
}

SceneModel GraphView::sceneModel() const
{
    return m_scene->model();
}

void GraphView::selectStep(int index)
{
    if (StepItem *old = m_scene->stepItem(m_selected))
        old->setCurrent(false);
    m_selected = index;
    if (StepItem *item = m_scene->stepItem(index)) {
        item->setCurrent(true);
        ensureVisible(item, 40, 40);
    }
}

void GraphView::centerOn(int index)
{
    if (StepItem *item = m_scene->stepItem(index))
        QGraphicsView::centerOn(item);
}

void GraphView::fitAll()
{
    const QRectF r = m_scene->sceneRect();
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    // Small graphs are not blown up beyond 150 %.
    if (zoom() > 1.5)
        setZoom(1.5);
    Q_EMIT zoomChanged(zoom());
    m_minimap->update();
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(qreal factor)
{
    factor = std::clamp(factor, minimumZoom, maximumZoom);
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setTransform(QTransform::fromScale(factor, factor));
    setTransformationAnchor(anchor);
    Q_EMIT zoomChanged(zoom());
    m_minimap->update();
}

void GraphView::scaleBy(qreal factor, const QPointF &viewportAnchor)
{
    const qreal target = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    factor = target / zoom();
    if (qFuzzyCompare(factor, 1.0))
        return;
    if (viewportAnchor.x() >= 0) {
        // Keep the scene point under the anchor where it is.
        const QPointF before = mapToScene(viewportAnchor.toPoint());
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(NoAnchor);
        scale(factor, factor);
        const QPointF after = mapToScene(viewportAnchor.toPoint());
        const QPointF delta = after - before;
        translate(delta.x(), delta.y());
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(delta.x() * zoom()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() - int(delta.y() * zoom()));
        setTransformationAnchor(anchor);
    } else {
        scale(factor, factor);
    }
    Q_EMIT zoomChanged(zoom());
    m_minimap->update();
}

void GraphView::zoomIn()
{
    scaleBy(keyZoomStep);
}

void GraphView::zoomOut()
{
    scaleBy(1 / keyZoomStep);
}

void GraphView::resetZoom()
{
    setZoom(1.0);
}

void GraphView::setMinimapVisible(bool visible)
{
    m_minimap->setVisible(visible);
}

bool GraphView::isMinimapVisible() const
{
    return m_minimap->isVisible();
}

int GraphView::stepAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits)
        if (item->type() == StepItem::Type && item->isVisible())
            return static_cast<StepItem *>(item)->step();
    return -1;
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture)
        return gestureEvent(static_cast<QGestureEvent *>(event));
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            scaleBy(1 + native->value(), native->position());
            return true;
        }
        if (native->gestureType() == Qt::SmartZoomNativeGesture) {
            fitAll();
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

bool GraphView::gestureEvent(QGestureEvent *event)
{
    if (auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            scaleBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
        event->accept(pinch);
        return true;
    }
    return false;
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // A touchpad's two-finger scroll (pixel deltas, a scroll phase) pans; a mouse wheel zooms.
    const bool touchpadScroll = !event->pixelDelta().isNull() && event->phase() != Qt::NoScrollPhase;
    if (touchpadScroll && !(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->pixelDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.0015, delta), event->position());
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        resetZoom();
        return;
    case Qt::Key_F:
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            fitAll();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0) {
            Q_EMIT stepActivated(m_selected);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return; // that was a pan
    const int step = stepAt(pos);
    if (step >= 0) {
        selectStep(step);
        Q_EMIT stepClicked(step);
    } else {
        Q_EMIT backgroundClicked();
    }
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int step = stepAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && step >= 0) {
        Q_EMIT stepActivated(step);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton)
        fitAll();
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->update();
}

void GraphView::placeMinimap()
{
    const QRect vp = viewport()->geometry();
    QSize size = minimapSize;
    if (vp.width() < 3 * size.width() || vp.height() < 3 * size.height())
        size = size / 2;
    m_minimap->resize(size);
    m_minimap->move(vp.right() - size.width() - 8, vp.bottom() - size.height() - 8);
    m_minimap->raise();
    m_minimap->invalidate();
}

} // namespace Seedline

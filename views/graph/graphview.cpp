// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "scene/legenduse.h"

#include "graph/graphscene.h"
#include "graph/minimap.h"
#include "highlight/palette.h"
#include "scene/scenepainter.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QSet>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Seedline {

namespace {
constexpr qreal minimumZoom = 0.005;
constexpr qreal maximumZoom = 8.0;
constexpr qreal keyZoomStep = 1.25;
constexpr qreal readableLabelPixels = 11.0; // reveal() zooms in until labels are this tall
constexpr qreal revealMaximumZoom = 1.5;
constexpr QSize minimapSize(170, 110);
constexpr int legendMargin = 8;
constexpr int legendRowHeight = 19;
constexpr int legendMarkedRowHeight = 24;

QFont overlayFont(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}
} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new GraphScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(FullViewportUpdate); // the legend overlay is drawn over the whole viewport
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Dependency graph"));

    m_minimap = new Minimap(this, this);
    m_minimap->resize(minimapSize);
    connect(m_scene, &GraphScene::modelChanged, m_minimap, &Minimap::invalidate);
    connect(m_scene, &GraphScene::restyled, m_minimap, &Minimap::invalidate);
    placeMinimap();

    m_navigation.setDuration(260);
    m_navigation.setStartValue(0.0);
    m_navigation.setEndValue(1.0);
    m_navigation.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_navigation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        const qreal t = v.toReal();
        const qreal z = m_navFromZoom * std::pow(m_navToZoom / m_navFromZoom, t);
        setTransform(QTransform::fromScale(z, z));
        QGraphicsView::centerOn(m_navFromCenter + (m_navToCenter - m_navFromCenter) * t);
        Q_EMIT zoomChanged(zoom());
        m_minimap->update();
    });
}

GraphView::~GraphView() = default;

void GraphView::setSceneModel(SceneModel model, bool animate)
{
    m_scene->setModel(std::move(model), animate);
    if (m_selected >= 0 && !m_scene->model().geometry.node(m_selected))
        m_selected = -1;
    m_scene->setCurrentStep(m_selected);
    viewport()->update();
}

void GraphView::setHighlight(const HighlightResult &highlight)
{
    m_scene->setHighlight(highlight);
    viewport()->update();
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

const SceneModel &GraphView::sceneModel() const
{
    return m_scene->model();
}

void GraphView::selectStep(int index)
{
    m_selected = m_scene->model().geometry.node(index) ? index : -1;
    m_scene->setCurrentStep(m_selected);
}

void GraphView::centerOn(int index)
{
    const QRectF r = m_scene->stepRect(index);
    if (!r.isNull())
        QGraphicsView::centerOn(r.center());
}

QRectF GraphView::visibleSceneRect() const
{
    return viewportTransform().inverted().mapRect(QRectF(viewport()->rect()));
}

bool GraphView::isStepVisible(int step) const
{
    const QRectF r = m_scene->model().geometry.node(step) ? m_scene->model().geometry.node(step)->rect() : QRectF();
    return !r.isNull() && visibleSceneRect().contains(r);
}

void GraphView::finishNavigation()
{
    if (isNavigating())
        m_navigation.setCurrentTime(m_navigation.duration());
}

void GraphView::navigateTo(const QPointF &center, qreal targetZoom, bool animated)
{
    targetZoom = std::clamp(targetZoom, smallestZoom(), maximumZoom);
    m_navigation.stop();
    if (!animated || !isVisible()) {
        setTransform(QTransform::fromScale(targetZoom, targetZoom));
        QGraphicsView::centerOn(center);
        Q_EMIT zoomChanged(zoom());
        m_minimap->update();
        return;
    }
    m_navFromCenter = visibleSceneRect().center();
    m_navFromZoom = zoom();
    m_navToCenter = center;
    m_navToZoom = targetZoom;
    m_navigation.start();
}

void GraphView::revealRect(const QRectF &target, bool animated)
{
    if (target.isNull() || viewport()->width() < 10 || viewport()->height() < 10)
        return;
    QRectF area = QRectF(viewport()->rect()).adjusted(30, 30, -30, -30);
    if (m_legendVisible && !m_legendRect.isEmpty() && area.width() > 2 * m_legendRect.width())
        area.setRight(area.right() - m_legendRect.width() - 8);
    const qreal fit = std::min(area.width() / std::max<qreal>(target.width(), 1), area.height() / std::max<qreal>(target.height(), 1));
    const qreal readable = readableLabelPixels / labelPixelSize;
    qreal z = zoom();
    const bool fits = visibleSceneRect().adjusted(20 / z, 20 / z, -20 / z, -20 / z).contains(target);
    if (fits && z * labelPixelSize >= readableLabelPixels * 0.8) {
        return; // already in view and readable
    }
    // Zoom out until it fits; zoom in until labels read, never further than needed.
    if (z > fit)
        z = fit;
    if (z < readable)
        z = std::min(readable, std::max(fit, z));
    z = std::min(z, revealMaximumZoom);
    const QPointF viewportCenter = QRectF(viewport()->rect()).center();
    navigateTo(target.center() + (viewportCenter - area.center()) / z, z, animated);
}

void GraphView::reveal(const QVector<int> &steps, bool animated)
{
    QRectF r;
    for (int s : steps) {
        if (const GraphGeometry::Node *n = m_scene->model().geometry.node(s))
            r |= n->rect();
    }
    if (!r.isNull())
        revealRect(r.adjusted(-20, -30, 20, 20), animated);
}

void GraphView::fitAll(bool animated)
{
    const SceneModel &m = m_scene->model();
    const QRectF r = m.graphRect.isValid() ? m.graphRect : m.geometry.bounds;
    if (r.isEmpty() || viewport()->width() < 10)
        return;
    QRectF area = QRectF(viewport()->rect()).adjusted(16, 16, -16, -16);
    // Keep the graph clear of the legend in the top right corner when there is room beside it.
    if (m_legendVisible && !m_legendRect.isEmpty() && area.width() > 2 * m_legendRect.width())
        area.setRight(area.right() - m_legendRect.width() - 8);
    const qreal z = std::min({area.width() / r.width(), area.height() / r.height(), 1.5});
    const QPointF viewportCenter = QRectF(viewport()->rect()).center();
    // Center the graph in `area`, not in the whole viewport.
    navigateTo(r.center() + (viewportCenter - area.center()) / z, z, animated);
}

QVector<int> GraphView::storySteps() const
{
    const SceneModel &m = m_scene->model();
    QVector<int> out;
    for (const GraphGeometry::Node &n : m.geometry.nodes) {
        const StepStyle s = m.stepStyle(n.step);
        if (!s.hidden && (s.role != StepRole::Plain || s.selected || s.onWitnessPath))
            out.append(n.step);
    }
    return out;
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

qreal GraphView::smallestZoom() const
{
    // However large the layout, the whole of it can be fitted (and a little more).
    const SceneModel &m = m_scene->model();
    const QRectF r = m.graphRect.isValid() ? m.graphRect : m.geometry.bounds;
    if (r.isEmpty() || viewport()->width() < 10)
        return minimumZoom;
    const qreal fit = std::min(viewport()->width() / r.width(), viewport()->height() / r.height());
    return std::min(minimumZoom, fit / 2);
}

void GraphView::setZoom(qreal factor)
{
    zoomAround(factor, QRectF(viewport()->rect()).center());
}

void GraphView::zoomAround(qreal factor, const QPointF &viewportPos)
{
    factor = std::clamp(factor, smallestZoom(), maximumZoom);
    m_navigation.stop();
    const QPointF scenePoint = viewportTransform().inverted().map(viewportPos);
    setTransform(QTransform::fromScale(factor, factor));
    const QPointF viewportCenter = QRectF(viewport()->rect()).center();
    QGraphicsView::centerOn(scenePoint - (viewportPos - viewportCenter) / factor);
    // centerOn rounds to whole scroll steps: correct what is left.
    const QPointF error = viewportTransform().map(scenePoint) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(error.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(error.y()));
    Q_EMIT zoomChanged(zoom());
    m_minimap->update();
}

void GraphView::scaleBy(qreal factor, const QPointF &viewportAnchor)
{
    const QPointF anchor = viewportAnchor.x() >= 0 ? viewportAnchor : QRectF(viewport()->rect()).center();
    zoomAround(zoom() * factor, anchor);
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
    return m_minimap->isVisibleTo(this);
}

void GraphView::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    viewport()->update();
}

int GraphView::stepAt(const QPoint &viewportPos) const
{
    const QPointF scenePos = viewportTransform().inverted().map(QPointF(viewportPos));
    const int step = m_scene->stepAt(scenePos);
    if (step < 0)
        return -1;
    // Zoomed far out only the important steps are drawn, so only those can be hit.
    const qreal lod = zoom();
    return !m_scene->isFoldedAt(lod) || m_scene->isImportant(step) ? step : -1;
}

QString GraphView::stepToolTip(int step) const
{
    const SceneModel &m = m_scene->model();
    if (!m.chain || step < 0 || step >= m.chain->steps.size())
        return {};
    const Step &s = m.chain->steps[step];
    const StepStyle style = m.stepStyle(step);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(m.label(step).toHtmlEscaped())};
    if (m.projection && m.projection->groupAt(step))
        lines << tr("%n step(s) folded into one node; double-click to open it", nullptr,
                    int(m.projection->members.value(step).size()));
    else if (s.label != s.id && !s.id.isEmpty())
        lines << QStringLiteral("<tt>%1</tt>").arg(s.id.toHtmlEscaped());
    for (const QString &f : style.memberFamilies)
        lines << tr("provides %1").arg(Palette::familyDisplayName(f));
    for (const QString &f : style.requiredFamilies) {
        if (style.memberFamilies.contains(f))
            continue;
        lines << (style.newlyRequiredFamilies.contains(f) ? tr("needs %1 only because of the what-if")
                                                           : tr("needs %1 (transitively)"))
                     .arg(Palette::familyDisplayName(f));
    }
    return lines.join(QStringLiteral("<br/>"));
}

bool GraphView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Gesture:
        return gestureEvent(static_cast<QGestureEvent *>(event));
    case QEvent::NativeGesture: {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            scaleBy(1 + native->value(), native->position());
            return true;
        }
        if (native->gestureType() == Qt::SmartZoomNativeGesture) {
            fitAll(true);
            return true;
        }
        break;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int step = stepAt(help->pos());
        if (step >= 0)
            QToolTip::showText(help->globalPos(), stepToolTip(step), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    default:
        break;
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

int GraphView::neighbour(int key) const
{
    const SceneModel &m = m_scene->model();
    if (!m.chain || m_selected < 0)
        return -1;
    const auto visible = [&m](int step) { return m.geometry.node(step) && !m.isStepHidden(step); };
    int best = -1;
    switch (key) {
    case Qt::Key_Up: // what it needs: the most recent of them
    case Qt::Key_Down: // what needs it: the earliest of them
        for (const Requirement &r : m.chain->requirements) {
            if (r.kind == RequirementKind::Sequence)
                continue;
            const int other = key == Qt::Key_Up ? (r.from == m_selected ? r.to : -1)
                                                : (r.to == m_selected ? r.from : -1);
            if (other < 0 || other == m_selected || !visible(other))
                continue;
            if (best < 0 || (key == Qt::Key_Up ? other > best : other < best))
                best = other;
        }
        return best;
    case Qt::Key_Left:
        for (int s = m_selected - 1; s >= 0; --s)
            if (visible(s))
                return s;
        return -1;
    case Qt::Key_Right:
        for (int s = m_selected + 1; s < m.chain->steps.size(); ++s)
            if (visible(s))
                return s;
        return -1;
    default:
        return -1;
    }
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        if (plain) {
            resetZoom();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_selected >= 0) {
            Q_EMIT backgroundClicked();
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (plain && m_selected >= 0) {
            const int next = neighbour(event->key());
            if (next >= 0) {
                selectStep(next);
                Q_EMIT stepClicked(next);
                reveal({next});
            }
            return; // at an end: stay, do not scroll away
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
        m_navigation.stop();
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
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int step = stepAt(pos);
    if (step >= 0) {
        Q_EMIT stepActivated(step);
        event->accept();
        return;
    }
    const int band = m_scene->bandTitleAt(viewportTransform().inverted().map(QPointF(pos)));
    if (band >= 0) {
        Q_EMIT bandActivated(band);
        event->accept();
        return;
    }
    fitAll(true);
    event->accept();
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    const int step = stepAt(event->pos());
    if (step >= 0) {
        selectStep(step);
        Q_EMIT stepClicked(step);
    }
    Q_EMIT stepContextMenu(step, event->globalPos());
    event->accept();
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

QVector<LegendEntry> GraphView::visibleLegend() const
{
    const SceneModel &m = m_scene->model();
    if (m.highlight.legend.isEmpty())
        return {};
    const QRectF area = visibleSceneRect();
    const bool folded = m_scene->isFoldedAt(zoom());
    // A repaint that does not move or restyle anything (a picture arriving) asks again.
    LegendCache &cache = m_legendCache;
    if (cache.generation == m_scene->drawingGeneration() && cache.area == area && cache.folded == folded)
        return cache.entries;
    LegendUse use(m);
    m_scene->forEachStepIn(area, [&](int step) {
        if (!folded || m_scene->isImportant(step))
            use.addStep(step);
        return true;
    });
    if (folded) {
        for (const SceneModel::Band &b : m.bands)
            if (b.rect.intersects(area))
                use.addStyle(b.summary);
    } else {
        m_scene->forEachEdgeIn(area, [&](int e) {
            use.addEdge(e);
            return !use.edgesComplete();
        });
    }
    cache = {m_scene->drawingGeneration(), area, folded, use.entries()};
    return cache.entries;
}

void GraphView::paintLegend(QPainter *painter)
{
    m_legendRect = QRect();
    if (!m_legendVisible)
        return;
    const QVector<LegendEntry> entries = visibleLegend();
    if (entries.isEmpty())
        return;
    const QFont font = overlayFont(11);
    const QFont heading = overlayFont(11, true);
    const QFontMetrics fm(font), hfm(heading);
    const QString title = tr("On screen (A \u2192 B: A needs B)");
    int width = hfm.horizontalAdvance(title);
    int height = hfm.height() + 10;
    for (const LegendEntry &e : entries) {
        width = std::max(width, 44 + fm.horizontalAdvance(e.text));
        height += e.marks.isEmpty() ? legendRowHeight : legendMarkedRowHeight;
    }
    const QRect box(viewport()->width() - width - 2 * legendMargin - 10, legendMargin, width + 2 * legendMargin,
                    height + legendMargin);
    m_legendRect = box;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
    const Palette palette = sceneModel().highlight.palette();
    QColor background = palette.background();
    background.setAlpha(235);
    painter->setBrush(background);
    painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setFont(heading);
    painter->setPen(palette.text());
    painter->drawText(box.left() + legendMargin, box.top() + legendMargin + hfm.ascent(), title);
    qreal y = box.top() + legendMargin + hfm.height() + 6;
    for (const LegendEntry &e : entries) {
        const qreal rowHeight = e.marks.isEmpty() ? legendRowHeight : legendMarkedRowHeight;
        const qreal cy = y + rowHeight - legendRowHeight / 2.0;
        SceneModel::LegendRow row;
        row.entry = e;
        row.swatch = QRectF(box.left() + legendMargin, cy - 6, 34, 12);
        paintLegendSwatch(painter, palette, row);
        painter->setFont(font);
        painter->setPen(palette.text());
        painter->drawText(QPointF(row.swatch.right() + 7, cy + (fm.ascent() - fm.descent()) / 2.0), e.text);
        y += rowHeight;
    }
}

void GraphView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    paintLegend(painter);
    painter->restore();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "highlight/highlight.h"
#include "scene/scenemodel.h"

#include <QGraphicsView>
#include <QVariantAnimation>

class QGestureEvent;

namespace Seedline {

class GraphScene;
class Minimap;

// The interactive graph: a QGraphicsView over a GraphScene.
//
// Zoom: the mouse wheel (and Ctrl+wheel) zooms around the point under the pointer, which stays
// where it is; a touchpad's two-finger scroll pans; pinch gestures zoom; + and - zoom, 0 resets to
// 100 %, Ctrl+0 (the window's Fit) fits the whole graph. Pan by dragging the background. Arrow keys
// move the selection along the edges: Up to what it needs, Down to what needs it, Left and Right
// to its neighbours in build order; Escape clears it. A legend of what is on screen is drawn at a
// fixed size over the top right corner, a small minimap in the bottom right; both can be hidden.
//
// The view never computes anything about the chain: it draws the SceneModel it is given and
// restyles it with the HighlightResult it is given. setSceneModel() keeps the viewport; the
// window asks for a fit when it wants one.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Shows a new drawing; steps that stay move to their new places (animated). The viewport is
    // kept: call fitAll() or reveal() to move it.
    void setSceneModel(SceneModel model, bool animate = true);
    // Restyles what is drawn (colours, outlines, dimmed/hidden, edge styles, legend). Cheap.
    void setHighlight(const HighlightResult &highlight);
    void clear();

    ChainPtr chain() const;
    const HighlightResult &highlight() const;
    const SceneModel &sceneModel() const;
    GraphScene *graphScene() const { return m_scene; }

    // The view's current item (a dashed frame and the keyboard's position); no signal, no scroll.
    void selectStep(int index);
    int selectedStep() const { return m_selected; }
    void centerOn(int index);
    using QGraphicsView::centerOn;

    // Brings steps into view (animated unless told not to): zooms out until they all fit, or in
    // until their labels read at about 11 px, never beyond 150 %.
    void reveal(const QVector<int> &steps, bool animated = true);
    void revealRect(const QRectF &sceneRect, bool animated = true);
    void fitAll(bool animated = false);
    // The steps that tell the story: the highlighted families, what needs them, the selection and
    // the why-path; the whole graph when there are none.
    QVector<int> storySteps() const;
    bool isNavigating() const { return m_navigation.state() == QAbstractAnimation::Running; }
    void finishNavigation();

    qreal zoom() const; // 1.0 = 100 %
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Zooms to `factor` keeping the scene point under `viewportPos` where it is.
    void zoomAround(qreal factor, const QPointF &viewportPos);

    void setMinimapVisible(bool visible);
    bool isMinimapVisible() const;
    Minimap *minimap() const { return m_minimap; }
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legendVisible; }
    // The legend rows for what is on screen now (what the overlay draws).
    QVector<LegendEntry> visibleLegend() const;
    QRect legendRect() const { return m_legendRect; }

    // The step under a viewport position, or -1.
    int stepAt(const QPoint &viewportPos) const;
    // The scene rectangle the viewport shows.
    QRectF visibleSceneRect() const;
    // Whether a step's box lies entirely inside the viewport.
    bool isStepVisible(int step) const;
    // The tooltip of a step (built when asked, not for every step on every restyle).
    QString stepToolTip(int step) const;

Q_SIGNALS:
    void stepActivated(int index); // double-click or Enter on a step
    void stepClicked(int index);
    void backgroundClicked();
    void bandActivated(int band);  // double-click on a stage band's title
    void stepContextMenu(int index, const QPoint &globalPos);
    void zoomChanged(qreal factor);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    qreal smallestZoom() const;
    void scaleBy(qreal factor, const QPointF &viewportAnchor = QPointF(-1, -1));
    bool gestureEvent(QGestureEvent *event);
    void placeMinimap();
    void navigateTo(const QPointF &center, qreal zoom, bool animated);
    int neighbour(int key) const;
    void paintLegend(QPainter *painter);

    GraphScene *m_scene = nullptr;
    Minimap *m_minimap = nullptr;
    int m_selected = -1;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_legendVisible = true;
    QRect m_legendRect;
    struct LegendCache
    {
        quint64 generation = 0;
        QRectF area;
        bool folded = false;
        QVector<LegendEntry> entries;
    };
    mutable LegendCache m_legendCache; // of visibleLegend()
    QVariantAnimation m_navigation;
    QPointF m_navFromCenter, m_navToCenter;
    qreal m_navFromZoom = 1, m_navToZoom = 1;
};

} // namespace Seedline

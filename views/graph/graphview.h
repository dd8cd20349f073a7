// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "highlight/highlight.h"

#include <QGraphicsView>

class QGestureEvent;

namespace Seedline {

struct LayoutGraph;
struct LayoutResult;
struct GraphGeometry;
struct SceneModel;
class GraphScene;
class Minimap;

// The interactive graph: a QGraphicsView over a GraphScene.
//
// Zoom: the plain mouse wheel zooms around the cursor (Ctrl+wheel too); a touchpad's two-finger
// scroll (pixel deltas without Ctrl) pans; pinch gestures zoom; keys + / = zoom in, - zooms out,
// 0 resets to 100 %, F fits the whole graph. Pan by dragging the background (ScrollHandDrag) or with
// the scroll bars and arrow keys. A bird's-eye minimap in the bottom-right corner shows the visible
// rectangle; click or drag in it to move there.
//
// The view never computes highlighting: the window computes a HighlightResult (models/highlight)
// from its options and passes it in; setHighlight() only restyles the existing items.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Builds the scene for a chain and its layout (layout/layoutgraph.h, layout/layoutresult.h:
    // the LayoutGraph maps layout nodes and edges back to steps and requirements). Steps missing
    // from the layout are not shown. Keeps the current highlight if it fits the chain, else plain.
    void setGraph(ChainPtr chain, const LayoutGraph &graph, const LayoutResult &layout);
    void setGraph(ChainPtr chain, const GraphGeometry &geometry);
    // Restyles the items (colours, outlines, dimmed/hidden, edge styles, legend, title). Cheap.
    void setHighlight(const HighlightResult &highlight);
    void clear();

    ChainPtr chain() const;
    const HighlightResult &highlight() const;
    GraphScene *graphScene() const { return m_scene; }
    // What is drawn now (geometry + styles + legend + title), for exportGraph().
    SceneModel sceneModel() const;

    // Marks a step as the current item (keyboard focus, selection frame) and ensures it is visible.
    // It does not recompute the highlight and emits nothing.
    void selectStep(int index);
    int selectedStep() const { return m_selected; }
    void centerOn(int index);
    using QGraphicsView::centerOn;
    void fitAll();

    qreal zoom() const; // 1.0 = 100 %
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    void resetZoom();

    void setMinimapVisible(bool visible);
    bool isMinimapVisible() const;
    Minimap *minimap() const { return m_minimap; }

    // The step under a viewport position, or -1.
    int stepAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void stepActivated(int index); // double-click or Enter on a step
    void stepClicked(int index);
    void backgroundClicked();
    void zoomChanged(qreal factor);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void scaleBy(qreal factor, const QPointF &viewportAnchor = QPointF(-1, -1));
    bool gestureEvent(QGestureEvent *event);
    void placeMinimap();

    GraphScene *m_scene = nullptr;
    Minimap *m_minimap = nullptr;
    int m_selected = -1;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace Seedline {

class GraphView;

// A bird's-eye overview of the graph, drawn in a corner of the view: the stage bands and the steps
// in their colours, from an image rendered once per drawing (never the scene itself), with the
// visible rectangle framed. Clicking or dragging in it moves the view there.
class Minimap : public QWidget
{
    Q_OBJECT
public:
    explicit Minimap(GraphView *view, QWidget *parent = nullptr);

    // Re-renders the overview soon (the scene changed); cheap to call often.
    void invalidate();
    // The scene rectangle the view shows, in minimap widget coordinates.
    QRectF visibleRectInMinimap() const;
    // Maps a minimap position to the scene.
    QPointF toScene(const QPointF &pos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF contentRect() const; // where the graph is drawn inside the widget
    QRectF graphRect() const;   // the part of the scene shown
    void render();

    GraphView *m_view;
    QPixmap m_pixmap;
    QTimer m_renderTimer;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

class QGraphicsView;

namespace Seedline {

// A bird's-eye overview of a view's scene, drawn in a corner of the view: the whole scene scaled
// down, with the visible rectangle framed. Clicking or dragging in it moves the view there.
class Minimap : public QWidget
{
    Q_OBJECT
public:
    explicit Minimap(QGraphicsView *view, QWidget *parent = nullptr);

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
    QRectF contentRect() const; // where the scene is drawn inside the widget
    void render();

    QGraphicsView *m_view;
    QPixmap m_pixmap;
    QTimer m_renderTimer;
};

} // namespace Seedline

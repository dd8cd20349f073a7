// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QVector>

namespace Seedline {

// A uniform grid over rectangles (step boxes, edge bounds) for culling and hit tests. Building is
// O(items × cells each covers); items covering more than `spanLimit` cells (long edges) are kept
// on a list of their own and tested one by one, so a long edge never lands in thousands of cells.
class GridIndex
{
public:
    void build(const QVector<QRectF> &rects, qreal cellSize = 256, int spanLimit = 64);
    void clear();

    // Items whose rectangle intersects `area`, each once, in ascending order.
    QVector<int> query(const QRectF &area) const;
    // The item under a point (the last one added wins), or -1.
    int itemAt(const QPointF &point) const;
    const QRectF &rect(int item) const { return m_rects[item]; }
    int count() const { return int(m_rects.size()); }
    QRectF bounds() const { return m_bounds; }

private:
    int cellX(qreal x) const;
    int cellY(qreal y) const;

    QVector<QRectF> m_rects;
    QRectF m_bounds;
    qreal m_cell = 256;
    int m_columns = 0, m_rows = 0;
    QVector<QVector<int>> m_cells;
    QVector<int> m_large;
    mutable QVector<quint32> m_stamp;
    mutable quint32 m_generation = 0;
};

} // namespace Seedline

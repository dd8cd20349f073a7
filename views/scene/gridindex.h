// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QVector>

#include <algorithm>

namespace Seedline {

// A uniform grid over rectangles (step boxes, edge bounds) for culling and hit tests. Building is
// O(items × cells each covers); items covering more than `spanLimit` cells (long edges) are kept
// on a list of their own and tested one by one, so a long edge never lands in thousands of cells.
class GridIndex
{
public:
    void build(const QVector<QRectF> &rects, qreal cellSize = 256, int spanLimit = 64);
    void clear();

    // Items whose rectangle intersects `area`, each once, in ascending order (forEachIn, sorted).
    QVector<int> query(const QRectF &area) const;
    // Calls `visit(item)` for each item whose rectangle intersects `area`, once each and in no
    // particular order, until it returns false: a walk that neither lists nor sorts.
    template<typename Visit>
    void forEachIn(const QRectF &area, Visit visit) const;
    const QVector<QRectF> &rects() const { return m_rects; }
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

template<typename Visit>
void GridIndex::forEachIn(const QRectF &area, Visit visit) const
{
    if (m_rects.isEmpty() || !area.intersects(m_bounds.adjusted(-1, -1, 1, 1)))
        return;
    // Most of the index asked for (a whole big graph fitted in the view): one pass over the items
    // is cheaper than walking every cell and the items each holds several times over.
    const QRectF covered = area.intersected(m_bounds);
    if (covered.width() * covered.height() >= 0.25 * m_bounds.width() * m_bounds.height()) {
        for (int i = 0; i < m_rects.size(); ++i)
            if (m_rects[i].intersects(area) && !visit(i))
                return;
        return;
    }
    for (int i : m_large)
        if (m_rects[i].intersects(area) && !visit(i))
            return;
    if (++m_generation == 0) {
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_generation = 1;
    }
    const int x0 = cellX(area.left()), x1 = cellX(area.right());
    const int y0 = cellY(area.top()), y1 = cellY(area.bottom());
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            for (int i : m_cells[qsizetype(y) * m_columns + x]) {
                if (m_stamp[i] == m_generation)
                    continue;
                m_stamp[i] = m_generation;
                if (m_rects[i].intersects(area) && !visit(i))
                    return;
            }
        }
    }
}

} // namespace Seedline

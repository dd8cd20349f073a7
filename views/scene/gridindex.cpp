// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridindex.h"

#include <algorithm>
#include <cmath>

namespace Seedline {

void GridIndex::clear()
{
    m_rects.clear();
    m_cells.clear();
    m_large.clear();
    m_stamp.clear();
    m_bounds = {};
    m_columns = m_rows = 0;
}

int GridIndex::cellX(qreal x) const
{
    return std::clamp(int(std::floor((x - m_bounds.left()) / m_cell)), 0, m_columns - 1);
}

int GridIndex::cellY(qreal y) const
{
    return std::clamp(int(std::floor((y - m_bounds.top()) / m_cell)), 0, m_rows - 1);
}

void GridIndex::build(const QVector<QRectF> &rects, qreal cellSize, int spanLimit)
{
    clear();
    m_rects = rects;
    m_stamp = QVector<quint32>(rects.size(), 0);
    for (const QRectF &r : rects)
        m_bounds |= r;
    if (rects.isEmpty() || m_bounds.isEmpty()) {
        m_bounds = QRectF(0, 0, 1, 1);
    }
    // At most about 4 million cells, whatever the extent.
    m_cell = std::max<qreal>(cellSize, std::sqrt(m_bounds.width() * m_bounds.height() / 4.0e6));
    m_columns = std::max(1, int(std::ceil(m_bounds.width() / m_cell)));
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / m_cell)));
    m_cells = QVector<QVector<int>>(qsizetype(m_columns) * m_rows);
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF &r = rects[i];
        const int x0 = cellX(r.left()), x1 = cellX(r.right());
        const int y0 = cellY(r.top()), y1 = cellY(r.bottom());
        if (qint64(x1 - x0 + 1) * (y1 - y0 + 1) > spanLimit) {
            m_large.append(i);
            continue;
        }
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_cells[qsizetype(y) * m_columns + x].append(i);
    }
}

QVector<int> GridIndex::query(const QRectF &area) const
{
    QVector<int> out;
    forEachIn(area, [&out](int i) {
        out.append(i);
        return true;
    });
    std::sort(out.begin(), out.end());
    return out;
}

int GridIndex::itemAt(const QPointF &point) const
{
    if (m_rects.isEmpty() || !m_bounds.contains(point))
        return -1;
    int best = -1;
    for (int i : m_cells[qsizetype(cellY(point.y())) * m_columns + cellX(point.x())])
        if (m_rects[i].contains(point))
            best = std::max(best, i);
    for (int i : m_large)
        if (m_rects[i].contains(point))
            best = std::max(best, i);
    return best;
}

} // namespace Seedline

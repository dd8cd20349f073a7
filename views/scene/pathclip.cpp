// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathclip.h"

#include <algorithm>

namespace Seedline {

namespace {

// Builds the clipped path: pieces that follow each other without a gap stay one subpath.
class Pieces
{
public:
    void startAt(const QPointF &p)
    {
        if (!m_open || m_last != p)
            m_path.moveTo(p);
        m_open = true;
        m_last = p;
    }
    void lineTo(const QPointF &p)
    {
        m_path.lineTo(p);
        m_last = p;
    }
    void cubicTo(const QPointF &c1, const QPointF &c2, const QPointF &p)
    {
        m_path.cubicTo(c1, c2, p);
        m_last = p;
    }
    void lift() { m_open = false; }
    QPainterPath take() { return std::move(m_path); }

private:
    QPainterPath m_path;
    QPointF m_last;
    bool m_open = false;
};

// Unlike QRectF::intersects, true for a box of zero width or height (a vertical or horizontal
// curve) that touches the area.
bool touches(qreal left, qreal top, qreal right, qreal bottom, const QRectF &area)
{
    return left <= area.right() && right >= area.left() && top <= area.bottom() && bottom >= area.top();
}

// Liang–Barsky: cuts the segment a–b to `area`; false when none of it is inside.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &area)
{
    const QPointF from = a;
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    qreal t0 = 0, t1 = 1;
    const auto edge = [&](qreal p, qreal q) {
        if (p == 0)
            return q >= 0;
        const qreal t = q / p;
        if (p < 0) {
            if (t > t1)
                return false;
            t0 = std::max(t0, t);
        } else {
            if (t < t0)
                return false;
            t1 = std::min(t1, t);
        }
        return true;
    };
    if (!edge(-dx, from.x() - area.left()) || !edge(dx, area.right() - from.x()) || !edge(-dy, from.y() - area.top())
        || !edge(dy, area.bottom() - from.y()))
        return false;
    a = from + t0 * QPointF(dx, dy);
    b = from + t1 * QPointF(dx, dy);
    return true;
}

void addCubic(Pieces &out, const QPointF &p0, const QPointF &c1, const QPointF &c2, const QPointF &p3,
              const QRectF &area, int depth)
{
    // A cubic lies inside the box of its control points.
    const qreal left = std::min({p0.x(), c1.x(), c2.x(), p3.x()}), right = std::max({p0.x(), c1.x(), c2.x(), p3.x()});
    const qreal top = std::min({p0.y(), c1.y(), c2.y(), p3.y()}), bottom = std::max({p0.y(), c1.y(), c2.y(), p3.y()});
    if (!touches(left, top, right, bottom, area)) {
        out.lift();
        return;
    }
    if (depth >= 30 || (right - left <= area.width() && bottom - top <= area.height())) {
        out.startAt(p0);
        out.cubicTo(c1, c2, p3);
        return;
    }
    // Split at the middle (de Casteljau) and keep what touches.
    const QPointF a = (p0 + c1) / 2, b = (c1 + c2) / 2, c = (c2 + p3) / 2;
    const QPointF ab = (a + b) / 2, bc = (b + c) / 2, mid = (ab + bc) / 2;
    addCubic(out, p0, a, ab, mid, area, depth + 1);
    addCubic(out, mid, bc, c, p3, area, depth + 1);
}

} // namespace

QPainterPath clippedPath(const QPainterPath &path, const QRectF &area)
{
    Pieces out;
    QPointF current;
    const int n = path.elementCount();
    for (int i = 0; i < n; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            current = e;
            out.lift();
            break;
        case QPainterPath::LineToElement: {
            QPointF a = current, b = e;
            if (clipSegment(a, b, area)) {
                out.startAt(a);
                out.lineTo(b);
            } else {
                out.lift();
            }
            current = e;
            break;
        }
        case QPainterPath::CurveToElement:
            if (i + 2 < n) {
                const QPointF c1 = e, c2 = path.elementAt(i + 1), p3 = path.elementAt(i + 2);
                addCubic(out, current, c1, c2, p3, area, 0);
                current = p3;
                i += 2;
            }
            break;
        case QPainterPath::CurveToDataElement: // only after a CurveToElement, consumed there
            break;
        }
    }
    return out.take();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight/highlight.h"

#include <QHash>
#include <QRectF>
#include <QVector>

#include <array>

class QPainter;

namespace Seedline {

class Palette;

// Steps seen from far away (levelOfDetail below farStepsBelow: boxes a few pixels wide), drawn in
// batches: one fillRects per colour instead of a stroked box per step, so that a fitted view of
// twenty thousand steps paints in a few milliseconds. Each box keeps what it says up close: its
// fill, its outline colour (at least one device pixel wide) and a ring per further needed family
// (stepDecorations' rings, at least one pixel apart). Dashed outlines and rings (needed only
// because of a what-if) are stroked with their dash, as paintStep does, so that the what-if
// stays visible.
class FarSteps
{
public:
    explicit FarSteps(qreal levelOfDetail);

    void add(const QRectF &box, const StepStyle &style, const Palette &palette);
    // Rings first (outermost first), then outlines, then fills, then the dashed strokes.
    void paint(QPainter *painter) const;
    int count() const { return m_count; }

private:
    struct Look
    {
        QRgb color;
        int layer; // the painting order (see farsteps.cpp)
        bool operator==(const Look &o) const { return color == o.color && layer == o.layer; }
    };
    friend size_t qHash(const Look &l, size_t seed) { return qHashMulti(seed, l.color, l.layer); }
    struct Dashed
    {
        QRectF rect;
        QRgb color;
        qreal width;
    };
    void fill(int layer, const QColor &color, const QRectF &rect);

    qreal m_lod;
    qreal m_pixel; // one device pixel in scene units
    int m_count = 0;
    QHash<Look, int> m_lookIndex;
    QVector<Look> m_looks;
    QVector<QVector<QRectF>> m_rects;
    QVector<Dashed> m_dashed;
    // The look used last in each layer (by layer - 880, clamped; a collision only misses), or -1.
    std::array<int, 128> m_lastOfLayer;
};

inline constexpr qreal farStepsBelow = 0.15;

} // namespace Seedline

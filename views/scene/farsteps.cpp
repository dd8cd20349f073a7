// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "farsteps.h"

#include "highlight/palette.h"
#include "scene/scenemodel.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace Seedline {

namespace {

// Painting layers: rings by depth (the outermost first), the gap inside the first ring, outlines, fills.
constexpr int innermostRingLayer = 900;
constexpr int gapLayer = 950;
constexpr int outlineLayer = 1000;
constexpr int fillLayer = 1001;

} // namespace

FarSteps::FarSteps(qreal levelOfDetail)
    : m_lod(std::max<qreal>(levelOfDetail, 1e-6))
    , m_pixel(1.0 / m_lod)
{
    m_lastOfLayer.fill(-1);
}

void FarSteps::fill(int layer, const QColor &color, const QRectF &rect)
{
    const Look look{color.rgba(), layer};
    // Neighbouring steps mostly look alike: the last look of the layer first, then the hash.
    int &last = m_lastOfLayer[std::clamp(layer - 880, 0, int(m_lastOfLayer.size()) - 1)];
    if (last < 0 || !(m_looks[last] == look)) {
        auto it = m_lookIndex.constFind(look);
        if (it == m_lookIndex.constEnd()) {
            it = m_lookIndex.insert(look, int(m_looks.size()));
            m_looks.append(look);
            m_rects.append(QVector<QRectF>());
        }
        last = *it;
    }
    m_rects[last].append(rect);
}

void FarSteps::add(const QRectF &box, const StepStyle &style, const Palette &palette)
{
    ++m_count;
    const StepDecorations d = stepDecorations(box, style, palette, false);
    // Rings at least a pixel apart, so that each one shows as a pixel of its colour.
    const qreal spacing = std::max<qreal>(3.0, m_pixel);
    const int rings = int(d.rings.size());
    for (int i = rings - 1; i >= 0; --i) {
        const StepDecorations::Ring &ring = d.rings[i];
        const qreal grow = spacing * (i + 1);
        const QRectF outer = box.adjusted(-grow, -grow, grow, grow);
        if (ring.dashed)
            m_dashed.append({outer.adjusted(spacing / 2, spacing / 2, -spacing / 2, -spacing / 2), ring.color.rgba(), ring.width});
        else
            fill(innermostRingLayer - i, ring.color, outer);
    }
    if (rings > 0) // the gap between the box and its first ring
        fill(gapLayer, palette.background(), box.adjusted(-spacing / 2, -spacing / 2, spacing / 2, spacing / 2));
    // The outline as a frame at least a pixel wide, but never more than a quarter of the box.
    const qreal frame = std::min({std::max<qreal>(style.outlineWidth, m_pixel), box.width() / 4, box.height() / 4});
    if (d.outlineDashed) {
        fill(fillLayer, style.fill, box);
        m_dashed.append({box, style.outline.rgba(), style.outlineWidth});
        return;
    }
    fill(outlineLayer, style.outline, box);
    fill(fillLayer, style.fill, box.adjusted(frame, frame, -frame, -frame));
}

void FarSteps::paint(QPainter *painter) const
{
    QVector<int> order(m_looks.size());
    std::iota(order.begin(), order.end(), 0);
    // Rings of the outer depths first; within a layer, in the order the looks came.
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_looks[a].layer < m_looks[b].layer; });
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (int i : order) {
        painter->setBrush(QColor::fromRgba(m_looks[i].color));
        painter->drawRects(m_rects[i].constData(), int(m_rects[i].size()));
    }
    painter->setBrush(Qt::NoBrush);
    for (const Dashed &d : m_dashed) {
        painter->setPen(QPen(QColor::fromRgba(d.color), std::max(d.width, m_pixel), Qt::DashLine));
        painter->drawRect(d.rect);
    }
    painter->restore();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QRectF>

namespace Seedline {

// The part of an edge's path that can show inside `area`: straight segments are cut to the
// rectangle (Liang–Barsky), curves that miss it are dropped and big curves that cross it are split
// (de Casteljau) until the pieces that remain are no bigger than the area. Stroking the result
// inside `area` draws the same pixels as stroking the whole path, without Qt's stroker walking a
// line hundreds of thousands of points long that is almost all off screen (on a zoomed-in view of
// a big graph that took seconds per frame).
QPainterPath clippedPath(const QPainterPath &path, const QRectF &area);

} // namespace Seedline

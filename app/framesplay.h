// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tour.h"
#include "scene/scenemodel.h"
#include "teaching/playstyle.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QVector>

namespace Seedline::Cli {

// One frame of `seedline frames --play`: the graph restyled for the moment (teachingHighlight), the
// part of it to show, and what the audience reads: a title, the prose and the environment.
struct PlayFrame
{
    SceneModel model; // restyled; its title and legend are left out (the header says it)
    QVector<int> focus; // shown steps the view frames
    int current = -1; // the shown step played now (class="current"), -1 for none
    QString currentId; // its step id
    TourZoom zoom; // how close the view comes to `focus`
    TeachingText text;
    int position = 0; // 0-based, for the progress line
    int count = 1;
    QSize size { 1280, 720 };
};

// The scene rectangle a frame shows in a graph area of `area` pixels: `focus` framed (never closer
// than 100 %, so labels stay at their size; a zoom factor multiplies that), or everything.
QRectF playFrameViewRect(
    const SceneModel &model, const QVector<int> &focus, const TourZoom &zoom, const QSizeF &area);

// The frame as a standalone SVG of frame.size: a header (title, subtitle), the graph in a nested
// <svg> whose current step's <g> gets the class "current" and a <rect class="current"> ring, the
// environment panel (<g class="environment">) and a progress line.
QByteArray writePlayFrameSvg(const PlayFrame &frame);
// The same picture as an image of frame.size.
QImage renderPlayFrame(const PlayFrame &frame);

} // namespace Seedline::Cli

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineseries.h"

#include <QSize>
#include <QStringList>

namespace Seedline::Cli {

// `seedline frames MODE ... -o DIR`: numbered SVG or PNG frames of an animation, with no display.
// One mode so far, --timeline (the growth chart and the graph of each date side by side); a mode is
// a function that turns the parsed options into a FrameSequence (framewriter.h), so another one
// (the teaching mode's --play) adds its options and its function beside it.
int runFrames(const QStringList &arguments);
QString framesUsage();

// The growth chart of a series written to a .svg or .png file (`seedline timeline --chart`); an empty
// string or the reason it failed.
QString writeGrowthChart(const TimelineSeries &series, const QString &fileName, const QSize &size);

} // namespace Seedline::Cli

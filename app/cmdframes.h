// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loadoptions.h"
#include "framewriter.h"
#include "timeline/timelineseries.h"

#include <QSize>
#include <QStringList>

class QCommandLineParser;

namespace Seedline::Cli {

// `seedline frames MODE ... -o DIR`: numbered SVG or PNG frames of an animation, with no display.
// One mode so far, --timeline (the growth chart and the graph of each date side by side). A mode is
// a function `int runFramesMODE(const QCommandLineParser &, const FramesOutput &)` that turns its
// options into a FrameSequence (framewriter.h) and ends with writeFrameSequence(); runFrames()
// chooses the mode in one place (see "The modes" in cmdframes.cpp), so another one, the teaching
// mode's --play, adds its options there and its function in a file of its own.
int runFrames(const QStringList &arguments);
QString framesUsage();

// What every mode of `seedline frames` shares, read once by runFrames() before it picks the mode:
// where the frames go, their size and format, and how inputs are loaded.
struct FramesOutput
{
    QString directory;
    QString extension; // "png" or "svg"
    QSize size;
    LoadOptions load;
};

// Writes a mode's frames into output.directory and reports on stderr (the count, the first and
// last file, leftovers of an earlier run); returns the exit status. Every mode ends with it.
int writeFrameSequence(const FramesOutput &output, const FrameSequence &sequence);

// The modes. --timeline: a frame per date (--every), the growth chart drawn up to it beside the graph
// of the chain at that date.
int runFramesTimeline(const QCommandLineParser &parser, const FramesOutput &output);

// The growth chart of a series written to a .svg or .png file (`seedline timeline --chart`); an empty
// string or the reason it failed.
QString writeGrowthChart(const TimelineSeries &series, const QString &fileName, const QSize &size);

} // namespace Seedline::Cli

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineseries.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What `seedline timeline` prints; the app only parses arguments.
namespace Seedline {

// The CSV columns, in order: date, newest_rustc, anchor_rustc, rustc_builds first.
QStringList timelineCsvColumns();

// One line per row, with a header line; empty cells where a figure is not available.
QString timelineCsv(const TimelineSeries &series);

// The rows with their chains, the projection, anchors, events, observed chains and problems.
QJsonObject timelineJson(const TimelineSeries &series);

// A readable table with the chain of every row, the missing build-hour figures and the events.
QString timelineText(const TimelineSeries &series);

// The ids of the builds without a build-hour fact in any row (with Rust), in order of appearance.
QStringList missingHourFigures(const TimelineSeries &series);

} // namespace Seedline

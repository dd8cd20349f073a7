// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/cpythonseries.h"
#include "timeline/timelineoptions.h"

#include <QDate>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace Seedline::Cli {

// The options that choose a timeline, shared by `seedline timeline` and `seedline frames --timeline`:
// --policy, --from, --to, --horizon, --mrustc-every and --scenario.
void addTimelineOptions(QCommandLineParser &parser);

struct TimelineChoice
{
    TimelineOptions options;
    CpythonOptions cpython;
};
// Reads them back; nullopt and *error (a sentence naming the option) on a bad value.
std::optional<TimelineChoice> timelineChoiceFrom(const QCommandLineParser &parser, QString *error);

// A date option as YYYY-MM-DD: an invalid QDate when it is not set, nullopt and *error when malformed.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, QString *error);

} // namespace Seedline::Cli

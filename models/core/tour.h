// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "step.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

// How close the view of a tour stop comes.
struct TourZoom
{
    enum class Mode {
        Fit,    // the stop's steps fill the view (the default)
        Factor, // `factor` times the Fit scale: 2 comes twice as close, 0.5 shows twice the context
        All,    // the whole chain
    };
    Mode mode = Mode::Fit;
    double factor = 1.0;
    bool operator==(const TourZoom &) const = default;
};

// A run of steps in build order, `from` to `to` inclusive (step ids).
struct StepRange
{
    QString from;
    QString to;
    bool operator==(const StepRange &) const = default;
};

// One stop of a guided tour: the steps it shows and what it says about them.
struct TourStop
{
    QVector<StepSelector> steps; // ids, or families with a version constraint (pick all by default)
    QVector<StepRange> ranges;   // runs of steps in build order
    QString caption;             // what the teacher says at this stop
    QStringList highlight;       // families to highlight
    TourZoom zoom;
    QStringList scenarios;       // what-ifs (Scenario::name) switched on at this stop
    SourceRange origin;          // the [[tour.stop]] table
    bool operator==(const TourStop &) const = default;
};

// A guided tour through a chain, written in a chain file as [[tour]] with [[tour.stop]] entries.
// The stops keep selectors, not indices: they are resolved against the chain they are shown on
// (teaching/tourplayback.h, resolveTourStop).
struct Tour
{
    QString name;  // unique: "seed-to-gcc"
    QString title; // what the audience reads; default: the name
    QString description;
    QVector<TourStop> stops;
    SourceRange origin; // the [[tour]] table
    bool operator==(const Tour &) const = default;
};

// "fit", "all" or the factor ("2").
QString tourZoomName(const TourZoom &zoom);

} // namespace Seedline

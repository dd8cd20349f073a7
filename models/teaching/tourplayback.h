// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"
#include "firsts.h"

#include "analysis/chainanalysis.h"
#include "core/chain.h"
#include "core/tour.h"

#include <QVector>

namespace Seedline {

// The steps a tour stop shows, in build order and without duplicates: its selectors resolved as
// scenario rules are (analysis/scenarioapply.h, resolveSelector: an id, or the included steps of a
// family or package with a matching version), and its ranges (every included step from `from` to
// `to`). Ids that are not in `chain` resolve to nothing (the loader reports them).
QVector<int> resolveTourStop(const Chain &chain, const TourStop &stop);

// The tour called `name`, or nullptr.
const Tour *findTour(const Chain &chain, const QString &name);

// One stop of a tour, played.
struct TourFrame
{
    int stop = -1;            // index into Tour::stops
    QVector<int> steps;       // resolveTourStop(), in build order
    int step = -1;            // where the stop stands in the build: the last of `steps`; -1 when it names none
    QStringList scenarios;    // the what-ifs on at this stop (the loaded ones of TourStop::scenarios)
    ChainPtr chain;           // the chain with those what-ifs applied (the tour's chain when there are none)
    AnalysisPtr analysis;     // its analysis: what requires Python or Rust at this stop
    Environment environment;  // right after `step` (before the first step when `step` is -1)
    QVector<First> firsts;    // the firsts (on `chain`) among `steps`
};

struct TourPlayback
{
    Tour tour;
    ChainPtr chain; // the chain the tour was played on, without what-ifs
    QVector<TourFrame> frames; // one per stop, in the tour's order
    int size() const { return int(frames.size()); }
};

// Plays a tour over `chain` (the loaded chain, without what-ifs): each stop's steps, the chain and
// analysis under exactly the stop's scenarios (the others are off), and the environment at the
// stop. Stops that share a set of scenarios share their chain and analysis.
TourPlayback buildTourPlayback(ChainPtr chain, const Tour &tour, const AnalysisOptions &options = {});

} // namespace Seedline

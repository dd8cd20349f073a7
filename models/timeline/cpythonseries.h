// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "timeline/timelineseries.h"

namespace Seedline {

struct CpythonOptions
{
    QString scenario = QStringLiteral("cpython-requires-rust"); // the what-if that makes CPython need Rust
    // The CPython step; empty: the newest step of family `python` that the scenario makes need the
    // timeline's family (python-3.11.1 in the shipped chains).
    QString target;
    RequirementKinds followed = defaultFollowedKinds();
    bool operator==(const CpythonOptions &) const = default;
};

// computeTimeline(chain.timeline, options), then for every row: the chain at its date
// (chainAtDate), the scenario applied to it (applyScenario), and the builds (buildsToReach over the
// followed kinds) and build hours (the build_hours facts of those builds) to reach the CPython step
// with the scenario and without it. CpythonFigures stay unavailable, with a warning in `problems`,
// when the chain has no such scenario or no CPython step it applies to.
TimelineSeries computeTimeline(
    const Chain &chain, const TimelineOptions &options, const CpythonOptions &cpython = {});

// The figures for one row alone (what computeTimeline fills in).
CpythonFigures cpythonFiguresAt(const Chain &chain, const TimelineRow &row, const QString &family,
    const CpythonOptions &options, Diagnostics *problems = nullptr);

} // namespace Seedline

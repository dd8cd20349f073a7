// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/timeline.h"
#include "timeline/timelineoptions.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// The growth of a bootstrap chain over time: "how many rustc builds from what mrustc can build to the
// newest stable Rust", at every date it changes. Pure functions over values; the definitions are in
// docs/timeline.md.
namespace Seedline {

// One rustc of the chain at a date: the version built, when it was released, whether it is projected.
struct ChainMember
{
    QString version;
    QDate released; // invalid when the release table does not know it
    bool projected = false;
    bool operator==(const ChainMember &) const = default;
};

// The bootstrap anchor in force at a date: "mrustc v0.11.0 builds rustc 1.74.0".
struct AnchorInForce
{
    QString tool; // "mrustc"
    QString toolVersion; // "v0.11.0"; empty for a projected release of the tool
    QString builds; // the first rustc of the chain ("1.74.0"; observed policy: the project's, "1.29.2")
    QDate since; // released policy: the tool's release; observed: the project's adoption
    QDate toolReleased; // the tool release's date when known (equals `since` under the released policy)
    bool projected = false;
    QString note;

    // "mrustc v0.11.0", "mrustc (projected 2028-01-05)"
    QString label() const;
    // Same tool release and target (the dates may differ)
    bool sameAs(const AnchorInForce &other) const;
    bool operator==(const AnchorInForce &) const = default;
};

// What it takes to reach a CPython that requires Rust (scenario applied) at one date, and without
// Rust, from the chain (see computeTimeline(const Chain &, ...)).
struct CpythonFigures
{
    bool available = false;
    QString target; // the CPython step: "python-3.11.1"
    int buildsWithRust = 0; // builds to reach it with the scenario (passes count)
    int buildsWithoutRust = 0; // ... and without it
    double hoursWithRust = 0; // the sum of the build-hour facts that exist
    double hoursWithoutRust = 0;
    QStringList missingHoursWithRust; // ids of the builds without a build-hour fact, in step order
    QStringList missingHoursWithoutRust;

    // hoursWithRust / hoursWithoutRust, only when no figure is missing on either side.
    std::optional<double> hoursRatio() const;
    bool operator==(const CpythonFigures &) const = default;
};

// The chain at one date: the anchor, then each rustc built by its predecessor up to the newest.
struct TimelineRow
{
    QDate date;
    AnchorInForce anchor;
    QVector<ChainMember> members; // members.front() is anchor.builds, members.back() the newest
    bool projected = false; // after the end of the data (the newest release in the table)
    QStringList changes; // what changed on this date ("rust 1.91.1 released", ...)
    CpythonFigures cpython;

    int rustcBuilds() const { return int(members.size()); }
    QString newestVersion() const { return members.isEmpty() ? QString() : members.back().version; }
    QString anchorVersion() const { return members.isEmpty() ? QString() : members.front().version; }
    QStringList versions() const;
    // "mrustc v0.11.0 → 1.74.0 → 1.75.0 → … → 1.91.1: 18 rustc builds"
    QString describe() const;
    // Same anchor and members (what makes a new row)
    bool sameChainAs(const TimelineRow &other) const;
};

// How the projection was made, so that views can say it.
struct ProjectionInfo
{
    QDate dataEnd; // the newest release of the family in the data
    QDate end; // dataEnd + horizon (dataEnd without a projection)
    int averageIntervalDays = 0; // between the tool's past advances (0: fewer than two)
    int averageLagDays = 0; // from a target's release to the tool release that builds it
    QVector<Release> projectedReleases;
    QVector<AnchorInForce> projectedAnchors;
    // "a release every 42 days; mrustc every 688 days (its average), building the newest rustc ..."
    QString description;
};

struct TimelineSeries
{
    TimelineOptions options;
    QVector<TimelineRow> rows; // one per change, by date
    ProjectionInfo projection;
    QVector<AnchorInForce> anchors; // every anchor change under the policy, projected ones included
    QVector<TimelineEvent> events; // events dated within the rows' range, by date
    QVector<ObservedChain> observed; // observed chains of the family within the range, every project
    QStringList projects; // the projects with observed chains of the family
    bool cpythonComputed = false; // computeTimeline(const Chain &, ...) filled CpythonFigures
    Diagnostics problems; // errors: nothing could be computed; warnings: something is missing

    // The row in force on `date` (the last row dated on or before it), or -1.
    int rowAt(const QDate &date) const;
};

// The growth from the timeline data alone: release table, anchors and observed histories.
TimelineSeries computeTimeline(const Timeline &timeline, const TimelineOptions &options);

// "1.91.1" -> "1.91"; versions with fewer than two parts are their own minor.
QString minorVersion(const QString &version);

} // namespace Seedline

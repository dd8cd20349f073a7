// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineseries.h"

#include "core/textdistance.h"
#include "core/version.h"
#include "timeline/timelinelog.h"
#include "timeline/timelineprojection.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Seedline {

namespace {

struct DatedRelease
{
    Release release;
    bool projected = false;
};

void problem(TimelineSeries *series, Severity severity, const QString &message)
{
    series->problems.append(Diagnostic { QString(), 0, 0, severity, message });
}

QString withoutV(const QString &v)
{
    return v.startsWith(u'v') || v.startsWith(u'V') ? v.mid(1) : v;
}

// The family's releases by date, with integer ranks so that the state at a date needs no version
// parsing: the rank of each release's minor version among all minors, and of its version.
struct Prepared
{
    QVector<DatedRelease> releases; // by date
    QVector<int> minorRank; // per release
    QVector<int> versionRank; // per release, among all releases
    QHash<QString, int> rankOfMinor;
    int minorCount = 0;

    Prepared(QVector<DatedRelease> all, const QVector<AnchorInForce> &anchors)
        : releases(std::move(all))
    {
        std::stable_sort(releases.begin(), releases.end(),
            [](const DatedRelease &a, const DatedRelease &b) { return a.release.date < b.release.date; });
        QStringList minors, versions;
        for (const DatedRelease &r : std::as_const(releases)) {
            minors << minorVersion(r.release.version);
            versions << r.release.version;
        }
        for (const AnchorInForce &a : anchors)
            minors << minorVersion(a.builds);
        auto byVersion = [](const QString &a, const QString &b) { return compareVersions(a, b) < 0; };
        std::sort(minors.begin(), minors.end(), byVersion);
        minors.erase(std::unique(minors.begin(), minors.end(),
                         [](const QString &a, const QString &b) { return compareVersions(a, b) == 0; }),
            minors.end());
        for (int i = 0; i < minors.size(); ++i)
            rankOfMinor.insert(minors[i], i);
        minorCount = int(minors.size());
        std::sort(versions.begin(), versions.end(), byVersion);
        QHash<QString, int> rankOfVersion;
        for (int i = 0; i < versions.size(); ++i)
            rankOfVersion.insert(versions[i], i);
        for (const DatedRelease &r : std::as_const(releases)) {
            minorRank << rankOf(minorVersion(r.release.version));
            versionRank << rankOfVersion.value(r.release.version);
        }
    }

    int rankOf(const QString &minor) const
    {
        const auto it = rankOfMinor.constFind(minor);
        if (it != rankOfMinor.constEnd())
            return *it;
        for (auto i = rankOfMinor.constBegin(); i != rankOfMinor.constEnd(); ++i) {
            if (compareVersions(i.key(), minor) == 0)
                return i.value();
        }
        return -1;
    }
};

// The chain on `date`: the anchor in force and, after its target, the newest release of every later
// minor version released by then. nullopt before the first anchor.
std::optional<TimelineRow> stateAt(
    const QDate &date, const Prepared &prepared, const QVector<AnchorInForce> &anchors)
{
    const AnchorInForce *anchor = nullptr;
    for (const AnchorInForce &a : anchors) {
        if (a.since <= date)
            anchor = &a;
    }
    if (!anchor)
        return std::nullopt;
    TimelineRow row;
    row.date = date;
    row.anchor = *anchor;
    ChainMember first { anchor->builds, {}, anchor->projected };
    const int anchorRank = prepared.rankOf(minorVersion(anchor->builds));
    QVector<int> best(prepared.minorCount, -1); // minor rank -> release index
    for (int i = 0; i < prepared.releases.size(); ++i) {
        const DatedRelease &r = prepared.releases[i];
        if (r.release.date > date)
            break;
        if (r.release.version == anchor->builds) {
            first.released = r.release.date;
            first.projected = r.projected;
        }
        const int m = prepared.minorRank[i];
        if (m <= anchorRank)
            continue;
        if (best[m] < 0 || prepared.versionRank[i] > prepared.versionRank[best[m]])
            best[m] = i;
    }
    row.members << first;
    for (int i : std::as_const(best)) {
        if (i >= 0)
            row.members << ChainMember { prepared.releases[i].release.version,
                prepared.releases[i].release.date, prepared.releases[i].projected };
    }
    return row;
}

QString anchorChange(const AnchorInForce &a, const TimelinePolicy &policy)
{
    if (a.projected)
        return QStringLiteral("%1 builds rustc %2 (projected)").arg(a.label(), a.builds);
    if (policy.adoption == AdoptionPolicy::Observed)
        return QStringLiteral("%1 adopts %2 (rustc %3)").arg(policy.effectiveProject(), a.label(), a.builds);
    return QStringLiteral("%1 released: builds rustc %2").arg(a.label(), a.builds);
}

QStringList changesBetween(
    const TimelineRow *previous, const TimelineRow &row, const QString &family, const TimelinePolicy &policy)
{
    QStringList out;
    if (!previous || !previous->anchor.sameAs(row.anchor))
        out << anchorChange(row.anchor, policy);
    if (!previous)
        return out;
    QSet<QString> before;
    for (const ChainMember &m : previous->members)
        before.insert(m.version);
    for (int i = 1; i < row.members.size(); ++i) {
        const ChainMember &m = row.members[i];
        if (!before.contains(m.version) && m.released == row.date)
            out << QStringLiteral("%1 %2 released%3")
                       .arg(family, m.version, m.projected ? QStringLiteral(" (projected)") : QString());
    }
    return out;
}

} // namespace

QString minorVersion(const QString &version)
{
    const qsizetype first = version.indexOf(u'.');
    if (first < 0)
        return version;
    const qsizetype second = version.indexOf(u'.', first + 1);
    return second < 0 ? version : version.left(second);
}

QString AnchorInForce::label() const
{
    const QString name = tool.isEmpty() ? QStringLiteral("anchor") : tool;
    if (projected)
        return QStringLiteral("%1 (projected %2)").arg(name, since.toString(Qt::ISODate));
    return toolVersion.isEmpty() ? name : name + u' ' + toolVersion;
}

bool AnchorInForce::sameAs(const AnchorInForce &other) const
{
    return tool == other.tool && withoutV(toolVersion) == withoutV(other.toolVersion)
        && builds == other.builds && projected == other.projected;
}

std::optional<double> CpythonFigures::hoursRatio() const
{
    if (!available || !missingHoursWithRust.isEmpty() || !missingHoursWithoutRust.isEmpty()
        || !(hoursWithoutRust > 0))
        return std::nullopt;
    return hoursWithRust / hoursWithoutRust;
}

QStringList TimelineRow::versions() const
{
    QStringList out;
    for (const ChainMember &m : members)
        out << m.version;
    return out;
}

QString TimelineRow::describe() const
{
    QStringList parts { anchor.label() };
    const QStringList v = versions();
    if (v.size() <= 4) {
        parts += v;
    } else {
        parts << v[0] << v[1] << QStringLiteral("…") << v.back();
    }
    return QStringLiteral("%1: %2 rustc build%3%4")
        .arg(parts.join(QStringLiteral(" → ")))
        .arg(rustcBuilds())
        .arg(rustcBuilds() == 1 ? QString() : QStringLiteral("s"),
            projected ? QStringLiteral(" (projected)") : QString());
}

bool TimelineRow::sameChainAs(const TimelineRow &other) const
{
    return anchor.sameAs(other.anchor) && versions() == other.versions();
}

int TimelineSeries::rowAt(const QDate &date) const
{
    const auto it = std::upper_bound(
        rows.begin(), rows.end(), date, [](const QDate &d, const TimelineRow &row) { return d < row.date; });
    return int(it - rows.begin()) - 1;
}

TimelineSeries computeTimeline(const Timeline &timeline, const TimelineOptions &options)
{
    TimelineSeries series;
    series.options = options;
    const QString &family = options.family;

    QVector<Release> releases;
    for (const Release &r : timeline.releases) {
        if (r.family == family && r.date.isValid())
            releases << r;
    }
    if (releases.isEmpty()) {
        problem(&series, Severity::Error,
            QStringLiteral("no release of `%1` is loaded: the timeline needs a release table").arg(family));
        return series;
    }
    const QVector<AnchorInForce> advances = releasedAnchors(timeline, family);
    if (advances.isEmpty()) {
        problem(&series, Severity::Error,
            QStringLiteral("no bootstrap anchor of `%1` is loaded ([[timeline.anchor]])").arg(family));
        return series;
    }
    for (const ObservedChain &o : timeline.observed) {
        if (o.family == family && !series.projects.contains(o.project))
            series.projects << o.project;
    }
    QVector<AnchorInForce> anchors = advances;
    if (options.policy.adoption == AdoptionPolicy::Observed) {
        const QString project = options.policy.effectiveProject();
        anchors = observedAnchors(timeline, family, project);
        if (anchors.isEmpty()) {
            QString message
                = QStringLiteral("no observed chain of `%1` for the project `%2`").arg(family, project);
            const QStringList near = nearestWords(project, series.projects, 1);
            if (!near.isEmpty())
                message += QStringLiteral(", did you mean `%1`?").arg(near.front());
            else if (!series.projects.isEmpty())
                message += QStringLiteral(" (projects with observed chains: %1)")
                               .arg(series.projects.join(QStringLiteral(", ")));
            problem(&series, Severity::Error, message);
            return series;
        }
    }

    series.projection = projectTimeline(releases, advances, options.projection, &series.problems);
    for (const AnchorInForce &a : std::as_const(series.projection.projectedAnchors)) {
        if (compareVersions(minorVersion(a.builds), minorVersion(anchors.back().builds)) > 0)
            anchors << a;
    }
    series.anchors = anchors;

    QVector<DatedRelease> all;
    for (const Release &r : std::as_const(releases))
        all << DatedRelease { r, false };
    for (const Release &r : std::as_const(series.projection.projectedReleases))
        all << DatedRelease { r, true };
    const Prepared prepared(all, anchors);

    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        problem(&series, Severity::Error,
            QStringLiteral("the range starts (%1) after it ends (%2)")
                .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
        return series;
    }
    QDate start = anchors.front().since;
    if (options.from.isValid() && options.from > start)
        start = options.from;
    QDate stop = series.projection.end;
    if (options.to.isValid() && options.to < stop)
        stop = options.to;
    const QDate rangeStart = options.from.isValid() ? options.from : start;

    QVector<QDate> dates { start };
    for (const DatedRelease &r : std::as_const(all))
        dates << r.release.date;
    for (const AnchorInForce &a : std::as_const(anchors))
        dates << a.since;
    if (options.to.isValid() && options.to <= stop)
        dates << options.to;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    for (const QDate &d : std::as_const(dates)) {
        if (d < start || d > stop)
            continue;
        std::optional<TimelineRow> row = stateAt(d, prepared, anchors);
        if (!row)
            continue;
        const TimelineRow *previous = series.rows.isEmpty() ? nullptr : &series.rows.back();
        const bool endRow = options.to.isValid() && d == options.to;
        if (previous && previous->sameChainAs(*row) && !endRow)
            continue;
        row->projected = d > series.projection.dataEnd;
        row->changes = changesBetween(previous, *row, family, options.policy);
        if (row->changes.isEmpty())
            row->changes << (endRow ? QStringLiteral("end of the range")
                                    : QStringLiteral("start of the range"));
        else if (!previous && options.from.isValid() && d == options.from)
            row->changes.prepend(QStringLiteral("start of the range"));
        series.rows << *row;
    }
    if (series.rows.isEmpty() && start > stop)
        problem(&series, Severity::Warning,
            QStringLiteral("no date of the range %1 to %2 has a chain: the data runs from %3 to %4")
                .arg(rangeStart.toString(Qt::ISODate), stop.toString(Qt::ISODate),
                    anchors.front().since.toString(Qt::ISODate),
                    series.projection.end.toString(Qt::ISODate)));

    const QDate eventsEnd = series.rows.isEmpty() ? stop : std::max(stop, series.rows.back().date);
    for (const TimelineEvent &e : timeline.events) {
        if (e.date >= rangeStart && e.date <= eventsEnd)
            series.events << e;
    }
    std::stable_sort(series.events.begin(), series.events.end(),
        [](const TimelineEvent &a, const TimelineEvent &b) { return a.date < b.date; });
    for (const ObservedChain &o : timeline.observed) {
        if (o.family == family && o.date >= rangeStart && o.date <= eventsEnd)
            series.observed << o;
    }
    std::stable_sort(series.observed.begin(), series.observed.end(),
        [](const ObservedChain &a, const ObservedChain &b) { return a.date < b.date; });
    qCDebug(lcTimeline) << "timeline" << options.policy.toString() << series.rows.size() << "rows";
    return series;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineprojection.h"

#include "core/version.h"
#include "timeline/timelinelog.h"

#include <algorithm>
#include <cmath>

namespace Seedline {

namespace {

QString normalizedToolVersion(const QString &v)
{
    QString t = v.trimmed();
    if (t.startsWith(u'v') || t.startsWith(u'V'))
        t.remove(0, 1);
    return t;
}

std::optional<std::pair<int, int>> majorMinor(const QString &version)
{
    const QStringList parts = version.split(u'.');
    if (parts.size() < 2)
        return std::nullopt;
    bool ok1 = false, ok2 = false;
    const int major = parts[0].toInt(&ok1);
    const int minor = parts[1].toInt(&ok2);
    if (!ok1 || !ok2)
        return std::nullopt;
    return std::pair { major, minor };
}

QDate releaseDateOf(const QVector<Release> &releases, const QString &version)
{
    for (const Release &r : releases) {
        if (compareVersions(r.version, version) == 0)
            return r.date;
    }
    return {};
}

void warn(Diagnostics *problems, const QString &message)
{
    if (problems)
        problems->append(Diagnostic { QString(), 0, 0, Severity::Warning, message });
}

} // namespace

QVector<AnchorInForce> releasedAnchors(const Timeline &timeline, const QString &family)
{
    QVector<BootstrapAnchor> anchors;
    for (const BootstrapAnchor &a : timeline.anchors) {
        if (a.family == family && a.date.isValid() && !a.builds.isEmpty())
            anchors << a;
    }
    std::stable_sort(anchors.begin(), anchors.end(), [](const BootstrapAnchor &a, const BootstrapAnchor &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return compareVersions(a.builds, b.builds) < 0;
    });
    QVector<AnchorInForce> out;
    for (const BootstrapAnchor &a : std::as_const(anchors)) {
        if (!out.isEmpty() && compareVersions(minorVersion(a.builds), minorVersion(out.back().builds)) <= 0)
            continue;
        const AnchorInForce anchor { a.tool, a.toolVersion, a.builds, a.date, a.date, false, a.note };
        if (!out.isEmpty() && out.back().since == a.date)
            out.back() = anchor; // several targets in one release (mrustc v0.10: 1.39.0 and 1.54.0)
        else
            out << anchor;
    }
    return out;
}

QVector<AnchorInForce> observedAnchors(
    const Timeline &timeline, const QString &family, const QString &project)
{
    QVector<ObservedChain> seen;
    for (const ObservedChain &o : timeline.observed) {
        if (o.family == family && o.project == project && o.date.isValid() && !o.first.isEmpty())
            seen << o;
    }
    std::stable_sort(seen.begin(), seen.end(),
        [](const ObservedChain &a, const ObservedChain &b) { return a.date < b.date; });
    QVector<AnchorInForce> out;
    for (const ObservedChain &o : std::as_const(seen)) {
        // The anchor this observation used: by tool release, else the earliest with the same target minor.
        const BootstrapAnchor *match = nullptr;
        for (const BootstrapAnchor &a : timeline.anchors) {
            if (a.family != family)
                continue;
            const bool sameTool = !o.toolVersion.isEmpty()
                && normalizedToolVersion(a.toolVersion) == normalizedToolVersion(o.toolVersion);
            const bool sameMinor = minorVersion(a.builds) == minorVersion(o.first);
            if (sameTool && sameMinor) {
                match = &a;
                break;
            }
            if (o.toolVersion.isEmpty() && sameMinor && (!match || a.date < match->date))
                match = &a;
        }
        AnchorInForce anchor;
        anchor.tool = match ? match->tool : QString();
        if (anchor.tool.isEmpty() && !timeline.anchors.isEmpty())
            anchor.tool = timeline.anchors.front().tool;
        anchor.toolVersion
            = !o.toolVersion.isEmpty() ? o.toolVersion : (match ? match->toolVersion : QString());
        anchor.builds = o.first;
        anchor.since = o.date;
        anchor.toolReleased = match ? match->date : QDate();
        anchor.note = o.note;
        if (!out.isEmpty() && out.back().sameAs(anchor))
            continue;
        out << anchor;
    }
    return out;
}

ProjectionInfo projectTimeline(const QVector<Release> &releases, const QVector<AnchorInForce> &advances,
    const ProjectionOptions &options, Diagnostics *problems)
{
    ProjectionInfo info;
    if (releases.isEmpty())
        return info;
    QString family = releases.front().family;
    for (const Release &r : releases) {
        if (!info.dataEnd.isValid() || r.date > info.dataEnd)
            info.dataEnd = r.date;
    }
    info.end = info.dataEnd;

    // The tool's history, whatever the projection: mean interval between advances, mean lag.
    if (advances.size() >= 2) {
        const qint64 span = advances.front().since.daysTo(advances.back().since);
        info.averageIntervalDays = int(std::lround(double(span) / double(advances.size() - 1)));
    }
    {
        qint64 total = 0;
        int n = 0;
        for (const AnchorInForce &a : advances) {
            const QDate released = releaseDateOf(releases, a.builds);
            if (released.isValid() && a.since.isValid()) {
                total += released.daysTo(a.since);
                ++n;
            }
        }
        info.averageLagDays = n > 0 ? int(std::lround(double(total) / n)) : 0;
    }

    if (!(options.horizonYears > 0)) {
        info.description = QStringLiteral("no projection");
        return info;
    }
    info.end = info.dataEnd.addMonths(int(std::lround(options.horizonYears * 12)));

    // Minor releases every cadenceDays after the newest minor release.
    QString lastMinor;
    QDate lastMinorDate;
    for (const Release &r : releases) {
        const QString m = minorVersion(r.version);
        if (lastMinor.isEmpty() || compareVersions(m, lastMinor) > 0) {
            lastMinor = m;
            lastMinorDate = r.date;
        } else if (m == lastMinor && r.date < lastMinorDate) {
            lastMinorDate = r.date;
        }
    }
    const auto mm = majorMinor(lastMinor);
    const int cadence = std::max(1, options.cadenceDays);
    if (!mm) {
        warn(problems,
            QStringLiteral("cannot project releases after %1: its version is not major.minor.patch")
                .arg(lastMinor));
    } else {
        for (int k = 1;; ++k) {
            const QDate d = lastMinorDate.addDays(qint64(cadence) * k);
            if (d > info.end)
                break;
            if (d <= info.dataEnd)
                continue;
            info.projectedReleases << Release { family,
                QStringLiteral("%1.%2.0").arg(mm->first).arg(mm->second + k), d,
                QStringLiteral("projected") };
        }
    }

    QString toolText;
    switch (options.tool.mode) {
    case ToolAssumption::Mode::Never:
        toolText = QStringLiteral("the tool never builds a newer %1").arg(family);
        break;
    case ToolAssumption::Mode::HistoricalAverage:
        toolText = QStringLiteral("the tool advances every %1 days (the average of its past advances)")
                       .arg(info.averageIntervalDays);
        break;
    case ToolAssumption::Mode::EveryMonths:
        toolText = QStringLiteral("the tool advances every %1 months").arg(options.tool.months);
        break;
    }
    if (!advances.isEmpty() && !advances.back().tool.isEmpty())
        toolText.replace(QStringLiteral("the tool"), advances.back().tool);

    const bool average = options.tool.mode == ToolAssumption::Mode::HistoricalAverage;
    if (options.tool.mode != ToolAssumption::Mode::Never && !advances.isEmpty()) {
        if (average && info.averageIntervalDays <= 0) {
            warn(problems,
                QStringLiteral("%1 has fewer than two past advances: no average interval to project with")
                    .arg(advances.back().tool));
        } else {
            QVector<Release> all = releases + info.projectedReleases;
            const AnchorInForce last = advances.back();
            QString target = last.builds;
            for (int k = 1; k < 10000; ++k) {
                const QDate d = average ? last.since.addDays(qint64(info.averageIntervalDays) * k)
                                        : last.since.addMonths(options.tool.months * k);
                if (d > info.end)
                    break;
                if (d <= info.dataEnd)
                    continue;
                // The newest minor released averageLagDays before d, as its x.y.0.
                const QDate cutoff = d.addDays(-qint64(info.averageLagDays));
                QString bestMinor;
                for (const Release &r : std::as_const(all)) {
                    if (r.date <= cutoff
                        && (bestMinor.isEmpty() || compareVersions(minorVersion(r.version), bestMinor) > 0))
                        bestMinor = minorVersion(r.version);
                }
                if (bestMinor.isEmpty() || compareVersions(bestMinor, minorVersion(target)) <= 0)
                    continue;
                QString first;
                for (const Release &r : std::as_const(all)) {
                    if (minorVersion(r.version) == bestMinor
                        && (first.isEmpty() || compareVersions(r.version, first) < 0))
                        first = r.version;
                }
                target = first;
                AnchorInForce a;
                a.tool = last.tool;
                a.builds = target;
                a.since = d;
                a.toolReleased = d;
                a.projected = true;
                a.note = QStringLiteral("projected: %1, building the newest rustc released %2 days before")
                             .arg(toolText)
                             .arg(info.averageLagDays);
                info.projectedAnchors << a;
            }
        }
    }
    info.description = QStringLiteral("projected to %1 (%2 years after %3): a %4 release every %5 days; %6")
                           .arg(info.end.toString(Qt::ISODate))
                           .arg(options.horizonYears)
                           .arg(info.dataEnd.toString(Qt::ISODate), family)
                           .arg(cadence)
                           .arg(toolText);
    if (options.tool.mode != ToolAssumption::Mode::Never)
        info.description
            += QStringLiteral(", building the newest %1 released %2 days before (the average delay)")
                   .arg(family)
                   .arg(info.averageLagDays);
    qCDebug(lcTimeline) << "projection" << info.description << info.projectedReleases.size() << "releases"
                        << info.projectedAnchors.size() << "anchors";
    return info;
}

} // namespace Seedline

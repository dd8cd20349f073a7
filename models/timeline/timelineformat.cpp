// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineformat.h"

#include <QJsonArray>
#include <QSet>

namespace Seedline {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString hours(double h)
{
    return QString::number(h, 'f', 3);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QJsonObject anchorJson(const AnchorInForce &a)
{
    return QJsonObject { { QStringLiteral("tool"), a.tool }, { QStringLiteral("version"), a.toolVersion },
        { QStringLiteral("label"), a.label() }, { QStringLiteral("builds"), a.builds },
        { QStringLiteral("since"), iso(a.since) }, { QStringLiteral("tool_released"), iso(a.toolReleased) },
        { QStringLiteral("projected"), a.projected }, { QStringLiteral("note"), a.note } };
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    return QJsonObject { { QStringLiteral("severity"), severityName(d.severity) },
        { QStringLiteral("message"), d.message } };
}

} // namespace

QStringList timelineCsvColumns()
{
    return { QStringLiteral("date"), QStringLiteral("newest_rustc"), QStringLiteral("anchor_rustc"),
        QStringLiteral("rustc_builds"), QStringLiteral("projected"), QStringLiteral("anchor"),
        QStringLiteral("cpython_with_rust_builds"), QStringLiteral("cpython_builds"), QStringLiteral("hours"),
        QStringLiteral("hours_without_rust"), QStringLiteral("hours_ratio"), QStringLiteral("hours_missing"),
        QStringLiteral("change") };
}

QString timelineCsv(const TimelineSeries &series)
{
    QStringList lines { timelineCsvColumns().join(u',') };
    for (const TimelineRow &row : series.rows) {
        const CpythonFigures &c = row.cpython;
        const auto ratio = c.hoursRatio();
        QStringList cells { iso(row.date), row.newestVersion(), row.anchorVersion(),
            QString::number(row.rustcBuilds()),
            row.projected ? QStringLiteral("true") : QStringLiteral("false"), row.anchor.label(),
            c.available ? QString::number(c.buildsWithRust) : QString(),
            c.available ? QString::number(c.buildsWithoutRust) : QString(),
            c.available ? hours(c.hoursWithRust) : QString(),
            c.available ? hours(c.hoursWithoutRust) : QString(),
            ratio ? QString::number(*ratio, 'f', 3) : QString(),
            c.available ? QString::number(c.missingHoursWithRust.size()) : QString(),
            row.changes.join(QStringLiteral("; ")) };
        for (QString &cell : cells)
            cell = csvField(cell);
        lines << cells.join(u',');
    }
    return lines.join(u'\n') + u'\n';
}

QStringList missingHourFigures(const TimelineSeries &series)
{
    QStringList out;
    QSet<QString> seen;
    for (const TimelineRow &row : series.rows) {
        for (const QString &id : row.cpython.missingHoursWithRust) {
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
    }
    return out;
}

QJsonObject timelineJson(const TimelineSeries &series)
{
    const TimelineOptions &o = series.options;
    QJsonArray rows;
    for (const TimelineRow &row : series.rows) {
        QJsonObject r { { QStringLiteral("date"), iso(row.date) },
            { QStringLiteral("newest_rustc"), row.newestVersion() },
            { QStringLiteral("anchor_rustc"), row.anchorVersion() },
            { QStringLiteral("rustc_builds"), row.rustcBuilds() },
            { QStringLiteral("projected"), row.projected },
            { QStringLiteral("anchor"), anchorJson(row.anchor) },
            { QStringLiteral("chain"), QJsonArray::fromStringList(row.versions()) },
            { QStringLiteral("description"), row.describe() },
            { QStringLiteral("changes"), QJsonArray::fromStringList(row.changes) } };
        if (row.cpython.available) {
            const CpythonFigures &c = row.cpython;
            const auto ratio = c.hoursRatio();
            r.insert(QStringLiteral("cpython"),
                QJsonObject { { QStringLiteral("target"), c.target },
                    { QStringLiteral("builds_with_rust"), c.buildsWithRust },
                    { QStringLiteral("builds_without_rust"), c.buildsWithoutRust },
                    { QStringLiteral("hours_with_rust"), c.hoursWithRust },
                    { QStringLiteral("hours_without_rust"), c.hoursWithoutRust },
                    { QStringLiteral("hours_ratio"), ratio ? QJsonValue(*ratio) : QJsonValue() },
                    { QStringLiteral("hours_missing_with_rust"), int(c.missingHoursWithRust.size()) },
                    { QStringLiteral("hours_missing_without_rust"),
                        int(c.missingHoursWithoutRust.size()) } });
        }
        rows.append(r);
    }
    QJsonArray anchors, events, observed, problems;
    for (const AnchorInForce &a : series.anchors)
        anchors.append(anchorJson(a));
    for (const TimelineEvent &e : series.events)
        events.append(
            QJsonObject { { QStringLiteral("date"), iso(e.date) }, { QStringLiteral("title"), e.title },
                { QStringLiteral("source"), e.source }, { QStringLiteral("note"), e.note } });
    for (const ObservedChain &c : series.observed)
        observed.append(QJsonObject { { QStringLiteral("project"), c.project },
            { QStringLiteral("date"), iso(c.date) }, { QStringLiteral("first"), c.first },
            { QStringLiteral("last"), c.last }, { QStringLiteral("builds"), c.builds },
            { QStringLiteral("tool_version"), c.toolVersion }, { QStringLiteral("note"), c.note } });
    for (const Diagnostic &d : series.problems)
        problems.append(diagnosticJson(d));
    const ProjectionInfo &p = series.projection;
    return QJsonObject { { QStringLiteral("family"), o.family },
        { QStringLiteral("policy"), o.policy.toString() },
        { QStringLiteral("from"), series.rows.isEmpty() ? QString() : iso(series.rows.front().date) },
        { QStringLiteral("to"), series.rows.isEmpty() ? QString() : iso(series.rows.back().date) },
        { QStringLiteral("columns"), QJsonArray::fromStringList(timelineCsvColumns()) },
        { QStringLiteral("projection"),
            QJsonObject { { QStringLiteral("data_end"), iso(p.dataEnd) },
                { QStringLiteral("end"), iso(p.end) },
                { QStringLiteral("horizon_years"), o.projection.horizonYears },
                { QStringLiteral("cadence_days"), o.projection.cadenceDays },
                { QStringLiteral("tool_advances"), o.projection.tool.toString() },
                { QStringLiteral("average_interval_days"), p.averageIntervalDays },
                { QStringLiteral("average_lag_days"), p.averageLagDays },
                { QStringLiteral("description"), p.description } } },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("missing_hours"), QJsonArray::fromStringList(missingHourFigures(series)) },
        { QStringLiteral("anchors"), anchors }, { QStringLiteral("events"), events },
        { QStringLiteral("observed"), observed }, { QStringLiteral("problems"), problems } };
}

QString timelineText(const TimelineSeries &series)
{
    const TimelineOptions &o = series.options;
    QStringList text;
    text << QStringLiteral("Builds of %1 from the bootstrap anchor to the newest stable release (policy: %2)")
                .arg(o.family, o.policy.toString());
    if (!series.projection.description.isEmpty())
        text << QStringLiteral("Projection: %1.").arg(series.projection.description);
    text << QString();
    const bool cpython = series.cpythonComputed;
    const QString target = cpython && !series.rows.isEmpty() ? series.rows.front().cpython.target : QString();
    text << QStringLiteral("%1  %2  %3%4")
                .arg(QStringLiteral("date"), -11)
                .arg(QStringLiteral("builds"), 6)
                .arg(cpython ? QStringLiteral("%1 w/ Rust  ").arg(target, 13) : QString())
                .arg(QStringLiteral("chain"));
    for (const TimelineRow &row : series.rows) {
        QString date = iso(row.date) + (row.projected ? QStringLiteral("*") : QString());
        text << QStringLiteral("%1  %2  %3%4")
                    .arg(date, -11)
                    .arg(row.rustcBuilds(), 6)
                    .arg(cpython ? QStringLiteral("%1  ").arg(row.cpython.buildsWithRust, 20) : QString())
                    .arg(row.describe());
    }
    if (series.rows.isEmpty())
        text << QStringLiteral("(no rows)");
    else if (series.rows.back().projected)
        text << QStringLiteral("* projected");
    if (cpython && !series.rows.isEmpty()) {
        const CpythonFigures &c = series.rows.back().cpython;
        text << QString()
             << QStringLiteral(
                    "%1: %2 builds without Rust; with the scenario `cpython-requires-rust` %3 on %4.")
                    .arg(c.target)
                    .arg(c.buildsWithoutRust)
                    .arg(c.buildsWithRust)
                    .arg(iso(series.rows.back().date));
        const QStringList missing = missingHourFigures(series);
        if (const auto ratio = c.hoursRatio()) {
            text << QStringLiteral("Build hours: %1 with Rust, %2 without: %3x (the 2x line: %4).")
                        .arg(hours(c.hoursWithRust), hours(c.hoursWithoutRust),
                            QString::number(*ratio, 'f', 2),
                            *ratio > 2 ? QStringLiteral("above") : QStringLiteral("at or below"));
        } else {
            QStringList shown = missing.mid(0, 8);
            if (missing.size() > shown.size())
                shown << QStringLiteral("and %1 more").arg(missing.size() - shown.size());
            text << QStringLiteral(
                "Build hours: %1 h known on %2; the ratio with Rust / without (against the 2x line) "
                "needs the hours of every build, and %3 have none: %4.")
                        .arg(hours(c.hoursWithRust), iso(series.rows.back().date))
                        .arg(missing.size())
                        .arg(shown.join(QStringLiteral(", ")));
        }
    }
    if (!series.events.isEmpty()) {
        text << QString() << QStringLiteral("Events:");
        for (const TimelineEvent &e : series.events)
            text << QStringLiteral("  %1  %2%3")
                        .arg(iso(e.date), e.title,
                            e.source.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.source));
    }
    return text.join(u'\n') + u'\n';
}

} // namespace Seedline

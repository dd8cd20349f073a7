// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdtimeline.h"

#include "cmdframes.h"
#include "framewriter.h"
#include "inputoptions.h"
#include "output.h"
#include "timelineoptions.h"

#include "timeline/cpythonseries.h"
#include "timeline/timelineformat.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace Seedline::Cli {

namespace {

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "How many rustc builds it takes to reach the newest stable Rust from what mrustc can build, at "
        "every\n"
        "date the chain changes (+1 per release, a drop when mrustc learns a newer target), and the builds\n"
        "to reach a CPython that requires Rust (the scenario cpython-requires-rust). Dates after the newest\n"
        "release are projected. Without inputs, the chains Seedline ships are used. Definitions:\n"
        "docs/timeline.md. Exit status: 0, or 2 for bad options or inputs."));
    parser.addHelpOption();
    addLoadOptions(parser);
    addTimelineOptions(parser);
    parser.addOption({ QStringLiteral("csv"),
        QStringLiteral("Print CSV, one row per change: date, newest_rustc, anchor_rustc, rustc_builds, "
                       "projected, anchor, cpython_with_rust_builds, cpython_builds, hours, "
                       "hours_without_rust, hours_ratio, hours_missing, change.") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON instead of text.") });
    parser.addOption({ QStringLiteral("chart"),
        QStringLiteral("Write the growth chart to OUT (.svg or .png, as the window draws it) instead of "
                       "printing."),
        QStringLiteral("OUT") });
    parser.addOption({ QStringLiteral("size"),
        QStringLiteral("With --chart: the chart's size in pixels (default 1200x700; PNG at twice that)."),
        QStringLiteral("WxH") });
    parser.addPositionalArgument(QStringLiteral("inputs"),
        QStringLiteral("*.chain.toml files with [timeline] data (and any other input)."),
        QStringLiteral("[FILE...]"));
}

} // namespace

QString timelineUsage()
{
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText();
}

int runTimeline(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    QStringList args = arguments;
    args.removeAt(1); // "timeline"
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QStringLiteral("\n\n") + timelineUsage());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(timelineUsage());
        return 0;
    }
    auto fail = [](const QString &message) {
        printErr(message + u'\n');
        return 2;
    };
    QString error;
    const auto loadOptions = loadOptionsFrom(parser, &error);
    if (!loadOptions)
        return fail(error);
    if (parser.isSet(QStringLiteral("csv")) && parser.isSet(QStringLiteral("json")))
        return fail(QStringLiteral("--csv and --json exclude each other"));

    const auto choice = timelineChoiceFrom(parser, &error);
    if (!choice)
        return fail(error);
    const TimelineOptions &options = choice->options;
    const CpythonOptions &cpython = choice->cpython;
    const QString chart = parser.value(QStringLiteral("chart"));
    QSize chartSize(1200, 700);
    if (parser.isSet(QStringLiteral("size"))) {
        const auto size = parsePictureSize(parser.value(QStringLiteral("size")), &error);
        if (!size)
            return fail(QStringLiteral("--size: ") + error);
        chartSize = *size;
    }
    if (!chart.isEmpty() && (parser.isSet(QStringLiteral("csv")) || parser.isSet(QStringLiteral("json"))))
        return fail(QStringLiteral("--chart writes a picture; it excludes --csv and --json"));

    const LoadResult loaded = loadInputsOrDefault(parser.positionalArguments(), *loadOptions);
    printDiagnostics(loaded.diagnostics);
    if (hasErrors(loaded.diagnostics))
        return 2;
    const TimelineSeries series = computeTimeline(loaded.chain, options, cpython);
    if (!chart.isEmpty()) {
        // The chart of exactly these rows, drawn as the window draws it (Qt Charts, off screen).
        if (!hasErrors(series.problems)) {
            const QString failure = writeGrowthChart(series, chart, chartSize);
            if (!failure.isEmpty())
                return fail(QStringLiteral("seedline timeline: ") + failure);
            printErr(QStringLiteral("wrote %1 (%2 rows)\n").arg(QFileInfo(chart).fileName()).arg(series.rows.size()));
        }
    } else if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(timelineJson(series)).toJson(QJsonDocument::Indented)));
    } else if (parser.isSet(QStringLiteral("csv"))) {
        printOut(timelineCsv(series));
    } else {
        printOut(timelineText(series));
    }
    // Notes (such as the missing build hours) are in the output; warnings and errors go to stderr.
    for (const Diagnostic &d : series.problems) {
        if (d.severity != Severity::Info)
            printErr(QStringLiteral("seedline timeline: %1: %2\n").arg(severityName(d.severity), d.message));
    }
    return hasErrors(series.problems) ? 2 : 0;
}

} // namespace Seedline::Cli

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdtimeline.h"

#include "inputoptions.h"
#include "output.h"

#include "timeline/cpythonseries.h"
#include "timeline/timelineformat.h"

#include <QCommandLineParser>
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
    parser.addOption({ QStringLiteral("policy"),
        QStringLiteral("When an mrustc release starts to count: 'released' (its release date, the "
                       "default) or 'observed[:PROJECT]' (when PROJECT adopted it; default "
                       "dtolnay/bootstrap)."),
        QStringLiteral("POLICY") });
    parser.addOption({ QStringLiteral("from"),
        QStringLiteral("First date (YYYY-MM-DD); default: the first anchor."), QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("to"), QStringLiteral("Last date (YYYY-MM-DD); default: the end of the projection."),
            QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("horizon"),
        QStringLiteral("Project this many years past the newest release (default 5; 0: no projection)."),
        QStringLiteral("YEARS") });
    parser.addOption({ QStringLiteral("mrustc-every"),
        QStringLiteral("In the projection mrustc learns a newer target every MONTHS months, 'never', or "
                       "at its historical 'average' interval (the default)."),
        QStringLiteral("MONTHS|never|average") });
    parser.addOption({ QStringLiteral("scenario"),
        QStringLiteral("The what-if that makes CPython need Rust (default cpython-requires-rust)."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("csv"),
        QStringLiteral("Print CSV, one row per change: date, newest_rustc, anchor_rustc, rustc_builds, "
                       "projected, anchor, cpython_with_rust_builds, cpython_builds, hours, "
                       "hours_without_rust, hours_ratio, hours_missing, change.") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON instead of text.") });
    parser.addPositionalArgument(QStringLiteral("inputs"),
        QStringLiteral("*.chain.toml files with [timeline] data (and any other input)."),
        QStringLiteral("[FILE...]"));
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, QString *error)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        *error = QStringLiteral("--%1 expects a date such as 2025-11-10, not '%2'").arg(name, text);
        return std::nullopt;
    }
    return d;
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

    TimelineOptions options;
    if (parser.isSet(QStringLiteral("policy"))) {
        const auto policy = TimelinePolicy::parse(parser.value(QStringLiteral("policy")), &error);
        if (!policy)
            return fail(QStringLiteral("--policy: ") + error);
        options.policy = *policy;
    }
    const auto from = dateOption(parser, QStringLiteral("from"), &error);
    if (!from)
        return fail(error);
    const auto to = dateOption(parser, QStringLiteral("to"), &error);
    if (!to)
        return fail(error);
    options.from = *from;
    options.to = *to;
    if (from->isValid() && to->isValid() && *from > *to)
        return fail(QStringLiteral("--from %1 is after --to %2")
                        .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    if (parser.isSet(QStringLiteral("horizon"))) {
        bool ok = false;
        const double years = parser.value(QStringLiteral("horizon")).toDouble(&ok);
        if (!ok || years < 0 || years > 100)
            return fail(QStringLiteral("--horizon expects a number of years from 0 to 100, not '%1'")
                            .arg(parser.value(QStringLiteral("horizon"))));
        options.projection.horizonYears = years;
    }
    if (parser.isSet(QStringLiteral("mrustc-every"))) {
        const auto tool = ToolAssumption::parse(parser.value(QStringLiteral("mrustc-every")), &error);
        if (!tool)
            return fail(QStringLiteral("--mrustc-every: ") + error);
        options.projection.tool = *tool;
    }
    CpythonOptions cpython;
    if (parser.isSet(QStringLiteral("scenario")))
        cpython.scenario = parser.value(QStringLiteral("scenario"));

    const LoadResult loaded = loadInputsOrDefault(parser.positionalArguments(), *loadOptions);
    printDiagnostics(loaded.diagnostics);
    if (hasErrors(loaded.diagnostics))
        return 2;
    const TimelineSeries series = computeTimeline(loaded.chain, options, cpython);
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(timelineJson(series)).toJson(QJsonDocument::Indented)));
    else if (parser.isSet(QStringLiteral("csv")))
        printOut(timelineCsv(series));
    else
        printOut(timelineText(series));
    // Notes (such as the missing build hours) are in the output; warnings and errors go to stderr.
    for (const Diagnostic &d : series.problems) {
        if (d.severity != Severity::Info)
            printErr(QStringLiteral("seedline timeline: %1: %2\n").arg(severityName(d.severity), d.message));
    }
    return hasErrors(series.problems) ? 2 : 0;
}

} // namespace Seedline::Cli

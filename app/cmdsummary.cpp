// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdsummary.h"

#include "exitstatus.h"
#include "inputoptions.h"
#include "output.h"

#include "report/summary.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Seedline::Cli {

namespace {

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Summarise a bootstrap chain: steps, builds (counting passes), families, what transitively requires\n"
        "Python or Rust and why. Without inputs, the chains Seedline ships are used."));
    parser.addHelpOption();
    addLoadOptions(parser);
    parser.addOption({QStringLiteral("target"), QStringLiteral("Count the builds that come before STEP."),
                      QStringLiteral("STEP")});
    parser.addOption({QStringLiteral("requires"),
                      QStringLiteral("List the steps that transitively require FAMILY (repeatable; python and "
                                     "rust are always counted)."),
                      QStringLiteral("FAMILY")});
    parser.addOption({QStringLiteral("why"), QStringLiteral("Print the witness path of every requiring step.")});
    parser.addOption({QStringLiteral("path-from"), QStringLiteral("(--path FROM TO) Shortest path from FROM ..."),
                      QStringLiteral("FROM")});
    parser.addOption({QStringLiteral("path-to"), QStringLiteral("... to TO over the followed edges."),
                      QStringLiteral("TO")});
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Apply the what-if NAME and report what changes."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("collapse"), QStringLiteral("Collapse version series into one node each.")});
    parser.addOption({QStringLiteral("kinds"),
                      QStringLiteral("Edge kinds to follow (comma-separated: sequence, declared, observed, mentioned, "
                                     "toolchain, scenario, all). Default: all but sequence."),
                      QStringLiteral("KINDS")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    parser.addPositionalArgument(QStringLiteral("inputs"),
                                 QStringLiteral("parts.rst, steps/manifest, a checkout directory, *.chain.toml, DOT."),
                                 QStringLiteral("[FILE|DIR...]"));
}

} // namespace

QString summaryUsage()
{
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText().replace(QStringLiteral("--path-from <FROM>"), QStringLiteral("--path FROM TO"))
        + exitStatusHelp(QStringLiteral("summary"));
}

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    QStringList args = expandTwoValueOption(arguments, QStringLiteral("path"));
    args.removeAt(1); // "summary"
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QStringLiteral("\n\n") + summaryUsage());
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(summaryUsage());
        return 0;
    }
    QString error;
    const auto loadOptions = loadOptionsFrom(parser, &error);
    if (!loadOptions) {
        printErr(error + u'\n');
        return ExitError;
    }
    SummaryOptions options;
    options.target = parser.value(QStringLiteral("target"));
    options.requiresFamilies = parser.values(QStringLiteral("requires"));
    options.why = parser.isSet(QStringLiteral("why"));
    options.pathFrom = parser.value(QStringLiteral("path-from"));
    options.pathTo = parser.value(QStringLiteral("path-to"));
    options.scenario = parser.value(QStringLiteral("scenario"));
    options.collapse = parser.isSet(QStringLiteral("collapse"));
    options.json = parser.isSet(QStringLiteral("json"));
    options.text = !options.json;
    if (parser.isSet(QStringLiteral("kinds"))) {
        const auto kinds = parseRequirementKinds(parser.value(QStringLiteral("kinds")));
        if (!kinds) {
            printErr(QStringLiteral("--kinds: unknown edge kind in '%1' (expected sequence, declared, observed, "
                                    "mentioned, toolchain, scenario or all)\n")
                         .arg(parser.value(QStringLiteral("kinds"))));
            return ExitError;
        }
        options.followed = *kinds;
    }

    const LoadResult loaded = loadInputsOrDefault(parser.positionalArguments(), *loadOptions);
    const SummaryReport report = buildSummary(loaded.chain, loaded.diagnostics, options);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(report.json).toJson(QJsonDocument::Indented)));
    } else {
        printDiagnostics(loaded.diagnostics);
        printOut(report.text);
    }
    printDiagnostics(report.problems);
    if (!report.problems.isEmpty())
        return ExitError;
    return hasErrors(loaded.diagnostics) ? ExitError : ExitSuccess;
}

} // namespace Seedline::Cli

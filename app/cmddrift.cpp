// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmddrift.h"

#include "inputoptions.h"
#include "output.h"

#include "io/inputs.h"
#include "report/driftreport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace Seedline::Cli {

namespace {

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Compare live-bootstrap's parts.rst with its steps/manifest: steps missing on either side and\n"
        "versions that disagree."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    parser.addPositionalArgument(QStringLiteral("parts"), QStringLiteral("parts.rst"), QStringLiteral("PARTS.rst"));
    parser.addPositionalArgument(QStringLiteral("manifest"), QStringLiteral("steps/manifest"), QStringLiteral("MANIFEST"));
}

} // namespace

QString driftUsage()
{
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText();
}

int runDrift(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    QStringList args = arguments;
    args.removeAt(1); // "drift"
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QStringLiteral("\n\n") + driftUsage());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(driftUsage());
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        printErr(QStringLiteral("drift needs exactly two files: PARTS.rst MANIFEST\n\n") + driftUsage());
        return 2;
    }
    const LoadResult parts = loadPath(files[0]);
    const LoadResult manifest = loadPath(files[1]);
    printDiagnostics(parts.diagnostics + manifest.diagnostics);
    if (hasErrors(parts.diagnostics) && parts.chain.steps.isEmpty())
        return 1;
    if (hasErrors(manifest.diagnostics) && manifest.chain.steps.isEmpty())
        return 1;
    const DriftReport report = compareDrift(parts.chain, manifest.chain);
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(driftToJson(report)).toJson(QJsonDocument::Indented)));
    else
        printOut(driftToText(report, QFileInfo(files[0]).fileName(), QFileInfo(files[1]).fileName()));
    return 0;
}

} // namespace Seedline::Cli

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmddrift.h"

#include "exitstatus.h"
#include "inputoptions.h"
#include "output.h"

#include "io/boundedread.h"
#include "io/inputs.h"
#include "manifest/manifestloader.h"
#include "partsrst/partsrstloader.h"
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
        "versions that disagree. Which file is which is told by their contents, in either order."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    addReadOptions(parser);
    parser.addPositionalArgument(QStringLiteral("parts"), QStringLiteral("parts.rst"), QStringLiteral("PARTS.rst"));
    parser.addPositionalArgument(QStringLiteral("manifest"), QStringLiteral("steps/manifest"), QStringLiteral("MANIFEST"));
}

struct Input
{
    QString path;
    QByteArray bytes;
    InputKind kind = InputKind::Unknown;
};

} // namespace

QString driftUsage()
{
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText() + exitStatusHelp(QStringLiteral("drift"));
}

int runDrift(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    QStringList args = arguments;
    args.removeAt(1); // "drift"
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QStringLiteral("\n\n") + driftUsage());
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(driftUsage());
        return ExitSuccess;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        printErr(QStringLiteral("drift needs exactly two files: PARTS.rst MANIFEST\n\n") + driftUsage());
        return ExitError;
    }
    LoadOptions options;
    QString error;
    if (!readOptionsFrom(parser, &options, &error)) {
        printErr(error + u'\n');
        return ExitError;
    }

    // Read both, then tell them apart by content: the order (or the names) may be wrong.
    Input inputs[2];
    for (int i = 0; i < 2; ++i) {
        inputs[i].path = files[i];
        const ReadResult read = readBounded(files[i], ReadLimits::from(options));
        if (!read.ok) {
            printErr(QStringLiteral("%1: error: %2\n")
                         .arg(files[i], read.failure == ReadResult::Failure::Missing
                                            ? read.error
                                            : QStringLiteral("cannot read it: ") + read.error));
            return ExitError;
        }
        inputs[i].bytes = read.bytes;
        inputs[i].kind = sniffInputKind(read.bytes.left(64 * 1024));
    }
    const bool swapped = inputs[0].kind == InputKind::Manifest && inputs[1].kind == InputKind::PartsRst;
    if (swapped)
        std::swap(inputs[0], inputs[1]);
    if (inputs[0].kind != InputKind::PartsRst || inputs[1].kind != InputKind::Manifest) {
        auto looks = [](const Input &in) {
            return in.bytes.trimmed().isEmpty() ? QStringLiteral("is empty")
                   : in.kind == InputKind::Unknown
                       ? QStringLiteral("is neither")
                       : QStringLiteral("looks like a %1").arg(inputKindName(in.kind));
        };
        printErr(QStringLiteral("seedline drift: needs one parts.rst and one steps/manifest, but %1 %2 and %3 %4\n")
                     .arg(inputs[0].path, looks(inputs[0]), inputs[1].path, looks(inputs[1])));
        return ExitError;
    }
    if (swapped)
        printErr(QStringLiteral("seedline drift: note: %1 is the parts.rst and %2 the manifest (told by their "
                                "contents)\n")
                     .arg(inputs[0].path, inputs[1].path));

    const LoadResult parts = loadPartsRst(inputs[0].bytes, inputs[0].path, options);
    const LoadResult manifest = loadManifest(inputs[1].bytes, inputs[1].path, options);
    printDiagnostics(parts.diagnostics + manifest.diagnostics);
    if (parts.chain.steps.isEmpty() || manifest.chain.steps.isEmpty())
        return ExitError;
    const DriftReport report = compareDrift(parts.chain, manifest.chain);
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(driftToJson(report)).toJson(QJsonDocument::Indented)));
    else
        printOut(driftToText(report, QFileInfo(inputs[0].path).fileName(), QFileInfo(inputs[1].path).fileName()));
    if (hasErrors(parts.diagnostics) || hasErrors(manifest.diagnostics))
        return ExitError; // the comparison may be off where an input could not be read
    return report.isEmpty() ? ExitSuccess : ExitDifferences;
}

} // namespace Seedline::Cli

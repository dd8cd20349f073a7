// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "cmddrift.h"
#include "cmdexport.h"
#include "cmdframes.h"
#include "cmdframesplay.h"
#include "cmdsummary.h"
#include "cmdtimeline.h"
#include "exitstatus.h"
#include "output.h"

#include "seedline-config.h"

#include <QCoreApplication>

namespace Seedline::Cli {

namespace {

QString mainUsage()
{
    return QStringLiteral(
        "Usage: seedline [FILE|DIR...]                 open the window (the shipped chains without files)\n"
        "       seedline summary [OPTIONS] [FILE|DIR...] counts, families, what requires Python or Rust\n"
        "       seedline drift PARTS.rst MANIFEST [--json] compare parts.rst with steps/manifest\n"
        "       seedline export [OPTIONS] -o OUT [FILE|DIR...] write SVG, PNG, PDF or DOT\n"
        "       seedline timeline [OPTIONS] [FILE...]       rustc builds from mrustc to the newest Rust over time\n"
        "       seedline frames --timeline [OPTIONS] -o DIR [FILE...] numbered SVG/PNG frames of the growth\n"
        "       seedline frames --play [OPTIONS] -o DIR [FILE|DIR...] one picture per build or tour stop\n"
        "       seedline --help | --version\n"
        "\n"
        "Inputs: live-bootstrap parts.rst, steps/manifest or a whole checkout directory, Seedline chain\n"
        "files (*.chain.toml) and Graphviz DOT files. Several inputs are joined by step ids.\n"
        "Run 'seedline COMMAND --help' for the options of a command.\n"
        "\n"
        "Window options: --theme light|dark|system (the window's theme, remembered like Settings > Theme;\n"
        "exports stay light), --scenario NAME, --config VAR=VALUE, --open-folder.\n")
        + exitStatusHelp(QString());
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    static const QStringList commands{QStringLiteral("summary"), QStringLiteral("drift"), QStringLiteral("export"),
                                      QStringLiteral("help"),    QStringLiteral("--help"), QStringLiteral("-h"),
                                      QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("timeline"),
                                      QStringLiteral("frames")};
    return commands.contains(arguments.at(1));
}

bool needsWidgets(const QStringList &arguments)
{
    // Qt Charts draws with the widgets' styles: the growth chart needs a QApplication.
    const QString command = arguments.value(1);
    if (command == QLatin1String("frames"))
        return true;
    if (command == QLatin1String("timeline")) {
        for (const QString &argument : arguments) {
            if (argument == QLatin1String("--chart") || argument.startsWith(QLatin1String("--chart=")))
                return true;
        }
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("seedline %1\n").arg(QStringLiteral(SEEDLINE_VERSION_STRING)));
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        const QString topic = arguments.value(2);
        if (topic == QLatin1String("summary"))
            printOut(summaryUsage());
        else if (topic == QLatin1String("drift"))
            printOut(driftUsage());
        else if (topic == QLatin1String("export"))
            printOut(exportUsage());
        else if (topic == QLatin1String("timeline"))
            printOut(timelineUsage());
        else if (topic == QLatin1String("frames"))
            printOut(framesUsage() + QLatin1Char('\n') + framesPlayUsage());
        else
            printOut(mainUsage());
        return 0;
    }
    if (command == QLatin1String("summary"))
        return runSummary(arguments);
    if (command == QLatin1String("drift"))
        return runDrift(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("timeline"))
        return runTimeline(arguments);
    // `frames --play` (teaching mode) and `frames --timeline` (the growth animation) have a file each.
    if (command == QLatin1String("frames"))
        return arguments.contains(QStringLiteral("--play")) ? runFramesPlay(arguments) : runFrames(arguments);
    printErr(mainUsage());
    return ExitError;
}

} // namespace Seedline::Cli

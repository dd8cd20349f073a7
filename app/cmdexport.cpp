// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdexport.h"

#include "exitstatus.h"
#include "inputoptions.h"
#include "output.h"

#include "analysis/chainanalysis.h"
#include "analysis/scenarioapply.h"
#include "highlight/highlight.h"
#include "layout/layoutgraph.h"
#include "scene/exporter.h"
#include "scene/viewpipeline.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Seedline::Cli {

namespace {

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Export the graph as the window shows it: SVG, PNG, PDF or DOT, chosen by OUT's extension.\n"
        "Python and Rust steps are coloured and the steps needing them tinted unless --highlight names\n"
        "other families. Without inputs, the chains Seedline ships are used."));
    parser.addHelpOption();
    addLoadOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The file to write: .svg, .png, .pdf or .dot."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("highlight"),
                      QStringLiteral("Colour FAMILY and tint what needs it (repeatable, in priority order; "
                                     "default: python and rust)."),
                      QStringLiteral("FAMILY")});
    parser.addOption({QStringLiteral("focus"),
                      QStringLiteral("Show only STEP and what it needs and what needs it."), QStringLiteral("STEP")});
    parser.addOption({QStringLiteral("depth"),
                      QStringLiteral("With --focus: how many edges away to go (default: unlimited)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("direction"),
                      QStringLiteral("With --focus: needs, needed-by or both (default)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Apply the what-if NAME first."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("collapse"), QStringLiteral("Fold version series into one node each (--fold series).")});
    parser.addOption({QStringLiteral("fold"),
                      QStringLiteral("Fold into single nodes: runs (consecutive look-alike steps, the window's overview), "
                                     "series, stages, or none (default). Repeatable or comma-separated."),
                      QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("kinds"),
                      QStringLiteral("Edge kinds to draw (comma-separated: sequence, declared, observed, mentioned, "
                                     "toolchain, scenario, all; default: all)."),
                      QStringLiteral("KINDS")});
    parser.addOption({QStringLiteral("rankdir"), QStringLiteral("TB (top to bottom, default) or LR."),
                      QStringLiteral("TB|LR")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("PNG: pixels per point (default 2)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("title"),
                      QStringLiteral("The title drawn above the graph (default: the chain's title; \"\" for none)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("instant"),
                      QStringLiteral("Use the instant built-in layout instead of Graphviz.")});
    parser.addPositionalArgument(QStringLiteral("inputs"),
                                 QStringLiteral("parts.rst, steps/manifest, a checkout directory, *.chain.toml, DOT."),
                                 QStringLiteral("[FILE|DIR...]"));
}

int failWith(const QString &message)
{
    printErr(QStringLiteral("seedline export: ") + message + u'\n');
    return ExitError;
}

} // namespace

QString exportUsage()
{
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText() + exitStatusHelp(QStringLiteral("export"));
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "export"
    if (!parser.parse(args))
        return failWith(parser.errorText() + QStringLiteral("\n\n") + exportUsage());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(exportUsage());
        return 0;
    }

    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return failWith(QStringLiteral("-o OUT is required (a .svg, .png, .pdf or .dot file)"));
    const auto format = exportFormatForFileName(out);
    if (!format)
        return failWith(QStringLiteral("unknown extension of '%1'; supported: .%2")
                            .arg(out, supportedExportExtensions().join(QStringLiteral(", ."))));

    qreal scale = 2.0;
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(scale > 0) || scale > 64)
            return failWith(QStringLiteral("--scale expects a number greater than 0 and at most 64, got '%1'")
                                .arg(parser.value(QStringLiteral("scale"))));
    }
    int depth = -1;
    if (parser.isSet(QStringLiteral("depth"))) {
        bool ok = false;
        depth = parser.value(QStringLiteral("depth")).toInt(&ok);
        if (!ok || depth < 0)
            return failWith(QStringLiteral("--depth expects a whole number >= 0, got '%1'")
                                .arg(parser.value(QStringLiteral("depth"))));
    }
    bool leftToRight = false;
    if (parser.isSet(QStringLiteral("rankdir"))) {
        const QString dir = parser.value(QStringLiteral("rankdir")).toUpper();
        if (dir != QLatin1String("TB") && dir != QLatin1String("LR"))
            return failWith(QStringLiteral("--rankdir expects TB or LR, got '%1'").arg(parser.value(QStringLiteral("rankdir"))));
        leftToRight = dir == QLatin1String("LR");
    }
    HighlightOptions options;
    if (parser.isSet(QStringLiteral("direction"))) {
        const QString dir = parser.value(QStringLiteral("direction"));
        if (dir == QLatin1String("needs"))
            options.direction = HighlightOptions::Needs;
        else if (dir == QLatin1String("needed-by"))
            options.direction = HighlightOptions::NeededBy;
        else if (dir == QLatin1String("both"))
            options.direction = HighlightOptions::Both;
        else
            return failWith(QStringLiteral("--direction expects needs, needed-by or both, got '%1'").arg(dir));
    }
    if (parser.isSet(QStringLiteral("kinds"))) {
        const auto kinds = parseRequirementKinds(parser.value(QStringLiteral("kinds")));
        if (!kinds)
            return failWith(QStringLiteral("--kinds: unknown edge kind in '%1' (expected sequence, declared, observed, "
                                           "mentioned, toolchain, scenario or all)")
                                .arg(parser.value(QStringLiteral("kinds"))));
        options.shownEdgeKinds = *kinds;
    }

    QString error;
    const auto loadOptions = loadOptionsFrom(parser, &error);
    if (!loadOptions)
        return failWith(error);

    // Load.
    LoadResult loaded = loadInputsOrDefault(parser.positionalArguments(), *loadOptions);
    printDiagnostics(loaded.diagnostics);
    if (hasErrors(loaded.diagnostics))
        return failWith(QStringLiteral("the inputs have errors; nothing was written"));
    Chain chain = std::move(loaded.chain);
    if (chain.steps.isEmpty())
        return failWith(QStringLiteral("the inputs contain no steps; nothing was written"));

    // What-if, analysis (always of the real chain), and the collapsed view of it.
    ChainPtr before;
    QStringList scenarioNames;
    if (parser.isSet(QStringLiteral("scenario"))) {
        const QString name = parser.value(QStringLiteral("scenario"));
        const Scenario *scenario = nullptr;
        QStringList names;
        for (const Scenario &s : std::as_const(chain.scenarios)) {
            names << s.name;
            if (s.name == name)
                scenario = &s;
        }
        if (!scenario)
            return failWith(QStringLiteral("unknown scenario '%1'; available: %2")
                                .arg(name, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
        Diagnostics diags;
        const Scenario copy = *scenario;
        before = std::make_shared<const Chain>(chain);
        chain = applyScenario(chain, copy, &diags);
        scenarioNames << name;
        printDiagnostics(diags);
    }
    const auto real = std::make_shared<const Chain>(std::move(chain));
    AnalysisOptions analysisOptions;
    for (const Step &step : real->steps)
        for (const QString &family : step.families)
            if (!analysisOptions.families.contains(family))
                analysisOptions.families << family;
    analysisOptions.includeExcluded = options.showExcluded;
    const AnalysisPtr analysis = analyseChain(real, analysisOptions, before, scenarioNames);

    // The view: the same pipeline as the window's.
    ViewOptions view;
    const QStringList families = parser.values(QStringLiteral("highlight"));
    if (!families.isEmpty())
        options.families = families;
    options.depth = depth;
    if (!parser.isSet(QStringLiteral("kinds")) && hasBuildOrder(*real))
        options.shownEdgeKinds = allKinds() & ~RequirementKinds(RequirementKind::Sequence | RequirementKind::Toolchain);
    view.fold.series = parser.isSet(QStringLiteral("collapse"));
    for (const QString &what : parser.values(QStringLiteral("fold"))) {
        for (const QString &part : what.split(u',', Qt::SkipEmptyParts)) {
            if (part == QLatin1String("runs"))
                view.fold.runs = true;
            else if (part == QLatin1String("series"))
                view.fold.series = true;
            else if (part == QLatin1String("stages")) {
                for (const ChainStage &stage : bootstrapStages(*real))
                    view.fold.stages.insert(stage.id);
            } else if (part != QLatin1String("none"))
                return failWith(QStringLiteral("--fold expects runs, series, stages or none, got '%1'").arg(part));
        }
    }
    if (parser.isSet(QStringLiteral("focus"))) {
        const QString id = parser.value(QStringLiteral("focus"));
        if (real->indexOf(id) < 0) {
            const QStringList nearest = real->nearestIds(id, 5);
            return failWith(QStringLiteral("unknown step '%1' for --focus%2")
                                .arg(id, nearest.isEmpty() ? QString()
                                                           : QStringLiteral("; nearest ids: ") + nearest.join(QStringLiteral(", "))));
        }
        view.selectedId = id;
        options.focus = true;
    } else if (parser.isSet(QStringLiteral("depth")) || parser.isSet(QStringLiteral("direction"))) {
        return failWith(QStringLiteral("--depth and --direction need --focus STEP"));
    }
    options.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : real->title;
    view.highlight = options;
    view.rankDir = leftToRight ? LayoutGraph::LeftToRight : LayoutGraph::TopToBottom;
    if (parser.isSet(QStringLiteral("instant")))
        view.layout.backend = LayoutOptions::Backend::Instant;

    // Draw and write.
    QString warning;
    SceneModel model = buildScene(analysis, view, &warning);
    if (!warning.isEmpty())
        printErr(QStringLiteral("seedline export: warning: %1\n").arg(warning));
    if (model.isEmpty())
        return failWith(QStringLiteral("nothing to draw"));
    const int stepsDrawn = int(model.geometry.nodes.size());
    ExportRequest request;
    request.fileName = out;
    request.format = *format;
    request.scale = scale;
    request.leftToRight = leftToRight;
    request.model = std::move(model);
    const ExportResult result = exportGraph(request);
    if (!result.ok)
        return failWith(result.error);
    QString size = QStringLiteral("%1 bytes").arg(result.bytes);
    if (result.pixelSize.isValid())
        size = QStringLiteral("%1 × %2 px").arg(result.pixelSize.width()).arg(result.pixelSize.height());
    printErr(QStringLiteral("wrote %1 (%2, %3 steps, %4)\n")
                 .arg(QFileInfo(out).fileName(), exportFormatName(result.format))
                 .arg(stepsDrawn)
                 .arg(size));
    return 0;
}

} // namespace Seedline::Cli

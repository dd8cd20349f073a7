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
#include "io/boundedread.h"
#include "scene/viewpipeline.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Seedline::Cli {

namespace {

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Export the graph as the window shows it: SVG, PNG, PDF, DOT or Mermaid (.mmd), chosen by OUT's\n"
        "extension.\n"
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
    parser.addOption({QStringLiteral("story"),
                      QStringLiteral("The smallest honest picture of why steps need the highlighted families: the "
                                     "family steps, what needs them and only the edges of their witness paths, with "
                                     "version series and look-alike runs folded; a caption with the counts and a line "
                                     "with the sources.")});
    parser.addOption({QStringLiteral("target"),
                      QStringLiteral("With --story: only STEP and what lies on its way to the families (repeatable)."),
                      QStringLiteral("STEP")});
    parser.addOption({QStringLiteral("size"),
                      QStringLiteral("Lay out and scale for a canvas: WxH in pixels, slide (1920x1080), a4 or letter. "
                                     "Refuses to write a picture whose step labels would be too small to read there."),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("theme"),
                      QStringLiteral("The palette: light (default, for paper and slides) or dark (a dark background, "
                                     "lighter family colours)."),
                      QStringLiteral("light|dark")});
    parser.addOption({QStringLiteral("css"),
                      QStringLiteral("SVG: embed this stylesheet (steps and edges carry classes such as "
                                     "requires-python, newly-requires-rust, kind-observed)."),
                      QStringLiteral("FILE")});
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
        return failWith(QStringLiteral("-o OUT is required (a .svg, .png, .pdf, .dot or .mmd file)"));
    const auto format = exportFormatForFileName(out);
    if (!format)
        return failWith(QStringLiteral("unknown extension of '%1'; supported: .%2")
                            .arg(out, supportedExportExtensions().join(QStringLiteral(", ."))));

    qreal scale = 0; // chosen by the exporter
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(scale > 0) || scale > 64)
            return failWith(QStringLiteral("--scale expects a number greater than 0 and at most 64, got '%1'")
                                .arg(parser.value(QStringLiteral("scale"))));
    }
    QSize canvas;
    if (parser.isSet(QStringLiteral("size"))) {
        canvas = parseCanvasSize(parser.value(QStringLiteral("size")));
        if (canvas.isEmpty())
            return failWith(QStringLiteral("--size expects WxH (1920x1080), slide, a4 or letter, got '%1'")
                                .arg(parser.value(QStringLiteral("size"))));
    }
    QString css;
    if (parser.isSet(QStringLiteral("css"))) {
        const ReadResult read = readBounded(parser.value(QStringLiteral("css")));
        if (!read.ok)
            return failWith(QStringLiteral("--css: %1").arg(read.error));
        css = QString::fromUtf8(read.bytes);
    }
    if (parser.isSet(QStringLiteral("target")) && !parser.isSet(QStringLiteral("story")))
        return failWith(QStringLiteral("--target goes with --story"));
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
    if (parser.isSet(QStringLiteral("theme"))) {
        const auto theme = themeFromName(parser.value(QStringLiteral("theme")));
        if (!theme)
            return failWith(QStringLiteral("--theme expects light or dark, got '%1'").arg(parser.value(QStringLiteral("theme"))));
        options.theme = *theme;
    }
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
    view.story = parser.isSet(QStringLiteral("story"));
    view.storyTargets = parser.values(QStringLiteral("target"));
    for (const QString &id : std::as_const(view.storyTargets))
        if (real->indexOf(id) < 0)
            return failWith(QStringLiteral("unknown step '%1' for --target; nearest ids: %2")
                                .arg(id, real->nearestIds(id, 5).join(QStringLiteral(", "))));
    if (!canvas.isEmpty())
        view.layout.aspectRatio = double(canvas.width()) / canvas.height();
    view.rankDir = leftToRight ? LayoutGraph::LeftToRight : LayoutGraph::TopToBottom;
    if (parser.isSet(QStringLiteral("instant")))
        view.layout.backend = LayoutOptions::Backend::Instant;

    // Draw and write.
    QString warning;
    // DOT and Mermaid carry no positions: no layout is run for them.
    const bool positions = *format != ExportFormat::Dot && *format != ExportFormat::Mermaid;
    SceneModel model = buildScene(analysis, view, &warning, nullptr, positions);
    if (!warning.isEmpty())
        printErr(QStringLiteral("seedline export: warning: %1\n").arg(warning));
    if (model.isEmpty())
        return failWith(QStringLiteral("nothing to draw"));
    int stepsDrawn = 0;
    for (const GraphGeometry::Node &n : model.geometry.nodes)
        stepsDrawn += model.stepStyle(n.step).hidden ? 0 : 1;
    if (!canvas.isEmpty()) {
        // 14 px labels at 1,920 × 1,080, as much in proportion on other canvases.
        const qreal wanted = 14.0 * std::max(canvas.width(), canvas.height()) / 1920.0;
        const qreal label = labelPixelsOnCanvas(model, canvas);
        if (label < wanted)
            return failWith(QStringLiteral("at %1 × %2 the step labels would be %3 px tall (%4 steps), too small to read "
                                           "(at least %5 px); nothing was written. Try --story, or --focus STEP with "
                                           "--depth N, or a larger --size")
                                .arg(canvas.width())
                                .arg(canvas.height())
                                .arg(label, 0, 'f', 1)
                                .arg(stepsDrawn)
                                .arg(wanted, 0, 'f', 0));
    }
    ExportRequest request;
    request.fileName = out;
    request.format = *format;
    request.scale = scale;
    request.leftToRight = leftToRight;
    request.canvas = canvas;
    request.css = css;
    request.model = std::move(model);
    const ExportResult result = exportGraph(request);
    if (!result.ok)
        return failWith(result.error);
    QString size = QStringLiteral("%1 bytes").arg(result.bytes);
    if (result.pixelSize.isValid())
        size = QStringLiteral("%1 × %2 px at %3 px/pt")
                   .arg(result.pixelSize.width())
                   .arg(result.pixelSize.height())
                   .arg(result.scale, 0, 'f', 2);
    printErr(QStringLiteral("wrote %1 (%2, %3 steps, %4)\n")
                 .arg(QFileInfo(out).fileName(), exportFormatName(result.format))
                 .arg(stepsDrawn)
                 .arg(size));
    return 0;
}

} // namespace Seedline::Cli

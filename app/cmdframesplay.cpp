// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdframesplay.h"

#include "exitstatus.h"
#include "framesplay.h"
#include "inputoptions.h"
#include "output.h"

#include "analysis/chainanalysis.h"
#include "io/safewrite.h"
#include "scene/viewpipeline.h"
#include "teaching/playback.h"
#include "teaching/playstyle.h"
#include "teaching/tourplayback.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

namespace Seedline::Cli {

namespace {

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Write the bootstrap played in build order as numbered pictures, one per build (or one per stop\n"
        "of a guided tour): the current step lit and marked (class=\"current\" in SVG), the rest faded,\n"
        "the step's prose and the environment at that moment (kernel, tools present, uninstalls, firsts,\n"
        "builds so far). Needs no display. Without inputs, the chains Seedline ships are used."));
    parser.addHelpOption();
    addLoadOptions(parser);
    parser.addOption({ QStringLiteral("play"), QStringLiteral("Play the chain in build order (required).") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The directory to write frame-0001.svg... into (created when missing)."),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("from"),
        QStringLiteral("The first step to play (an id; default: the first)."), QStringLiteral("STEP") });
    parser.addOption({ QStringLiteral("to"),
        QStringLiteral("The last step to play (an id; default: the last)."), QStringLiteral("STEP") });
    parser.addOption({ QStringLiteral("tour"),
        QStringLiteral("Play the guided tour NAME instead: one frame per stop."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("size"), QStringLiteral("Frame size in pixels (default 1280x720)."),
        QStringLiteral("WxH") });
    parser.addOption(
        { QStringLiteral("format"), QStringLiteral("svg (default) or png."), QStringLiteral("FORMAT") });
    parser.addPositionalArgument(QStringLiteral("inputs"),
        QStringLiteral("parts.rst, steps/manifest, a checkout directory, *.chain.toml."),
        QStringLiteral("[FILE|DIR...]"));
}

int failWith(const QString &message)
{
    printErr(QStringLiteral("seedline frames: ") + message + u'\n');
    return ExitError;
}

int stepIndex(const Chain &chain, const QString &id, const QString &option, QString *error)
{
    const int index = chain.indexOf(id);
    if (index < 0) {
        const QStringList nearest = chain.nearestIds(id, 5);
        *error = QStringLiteral("unknown step '%1' for --%2%3")
                     .arg(id, option,
                         nearest.isEmpty()
                             ? QString()
                             : QStringLiteral("; nearest ids: ") + nearest.join(QStringLiteral(", ")));
    }
    return index;
}

// One drawing per analysed chain (a tour's stops with what-ifs have their own).
struct Drawing
{
    AnalysisPtr analysis;
    SceneModel model;
    HighlightOptions options;
};

Drawing draw(const AnalysisPtr &analysis)
{
    Drawing d;
    d.analysis = analysis;
    ViewOptions view;
    view.highlight.shownEdgeKinds
        = allKinds() & ~RequirementKinds(RequirementKind::Sequence | RequirementKind::Toolchain);
    view.layout.aspectRatio = 1280.0 / 720.0;
    d.model = buildScene(analysis, view);
    d.options = view.highlight;
    return d;
}

// The frame's drawing: the families of `families` coloured (the default when empty), `lit` (real
// steps) kept, the rest faded, `current` (a real step) marked.
PlayFrame makeFrame(const Drawing &d, const QStringList &families, const QVector<int> &lit, int current)
{
    PlayFrame f;
    f.model = d.model;
    HighlightOptions options = d.options;
    if (!families.isEmpty())
        options.families = families;
    const ChainProjection *projection = d.model.projection.get();
    HighlightResult base
        = projection ? computeHighlight(*d.analysis, *projection, options) : d.model.highlight;
    const QVector<int> shownLit = shownSteps(projection, lit);
    const int shownCurrent = shownSteps(projection, { current }).value(0, -1);
    restyleSceneModel(f.model, teachingHighlight(*f.model.chain, std::move(base), shownLit, shownCurrent));
    f.model.title.clear();
    f.model.caption.clear();
    f.model.legendRows.clear();
    f.model.legendRect = QRectF();
    f.model.legendHeading.clear();
    f.focus = shownLit;
    f.current = shownCurrent;
    if (current >= 0)
        f.currentId = d.analysis->chain->steps[current].id;
    return f;
}

} // namespace

QString framesPlayUsage()
{
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText() + exitStatusHelp(QStringLiteral("frames"));
}

int runFramesPlay(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "frames"
    if (!parser.parse(args))
        return failWith(parser.errorText() + QStringLiteral("\n\n") + framesPlayUsage());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(framesPlayUsage());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("play")))
        return failWith(QStringLiteral("--play is required"));
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return failWith(QStringLiteral("-o DIR is required"));
    QSize size(1280, 720);
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
        const auto m = re.match(parser.value(QStringLiteral("size")));
        size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (size.width() < 320 || size.height() < 200 || size.width() > 7680 || size.height() > 4320)
            return failWith(QStringLiteral("--size expects WxH between 320x200 and 7680x4320, got '%1'")
                                .arg(parser.value(QStringLiteral("size"))));
    }
    const QString format = parser.isSet(QStringLiteral("format"))
        ? parser.value(QStringLiteral("format")).toLower()
        : QStringLiteral("svg");
    if (format != QLatin1String("svg") && format != QLatin1String("png"))
        return failWith(QStringLiteral("--format expects svg or png, got '%1'").arg(format));
    if (parser.isSet(QStringLiteral("tour"))
        && (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))))
        return failWith(QStringLiteral("--tour plays its own stops; it does not take --from or --to"));

    QString error;
    const auto loadOptions = loadOptionsFrom(parser, &error);
    if (!loadOptions)
        return failWith(error);
    LoadResult loaded = loadInputsOrDefault(parser.positionalArguments(), *loadOptions);
    printDiagnostics(loaded.diagnostics);
    if (hasErrors(loaded.diagnostics))
        return failWith(QStringLiteral("the inputs have errors; nothing was written"));
    if (loaded.chain.steps.isEmpty())
        return failWith(QStringLiteral("the inputs contain no steps; nothing was written"));
    const auto chain = std::make_shared<const Chain>(std::move(loaded.chain));
    if (!hasBuildOrder(*chain))
        return failWith(
            QStringLiteral("the inputs have no build order (a DOT graph?); there is nothing to play"));

    AnalysisOptions analysisOptions;
    const AnalysisPtr analysis = analyseChain(chain, analysisOptions);

    QVector<PlayFrame> frames;
    if (parser.isSet(QStringLiteral("tour"))) {
        const QString name = parser.value(QStringLiteral("tour"));
        const Tour *tour = findTour(*chain, name);
        if (!tour) {
            QStringList names;
            for (const Tour &t : chain->tours)
                names << t.name;
            return failWith(
                QStringLiteral("unknown tour '%1'; available: %2")
                    .arg(name, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
        }
        const TourPlayback tp = buildTourPlayback(chain, *tour, analysisOptions);
        QHash<const ChainAnalysis *, Drawing> drawings;
        for (int i = 0; i < tp.size(); ++i) {
            const TourFrame &tf = tp.frames[i];
            const AnalysisPtr a = tf.analysis ? tf.analysis : analysis;
            if (!drawings.contains(a.get()))
                drawings.insert(a.get(), draw(a));
            const TourStop &stop = tour->stops[tf.stop];
            PlayFrame f = makeFrame(drawings[a.get()], stop.highlight, tf.steps, tf.step);
            f.zoom = stop.zoom;
            f.text = tourFrameText(tp, i);
            frames << std::move(f);
        }
    } else {
        PlaybackOptions options;
        options.kinds = PlaybackOptions::buildsOnly();
        if (parser.isSet(QStringLiteral("from"))
            && (options.from
                   = stepIndex(*chain, parser.value(QStringLiteral("from")), QStringLiteral("from"), &error))
                < 0)
            return failWith(error);
        if (parser.isSet(QStringLiteral("to"))
            && (options.to
                   = stepIndex(*chain, parser.value(QStringLiteral("to")), QStringLiteral("to"), &error))
                < 0)
            return failWith(error);
        if (options.from >= 0 && options.to >= 0 && options.from > options.to)
            return failWith(
                QStringLiteral("--from %1 comes after --to %2 in the build order")
                    .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to"))));
        const Playback playback = buildPlayback(*analysis, options);
        const Drawing drawing = draw(analysis);
        const RequirementKinds followed = analysis->options.followed;
        for (int i = 0; i < playback.size(); ++i) {
            const int step = playback.frames[i].step;
            PlayFrame f = makeFrame(drawing, {}, playLitSteps(*chain, step, followed), step);
            // The view follows the step at the labels' size; what it needs stays lit where in sight.
            f.focus = shownSteps(f.model.projection.get(), { step });
            f.text = playFrameText(playback, i);
            frames << std::move(f);
        }
    }
    if (frames.isEmpty())
        return failWith(QStringLiteral("nothing to play: no builds in the chosen range"));

    if (!QDir().mkpath(out))
        return failWith(QStringLiteral("cannot create the directory '%1'").arg(out));
    const int digits = std::max(4, int(QString::number(frames.size()).size()));
    for (int i = 0; i < frames.size(); ++i) {
        PlayFrame &f = frames[i];
        f.position = i;
        f.count = int(frames.size());
        f.size = size;
        QByteArray bytes;
        if (format == QLatin1String("svg")) {
            bytes = writePlayFrameSvg(f);
        } else {
            const QImage image = renderPlayFrame(f);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (image.isNull() || !image.save(&buffer, "PNG"))
                return failWith(QStringLiteral("cannot render frame %1").arg(i + 1));
        }
        const QString name = QStringLiteral("frame-%1.%2").arg(i + 1, digits, 10, QChar(u'0')).arg(format);
        const QString path = QDir(out).filePath(name);
        const WriteResult written = writeFileAtomically(path, bytes);
        if (!written.ok)
            return failWith(written.message());
    }
    printErr(QStringLiteral("wrote %1 frames (%2, %3×%4) into %5\n")
                 .arg(frames.size())
                 .arg(format.toUpper())
                 .arg(size.width())
                 .arg(size.height())
                 .arg(out));
    return 0;
}

} // namespace Seedline::Cli

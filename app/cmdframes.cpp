// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdframes.h"

#include "exitstatus.h"
#include "framewriter.h"
#include "inputoptions.h"
#include "output.h"
#include "timelineoptions.h"

#include "chart/growthrenderer.h"
#include "itemmodels/timelinetablemodel.h"
#include "timeline/cpythonseries.h"
#include "window/growthscenes.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QHash>

namespace Seedline::Cli {

namespace {

// The options of each mode (what it animates and how).
void addModeOptions(QCommandLineParser &parser)
{
    // --timeline
    parser.addOption({QStringLiteral("timeline"),
                      QStringLiteral("Animate the timeline: rustc builds from mrustc to the newest Rust over time.")});
    addTimelineOptions(parser);
    parser.addOption({QStringLiteral("every"),
                      QStringLiteral("With --timeline: one frame per change of the chain ('release', the default: "
                                     "every Rust and mrustc release), per 'month', or every DAYS days."),
                      QStringLiteral("release|month|DAYS")});
    parser.addOption({QStringLiteral("today"),
                      QStringLiteral("With --timeline: the date the chart marks as today (default: the system's date)."),
                      QStringLiteral("DATE")});
}

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Write numbered SVG or PNG frames of an animation into DIR, for slides and videos; no display\n"
        "is needed. --timeline: how the Rust chain grows, one frame per date, each with the date and the\n"
        "counts, the growth chart drawn up to that date (left) and the graph of the chain at that date\n"
        "(right). Frames are named frame-0001.png, frame-0002.png, ... and each is written whole; frames\n"
        "of an earlier run with the same names are replaced, and no other file is changed or deleted\n"
        "(frames an earlier, longer run left are listed). Without inputs, the chains Seedline ships."));
    parser.addHelpOption();
    addLoadOptions(parser);
    addModeOptions(parser);
    parser.addOption({QStringLiteral("size"),
                      QStringLiteral("The frame size in pixels (default 1920x1080)."), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("svg or png (the default)."), QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The directory to write the frames into (created when missing)."),
                      QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("inputs"),
                                 QStringLiteral("*.chain.toml files with [timeline] data (and any other input)."),
                                 QStringLiteral("[FILE...]"));
}

int failWith(const QString &message)
{
    printErr(QStringLiteral("seedline frames: ") + message + u'\n');
    return ExitError;
}

// The dates of the frames, from the first row's date to the last one's.
std::optional<QVector<QDate>> frameDates(const TimelineSeries &series, const QString &every, QString *error)
{
    QVector<QDate> dates;
    const QDate first = series.rows.front().date;
    const QDate last = series.rows.back().date;
    if (every.isEmpty() || every == QLatin1String("release")) {
        for (const TimelineRow &row : series.rows)
            dates << row.date;
        return dates;
    }
    if (every == QLatin1String("month")) {
        dates << first;
        for (QDate d = QDate(first.year(), first.month(), 1).addMonths(1); d <= last; d = d.addMonths(1))
            dates << d;
    } else {
        bool ok = false;
        const int days = every.toInt(&ok);
        if (!ok || days < 1 || days > 36500) {
            *error = QStringLiteral("--every expects release, month or a number of days from 1 to 36500, not '%1'")
                         .arg(every);
            return std::nullopt;
        }
        for (QDate d = first; d <= last; d = d.addDays(days))
            dates << d;
    }
    if (dates.back() != last)
        dates << last;
    return dates;
}

// The timeline mode: a frame per date, the chart drawn up to it and the graph of its row.
struct TimelineFrames
{
    TimelineSeries series;
    QVector<QDate> dates;
    QSize size;
    bool svg = false;
    QDate today;
    ChainPtr chain;

    TimelineTableModel model;
    std::unique_ptr<GrowthRenderer> renderer;
    GrowthSceneOptions sceneOptions;
    QVector<int> canonical;
    QHash<int, SceneModel> scenes; // by canonical row: rows with the same chain share a graph

    QByteArray render(int index, QString *error)
    {
        const QDate date = dates[index];
        const int row = series.rowAt(date);
        SceneModel scene;
        if (row >= 0) {
            const int key = canonical[row];
            auto it = scenes.find(key);
            if (it == scenes.end()) {
                QString warning;
                it = scenes.insert(key, growthScene(*chain, series.rows[row], sceneOptions, &warning));
                if (!warning.isEmpty())
                    printErr(QStringLiteral("seedline frames: warning: %1\n").arg(warning));
            }
            scene = *it;
        }
        renderer->setPlayhead(date);
        if (svg)
            return renderer->frameSvg(size, scene);
        const QImage image = renderer->frameImage(size, scene);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG")) {
            *error = QStringLiteral("cannot encode the PNG image");
            return {};
        }
        return bytes;
    }
};

} // namespace

QString framesUsage()
{
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText() + exitStatusHelp(QStringLiteral("frames"));
}

QString writeGrowthChart(const TimelineSeries &series, const QString &fileName, const QSize &size)
{
    TimelineTableModel model;
    model.setSeries(series);
    GrowthRenderer renderer(&model);
    renderer.setTitle(QStringLiteral("How the Rust chain grows: rustc builds from mrustc to the newest Rust"));
    return renderer.writeChart(fileName, size);
}

int writeFrameSequence(const FramesOutput &output, const FrameSequence &sequence)
{
    const QString &dir = output.directory;
    const QString &extension = output.extension;
    const FrameWriteResult result = writeFrames(dir, extension, sequence);
    if (!result.leftovers.isEmpty())
        printErr(QStringLiteral("seedline frames: note: %1 holds %2 other frame file(s) this run did not write (%3%4); "
                                "they were left alone\n")
                     .arg(QDir::toNativeSeparators(dir))
                     .arg(result.leftovers.size())
                     .arg(result.leftovers.front(), result.leftovers.size() > 1 ? QStringLiteral(" …") : QString()));
    if (!result.ok)
        return failWith(QStringLiteral("%1 (%2 frame(s) were written)").arg(result.error).arg(result.written));
    const int n = int(sequence.labels.size());
    if (n == 0)
        return failWith(QStringLiteral("nothing to animate"));
    printErr(QStringLiteral("wrote %1 frame(s) to %2: %3 … %4 (%5 to %6, %7×%8 px)\n")
                 .arg(n)
                 .arg(QDir::toNativeSeparators(dir), frameFileName(0, n, extension), frameFileName(n - 1, n, extension),
                      sequence.labels.front(), sequence.labels.back())
                 .arg(output.size.width())
                 .arg(output.size.height()));
    return 0;
}

int runFramesTimeline(const QCommandLineParser &parser, const FramesOutput &output)
{
    QString error;
    const auto choice = timelineChoiceFrom(parser, &error);
    if (!choice)
        return failWith(error);
    const auto today = dateOption(parser, QStringLiteral("today"), &error);
    if (!today)
        return failWith(error);
    LoadResult loaded = loadInputsOrDefault(parser.positionalArguments(), output.load);
    printDiagnostics(loaded.diagnostics);
    if (hasErrors(loaded.diagnostics))
        return failWith(QStringLiteral("the inputs have errors; nothing was written"));

    TimelineFrames frames;
    frames.chain = std::make_shared<const Chain>(std::move(loaded.chain));
    frames.series = computeTimeline(*frames.chain, choice->options, choice->cpython);
    for (const Diagnostic &d : std::as_const(frames.series.problems)) {
        if (d.severity == Severity::Error)
            return failWith(d.message);
    }
    if (frames.series.rows.isEmpty())
        return failWith(QStringLiteral("the inputs have no timeline to animate ([timeline] in a chain file)"));
    const auto dates = frameDates(frames.series, parser.value(QStringLiteral("every")), &error);
    if (!dates)
        return failWith(error);
    constexpr int maximumFrames = 20000;
    if (dates->size() > maximumFrames)
        return failWith(QStringLiteral("that would be %1 frames, more than %2; choose a longer --every or a shorter range")
                            .arg(dates->size())
                            .arg(maximumFrames));
    const QSize size = output.size;
    frames.dates = *dates;
    frames.size = size;
    frames.svg = output.extension == QLatin1String("svg");
    frames.canonical = distinctChainRows(frames.series);
    frames.model.setSeries(frames.series);
    frames.renderer = std::make_unique<GrowthRenderer>(&frames.model);
    frames.renderer->setToday(today->isValid() ? *today : QDate::currentDate());
    frames.sceneOptions.family = choice->options.family;
    // The graph takes the shape of its half of the frame.
    frames.sceneOptions.view.layout.aspectRatio = std::clamp(0.54 * size.width() / std::max(1, size.height() - 130), 0.5, 3.0);

    FrameSequence sequence;
    for (const QDate &d : std::as_const(frames.dates))
        sequence.labels << d.toString(Qt::ISODate);
    sequence.render = [&frames](int index, QString *why) { return frames.render(index, why); };
    return writeFrameSequence(output, sequence);
}

int runFrames(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "frames"
    if (!parser.parse(args))
        return failWith(parser.errorText() + QStringLiteral("\n\n") + framesUsage());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(framesUsage());
        return 0;
    }

    // What every mode shares: the output directory, the size, the format, the inputs.
    FramesOutput output;
    output.directory = parser.value(QStringLiteral("output"));
    QString error;
    output.size = QSize(1920, 1080);
    if (parser.isSet(QStringLiteral("size"))) {
        const auto parsed = parsePictureSize(parser.value(QStringLiteral("size")), &error);
        if (!parsed)
            return failWith(QStringLiteral("--size ") + error);
        output.size = *parsed;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && format != QLatin1String("svg") && format != QLatin1String("png"))
        return failWith(QStringLiteral("--format expects svg or png, not '%1'").arg(parser.value(QStringLiteral("format"))));
    output.extension = format.isEmpty() ? QStringLiteral("png") : format;
    const auto loadOptions = loadOptionsFrom(parser, &error);
    if (!loadOptions)
        return failWith(error);
    output.load = *loadOptions;

    // The modes: --timeline here; --play (teaching mode, app/cmdframesplay.cpp) is sent there by
    // the command dispatcher in cli.cpp, before this parser sees it.
    const int modes = int(parser.isSet(QStringLiteral("timeline")));
    if (modes == 0)
        return failWith(QStringLiteral("say what to animate: --timeline or --play (see seedline frames --help)"));
    if (output.directory.isEmpty())
        return failWith(QStringLiteral("-o DIR is required (the directory the frames go into)"));
    if (parser.isSet(QStringLiteral("timeline")))
        return runFramesTimeline(parser, output);
    return failWith(QStringLiteral("say what to animate: --timeline or --play (see seedline frames --help)"));
}

} // namespace Seedline::Cli

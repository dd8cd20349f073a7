// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end: `seedline frames --timeline` run as a user runs it (no display), its frames counted,
// opened and read back: each SVG frame's date, counter and graph are compared with what
// `seedline timeline --csv` says of that date; PNG frames are decoded and the line is seen to draw
// forward; bad options write nothing.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run seedline(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // frames need no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEEDLINE_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(600000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

struct CsvRow
{
    QString date, newest;
    int builds = -1;
};

QVector<CsvRow> timelineCsv(const QStringList &range)
{
    const Run run = seedline(QStringList{QStringLiteral("timeline"), QStringLiteral("--csv")} + range);
    QVector<CsvRow> rows;
    if (run.exitCode != 0)
        return rows;
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    const QList<QByteArray> header = lines.value(0).split(',');
    const int date = int(header.indexOf("date")), newest = int(header.indexOf("newest_rustc")),
              builds = int(header.indexOf("rustc_builds"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        rows.push_back({QString::fromUtf8(cells.value(date)), QString::fromUtf8(cells.value(newest)),
                        cells.value(builds).toInt()});
    }
    return rows;
}

// What an SVG frame says: its <title>, its texts, and the ids of the graph's rustc steps.
struct SvgFrame
{
    bool ok = false;
    QString title;
    QStringList texts;
    QStringList rustSteps; // "step-rust-1.91.1", ...
    QSizeF viewBox;
};

SvgFrame readSvg(const QString &path)
{
    SvgFrame frame;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return frame;
    QXmlStreamReader xml(&file);
    static const QRegularExpression rustStep(QStringLiteral("^step-rust-\\d+\\.\\d+\\.\\d+$"));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg") && frame.viewBox.isEmpty()) {
            const QStringList box = xml.attributes().value(QLatin1String("viewBox")).toString().split(u' ');
            if (box.size() == 4)
                frame.viewBox = QSizeF(box[2].toDouble(), box[3].toDouble());
        }
        const QString id = xml.attributes().value(QLatin1String("id")).toString();
        if (rustStep.match(id).hasMatch() && !frame.rustSteps.contains(id))
            frame.rustSteps << id;
        if (xml.name() == QLatin1String("title") && frame.title.isEmpty())
            frame.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("text"))
            frame.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    frame.ok = !xml.hasError();
    return frame;
}

// Pixels close to the rustc line's orange in the left part of a frame (the chart).
int orangePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width() / 2; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 200 && c.green() > 80 && c.green() < 140 && c.blue() < 60)
                ++n;
        }
    }
    return n;
}

QStringList framesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestFramesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One SVG frame per change, across mrustc v0.11.0's arrival (the count drops from 30 to 10):
    // every frame's date, counter and rustc series match `seedline timeline --csv` at that date.
    void svgFramesFollowTheTimeline()
    {
        const QStringList range{QStringLiteral("--from"), QStringLiteral("2024-10-01"), QStringLiteral("--to"),
                                QStringLiteral("2025-03-01")};
        const QVector<CsvRow> rows = timelineCsv(range);
        QVERIFY(rows.size() >= 5);
        QTemporaryDir dir;
        const Run run = seedline(QStringList{QStringLiteral("frames"), QStringLiteral("--timeline"),
                                             QStringLiteral("--every"), QStringLiteral("release"),
                                             QStringLiteral("--format"), QStringLiteral("svg"),
                                             QStringLiteral("--size"), QStringLiteral("1280x720"),
                                             QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                                             QStringLiteral("-o"), dir.path()}
                                 + range);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList files = framesIn(dir.path());
        QCOMPARE(files.size(), rows.size());
        QVERIFY(run.err.contains(QStringLiteral("wrote %1 frame(s)").arg(rows.size()).toUtf8()));
        bool sawDrop = false;
        int previous = -1;
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(files[i], QStringLiteral("frame-%1.svg").arg(i + 1, 4, 10, QLatin1Char('0')));
            const SvgFrame frame = readSvg(dir.filePath(files[i]));
            QVERIFY2(frame.ok, qPrintable(files[i]));
            QCOMPARE(frame.viewBox, QSizeF(1280, 720));
            QVERIFY2(frame.title.endsWith(rows[i].date), qPrintable(frame.title + u" / " + rows[i].date));
            QVERIFY(frame.texts.contains(rows[i].date));
            const QString counter = QStringLiteral("%1 rustc builds").arg(rows[i].builds);
            QVERIFY2(std::any_of(frame.texts.cbegin(), frame.texts.cend(),
                                 [&](const QString &t) { return t.startsWith(counter); }),
                     qPrintable(rows[i].date + u": no '" + counter + u"'"));
            // The graph of that date: one rustc step per build, up to the newest release.
            QCOMPARE(frame.rustSteps.size(), rows[i].builds);
            QVERIFY2(frame.rustSteps.contains(QStringLiteral("step-rust-") + rows[i].newest),
                     qPrintable(rows[i].date + u" lacks rust " + rows[i].newest));
            if (previous > rows[i].builds)
                sawDrop = true;
            previous = rows[i].builds;
        }
        QVERIFY2(sawDrop, "the range should include mrustc learning a newer target");
    }

    // Monthly PNG frames: counted, decoded at the size asked for, and the line draws forward.
    void pngFramesByMonth()
    {
        QTemporaryDir dir;
        const Run run = seedline({QStringLiteral("frames"), QStringLiteral("--timeline"), QStringLiteral("--every"),
                                  QStringLiteral("month"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2025-06-30"), QStringLiteral("--size"),
                                  QStringLiteral("800x450"), QStringLiteral("-o"), dir.path()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // 2025-01-01, the first of each month to June, and the last date, 2025-06-30.
        const QStringList files = framesIn(dir.path());
        QCOMPARE(files.size(), 7);
        QCOMPARE(files.front(), QStringLiteral("frame-0001.png"));
        QCOMPARE(files.back(), QStringLiteral("frame-0007.png"));
        int previous = -1;
        QImage first;
        for (const QString &name : files) {
            const QImage image(dir.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QCOMPARE(image.size(), QSize(800, 450));
            const int orange = orangePixels(image);
            QVERIFY2(orange > previous, qPrintable(QStringLiteral("%1: %2 orange pixels, %3 before").arg(name).arg(orange).arg(previous)));
            previous = orange;
            if (first.isNull())
                first = image;
            else
                QVERIFY(image != first);
        }
    }

    // Frames of an earlier, longer run are left alone and named.
    void leftoversAreKept()
    {
        QTemporaryDir dir;
        const QStringList common{QStringLiteral("frames"), QStringLiteral("--timeline"), QStringLiteral("--size"),
                                 QStringLiteral("400x300"), QStringLiteral("--format"), QStringLiteral("svg"),
                                 QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("-o"), dir.path()};
        Run run = seedline(common + QStringList{QStringLiteral("--to"), QStringLiteral("2025-06-01")});
        QCOMPARE(run.exitCode, 0);
        const int longer = int(framesIn(dir.path()).size());
        run = seedline(common + QStringList{QStringLiteral("--to"), QStringLiteral("2025-02-01")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(framesIn(dir.path()).size(), longer);
        QVERIFY2(run.err.contains("left alone"), run.err.constData());
        QVERIFY(readSvg(dir.filePath(QStringLiteral("frame-0001.svg"))).ok);
    }

    void badOptionsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no mode") << QStringList{};
        QTest::addRow("every") << QStringList{QStringLiteral("--timeline"), QStringLiteral("--every"), QStringLiteral("weekly")};
        QTest::addRow("every zero") << QStringList{QStringLiteral("--timeline"), QStringLiteral("--every"), QStringLiteral("0")};
        QTest::addRow("size") << QStringList{QStringLiteral("--timeline"), QStringLiteral("--size"), QStringLiteral("10x10")};
        QTest::addRow("format") << QStringList{QStringLiteral("--timeline"), QStringLiteral("--format"), QStringLiteral("gif")};
        QTest::addRow("from") << QStringList{QStringLiteral("--timeline"), QStringLiteral("--from"), QStringLiteral("2025-13-01")};
    }
    void badOptionsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("frames"));
        const Run run = seedline(QStringList{QStringLiteral("frames")} + arguments
                                 + QStringList{QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("seedline frames: "), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    // The chart alone from the command line, as SVG and PNG (PNG at twice the size asked for).
    void timelineChart()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("growth.svg"));
        Run run = seedline({QStringLiteral("timeline"), QStringLiteral("--chart"), svg, QStringLiteral("--size"),
                            QStringLiteral("1000x600"), QStringLiteral("--to"), QStringLiteral("2025-11-10")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const SvgFrame frame = readSvg(svg);
        QVERIFY(frame.ok);
        QCOMPARE(frame.viewBox, QSizeF(1000, 600));
        QVERIFY(frame.texts.contains(QStringLiteral("builds needed")));
        QVERIFY(std::any_of(frame.texts.cbegin(), frame.texts.cend(),
                            [](const QString &t) { return t.contains(QLatin1String("mrustc v0.11.0")); }));
        QVERIFY(frame.rustSteps.isEmpty()); // the chart alone, no graph
        const QString png = dir.filePath(QStringLiteral("growth.png"));
        run = seedline({QStringLiteral("timeline"), QStringLiteral("--chart"), png, QStringLiteral("--size"),
                        QStringLiteral("1000x600")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(2000, 1200));
        QVERIFY(orangePixels(image) > 1000);
    }

    void noOutputDirectory()
    {
        const Run run = seedline({QStringLiteral("frames"), QStringLiteral("--timeline")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("-o DIR"));
    }
};

QTEST_GUILESS_MAIN(TestFramesCli)
#include "tst_frames_cli.moc"

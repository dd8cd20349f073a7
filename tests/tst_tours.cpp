// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Guided tours in chain files (docs/chain-format.md, "Tours"): the parser and every diagnostic,
// tours across files, the shipped tours, the docs' own example, and `summary --json`'s `tours`.
#include "chainfile/chainfileloader.h"
#include "report/summary.h"
#include "teaching/tourplayback.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedline;

namespace {

const QString kName = QStringLiteral("t.chain.toml");

// Steps every test text can name.
const QByteArray kSteps = "[[step]]\nid = \"cc-1.0\"\nfamilies = [\"c-compiler\"]\n"
                          "[[step]]\nid = \"python-3.11.1\"\nfamilies = [\"python\"]\n"
                          "[[step]]\nid = \"gcc-15.2.0\"\nfamilies = [\"c-compiler\"]\n"
                          "[[scenario]]\nname = \"cpython-requires-rust\"\n";
constexpr int kStepLines = 11; // the lines of kSteps

LoadResult loadText(const QByteArray &text)
{
    return loadChainFile(text, kName);
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList stopIds(const Chain &chain, const TourStop &stop)
{
    QStringList out;
    for (int s : resolveTourStop(chain, stop))
        out << chain.steps[s].id;
    return out;
}

} // namespace

class TestTours : public QObject
{
    Q_OBJECT

private slots:
    void parses()
    {
        const LoadResult r = loadText(kSteps + R"(
[[tour]]
name = " first "
description = "About the compilers."

[[tour.stop]]
steps = "cc-1.0"
caption = "  The first compiler.  "

[[tour.stop]]
steps = [{ family = "c-compiler", pick = "newest" }, { from = "cc-1.0", to = "python-3.11.1" }, "cc-1.0"]
caption = "Both."
highlight = ["python", "c-compiler", "python"]
zoom = 2.5
scenarios = "cpython-requires-rust"

[[tour.stop]]
steps = [{ id = "gcc-15.2.0" }]
caption = "All of it."
zoom = "all"

[[tour.stop]]
steps = [{ family = "c-compiler" }]
caption = "Fit."
zoom = "fit"

[[tour]]
name = "second"
title = "The second tour"

[[tour.stop]]
steps = ["gcc-15.2.0"]
caption = "One stop."
zoom = 1
)");
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        const Chain &c = r.chain;
        QCOMPARE(c.tours.size(), 2);
        const Tour &t = c.tours[0];
        QCOMPARE(t.name, QStringLiteral("first"));
        QCOMPARE(t.title, QStringLiteral("first")); // default: the name
        QCOMPARE(t.description, QStringLiteral("About the compilers."));
        QCOMPARE(t.origin.file, kName);
        QCOMPARE(t.origin.line, kStepLines + 2);
        QCOMPARE(t.stops.size(), 4);
        QCOMPARE(t.stops[0].caption, QStringLiteral("The first compiler."));
        QCOMPARE(t.stops[0].steps.size(), 1);
        QCOMPARE(t.stops[0].steps[0].id, QStringLiteral("cc-1.0"));
        QCOMPARE(t.stops[0].zoom, TourZoom{});
        QCOMPARE(t.stops[0].origin.line, kStepLines + 6);
        QCOMPARE(t.stops[0].origin.endLine, kStepLines + 8);

        const TourStop &both = t.stops[1];
        QCOMPARE(both.steps.size(), 2);
        QCOMPARE(both.steps[0].family, QStringLiteral("c-compiler"));
        QCOMPARE(both.steps[0].pick, StepSelector::Pick::Newest);
        QCOMPARE(both.ranges, (QVector<StepRange>{{QStringLiteral("cc-1.0"), QStringLiteral("python-3.11.1")}}));
        QCOMPARE(both.highlight, (QStringList{QStringLiteral("python"), QStringLiteral("c-compiler")}));
        QCOMPARE(both.zoom, (TourZoom{TourZoom::Mode::Factor, 2.5}));
        QCOMPARE(both.scenarios, QStringList{QStringLiteral("cpython-requires-rust")});
        // Resolved in build order, without duplicates.
        QCOMPARE(stopIds(c, both), (QStringList{QStringLiteral("cc-1.0"), QStringLiteral("python-3.11.1"), QStringLiteral("gcc-15.2.0")}));
        QCOMPARE(t.stops[2].zoom.mode, TourZoom::Mode::All);
        QCOMPARE(stopIds(c, t.stops[3]), (QStringList{QStringLiteral("cc-1.0"), QStringLiteral("gcc-15.2.0")})); // pick all
        QCOMPARE(t.stops[3].zoom, TourZoom{});
        QCOMPARE(c.tours[1].title, QStringLiteral("The second tour"));
        QCOMPARE(c.tours[1].stops[0].zoom, (TourZoom{TourZoom::Mode::Factor, 1.0}));
        QCOMPARE(tourZoomName(both.zoom), QStringLiteral("2.5"));
        QCOMPARE(tourZoomName(t.stops[2].zoom), QStringLiteral("all"));
    }

    void aFileWithOnlyATour()
    {
        // A tour alone declares something; what it names must exist.
        const LoadResult r = loadText("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = \"x\"\ncaption = \"c\"\n");
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY2(r.diagnostics[0].message.startsWith(QStringLiteral("unknown step id `x`")), qPrintable(dump(r.diagnostics)));
    }

    void diagnostics_data()
    {
        QTest::addColumn<QByteArray>("toml"); // appended to kSteps
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");        // counted from the first line after kSteps
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<int>("tours");       // tours kept
        QTest::addColumn<int>("count");       // diagnostics in all (the one checked is the first)
        const int error = int(Severity::Error), warning = int(Severity::Warning);
        const QByteArray stop = "[[tour.stop]]\nsteps = \"cc-1.0\"\ncaption = \"c\"\n";
        QTest::addRow("unknown tour key") << QByteArray("[[tour]]\nname = \"t\"\ntitel = \"x\"\n") + stop << warning << 3 << 1
                                          << QStringList{QStringLiteral("unknown key `titel` in [[tour]]"), QStringLiteral("did you mean `title`?")} << 1 << 1;
        QTest::addRow("unknown stop key") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "captoin = \"x\"\n" << warning << 6 << 1
                                          << QStringList{QStringLiteral("unknown key `captoin` in [[tour.stop]]"), QStringLiteral("did you mean `caption`?")} << 1 << 1;
        QTest::addRow("step instead of steps") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nstep = \"cc-1.0\"\ncaption = \"c\"\n")
                                               << warning << 4 << 1 << QStringList{QStringLiteral("did you mean `steps`?")} << 0 << 2;
        QTest::addRow("no name") << QByteArray("[[tour]]\ntitle = \"t\"\n") + stop << error << 1 << 1
                                 << QStringList{QStringLiteral("[[tour]] needs the key `name`")} << 0 << 1;
        QTest::addRow("empty name") << QByteArray("[[tour]]\nname = \" \"\n") + stop << error << 2 << 8
                                    << QStringList{QStringLiteral("the `name` of a tour must not be empty")} << 0 << 1;
        QTest::addRow("duplicate name") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "[[tour]]\nname = \"t\"\n" + stop << error << 7 << 8
                                        << QStringList{QStringLiteral("duplicate tour name `t` (first declared on line %1)").arg(kStepLines + 1)} << 1 << 1;
        QTest::addRow("empty tour") << QByteArray("[[tour]]\nname = \"t\"\n") << warning << 1 << 1
                                    << QStringList{QStringLiteral("tour `t` has no stops"), QStringLiteral("left out")} << 0 << 1;
        QTest::addRow("no caption") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = \"cc-1.0\"\n") << error << 3 << 1
                                    << QStringList{QStringLiteral("a stop of tour `t` needs a `caption`")} << 0 << 1;
        QTest::addRow("empty caption") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = \"cc-1.0\"\ncaption = \"\"\n") << error << 5 << 11
                                       << QStringList{QStringLiteral("the `caption` of a stop must not be empty")} << 0 << 1;
        QTest::addRow("caption of the wrong type") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = \"cc-1.0\"\ncaption = 3\n") << error << 5 << 11
                                                   << QStringList{QStringLiteral("`caption` in [[tour.stop]] must be a string, not an integer")} << 0 << 1;
        QTest::addRow("no steps") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\ncaption = \"c\"\n") << error << 3 << 1
                                  << QStringList{QStringLiteral("a stop of tour `t` needs `steps`"), QStringLiteral("{ from = \"hex0\"")} << 0 << 1;
        QTest::addRow("empty steps") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = []\ncaption = \"c\"\n") << error << 4 << 9
                                     << QStringList{QStringLiteral("`steps` of [[tour.stop]] is empty")} << 0 << 1;
        QTest::addRow("steps of the wrong type") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = 3\ncaption = \"c\"\n") << error << 4 << 9
                                                 << QStringList{QStringLiteral("`steps` of [[tour.stop]] must be a step id or a table"), QStringLiteral("not an integer")} << 0 << 1;
        QTest::addRow("unknown step id") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = [\"cc-1.0\", \"python-3.11\"]\ncaption = \"c\"\n")
                                         << error << 4 << 20
                                         << QStringList{QStringLiteral("unknown step id `python-3.11`"), QStringLiteral("did you mean `python-3.11.1`")} << 1 << 1;
        QTest::addRow("unknown range end") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = { from = \"cc-1.0\", to = \"gcc-15\" }\ncaption = \"c\"\n")
                                           << error << 4 << 33
                                           << QStringList{QStringLiteral("unknown step id `gcc-15`"), QStringLiteral("did you mean `gcc-15.2.0`")} << 1 << 1;
        QTest::addRow("range backwards") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = { from = \"gcc-15.2.0\", to = \"cc-1.0\" }\ncaption = \"c\"\n")
                                         << error << 4 << 18
                                         << QStringList{QStringLiteral("the range from `gcc-15.2.0` to `cc-1.0` runs backwards: `cc-1.0` comes before `gcc-15.2.0`")} << 1 << 1;
        QTest::addRow("range without to") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = { from = \"cc-1.0\" }\ncaption = \"c\"\n")
                                          << error << 4 << 9 << QStringList{QStringLiteral("needs the key `to`")} << 0 << 1;
        QTest::addRow("no family match") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = { family = \"pyton\" }\ncaption = \"c\"\n")
                                         << error << 4 << 9
                                         << QStringList{QStringLiteral("no step of family `pyton` is loaded"), QStringLiteral("did you mean `python`")} << 1 << 1;
        QTest::addRow("no version match") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = { family = \"python\", version = \">= 4\" }\ncaption = \"c\"\n")
                                          << error << 4 << 9
                                          << QStringList{QStringLiteral("no step of family `python` matches >= 4 (its versions: 3.11.1)")} << 1 << 1;
        QTest::addRow("bad pick") << QByteArray("[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = { family = \"python\", pick = \"latest\" }\ncaption = \"c\"\n")
                                  << error << 4 << 37 << QStringList{QStringLiteral("unknown pick `latest`")} << 0 << 1;
        QTest::addRow("unknown highlight") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "highlight = [\"python\", \"c-compiller\"]\n"
                                           << warning << 6 << 24
                                           << QStringList{QStringLiteral("no loaded step has the family `c-compiller`"), QStringLiteral("did you mean `c-compiler`")} << 1 << 1;
        QTest::addRow("highlight of the wrong type") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "highlight = 1\n" << error << 6 << 13
                                                     << QStringList{QStringLiteral("`highlight` in [[tour.stop]] must be a string or an array of strings")} << 1 << 1;
        QTest::addRow("unknown scenario") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "scenarios = [\"cpython-needs-rust\"]\n"
                                          << error << 6 << 14
                                          << QStringList{QStringLiteral("unknown scenario `cpython-needs-rust`"), QStringLiteral("did you mean `cpython-requires-rust`")} << 1 << 1;
        QTest::addRow("zoom too large") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "zoom = 50\n" << error << 6 << 8
                                        << QStringList{QStringLiteral("`zoom` must be between 0.05 and 20, not 50")} << 0 << 1;
        QTest::addRow("zoom not a number") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "zoom = nan\n" << error << 6 << 8
                                           << QStringList{QStringLiteral("`zoom` must be between 0.05 and 20")} << 0 << 1;
        QTest::addRow("unknown zoom") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "zoom = \"al\"\n" << error << 6 << 8
                                      << QStringList{QStringLiteral("unknown zoom \"al\", did you mean \"all\"?")} << 0 << 1;
        QTest::addRow("zoom of the wrong type") << QByteArray("[[tour]]\nname = \"t\"\n") + stop + "zoom = true\n" << error << 6 << 8
                                                << QStringList{QStringLiteral("`zoom` in [[tour.stop]] must be \"fit\", \"all\" or a number, not a boolean")} << 0 << 1;
    }

    void notAnArrayOfTables()
    {
        const LoadResult r = loadText("tour = 3\n" + kSteps);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].severity, Severity::Error);
        QCOMPARE(r.diagnostics[0].line, 1);
        QCOMPARE(r.diagnostics[0].column, 8);
        QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("`tour` in the top level must be an array of tables ([[tour]]), not an integer")));
    }

    void diagnostics()
    {
        QFETCH(QByteArray, toml);
        QFETCH(int, severity);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QStringList, parts);
        QFETCH(int, tours);
        QFETCH(int, count);
        const LoadResult r = loadText(kSteps + toml);
        QVERIFY2(r.diagnostics.size() == count, qPrintable(dump(r.diagnostics)));
        const Diagnostic &d = r.diagnostics.front();
        QCOMPARE(int(d.severity), severity);
        QCOMPARE(d.file, kName);
        QCOMPARE(d.line, kStepLines + line);
        QCOMPARE(d.column, column);
        for (const QString &part : parts)
            QVERIFY2(d.message.contains(part), qPrintable(d.message));
        QCOMPARE(r.chain.tours.size(), tours);
    }

    void acrossFiles()
    {
        // Tours of every file are joined; a tour may name the steps of an included file; a name
        // declared again in another file is an error there, and the first one is kept.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const char *name, const QByteArray &text) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("base.chain.toml", kSteps + "[[tour]]\nname = \"a\"\ntitle = \"from base\"\n[[tour.stop]]\nsteps = \"cc-1.0\"\ncaption = \"c\"\n");
        const QByteArray top = "include = \"base.chain.toml\"\n"
                               "[[tour]]\nname = \"b\"\n[[tour.stop]]\nsteps = \"python-3.11.1\"\ncaption = \"c\"\n"
                               "[[tour]]\nname = \"a\"\ntitle = \"from top\"\n[[tour.stop]]\nsteps = \"gcc-15.2.0\"\ncaption = \"c\"\n";
        write("top.chain.toml", top);
        const LoadResult r = loadChainFile(top, dir.filePath(QStringLiteral("top.chain.toml")));
        QCOMPARE(r.diagnostics.size(), 1);
        const Diagnostic &d = r.diagnostics.front();
        QCOMPARE(d.severity, Severity::Error);
        QVERIFY(d.file.endsWith(QLatin1String("top.chain.toml")));
        QCOMPARE(d.line, 7);
        QVERIFY2(d.message.startsWith(QStringLiteral("duplicate tour name `a`: ")), qPrintable(d.message));
        QVERIFY2(d.message.contains(QStringLiteral("base.chain.toml declares it on line %1").arg(kStepLines + 1)), qPrintable(d.message));
        QCOMPARE(r.chain.tours.size(), 2);
        QCOMPARE(r.chain.tours[0].name, QStringLiteral("a"));
        QCOMPARE(r.chain.tours[0].title, QStringLiteral("from base"));
        QCOMPARE(r.chain.tours[1].name, QStringLiteral("b"));
    }

    void shippedTours_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addRow("seedline") << QStringLiteral("seedline.chain.toml")
                                  << QStringList{QStringLiteral("seed-to-gcc-15"), QStringLiteral("rust-every-six-weeks")};
        QTest::addRow("live-bootstrap alone") << QStringLiteral("live-bootstrap.chain.toml") << QStringList{QStringLiteral("seed-to-gcc-15")};
    }

    void shippedTours()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        for (const QString &path : QStringList{QStringLiteral(":/chains/") + file, QStringLiteral(SEEDLINE_SOURCE_DIR "/chains/") + file}) {
            const LoadResult r = loadChainFile(readAll(path), path);
            QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
            QStringList seen;
            for (const Tour &t : r.chain.tours) {
                seen << t.name;
                QVERIFY(!t.stops.isEmpty());
                for (const TourStop &stop : t.stops) {
                    QVERIFY2(!resolveTourStop(r.chain, stop).isEmpty(), qPrintable(t.name + u' ' + stop.caption));
                    QVERIFY(stop.caption.size() >= 40);
                    QVERIFY2(stop.caption.size() <= 420, qPrintable(stop.caption)); // readable on a projector
                }
            }
            QCOMPARE(seen, names);
        }
    }

    void shippedTourContent()
    {
        const LoadResult r = loadChainFile(readAll(QStringLiteral(":/chains/seedline.chain.toml")), QStringLiteral(":/chains/seedline.chain.toml"));
        const Chain &c = r.chain;
        const Tour *seed = findTour(c, QStringLiteral("seed-to-gcc-15"));
        const Tour *rust = findTour(c, QStringLiteral("rust-every-six-weeks"));
        QVERIFY(seed && rust);
        QCOMPARE(seed->title, QStringLiteral("From a few hundred bytes of machine code to GCC 15: why the final GCC needs Python"));
        QCOMPARE(rust->title, QStringLiteral("Rust every six weeks: what CPython-with-Rust would add"));
        // The seed tour starts at the seeds, passes the 11 Python builds and ends at the final GCC.
        QCOMPARE(stopIds(c, seed->stops.first()).first(), QStringLiteral("bootstrap-seeds"));
        int pythonStop = -1;
        for (int i = 0; i < seed->stops.size(); ++i) {
            if (seed->stops[i].highlight == QStringList{QStringLiteral("python")} && stopIds(c, seed->stops[i]).size() == 11)
                pythonStop = i;
        }
        QVERIFY(pythonStop >= 0);
        QCOMPARE(stopIds(c, seed->stops.last()), QStringList{QStringLiteral("gcc-15.2.0")});
        QCOMPARE(seed->stops.last().zoom.mode, TourZoom::Mode::All);
        // The Rust tour shows the 9 rustc builds and switches the what-if on at its end.
        bool nineRustc = false;
        for (const TourStop &stop : rust->stops)
            nineRustc = nineRustc || stopIds(c, stop) == QStringList{QStringLiteral("rust-1.90.0"), QStringLiteral("rust-1.91.1"), QStringLiteral("rust-1.92.0"),
                                                                     QStringLiteral("rust-1.93.1"), QStringLiteral("rust-1.94.1"), QStringLiteral("rust-1.95.0"),
                                                                     QStringLiteral("rust-1.96.1"), QStringLiteral("rust-1.97.1"), QStringLiteral("rust-1.98.0")};
        QVERIFY(nineRustc);
        QVERIFY(rust->stops.first().scenarios.isEmpty());
        QCOMPARE(rust->stops.last().scenarios, QStringList{QStringLiteral("cpython-requires-rust")});
        // Played, the stop with the what-if finds the final GCC needing Rust.
        const TourPlayback t = buildTourPlayback(std::make_shared<const Chain>(c), *rust);
        bool gccNeedsRust = false;
        for (const TourFrame &f : t.frames) {
            const int gcc = c.indexOf(QStringLiteral("gcc-15.2.0"));
            if (f.steps.contains(gcc))
                gccNeedsRust = gccNeedsRust || (f.analysis->stepRequires(gcc, QStringLiteral("rust")) && !f.scenarios.isEmpty());
        }
        QVERIFY(gccNeedsRust);
    }

    void docsExample()
    {
        // docs/chain-format.md's "A tour of your own" is tests/fixtures/teaching/my-tour.chain.toml.
        const QString docs = QString::fromUtf8(readAll(QStringLiteral(SEEDLINE_SOURCE_DIR "/docs/chain-format.md")));
        const qsizetype marker = docs.indexOf(QStringLiteral("<!-- tests/fixtures/teaching/my-tour.chain.toml"));
        QVERIFY(marker >= 0);
        const qsizetype start = docs.indexOf(QStringLiteral("```toml\n"), marker) + 8;
        const QString example = docs.mid(start, docs.indexOf(QStringLiteral("```\n"), start) - start);
        const QString fixturePath = QStringLiteral(SEEDLINE_FIXTURES_DIR "/teaching/my-tour.chain.toml");
        QStringList fixtureLines = QString::fromUtf8(readAll(fixturePath)).split(u'\n');
        while (!fixtureLines.isEmpty() && fixtureLines.front().startsWith(u'#'))
            fixtureLines.removeFirst();
        QCOMPARE(fixtureLines.join(u'\n'), example);

        const LoadResult r = loadChainFile(readAll(fixturePath), fixturePath);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        const Tour *mine = findTour(r.chain, QStringLiteral("python-in-the-bootstrap"));
        QVERIFY(mine);
        QCOMPARE(r.chain.tours.size(), 3); // the shipped two and this one
        QCOMPARE(mine->stops.size(), 4);
        QCOMPARE(stopIds(r.chain, mine->stops[0]).first(), QStringLiteral("hex0"));
        QCOMPARE(stopIds(r.chain, mine->stops[0]).last(), QStringLiteral("cc_x86"));
        QCOMPARE(stopIds(r.chain, mine->stops[1]).size(), 11);
        QCOMPARE(stopIds(r.chain, mine->stops[3]), (QStringList{QStringLiteral("gcc-15.2.0"), QStringLiteral("rust-1.98.0")}));
    }

    void summaryJson()
    {
        const LoadResult r = loadText(kSteps + R"(
[[tour]]
name = "t"
title = "A tour"
description = "Two stops."

[[tour.stop]]
steps = [{ family = "c-compiler" }]
caption = "Compilers."
highlight = "c-compiler"

[[tour.stop]]
steps = ["gcc-15.2.0", "python-3.11.1"]
caption = "The end."
zoom = 0.5
scenarios = ["cpython-requires-rust"]

[[tour.stop]]
steps = "cc-1.0"
caption = "Everything."
zoom = "all"
)");
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        const SummaryReport report = buildSummary(r.chain, r.diagnostics, SummaryOptions{});
        const QJsonArray tours = report.json.value(QStringLiteral("tours")).toArray();
        QCOMPARE(tours.size(), 1);
        const QJsonObject tour = tours[0].toObject();
        QCOMPARE(tour.value(QStringLiteral("name")).toString(), QStringLiteral("t"));
        QCOMPARE(tour.value(QStringLiteral("title")).toString(), QStringLiteral("A tour"));
        QCOMPARE(tour.value(QStringLiteral("description")).toString(), QStringLiteral("Two stops."));
        const QJsonArray stops = tour.value(QStringLiteral("stops")).toArray();
        QCOMPARE(stops.size(), 3);
        const QJsonObject first = stops[0].toObject();
        QCOMPARE(first.value(QStringLiteral("caption")).toString(), QStringLiteral("Compilers."));
        QCOMPARE(first.value(QStringLiteral("steps")).toArray(), (QJsonArray{QStringLiteral("cc-1.0"), QStringLiteral("gcc-15.2.0")}));
        QCOMPARE(first.value(QStringLiteral("highlight")).toArray(), QJsonArray{QStringLiteral("c-compiler")});
        QCOMPARE(first.value(QStringLiteral("zoom")).toString(), QStringLiteral("fit"));
        QCOMPARE(first.value(QStringLiteral("scenarios")).toArray(), QJsonArray{});
        const QJsonObject second = stops[1].toObject();
        QCOMPARE(second.value(QStringLiteral("steps")).toArray(), (QJsonArray{QStringLiteral("python-3.11.1"), QStringLiteral("gcc-15.2.0")})); // build order
        QCOMPARE(second.value(QStringLiteral("zoom")).toDouble(), 0.5);
        QCOMPARE(second.value(QStringLiteral("scenarios")).toArray(), QJsonArray{QStringLiteral("cpython-requires-rust")});
        QCOMPARE(stops[2].toObject().value(QStringLiteral("zoom")).toString(), QStringLiteral("all"));
        QVERIFY2(report.text.contains(QStringLiteral("1 tour: t (3 stops)")), qPrintable(report.text));

        // Without tours the array is there and empty; the shipped chain lists both of its tours.
        const LoadResult plain = loadText(kSteps);
        QCOMPARE(buildSummary(plain.chain, {}, SummaryOptions{}).json.value(QStringLiteral("tours")).toArray(), QJsonArray{});
        const LoadResult shipped = loadChainFile(readAll(QStringLiteral(":/chains/seedline.chain.toml")), QStringLiteral(":/chains/seedline.chain.toml"));
        const QJsonArray shippedTours = buildSummary(shipped.chain, {}, SummaryOptions{}).json.value(QStringLiteral("tours")).toArray();
        QCOMPARE(shippedTours.size(), 2);
        QCOMPARE(shippedTours[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("rust-every-six-weeks"));
    }
};

QTEST_GUILESS_MAIN(TestTours)
#include "tst_tours.moc"

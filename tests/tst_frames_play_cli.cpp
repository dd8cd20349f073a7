// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end: `seedline frames --play` on live-bootstrap's real manifest (../shared, skipped when
// absent) writes one frame per build in the range, each marking its own step (class="current")
// and listing the environment; tours write one frame per stop; PNG frames have the asked size.
#include "io/inputs.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedline;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run seedline(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command line must not need a display
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEEDLINE_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(-1))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}

// docs: "step-" + the id with every character outside [A-Za-z0-9.-] written as _XX_.
QString svgStepId(const QString &id)
{
    QString out = QStringLiteral("step-");
    for (const QChar c : id) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'-')
            out += c;
        else
            out += u'_' + QString::number(c.unicode(), 16).toUpper() + u'_';
    }
    return out;
}

QString manifestPath()
{
    return QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/manifest");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList frameFiles(const QString &dir, const QString &ext)
{
    return QDir(dir).entryList({ QStringLiteral("frame-*.") + ext }, QDir::Files, QDir::Name);
}

// The step ids of the <g> elements whose class has "current" (writeSvg's ids are "step-" + the id
// with special characters escaped; compared escaped).
QStringList currentGroups(const QByteArray &svg)
{
    static const QRegularExpression re(QStringLiteral(R"re(<g id="([^"]+)" class="([^"]*)")re"));
    QStringList out;
    auto it = re.globalMatch(QString::fromUtf8(svg));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2).split(u' ').contains(QStringLiteral("current")))
            out << m.captured(1);
    }
    return out;
}

// The included builds of the manifest from `from` to `to` (ids; empty: the ends), read from the
// loaded chain: what the frames must be, one each, in this order.
QStringList buildsBetween(const Chain &chain, const QString &from, const QString &to)
{
    const int first = from.isEmpty() ? 0 : chain.indexOf(from);
    const int last = to.isEmpty() ? int(chain.steps.size()) - 1 : chain.indexOf(to);
    QStringList out;
    for (int i = first; i <= last; ++i)
        if (chain.steps[i].isBuild() && !chain.steps[i].excluded)
            out << chain.steps[i].id;
    return out;
}

} // namespace

class TestFramesPlayCli : public QObject
{
    Q_OBJECT

private slots:
    void oneFramePerBuild_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("whole manifest") << QString() << QString();
        QTest::addRow("python-3.11.1 to the end") << QStringLiteral("python-3.11.1") << QString();
        QTest::addRow("bash to python") << QStringLiteral("bash-5.2.15") << QStringLiteral("python-3.11.1");
    }
    void oneFramePerBuild()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        if (!QFile::exists(manifestPath()))
            QSKIP("../shared/live-bootstrap/manifest is absent");
        const LoadResult loaded = loadPath(manifestPath());
        const QStringList expected = buildsBetween(loaded.chain, from, to);
        QVERIFY(expected.size() > 3);
        // The raw manifest agrees: every included build is a `build:` line.
        const int buildLines = int(readAll(manifestPath()).count("\nbuild: ")) + 1;
        QVERIFY(from.isEmpty() ? expected.size() <= buildLines : true);

        QTemporaryDir dir;
        QStringList args { QStringLiteral("frames"), QStringLiteral("--play"), QStringLiteral("-o"),
            dir.path() };
        if (!from.isEmpty())
            args << QStringLiteral("--from") << from;
        if (!to.isEmpty())
            args << QStringLiteral("--to") << to;
        args << manifestPath();
        const Run run = seedline(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList files = frameFiles(dir.path(), QStringLiteral("svg"));
        QCOMPARE(files.size(), expected.size());
        for (int i = 0; i < files.size(); ++i) {
            const QByteArray svg = readAll(dir.filePath(files[i]));
            QCOMPARE(currentGroups(svg), QStringList { svgStepId(expected[i]) });
            QCOMPARE(svg.count("<rect class=\"current\""), 1);
            QVERIFY2(svg.contains((QStringLiteral("data-step=\"") + expected[i] + u'"').toUtf8()),
                qPrintable(files[i]));
            QVERIFY(svg.contains("<g class=\"environment\""));
            QVERIFY(svg.contains("class=\"counters\""));
        }
    }

    void environmentListed()
    {
        if (!QFile::exists(manifestPath()))
            QSKIP("../shared/live-bootstrap/manifest is absent");
        QTemporaryDir dir;
        const Run run = seedline({ QStringLiteral("frames"), QStringLiteral("--play"),
            QStringLiteral("--from"), QStringLiteral("python-3.11.1"), QStringLiteral("--to"),
            QStringLiteral("python-3.11.1"), QStringLiteral("-o"), dir.path(), manifestPath() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray svg = readAll(dir.filePath(QStringLiteral("frame-0001.svg")));
        // python-3.11.1 is build 150; it runs under Linux (builder-hex0 → Fiwix → Linux) and is the
        // Python in force.
        QVERIFY(svg.contains(">150 builds so far<"));
        QVERIFY(svg.contains(">Kernel: Linux"));
        QVERIFY(svg.contains(">Python: python-3.11.1<"));
        QVERIFY(svg.contains("Tools present: python 3.11.1,"));
    }

    void uninstallsShown()
    {
        if (!QFile::exists(manifestPath()))
            QSKIP("../shared/live-bootstrap/manifest is absent");
        const LoadResult loaded = loadPath(manifestPath());
        // The build after the manifest's uninstall of the old Pythons carries it.
        int uninstall = -1;
        for (int i = 0; i < loaded.chain.steps.size(); ++i)
            if (loaded.chain.steps[i].kind == StepKind::Uninstall
                && loaded.chain.steps[i].details->removes.contains(QStringLiteral("python-2.0.1")))
                uninstall = i;
        if (uninstall < 0)
            QSKIP("this manifest does not uninstall python-2.0.1");
        QString previous, next;
        for (int i = uninstall - 1; i >= 0 && previous.isEmpty(); --i)
            if (loaded.chain.steps[i].isBuild() && !loaded.chain.steps[i].excluded)
                previous = loaded.chain.steps[i].id;
        for (int i = uninstall + 1; i < loaded.chain.steps.size() && next.isEmpty(); ++i)
            if (loaded.chain.steps[i].isBuild() && !loaded.chain.steps[i].excluded)
                next = loaded.chain.steps[i].id;
        QTemporaryDir dir;
        const Run run
            = seedline({ QStringLiteral("frames"), QStringLiteral("--play"), QStringLiteral("--from"),
                previous, QStringLiteral("--to"), next, QStringLiteral("-o"), dir.path(), manifestPath() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The build before the uninstall removes nothing; the next build's frame shows the removal.
        QVERIFY(!readAll(dir.filePath(QStringLiteral("frame-0001.svg"))).contains("class=\"removed\""));
        const QByteArray svg = readAll(dir.filePath(QStringLiteral("frame-0002.svg")));
        QVERIFY(svg.contains("class=\"removed\""));
        QVERIFY(svg.contains("Uninstalled: python-2.0.1"));
    }

    void tourOneFramePerStop()
    {
        QTemporaryDir dir;
        const Run run
            = seedline({ QStringLiteral("frames"), QStringLiteral("--play"), QStringLiteral("--tour"),
                QStringLiteral("seed-to-gcc-15"), QStringLiteral("--format"), QStringLiteral("png"),
                QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("-o"), dir.path() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const LoadResult shipped = loadEmbeddedDefault();
        int stops = -1;
        for (const Tour &t : shipped.chain.tours)
            if (t.name == QLatin1String("seed-to-gcc-15"))
                stops = int(t.stops.size());
        const QStringList files = frameFiles(dir.path(), QStringLiteral("png"));
        QCOMPARE(files.size(), stops);
        const QImage image(dir.filePath(files.first()));
        QCOMPARE(image.size(), QSize(1280, 720));
    }

    void errors()
    {
        QTemporaryDir dir;
        QCOMPARE(seedline({ QStringLiteral("frames"), QStringLiteral("--play"), QStringLiteral("--from"),
                              QStringLiteral("no-such-step"), QStringLiteral("-o"), dir.path() })
                     .exitCode,
            2);
        QCOMPARE(seedline({ QStringLiteral("frames"), QStringLiteral("--play"), QStringLiteral("--tour"),
                              QStringLiteral("no-such-tour"), QStringLiteral("-o"), dir.path() })
                     .exitCode,
            2);
        QCOMPARE(seedline({ QStringLiteral("frames"), QStringLiteral("--play"), QStringLiteral("--size"),
                              QStringLiteral("12"), QStringLiteral("-o"), dir.path() })
                     .exitCode,
            2);
        QVERIFY(frameFiles(dir.path(), QStringLiteral("svg")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFramesPlayCli)
#include "tst_frames_play_cli.moc"

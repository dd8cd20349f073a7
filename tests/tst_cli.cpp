// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end: runs the real `seedline` executable the way a user does, without a display.
#include "scratchfs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QTest>

#include <sys/stat.h>

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
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command line must not need one
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEEDLINE_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run shell(const QString &script)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEEDLINE"), QStringLiteral(SEEDLINE_EXECUTABLE));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    Run run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QString shared(const QString &name)
{
    return QDir(QStringLiteral(SEEDLINE_SHARED_DIR)).filePath(QStringLiteral("live-bootstrap/") + name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = seedline({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("seedline "));
        const Run help = seedline({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("summary"));
        QVERIFY(help.out.contains("drift"));
        QVERIFY(help.out.contains("export"));
        const Run summaryHelp = seedline({QStringLiteral("summary"), QStringLiteral("--help")});
        QCOMPARE(summaryHelp.exitCode, 0);
        QVERIFY(summaryHelp.out.contains("--target"));
        QVERIFY(summaryHelp.out.contains("--path FROM TO"));
    }

    void summaryJsonOnManifest()
    {
        if (!QFileInfo::exists(shared(QStringLiteral("manifest"))))
            QSKIP("../shared/live-bootstrap is missing");
        const Run run = seedline({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--target"),
                                  QStringLiteral("python-3.11.1"), shared(QStringLiteral("manifest"))});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("builds")).toInt(), 170);
        QCOMPARE(json.value(QStringLiteral("target")).toObject().value(QStringLiteral("builds_before")).toInt(), 149);
        const Run chroot = seedline({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--config"),
                                     QStringLiteral("CHROOT=True"), QStringLiteral("--target"),
                                     QStringLiteral("python-3.11.1"), shared(QStringLiteral("manifest"))});
        QCOMPARE(chroot.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(chroot.out).object().value(QStringLiteral("target")).toObject()
                     .value(QStringLiteral("builds_before")).toInt(),
                 143);
    }

    void summaryTextIsShort()
    {
        const Run run = seedline({QStringLiteral("summary")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.count('\n') < 40);
        QVERIFY(run.out.contains("require python"));
    }

    void driftJson()
    {
        if (!QFileInfo::exists(shared(QStringLiteral("manifest"))))
            QSKIP("../shared/live-bootstrap is missing");
        const Run run = seedline({QStringLiteral("drift"), QStringLiteral("--json"), shared(QStringLiteral("parts.rst")),
                                  shared(QStringLiteral("manifest"))});
        QCOMPARE(run.exitCode, 1); // drift found, as diff says "different"
        const QJsonArray mismatches =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("version_mismatches")).toArray();
        QStringList packages;
        for (const auto &m : mismatches)
            packages << m.toObject().value(QStringLiteral("package")).toString();
        for (const char *p : {"xz", "openssl", "gzip", "mpc"})
            QVERIFY2(packages.contains(QLatin1String(p)), p);
    }

    void badInputIsReportedNotCrashed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("manifest"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("build: gcc-4.0.4\nfrobnicate: everything\nbuild: tcc-0.9.27 ( CHROOT == True\n");
        file.close();
        const Run run = seedline({QStringLiteral("summary"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QByteArray(path.toUtf8() + ":2:")), run.err.constData());
        QVERIFY2(run.err.contains(QByteArray(path.toUtf8() + ":3:")), run.err.constData());
    }

    void exportedScenarioCarriesEveryRole()
    {
        // The what-if export gives a step that needs Python and Rust both classes, and says which
        // one the scenario added; collapsing changes none of it.
        for (const bool collapse : {false, true}) {
            QTemporaryDir dir;
            const QString out = dir.filePath(QStringLiteral("story.svg"));
            QStringList args{QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("cpython-requires-rust"),
                             QStringLiteral("--instant"), QStringLiteral("-o"), out};
            if (collapse)
                args << QStringLiteral("--collapse");
            const Run run = seedline(args);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QHash<QString, QStringList> classes; // step group id -> classes
            QXmlStreamReader xml(&file);
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("g")
                    && xml.attributes().value(QLatin1String("id")).startsWith(QLatin1String("step-")))
                    classes.insert(xml.attributes().value(QLatin1String("id")).toString(),
                                   xml.attributes().value(QLatin1String("class")).toString().split(u' '));
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            const QString gcc = collapse ? QStringLiteral("step-gcc_D7_5") : QStringLiteral("step-gcc-15.2.0");
            QVERIFY2(classes.contains(gcc), qPrintable(classes.keys().join(u' ')));
            for (const char *expected : {"requires-python", "requires-rust", "newly-requires-rust"})
                QVERIFY2(classes.value(gcc).contains(QLatin1String(expected)), expected);
            QVERIFY(classes.value(QStringLiteral("step-meson")).contains(QStringLiteral("requires-rust")));
            QVERIFY(classes.value(QStringLiteral("step-meson")).contains(QStringLiteral("requires-python")));
            const QStringList bash = classes.value(QStringLiteral("step-bash-5.2.15"));
            QVERIFY(!bash.isEmpty());
            QVERIFY(!bash.contains(QStringLiteral("requires-python")));
            QVERIFY(!bash.contains(QStringLiteral("requires-rust")));
        }
    }

    void wholeChainExportFitsAScreen_data()
    {
        QTest::addColumn<QString>("input"); // "" for the shipped chains
        QTest::addRow("shipped chains") << QString();
        QTest::addRow("checkout") << QStringLiteral("checkout-2025-12");
        QTest::addRow("manifest") << QStringLiteral("manifest");
    }
    void wholeChainExportFitsAScreen()
    {
        // Default options: the whole chain, in the bootstrap layout, without script-order and
        // toolchain edges; aspect between 1:3 and 3:1; labels at least 7 px at 1,920 px.
        QFETCH(QString, input);
        QStringList args{QStringLiteral("export")};
        if (!input.isEmpty()) {
            if (!QFileInfo::exists(shared(input)))
                QSKIP("../shared/live-bootstrap is missing");
            args << shared(input);
        }
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("whole.svg"));
        args << QStringLiteral("-o") << out;
        const Run run = seedline(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList viewBox;
        int steps = 0;
        QSet<QString> kinds;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("svg"))
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString().split(u' ');
            if (xml.name() == QLatin1String("g")) {
                const QString id = xml.attributes().value(QLatin1String("id")).toString();
                const QStringList classes = xml.attributes().value(QLatin1String("class")).toString().split(u' ');
                if (id.startsWith(QLatin1String("step-")))
                    ++steps;
                if (id.startsWith(QLatin1String("edge-")))
                    for (const QString &c : classes)
                        if (c.startsWith(QLatin1String("kind-")))
                            kinds.insert(c.mid(5));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(viewBox.size(), 4);
        const double w = viewBox[2].toDouble(), h = viewBox[3].toDouble();
        QVERIFY2(w / h >= 1 / 3.0 && w / h <= 3.0, qPrintable(QStringLiteral("%1 x %2").arg(w).arg(h)));
        const double labelPixels = 12.0 * 1920.0 / std::max(w, h);
        QVERIFY2(labelPixels >= 7.0, qPrintable(QStringLiteral("labels %1 px").arg(labelPixels)));
        QVERIFY(steps > 150);
        QVERIFY(!kinds.contains(QStringLiteral("toolchain")));
        QVERIFY(!kinds.contains(QStringLiteral("sequence")));
        // A manifest alone has nothing but script order and compilers; the others draw real needs.
        QCOMPARE(kinds.isEmpty(), input == QLatin1String("manifest"));
    }

    void driftTellsTheFilesApart()
    {
        if (!QFileInfo::exists(shared(QStringLiteral("manifest"))))
            QSKIP("../shared/live-bootstrap is missing");
        const Run inOrder = seedline({QStringLiteral("drift"), QStringLiteral("--json"), shared(QStringLiteral("parts.rst")),
                                      shared(QStringLiteral("manifest"))});
        const Run swapped = seedline({QStringLiteral("drift"), QStringLiteral("--json"), shared(QStringLiteral("manifest")),
                                      shared(QStringLiteral("parts.rst"))});
        QCOMPARE(inOrder.exitCode, 1);
        QCOMPARE(swapped.exitCode, 1);
        QCOMPARE(swapped.out, inOrder.out); // the same report: no spurious seed-stage entries
        QVERIFY2(swapped.err.contains("is the parts.rst"), swapped.err.constData());
        QVERIFY(!inOrder.err.contains("is the parts.rst"));

        // Named after what they are not: still told apart by content.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(shared(QStringLiteral("manifest")), dir.filePath(QStringLiteral("parts.rst"))));
        QVERIFY(QFile::copy(shared(QStringLiteral("parts.rst")), dir.filePath(QStringLiteral("manifest"))));
        const Run misnamed = seedline({QStringLiteral("drift"), QStringLiteral("--json"), dir.filePath(QStringLiteral("parts.rst")),
                                       dir.filePath(QStringLiteral("manifest"))});
        QCOMPARE(misnamed.exitCode, 1);
        QCOMPARE(misnamed.out, inOrder.out);

        const Run twoManifests = seedline({QStringLiteral("drift"), shared(QStringLiteral("manifest")),
                                           shared(QStringLiteral("manifest"))});
        QCOMPARE(twoManifests.exitCode, 2);
        QVERIFY2(twoManifests.err.contains("needs one parts.rst and one steps/manifest"), twoManifests.err.constData());
        QVERIFY(twoManifests.out.isEmpty());
    }

    void driftExitStatus()
    {
        QTemporaryDir dir;
        const QString parts = dir.filePath(QStringLiteral("parts.rst"));
        const QString manifest = dir.filePath(QStringLiteral("manifest"));
        QVERIFY(writeFile(parts, "make 3.82\n=========\n\nGNU make.\n\nbash 2.05b\n==========\n\nThe shell.\n"));
        QVERIFY(writeFile(manifest, "build: make-3.82\nbuild: bash-2.05b\n"));
        const Run same = seedline({QStringLiteral("drift"), parts, manifest});
        QVERIFY2(same.exitCode == 0, same.out.constData());
        QVERIFY(writeFile(manifest, "build: make-3.82\nbuild: bash-5.2.15\n"));
        const Run differs = seedline({QStringLiteral("drift"), manifest, parts});
        QCOMPARE(differs.exitCode, 1);
        QVERIFY(differs.out.contains("5.2.15"));
        const Run unreadable = seedline({QStringLiteral("drift"), parts, dir.filePath(QStringLiteral("none"))});
        QCOMPARE(unreadable.exitCode, 2);
        QVERIFY(unreadable.err.contains("no such file"));
        const Run empty = seedline({QStringLiteral("drift"), parts, QStringLiteral("/dev/null")});
        QCOMPARE(empty.exitCode, 2);
    }

    // Empty or garbage input: the same exit status whatever loader the name picks.
    void badInputHasOneExitStatus_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        const QByteArray garbage = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
        const QByteArray binary("\x7f" "ELF\x02\x01\x01\x00\x00\x00\xff\xfe", 12);
        for (const char *name : {"parts.rst", "manifest", "graph.dot", "x.chain.toml", "noextension"}) {
            QTest::addRow("empty %s", name) << QString::fromLatin1(name) << QByteArray();
            QTest::addRow("blank %s", name) << QString::fromLatin1(name) << QByteArray("\n  \n");
            QTest::addRow("text %s", name) << QString::fromLatin1(name) << garbage;
            QTest::addRow("binary %s", name) << QString::fromLatin1(name) << binary;
        }
    }
    void badInputHasOneExitStatus()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeFile(path, content));
        const Run summary = seedline({QStringLiteral("summary"), path});
        QVERIFY2(summary.exitCode == 2, summary.err.constData());
        QVERIFY2(summary.err.contains(QByteArray(path.toUtf8() + ":")), summary.err.constData());
        QVERIFY2(summary.err.contains("error"), summary.err.constData());
        const Run exported = seedline({QStringLiteral("export"), QStringLiteral("--instant"), QStringLiteral("-o"),
                                       dir.filePath(QStringLiteral("out.svg")), path});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.svg"))));
    }

    void endlessAndSilentInputs()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("parts.rst"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        const QString includesZero = dir.filePath(QStringLiteral("zero.chain.toml"));
        QVERIFY(writeFile(includesZero, "title = \"z\"\ninclude = [\"/dev/zero\"]\n"));
        const QString includesFifo = dir.filePath(QStringLiteral("fifo.chain.toml"));
        QVERIFY(writeFile(includesFifo, "title = \"f\"\ninclude = [\"a.toml\", \"parts.rst\"]\n"));
        QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("a.toml"))).constData(), 0644) == 0);
        const QString includesDir = dir.filePath(QStringLiteral("dir.chain.toml"));
        QVERIFY(writeFile(includesDir, "title = \"d\"\n\ninclude = [ \"/tmp\", { path = \"/proc/self\", optional = true } ]\n"));
        const QString includesText = dir.filePath(QStringLiteral("text.chain.toml"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("passwd")), "root:x:0:0:root:/root:/bin/bash\n"));
        QVERIFY(writeFile(includesText, "title = \"t\"\ninclude = \"passwd\"\n"));

        struct Case
        {
            QStringList arguments;
            QByteArray message;
        };
        const QVector<Case> cases = {
            {{QStringLiteral("/dev/zero")}, "/dev/zero: error: cannot read it: it is a character device"},
            {{QStringLiteral("/dev/urandom")}, "/dev/urandom: error: cannot read it: it is a character device"},
            {{fifo}, "parts.rst: error: cannot read it: it is a FIFO (named pipe) and nothing opened it for writing"},
            {{includesZero}, "zero.chain.toml:2:12: error: cannot include \"/dev/zero\": cannot read it: it is a character device"},
            {{includesFifo}, "fifo.chain.toml:2:12: error: cannot read the included chain file"},
            {{includesFifo}, "fifo.chain.toml:2:22: error: cannot include \"parts.rst\": cannot read it: it is a FIFO"},
            {{includesDir}, "dir.chain.toml:3:13: error: cannot include \"/tmp\": \"/tmp\" is a directory, not a live-bootstrap checkout"},
            {{includesDir}, "dir.chain.toml:3:21: error: cannot include \"/proc/self\""},
            {{includesText}, "text.chain.toml:2:11: error: cannot include \"passwd\": cannot tell what this file is"},
        };
        for (const Case &c : cases) {
            QElapsedTimer timer;
            timer.start();
            const Run run = seedline(QStringList{QStringLiteral("summary")} + c.arguments);
            qInfo("%s: exit %d after %lld ms", qPrintable(c.arguments.join(u' ')), run.exitCode, timer.elapsed());
            QVERIFY2(run.exitCode == 2, run.err.constData());
            QVERIFY2(run.err.contains(c.message), run.err.constData());
        }
    }

    void readsPipes()
    {
        if (!QFileInfo::exists(shared(QStringLiteral("manifest"))))
            QSKIP("../shared/live-bootstrap is missing");
        const Run run = shell(QStringLiteral("\"$SEEDLINE\" summary --json <(cat '%1')").arg(shared(QStringLiteral("manifest"))));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("builds")).toInt(), 170);
        // Endless: stopped at the limit, not after gigabytes.
        const Run endless = shell(QStringLiteral("\"$SEEDLINE\" summary --max-input-size 4M <(cat /dev/zero)"));
        QCOMPARE(endless.exitCode, 2);
        QVERIFY2(endless.err.contains("it sent more than the limit of 4 MB"), endless.err.constData());
    }

    void maxInputSize()
    {
        QTemporaryDir dir;
        const QString manifest = dir.filePath(QStringLiteral("manifest"));
        QByteArray text;
        for (int i = 0; i < 100; ++i)
            text += "build: pkg" + QByteArray::number(i) + "-1.0\n";
        QVERIFY(writeFile(manifest, text));
        const Run small = seedline({QStringLiteral("summary"), QStringLiteral("--max-input-size"), QStringLiteral("1K"), manifest});
        QCOMPARE(small.exitCode, 2);
        QVERIFY2(small.err.contains("more than the limit of 1 KB"), small.err.constData());
        QVERIFY(small.err.contains("--max-input-size"));
        QCOMPARE(seedline({QStringLiteral("summary"), QStringLiteral("--max-input-size"), QStringLiteral("2k"), manifest}).exitCode, 0);
        const Run bad = seedline({QStringLiteral("summary"), QStringLiteral("--max-input-size"), QStringLiteral("lots"), manifest});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--max-input-size expects a size"));
        const Run exported = seedline({QStringLiteral("export"), QStringLiteral("--max-input-size"), QStringLiteral("1K"),
                                       QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg")), manifest});
        QCOMPARE(exported.exitCode, 2);
        const Run drift = seedline({QStringLiteral("drift"), QStringLiteral("--max-input-size"), QStringLiteral("1K"),
                                    manifest, manifest});
        QCOMPARE(drift.exitCode, 2);
        QVERIFY(drift.err.contains("more than the limit of 1 KB"));
    }

    void exportToAFullDisk()
    {
        SeedlineTest::ScratchFs fs(4 * 1024 * 1024);
        if (!fs.isMounted())
            QSKIP(qPrintable(fs.whyNot()));
        for (const char *extension : {"svg", "dot", "pdf"}) {
            const QString out = fs.filePath(QStringLiteral("keep.") + QLatin1String(extension));
            const Run first = seedline({QStringLiteral("export"), QStringLiteral("--instant"), QStringLiteral("-o"), out});
            QVERIFY2(first.exitCode == 0, first.err.constData());
        }
        QVERIFY(fs.fill(8192) > 0);
        for (const char *extension : {"svg", "dot", "pdf"}) {
            const QString out = fs.filePath(QStringLiteral("keep.") + QLatin1String(extension));
            const QByteArray before = digest(out);
            const Run run = seedline({QStringLiteral("export"), QStringLiteral("--instant"), QStringLiteral("--title"),
                                      QStringLiteral("a longer title than before"), QStringLiteral("-o"), out});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QByteArray("seedline export: cannot write " + out.toUtf8() + ": No space left on device")),
                     run.err.constData());
            QVERIFY(!run.err.contains("wrote"));
            QCOMPARE(digest(out), before);
        }
    }

    void exportToADeviceLink()
    {
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("null"));
        QString whyNot;
        if (!SeedlineTest::makeNullDevice(node, &whyNot))
            QSKIP(qPrintable(whyNot));
        const QString link = dir.filePath(QStringLiteral("out.svg"));
        QVERIFY(QFile::link(node, link));
        const Run run = seedline({QStringLiteral("export"), QStringLiteral("--instant"), QStringLiteral("-o"), link});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is a character device, not a regular file"), run.err.constData());
        QVERIFY(SeedlineTest::isCharacterDevice(node));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void helpListsTheExitStatus()
    {
        for (const char *command : {"summary", "drift", "export"}) {
            const Run help = seedline({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains("Exit status"), command);
            QVERIFY2(help.out.contains("  2  trouble"), command);
            QVERIFY2(help.out.contains("--max-input-size"), command);
        }
        QVERIFY(seedline({QStringLiteral("drift"), QStringLiteral("--help")}).out.contains("1  drift found"));
        QVERIFY(seedline({QStringLiteral("--help")}).out.contains("Exit status"));
    }

    void usageErrors()
    {
        QCOMPARE(seedline({QStringLiteral("drift"), QStringLiteral("only-one")}).exitCode, 2);
        QCOMPARE(seedline({QStringLiteral("export"), QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(seedline({QStringLiteral("summary"), QStringLiteral("--no-such-option")}).exitCode, 2);
        const Run unknownTarget = seedline({QStringLiteral("summary"), QStringLiteral("--target"), QStringLiteral("gcc-15.2")});
        QCOMPARE(unknownTarget.exitCode, 2);
        QVERIFY(unknownTarget.err.contains("gcc-15.2.0"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end: runs the real `seedline` executable the way a user does, without a display.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QTest>

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
        QCOMPARE(run.exitCode, 0);
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
        QVERIFY(run.exitCode == 0 || run.exitCode == 1);
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

    void usageErrors()
    {
        QCOMPARE(seedline({QStringLiteral("drift"), QStringLiteral("only-one")}).exitCode, 2);
        const Run unknownTarget = seedline({QStringLiteral("summary"), QStringLiteral("--target"), QStringLiteral("gcc-15.2")});
        QCOMPARE(unknownTarget.exitCode, 1);
        QVERIFY(unknownTarget.err.contains("gcc-15.2.0"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

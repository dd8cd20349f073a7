// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end: `seedline summary --json` lists the tours of the shipped chains and of a teacher's
// own file, and exits 2 on a tour with errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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
    if (!process.waitForFinished(-1))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList tourNames(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &t : QJsonDocument::fromJson(json).object().value(QStringLiteral("tours")).toArray())
        out << t.toObject().value(QStringLiteral("name")).toString();
    return out;
}

} // namespace

class TestToursCli : public QObject
{
    Q_OBJECT

private slots:
    void shippedChains()
    {
        const Run run = seedline({QStringLiteral("summary"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(tourNames(run.out), (QStringList{QStringLiteral("seed-to-gcc-15"), QStringLiteral("rust-every-six-weeks")}));
        const QJsonArray tours = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("tours")).toArray();
        for (const QJsonValue &t : tours) {
            for (const QJsonValue &stop : t.toObject().value(QStringLiteral("stops")).toArray()) {
                QVERIFY(!stop.toObject().value(QStringLiteral("caption")).toString().isEmpty());
                QVERIFY(!stop.toObject().value(QStringLiteral("steps")).toArray().isEmpty());
            }
        }
    }

    void teachersFile()
    {
        const Run run = seedline({QStringLiteral("summary"), QStringLiteral("--json"),
                                  QStringLiteral(SEEDLINE_FIXTURES_DIR "/teaching/my-tour.chain.toml")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(tourNames(run.out), (QStringList{QStringLiteral("seed-to-gcc-15"), QStringLiteral("rust-every-six-weeks"),
                                                  QStringLiteral("python-in-the-bootstrap")}));
    }

    void brokenTour()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.chain.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("include = [\":/chains/seedline.chain.toml\"]\n[[tour]]\nname = \"t\"\n[[tour.stop]]\nsteps = \"gcc-15\"\ncaption = \"c\"\n");
        f.close();
        const Run run = seedline({QStringLiteral("summary"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("broken.chain.toml:5:9: error: unknown step id `gcc-15`, did you mean"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestToursCli)
#include "tst_tours_cli.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/manifestloader.h"
#include "partsrst/drift.h"
#include "partsrst/partsrstloader.h"

#include <QFile>
#include <QTest>

using namespace Seedline;

namespace {

QByteArray readShared(const char *name)
{
    QFile f(QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A parts chain from "kind package version" lines, as the parts.rst loader would give it.
Chain partsChain(const QString &spec)
{
    Chain c;
    int line = 1;
    for (const QString &row : spec.split(u';', Qt::SkipEmptyParts)) {
        const QStringList f = row.trimmed().split(u' ');
        Step s;
        s.kind = stepKindFromName(f.value(0)).value_or(StepKind::Build);
        s.package = f.value(1);
        s.version = f.value(2);
        s.id = makeStepId(s.package, s.version);
        while (c.indexOf(s.id) >= 0)
            s.id += u'+';
        s.origin = {QStringLiteral("parts.rst"), line, line};
        line += 5;
        c.addStep(s);
    }
    return c;
}

QString describe(const QVector<DriftReport::Entry> &entries)
{
    QStringList out;
    for (const DriftReport::Entry &e : entries)
        out << e.package + u':' + e.partsVersion + u'/' + e.manifestVersion;
    return out.join(u' ');
}

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synthetic_data()
    {
        QTest::addColumn<QString>("parts");
        QTest::addColumn<QString>("manifest");
        QTest::addColumn<QString>("mismatches");
        QTest::addColumn<QString>("missingFromParts");
        QTest::addColumn<QString>("missingFromManifest");
        QTest::addRow("same") << "build make 3.82;build tcc 0.9.27" << "build: make-3.82\nbuild: tcc-0.9.27\n" << "" << ""
                              << "";
        QTest::addRow("version differs") << "build xz 5.4.1" << "build: xz-5.6.4\n" << "xz:5.4.1/5.6.4" << "" << "";
        QTest::addRow("second version differs") << "build gzip 1.2.5;build gzip 1.13"
                                                << "build: gzip-1.2.4\nbuild: gzip-1.13\n" << "gzip:1.2.5/1.2.4" << ""
                                                << "";
        QTest::addRow("passes are one occurrence") << "build tcc 0.9.27"
                                                   << "build: tcc-0.9.27\nbuild: tcc-0.9.27\nbuild: tcc-0.9.27\n" << ""
                                                   << "" << "";
        QTest::addRow("glued perl versions") << "build perl 5.004_05" << "build: perl5.004-05\n" << "" << "" << "";
        QTest::addRow("missing both ways") << "build hex0;build make 3.82;build only-parts 1.0"
                                           << "build: make-3.82\nbuild: only-manifest-2.0\n" << ""
                                           << "only-manifest:/2.0" << "only-parts:1.0/";
        QTest::addRow("defines ignored") << "build make 3.82" << "define: X = 1\nbuild: make-3.82\n" << "" << "" << "";
        QTest::addRow("improve by name") << "build make 3.82;improve setup_repo"
                                         << "build: make-3.82\nimprove: setup_repo\nimprove: reconfigure\n" << ""
                                         << "reconfigure:/" << "";
        QTest::addRow("jump is not a build") << "build fiwix 1.5.0" << "build: fiwix-1.5.0\njump: fiwix\n" << "" << "fiwix:/"
                                             << "";
        QTest::addRow("unversioned heading") << "build kexec-fiwix" << "build: kexec-fiwix-1.0\n" << "" << "" << "";
        QTest::addRow("tinycc alias") << "build tinycc 0.9.26" << "build: tcc-0.9.26\n" << "" << "" << "";
    }
    void synthetic()
    {
        QFETCH(QString, parts);
        QFETCH(QString, manifest);
        const LoadResult m = loadManifest(manifest.toUtf8(), QStringLiteral("manifest"));
        const DriftReport r = compareDrift(partsChain(parts), m.chain);
        QTEST(describe(r.versionMismatches), "mismatches");
        QTEST(describe(r.missingFromParts), "missingFromParts");
        QTEST(describe(r.missingFromManifest), "missingFromManifest");
        QCOMPARE(r.isEmpty(), r.versionMismatches.isEmpty() && r.missingFromParts.isEmpty()
                                  && r.missingFromManifest.isEmpty());
    }

    void linesReported()
    {
        const LoadResult m = loadManifest("build: make-3.82\nbuild: xz-5.6.4\n", QStringLiteral("manifest"));
        const DriftReport r = compareDrift(partsChain(QStringLiteral("build make 3.82;build xz 5.4.1")), m.chain);
        QCOMPARE(r.versionMismatches.size(), 1);
        QCOMPARE(r.versionMismatches[0].partsLine, 6);
        QCOMPARE(r.versionMismatches[0].manifestLine, 2);
    }

    void sharedPair_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("partsVersion");
        QTest::addColumn<QString>("manifestVersion");
        QTest::addRow("xz") << "xz" << "5.4.1" << "5.6.4";
        QTest::addRow("openssl") << "openssl" << "3.0.13" << "3.6.0";
        QTest::addRow("gzip typo") << "gzip" << "1.2.5" << "1.2.4";
        QTest::addRow("mpc typo") << "mpc" << "3.2.1" << "1.2.1";
    }
    void sharedPair()
    {
        const QByteArray partsBytes = readShared("parts.rst"), manifestBytes = readShared("manifest");
        if (partsBytes.isEmpty() || manifestBytes.isEmpty())
            QSKIP("../shared/live-bootstrap/parts.rst or manifest is missing");
        const Chain parts = loadPartsRst(partsBytes, QStringLiteral("parts.rst")).chain;
        const Chain manifest = loadManifest(manifestBytes, QStringLiteral("manifest")).chain;
        const DriftReport r = compareDrift(parts, manifest);
        QFETCH(QString, package);
        QFETCH(QString, partsVersion);
        QFETCH(QString, manifestVersion);
        bool found = false;
        for (const DriftReport::Entry &e : r.versionMismatches) {
            if (e.package == package && e.partsVersion == partsVersion) {
                QCOMPARE(e.manifestVersion, manifestVersion);
                QVERIFY(e.partsLine > 0 && e.manifestLine > 0);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(describe(r.versionMismatches)));
        // The seed stages before the manifest are not drift; python agrees on both sides.
        for (const DriftReport::Entry &e : r.missingFromManifest)
            QVERIFY2(e.package != QLatin1String("hex0") && e.package != QLatin1String("bootstrap-seeds"),
                     qPrintable(e.package));
        for (const DriftReport::Entry &e : r.versionMismatches + r.missingFromParts + r.missingFromManifest)
            QVERIFY2(e.package != QLatin1String("python"), qPrintable(describe(r.versionMismatches)));
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedline;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SEEDLINE_FIXTURES_DIR "/window/") + name;
}

bool copyTo(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

QStringList ids(const ChainPtr &chain)
{
    QStringList result;
    if (chain) {
        for (const Step &step : chain->steps)
            result << step.id;
    }
    return result;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void loadsOffThreadAndLaysOut_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("steps");
        QTest::addRow("chain file") << QStringLiteral("small.chain.toml") << 7;
        QTest::addRow("dot") << QStringLiteral("small.dot") << 3;
    }
    void loadsOffThreadAndLaysOut()
    {
        QFETCH(QString, file);
        QFETCH(int, steps);
        Document document;
        QSignalSpy started(&document, &Document::loadStarted);
        QSignalSpy loaded(&document, &Document::loaded);
        QSignalSpy changed(&document, &Document::chainChanged);
        document.open({fixture(file)});
        QCOMPARE(started.count(), 1);
        QVERIFY(document.isLoading());
        QVERIFY(!document.chain()); // nothing yet: the load runs on a worker thread
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!document.isLoading());
        QCOMPARE(document.chain()->steps.size(), steps);
        QVERIFY(!hasErrors(document.diagnostics()));
        QVERIFY(document.isWatching(fixture(file)));
        // The one analysis comes with the chain.
        QVERIFY(document.analysis());
        QCOMPARE(document.analysis()->chain, document.chain());
    }

    void staleLoadIsDropped()
    {
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({fixture(QStringLiteral("small.chain.toml"))});
        document.open({fixture(QStringLiteral("other.chain.toml"))}); // supersedes the first
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(200); // the first load has finished by now too; it must not arrive
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(ids(document.chain()), (QStringList{QStringLiteral("stage0"), QStringLiteral("mes-0.26")}));
    }

    void malformedFileKeepsThePreviousChain()
    {
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        QSignalSpy failed(&document, &Document::failed);
        document.open({fixture(QStringLiteral("small.chain.toml"))});
        QTRY_COMPARE(loaded.count(), 1);
        const ChainPtr before = document.chain();
        document.open({fixture(QStringLiteral("broken.chain.toml"))});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(document.chain(), before);
        QCOMPARE(document.paths(), QStringList{fixture(QStringLiteral("small.chain.toml"))});
        const Diagnostics diagnostics = failed.first().at(0).value<Diagnostics>();
        QVERIFY(hasErrors(diagnostics));
        QVERIFY(diagnostics.first().file.endsWith(QLatin1String("broken.chain.toml")));
        QVERIFY(diagnostics.first().line > 0);
        QVERIFY(hasErrors(document.diagnostics()));
        // Kept apart from the chain shown: stale until a load succeeds.
        QCOMPARE(document.failedLoad().paths, QStringList{fixture(QStringLiteral("broken.chain.toml"))});
        QVERIFY(!document.failedLoad().reload);
        QVERIFY(document.failedLoad().at.isValid());
        QCOMPARE(document.failedLoad().diagnostics, diagnostics);
        QVERIFY(!hasErrors(document.shownDiagnostics()));
        document.open({fixture(QStringLiteral("small.chain.toml"))});
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(document.failedLoad().isEmpty());
        QVERIFY(!hasErrors(document.diagnostics()));
    }

    void missingFileOnFirstOpenFails()
    {
        Document document;
        QSignalSpy failed(&document, &Document::failed);
        document.open({fixture(QStringLiteral("does-not-exist.chain.toml"))});
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(hasErrors(document.diagnostics()));
        QVERIFY(!document.chain() || document.chain()->steps.isEmpty());
    }

    void scenarioAndCollapseRederive()
    {
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({fixture(QStringLiteral("small.chain.toml"))});
        QTRY_COMPARE(loaded.count(), 1);
        const ChainPtr plain = document.chain();
        QCOMPARE(plain->scenarios.size(), 1);
        QVERIFY(document.enabledScenarios().isEmpty());
        auto scenarioEdges = [](const Chain &chain) {
            return std::count_if(chain.requirements.begin(), chain.requirements.end(),
                                 [](const Requirement &r) { return r.kind == RequirementKind::Scenario; });
        };
        QCOMPARE(scenarioEdges(*plain), 0);
        QSignalSpy changed(&document, &Document::chainChanged);
        QSignalSpy reloads(&document, &Document::loadStarted);
        document.setScenarioEnabled(QStringLiteral("python-requires-rust"), true);
        QTRY_COMPARE(changed.count(), 1); // derived off the GUI thread, no reload
        QCOMPARE(reloads.count(), 0);
        QCOMPARE(scenarioEdges(*document.chain()), 1);
        QCOMPARE(scenarioEdges(*document.loadedChain()), 0);
        QVERIFY(document.analysis()->scenario.has_value());
        QCOMPARE(document.analysis()->chain, document.chain());
        document.setScenarioEnabled(QStringLiteral("python-requires-rust"), false);
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(scenarioEdges(*document.chain()), 0);
        QVERIFY(!document.analysis()->scenario.has_value());
    }

    void configChangeReloads()
    {
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({fixture(QStringLiteral("config.manifest"))});
        QTRY_COMPARE(loaded.count(), 1);
        const ChainPtr before = document.chain();
        const int fiwix = before->indexOf(QStringLiteral("fiwix-1.5.0"));
        if (fiwix < 0)
            QSKIP("the manifest loader does not name the step fiwix-1.5.0 yet");
        QVERIFY(before->steps[fiwix].excluded);
        document.setConfigValue(QStringLiteral("BUILD_KERNELS"), QStringLiteral("True"));
        QVERIFY(document.isLoading());
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(!document.chain()->steps[document.chain()->indexOf(QStringLiteral("fiwix-1.5.0"))].excluded);
        QCOMPARE(document.config().value(QStringLiteral("BUILD_KERNELS")), QStringLiteral("True"));
    }

    void reloadsWhenTheFileChanges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("watched.chain.toml"));
        QVERIFY(copyTo(fixture(QStringLiteral("other.chain.toml")), path));
        Document document;
        document.setReloadDelay(50);
        QSignalSpy loaded(&document, &Document::loaded);
        QSignalSpy changedOnDisk(&document, &Document::fileChangedOnDisk);
        document.open({path});
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(document.chain()->steps.size(), 2);
        QVERIFY(copyTo(fixture(QStringLiteral("small.chain.toml")), path));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QVERIFY(!changedOnDisk.isEmpty());
        QCOMPARE(document.chain()->steps.size(), 7);
        // A broken save keeps what is shown, and the file is still watched.
        QSignalSpy failed(&document, &Document::failed);
        QVERIFY(copyTo(fixture(QStringLiteral("broken.chain.toml")), path));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(document.chain()->steps.size(), 7);
        QVERIFY(document.isWatching(path));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "highlight/highlight.h"
#include "analysis/projection.h"
#include "document/documentlayout.h"

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
        QSignalSpy ready(document.layout(), &DocumentLayout::ready);
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
        QTRY_VERIFY(!ready.isEmpty() && ready.last().at(0).toBool());
        QCOMPARE(document.layout()->chain(), document.chain());
        QCOMPARE(document.layout()->result().nodes.size(), steps);
        QVERIFY(document.layout()->result().ok);
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
        QCOMPARE(scenarioEdges(*document.derivedChain()), 1);
        QCOMPARE(scenarioEdges(*document.loadedChain()), 0);
        QVERIFY(document.analysis()->scenario.has_value());
        QCOMPARE(document.analysis()->chain, document.derivedChain());
        document.setScenarioEnabled(QStringLiteral("python-requires-rust"), false);
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(scenarioEdges(*document.chain()), 0);
        QVERIFY(!document.analysis()->scenario.has_value());
    }

    void collapsingIsAProjection()
    {
        // The final GCC needs Python; bash is built by the first GCC. Collapsed, the three GCCs
        // are one node and the three Pythons another: no answer may change.
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({fixture(QStringLiteral("series-leak.chain.toml"))});
        QTRY_COMPARE(loaded.count(), 1);
        const AnalysisPtr plain = document.analysis();
        const int bash = plain->chain->indexOf(QStringLiteral("bash-5.2.15"));
        QVERIFY(bash >= 0);
        QVERIFY(!plain->stepRequires(bash, QStringLiteral("python")));
        QSignalSpy changed(&document, &Document::chainChanged);
        document.setCollapsed(true);
        QTRY_COMPARE(changed.count(), 1);
        // gcc×3, python×3 and rust×3 are folded: 12 steps, 3 series of 3 -> 6 shown nodes.
        QCOMPARE(document.projection()->groups.size(), 3);
        QCOMPARE(document.chain()->steps.size(), plain->chain->steps.size() - 6);
        // The analysis is still of the real chain, and says the same.
        QCOMPARE(document.analysis()->chain->steps.size(), plain->chain->steps.size());
        for (const QString &family : {QStringLiteral("python"), QStringLiteral("rust")})
            QCOMPARE(document.analysis()->family(family)->steps, plain->family(family)->steps);
        QVERIFY(!document.analysis()->stepRequires(bash, QStringLiteral("python")));
        // Member ids name their node; the node of the final GCC needs Python, bash does not.
        const int gccNode = document.shownStepOf(plain->chain->indexOf(QStringLiteral("gcc-15.2.0")));
        QCOMPARE(gccNode, document.projection()->shownIndexOf(QStringLiteral("gcc-4.0.4")));
        QCOMPARE(document.chain()->steps[gccNode].id, QString(QStringLiteral("gcc") + QChar(0x00D7) + u'3'));
        const int bashNode = document.shownStepOf(bash);
        QCOMPARE(document.chain()->steps[bashNode].id, QStringLiteral("bash-5.2.15"));
        const HighlightResult h = computeHighlight(*document.analysis(), *document.projection(), {});
        QVERIFY(h.steps[gccNode].requiredFamilies.contains(QStringLiteral("python")));
        QVERIFY(h.steps[bashNode].requiredFamilies.isEmpty());
        QCOMPARE(h.steps[bashNode].role, StepRole::Plain);
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

    void cancelStopsTheLayout()
    {
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({fixture(QStringLiteral("small.chain.toml"))});
        QTRY_COMPARE(loaded.count(), 1);
        DocumentLayout *layout = document.layout();
        QTRY_VERIFY(!layout->isRunning());
        QSignalSpy cancelled(layout, &DocumentLayout::cancelled);
        QSignalSpy started(layout, &DocumentLayout::started);
        DocumentLayout::Settings settings = layout->settings();
        settings.rankDir = LayoutGraph::LeftToRight; // a new layout, not in the cache
        layout->setSettings(settings);
        QCOMPARE(started.count(), 1);
        QVERIFY(layout->isRunning());
        layout->cancel();
        // Either the cancel reached the Graphviz child, or the tiny layout was already done.
        QSignalSpy ready(layout, &DocumentLayout::ready);
        QTRY_VERIFY(!layout->isRunning());
        QCOMPARE(cancelled.count() + ready.count() >= 1, true);
        if (!cancelled.isEmpty())
            QVERIFY(ready.isEmpty() || !ready.last().at(0).toBool());
    }

    void layoutIsCached()
    {
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({fixture(QStringLiteral("small.chain.toml"))});
        QTRY_COMPARE(loaded.count(), 1);
        DocumentLayout *layout = document.layout();
        QTRY_VERIFY(layout->hasResult() && layout->isFinal());
        QCOMPARE(layout->cacheSize(), 1);
        DocumentLayout::Settings settings = layout->settings();
        settings.rankDir = LayoutGraph::LeftToRight;
        layout->setSettings(settings);
        QTRY_VERIFY(!layout->isRunning());
        QCOMPARE(layout->cacheSize(), 2);
        // Back to top-to-bottom: served from the cache at once, without starting a job.
        QSignalSpy started(layout, &DocumentLayout::started);
        QSignalSpy ready(layout, &DocumentLayout::ready);
        settings.rankDir = LayoutGraph::TopToBottom;
        layout->setSettings(settings);
        QCOMPARE(started.count(), 0);
        QCOMPARE(ready.count(), 1);
        QVERIFY(!layout->isRunning());
    }

    void bigGraphShowsTheInstantLayoutFirst()
    {
        Chain chain;
        for (int i = 0; i < 400; ++i) {
            Step step;
            step.id = QStringLiteral("s%1").arg(i);
            chain.addStep(step);
            if (i > 0)
                chain.addRequirement(Requirement{i, i - 1, RequirementKind::Declared, {}, {}});
        }
        DocumentLayout layout;
        QSignalSpy ready(&layout, &DocumentLayout::ready);
        layout.setChain(std::make_shared<const Chain>(chain));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.last().at(0).toBool(), 60000);
        QVERIFY(!ready.first().at(0).toBool()); // the instant one came first
        QCOMPARE(layout.result().nodes.size(), 400);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

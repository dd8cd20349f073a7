// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Teaching mode in the window: the Play dock steps forward and back (buttons and keys), scrubs,
// plays a tour, lights the current step and fades the rest, and its environment panel agrees with
// live-bootstrap's manifest (../shared, skipped when absent): the tools present are the included
// builds so far minus what `uninstall:` removed. Presentation mode (F11) hides the docks and shows
// the caption as a title. With SEEDLINE_SCREENSHOT_DIR set (run under xvfb-run), it also saves the
// screenshots of docs/teaching.md.
#include "document/document.h"
#include "graph/graphview.h"
#include "io/inputs.h"
#include "scene/scenebuilder.h"
#include "teaching/playpanel.h"
#include "teaching/presentation.h"
#include "teaching/tourplayback.h"
#include "window/configpanel.h"
#include "window/mainwindow.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace Seedline;

namespace {

QString manifestPath()
{
    return QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/manifest");
}

bool waitForDrawing(MainWindow &window, QSignalSpy &shown)
{
    return QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().at(0).toBool(); }, 60000)
        && QTest::qWaitFor([&] { return !window.sceneBuilder()->isRunning(); }, 60000);
}

bool openAndWait(MainWindow &window, const QStringList &paths)
{
    window.configPanel()->overviewCheckBox()->setChecked(false);
    QSignalSpy shown(&window, &MainWindow::graphShown);
    if (paths.isEmpty())
        window.openEmbeddedDefault();
    else
        window.openFiles(paths);
    return waitForDrawing(window, shown);
}

void showPlayDock(MainWindow &window)
{
    // The keys are window shortcuts: they need the active window (xcb under xvfb-run too).
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.playPanel()->dock()->show();
    window.playPanel()->dock()->raise();
    QTRY_VERIFY(window.playPanel()->dock()->isVisible());
}

// The shown step of a real step.
int shown(const MainWindow &window, int real)
{
    return window.viewProjection() ? window.viewProjection()->nodeOf.value(real, -1) : -1;
}

// Independently of the teaching model: the packages present after `upTo` (a real step), read
// straight from the chain: every included build installs its package; `uninstall: DIR...` removes
// the builds of DIR (every pass); a package is present while one of its builds is.
QStringList packagesPresent(const Chain &chain, int upTo)
{
    QMap<QString, QSet<QString>> builds; // package -> build directories ("python-2.0.1") installed
    for (int i = 0; i <= upTo; ++i) {
        const Step &s = chain.steps[i];
        if (s.excluded)
            continue;
        if (s.isBuild())
            builds[s.package].insert(splitPassSuffix(s.id).first);
        if (s.kind == StepKind::Uninstall)
            for (const QString &removed : s.details->removes)
                for (auto it = builds.begin(); it != builds.end(); ++it)
                    it.value().remove(removed);
    }
    QStringList out;
    for (auto it = builds.cbegin(); it != builds.cend(); ++it)
        if (!it.value().isEmpty())
            out << it.key();
    out.sort();
    return out;
}

int buildsUpTo(const Chain &chain, int upTo)
{
    int n = 0;
    for (int i = 0; i <= upTo; ++i)
        n += chain.steps[i].isBuild() && !chain.steps[i].excluded;
    return n;
}

QStringList panelPackages(const PlayPanel *panel)
{
    QStringList out;
    for (int i = 0; i < panel->toolsList()->count(); ++i)
        out << panel->toolsList()->item(i)->text().section(u' ', 0, 0);
    out.sort();
    return out;
}

void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("SEEDLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(400); // the view's animated moves
    QVERIFY(window->grab().save(dir + u'/' + name));
}

} // namespace

class TestWindowPlay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stepsAndScrubsTheManifest()
    {
        if (!QFile::exists(manifestPath()))
            QSKIP("../shared/live-bootstrap/manifest is absent");
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(openAndWait(window, { manifestPath() }));
        showPlayDock(window);
        PlayPanel *panel = window.playPanel();
        const Chain &chain = *window.document()->chain();
        QCOMPARE(panel->mode(), 0);
        QVERIFY(panel->count() > 150);
        QCOMPARE(panel->position(), 0);

        // Right moves on, Left back, End and Home to the ends: keys of the window.
        QTest::keyClick(window.graphView(), Qt::Key_Right);
        QCOMPARE(panel->position(), 1);
        QTest::keyClick(window.graphView(), Qt::Key_Right);
        QTest::keyClick(window.graphView(), Qt::Key_Left);
        QCOMPARE(panel->position(), 1);
        QTest::keyClick(window.graphView(), Qt::Key_End);
        QCOMPARE(panel->position(), panel->count() - 1);
        QTest::keyClick(window.graphView(), Qt::Key_Home);
        QCOMPARE(panel->position(), 0);

        // Scrub to python-3.11.1: the slider moves the panel, the step is lit, the rest faded.
        const int python = chain.indexOf(QStringLiteral("python-3.11.1"));
        QVERIFY(python >= 0);
        const int position = panel->playback().positionOf(python);
        panel->slider()->setValue(position);
        QCOMPARE(panel->position(), position);
        QCOMPARE(panel->currentStep(), python);
        QCOMPARE(panel->titleLabel()->text(), stepDisplayLabel(chain.steps[python]));
        const HighlightResult &h = window.graphView()->highlight();
        QCOMPARE(h.selected, shown(window, python));
        QVERIFY(!h.steps[shown(window, python)].dimmed);
        QVERIFY(h.steps[shown(window, python)].selected);
        const int hex0 = shown(window, 0);
        QVERIFY(!panel->litSteps().contains(0));
        QVERIFY(h.steps[hex0].dimmed);

        // The environment panel against the manifest: the packages, the builds so far.
        QCOMPARE(panelPackages(panel), packagesPresent(chain, python));
        QCOMPARE(panel->countersLabel()->text().section(u' ', 0, 0).toInt(), buildsUpTo(chain, python));
        QVERIFY2(panel->kernelLabel()->text().contains(QLatin1String("Linux")),
            qPrintable(panel->kernelLabel()->text()));
        saveScreenshot(&window, QStringLiteral("teaching-play-dock.png"));

        // Every tenth frame agrees with the manifest too, and the uninstall's frame says what went.
        bool sawUninstall = false;
        for (int p = 0; p < panel->count(); p += 10) {
            panel->setPosition(p);
            const int step = panel->playback().frames[p].step;
            QCOMPARE(panelPackages(panel), packagesPresent(chain, step));
        }
        for (int p = 0; p < panel->count(); ++p) {
            const PlaybackFrame &f = panel->playback().frames[p];
            if (chain.steps[f.step].kind == StepKind::Uninstall
                && chain.steps[f.step].details->removes.contains(QStringLiteral("python-2.0.1"))) {
                panel->setPosition(p);
                QVERIFY(panel->removedLabel()->isVisibleTo(panel));
                QVERIFY2(panel->removedLabel()->text().contains(QLatin1String("python-2.0.1")),
                    qPrintable(panel->removedLabel()->text()));
                sawUninstall = true;
            }
        }
        QVERIFY(sawUninstall);
        // A kernel jump is marked.
        const int fiwix = panel->playback().positionOf(chain.indexOf(QStringLiteral("jump-fiwix")));
        if (fiwix >= 0) {
            panel->setPosition(fiwix);
            QVERIFY2(panel->kernelLabel()->text().contains(QLatin1String("jump")),
                qPrintable(panel->kernelLabel()->text()));
        }

        // Space plays and pauses; + and - change the speed (the interval, not waited for).
        panel->goHome();
        QTest::keyClick(window.graphView(), Qt::Key_Space);
        QVERIFY(panel->isPlaying());
        const int interval = panel->intervalMs();
        QTest::keyClick(window.graphView(), Qt::Key_Plus);
        QCOMPARE(panel->intervalMs(), interval / 2);
        QTest::keyClick(window.graphView(), Qt::Key_Minus);
        QCOMPARE(panel->intervalMs(), interval);
        panel->tick();
        QCOMPARE(panel->position(), 1);
        QTest::keyClick(window.graphView(), Qt::Key_Space);
        QVERIFY(!panel->isPlaying());
    }

    void firstsMarked()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, {}));
        showPlayDock(window);
        PlayPanel *panel = window.playPanel();
        const Chain &chain = *window.document()->chain();
        const int gcc = chain.indexOf(QStringLiteral("gcc-15.2.0"));
        QVERIFY(gcc >= 0);
        panel->setPosition(panel->playback().positionOf(gcc));
        QVERIFY2(panel->firstsLabel()->text().contains(QLatin1String("Python")),
            qPrintable(panel->firstsLabel()->text()));
        panel->setPosition(panel->playback().positionOf(gcc) - 1);
        QVERIFY(!panel->firstsLabel()->text().contains(QLatin1String("gcc-15.2.0")));
    }

    void playsATourAndPresents()
    {
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(openAndWait(window, {}));
        showPlayDock(window);
        PlayPanel *panel = window.playPanel();
        QVERIFY(!panel->selectTour(QStringLiteral("no-such-tour")));
        QVERIFY(panel->selectTour(QStringLiteral("seed-to-gcc-15")));
        const Tour *tour = findTour(*window.document()->loadedChain(), QStringLiteral("seed-to-gcc-15"));
        QVERIFY(tour);
        QCOMPARE(panel->count(), tour->stops.size());
        QCOMPARE(panel->titleLabel()->text(), tour->stops[0].caption);
        // The stop's steps are lit, the others faded.
        const QVector<int> stop0 = resolveTourStop(*window.document()->chain(), tour->stops[0]);
        QVERIFY(!stop0.isEmpty());
        QCOMPARE(panel->litSteps(), stop0);
        const HighlightResult &h = window.graphView()->highlight();
        for (int s : stop0)
            QVERIFY(!h.steps[shown(window, s)].dimmed);
        const int last = window.document()->chain()->steps.size() - 1;
        if (!stop0.contains(last))
            QVERIFY(h.steps[shown(window, last)].dimmed);

        QTest::keyClick(window.graphView(), Qt::Key_Right);
        QCOMPARE(panel->position(), 1);
        QCOMPARE(panel->titleLabel()->text(), tour->stops[1].caption);

        // Presentation: F11 hides the docks, puts the caption up as a title; F11 again restores.
        QTest::keyClick(window.graphView(), Qt::Key_F11);
        Presentation *presentation = panel->presentation();
        QVERIFY(presentation->isActive());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(!panel->dock()->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isVisible());
        QVERIFY(presentation->header()->isVisible());
        QCOMPARE(presentation->titleLabel()->text(), tour->stops[1].caption);
        QCOMPARE(presentation->progressLine()->position(), 1);
        QCOMPARE(presentation->progressLine()->count(), tour->stops.size());
        // The keys still work with the dock hidden.
        QTest::keyClick(window.graphView(), Qt::Key_Right);
        QCOMPARE(presentation->titleLabel()->text(), tour->stops[2].caption);
        QVERIFY(presentation->titleLabel()->font().pixelSize() >= 24); // large type, also for a long caption
        saveScreenshot(&window, QStringLiteral("teaching-tour-stop.png"));
        QTest::keyClick(window.graphView(), Qt::Key_F11);
        QVERIFY(!presentation->isActive());
        QVERIFY(!presentation->header()->isVisible());
        QTRY_VERIFY(panel->dock()->isVisible());
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    }

    void tourSwitchesItsWhatIfs()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, {}));
        showPlayDock(window);
        PlayPanel *panel = window.playPanel();
        QVERIFY(panel->selectTour(QStringLiteral("rust-every-six-weeks")));
        int withWhatIf = -1;
        for (int i = 0; i < panel->tourPlayback().size() && withWhatIf < 0; ++i)
            if (!panel->tourPlayback().frames[i].scenarios.isEmpty())
                withWhatIf = i;
        if (withWhatIf < 0)
            QSKIP("the shipped Rust tour has no stop with a what-if");
        const QStringList names = panel->tourPlayback().frames[withWhatIf].scenarios;
        QSignalSpy drawn(&window, &MainWindow::graphShown);
        panel->setPosition(withWhatIf);
        QCOMPARE(window.document()->enabledScenarios(), QSet<QString>(names.cbegin(), names.cend()));
        QVERIFY(waitForDrawing(window, drawn));
        // The stop's steps are lit on the chain with the what-if drawn.
        QVERIFY(!panel->litSteps().isEmpty());
        for (int s : panel->litSteps())
            QVERIFY(!window.graphView()->highlight().steps[shown(window, s)].dimmed);
        // Back to build order: the what-ifs that were on before the tour (none).
        panel->setMode(0);
        QVERIFY(window.document()->enabledScenarios().isEmpty());
    }

    void presentsTheManifest()
    {
        if (!QFile::exists(manifestPath()))
            QSKIP("../shared/live-bootstrap/manifest is absent");
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(openAndWait(window, { manifestPath() }));
        showPlayDock(window);
        PlayPanel *panel = window.playPanel();
        panel->setPosition(panel->playback().positionOf(
            window.document()->chain()->indexOf(QStringLiteral("python-3.11.1"))));
        panel->presentAction()->trigger();
        QVERIFY(panel->presentation()->isActive());
        QCOMPARE(panel->presentation()->titleLabel()->text(), QStringLiteral("python-3.11.1"));
        saveScreenshot(&window, QStringLiteral("teaching-presentation.png"));
        QTest::keyClick(window.graphView(), Qt::Key_Escape);
        QVERIFY(!panel->presentation()->isActive());
    }
};

QTEST_MAIN(TestWindowPlay)
#include "tst_window_play.moc"

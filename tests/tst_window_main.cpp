// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "scene/scenebuilder.h"
#include "graph/graphview.h"
#include "graph/graphscene.h"
#include "itemmodels/diagnosticsmodel.h"
#include "itemmodels/stepfilterproxymodel.h"
#include "itemmodels/steptablemodel.h"
#include "window/configpanel.h"
#include "window/findbar.h"
#include "window/inspectorwidget.h"
#include "window/mainwindow.h"
#include "window/recentfiles.h"
#include "window/scenariopanel.h"
#include "window/stepspanel.h"
#include "scene/scenemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedline;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SEEDLINE_FIXTURES_DIR "/window/") + name;
}

// Opens files and waits for the final drawing. Most tests look at single steps, so the overview
// (runs of look-alike steps folded) is off unless asked for.
bool openAndWait(MainWindow &window, const QStringList &paths, bool overview = false)
{
    QSignalSpy shown(&window, &MainWindow::graphShown);
    const auto drawn = [&] {
        return QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().at(0).toBool(); }, 30000)
            && QTest::qWaitFor([&] { return !window.sceneBuilder()->isRunning(); }, 30000);
    };
    if (paths.isEmpty())
        window.openEmbeddedDefault();
    else
        window.openFiles(paths);
    if (!drawn())
        return false;
    // Opening restores the input's remembered view (the overview by default): then the test's.
    if (window.configPanel()->overviewCheckBox()->isChecked() == overview)
        return true;
    shown.clear();
    window.configPanel()->overviewCheckBox()->setChecked(overview);
    return drawn();
}

// Where an id is drawn: its own node, or the folded node that holds it.
int viewIndex(const MainWindow &window, const QString &id)
{
    return window.viewProjection() ? window.viewProjection()->shownIndexOf(id) : -1;
}

QStringList idsOf(const MainWindow &window, const QVector<int> &indices)
{
    QStringList ids;
    for (int i : indices)
        ids << window.graphView()->chain()->steps[i].id;
    ids.sort();
    return ids;
}

void drop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

} // namespace

class TestWindowMain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeedlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window_main"));
        QSettings().clear();
    }

    void selectingATableRowInspectsAndHighlights_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("inspectorHas");
        QTest::addColumn<QStringList>("highlighted");
        QTest::addRow("meson") << QStringLiteral("meson-1.3.0")
                               << QStringList{QStringLiteral("meson-1.3.0"), QStringLiteral("steps/meson-1.3.0/pass1.sh:12"),
                                              QStringLiteral("python3 setup.py build"), QStringLiteral("Why it needs Python")}
                               << QStringList{QStringLiteral("gcc-13.2.0"), QStringLiteral("hex0"), QStringLiteral("meson-1.3.0"),
                                              QStringLiteral("perl-5.36.0"), QStringLiteral("python-3.11.1"),
                                              QStringLiteral("tcc-0.9.27")};
        QTest::addRow("rust") << QStringLiteral("rust-1.74.0")
                              << QStringList{QStringLiteral("rust-1.74.0"), QStringLiteral("tcc-0.9.27")}
                              << QStringList{QStringLiteral("hex0"), QStringLiteral("rust-1.74.0"), QStringLiteral("tcc-0.9.27")};
    }
    void selectingATableRowInspectsAndHighlights()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, inspectorHas);
        QFETCH(QStringList, highlighted);
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        QVERIFY(window.graphView()->chain());
        QCOMPARE(window.graphView()->chain()->steps.size(), 7);

        StepsPanel *steps = window.stepsPanel();
        QTableView *table = steps->tableView();
        const int row = steps->model()->rowOfStep(window.document()->chain()->indexOf(id));
        const QModelIndex proxyIndex = steps->proxy()->mapFromSource(steps->model()->index(row, 0));
        QVERIFY(proxyIndex.isValid());
        table->setCurrentIndex(proxyIndex);

        QCOMPARE(window.selectedStepId(), id);
        QCOMPARE(window.graphView()->selectedStep(), viewIndex(window, id));
        QCOMPARE(window.highlight().selected, viewIndex(window, id));
        const QString text = window.inspector()->plainText();
        for (const QString &expected : inspectorHas)
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QCOMPARE(idsOf(window, window.highlight().highlightedSteps()), highlighted);

        // Clicking the background clears the selection.
        Q_EMIT window.graphView()->backgroundClicked();
        QCOMPARE(window.selectedStep(), -1);
        QCOMPARE(window.highlight().selected, -1);
    }

    void togglingAFamily()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        const auto pythonMembers = [&window] {
            return window.highlight().stepsWithRole(StepRole::FamilyMember, QStringLiteral("python"));
        };
        const auto pythonRequirers = [&window] {
            return window.highlight().stepsWithRole(StepRole::RequiresFamily, QStringLiteral("python"));
        };
        QCOMPARE(idsOf(window, pythonMembers()), QStringList{QStringLiteral("python-3.11.1")});
        QCOMPARE(idsOf(window, pythonRequirers()),
                 (QStringList{QStringLiteral("gcc-13.2.0"), QStringLiteral("meson-1.3.0"), QStringLiteral("perl-5.36.0")}));
        QCheckBox *python = window.configPanel()->familyCheckBox(QStringLiteral("python"));
        QVERIFY(python);
        python->setChecked(false);
        QVERIFY(pythonMembers().isEmpty());
        QVERIFY(pythonRequirers().isEmpty());
        QVERIFY(!window.highlight().stepsWithRole(StepRole::FamilyMember, QStringLiteral("rust")).isEmpty());
        python->setChecked(true);
        QCOMPARE(pythonMembers().size(), 1);
    }

    void hidingAnEdgeKind()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        const Chain &chain = *window.graphView()->chain();
        auto hiddenObserved = [&] {
            int hidden = 0;
            for (int e = 0; e < chain.requirements.size(); ++e)
                hidden += chain.requirements[e].kind == RequirementKind::Observed && window.highlight().edges[e].hidden;
            return hidden;
        };
        QCOMPARE(hiddenObserved(), 0);
        window.configPanel()->edgeKindCheckBox(RequirementKind::Observed)->setChecked(false);
        QCOMPARE(hiddenObserved(), 2);
    }

    void findMovesTheSelection()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.findBar()->isVisible());
        QLineEdit *edit = window.findBar()->lineEdit();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("cc-")); // tcc-0.9.27, gcc-13.2.0
        QCOMPARE(window.selectedStepId(), QStringLiteral("tcc-0.9.27"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(window.selectedStepId(), QStringLiteral("gcc-13.2.0"));
        QTest::keyClick(edit, Qt::Key_F3);
        QCOMPARE(window.selectedStepId(), QStringLiteral("tcc-0.9.27")); // wraps around
        QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(window.selectedStepId(), QStringLiteral("gcc-13.2.0"));
        // Regular expressions.
        window.findBar()->regexCheckBox()->setChecked(true);
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("^(hex|perl)"));
        QCOMPARE(window.findBar()->matches().size(), 2);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(window.selectedStepId() == QLatin1String("hex0") || window.selectedStepId() == QLatin1String("perl-5.36.0"));
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!window.findBar()->isVisible());
    }

    void whyPath()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        const Chain &chain = *window.document()->chain();
        window.showWhy(chain.indexOf(QStringLiteral("gcc-13.2.0")), chain.indexOf(QStringLiteral("python-3.11.1")));
        QCOMPARE(window.highlight().witnessPath.size(), 2); // gcc -> meson -> python
        window.showWhy(-1, -1);
        QVERIFY(window.highlight().witnessPath.isEmpty());
    }

    void scenarioMarksWhatItChanged()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("series-leak.chain.toml"))}));
        QVERIFY(!window.scenarioPanel()->hasScenario());
        const auto styleOf = [&window](const QString &id) { return window.highlight().steps.value(viewIndex(window, id)); };
        QCOMPARE(styleOf(QStringLiteral("gcc-15.2.0")).requiredFamilies, QStringList{QStringLiteral("python")});
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.document()->setScenarioEnabled(QStringLiteral("cpython-requires-rust"), true);
        QTRY_VERIFY(!shown.isEmpty());
        QTRY_VERIFY(window.scenarioPanel()->hasScenario());
        // Both families on the final GCC, Rust marked as new; bash still needs neither.
        const StepStyle gcc = styleOf(QStringLiteral("gcc-15.2.0"));
        QCOMPARE(gcc.requiredFamilies, (QStringList{QStringLiteral("python"), QStringLiteral("rust")}));
        QCOMPARE(gcc.newlyRequiredFamilies, QStringList{QStringLiteral("rust")});
        QCOMPARE(gcc.marks.size(), 2);
        QVERIFY(gcc.marks[1].newly);
        QCOMPARE(gcc.marks[1].badge, QStringLiteral("+Rs"));
        QVERIFY(styleOf(QStringLiteral("bash-5.2.15")).requiredFamilies.isEmpty());
        const bool legendSaysNew = std::any_of(window.highlight().legend.begin(), window.highlight().legend.end(),
                                               [](const LegendEntry &e) { return e.cssClass == QLatin1String("newly-requires-rust"); });
        QVERIFY(legendSaysNew);
        // The panel says what the command line says.
        const QString text = window.scenarioPanel()->plainText();
        // python-3.11.1, gcc-15.2.0, zlib-1.3 and rust-1.74.0 (through the new cycle).
        QVERIFY2(text.contains(QStringLiteral("Newly need Rust (4)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("gcc-15.2.0")));
        QVERIFY(text.contains(QStringLiteral("New cycles (1)")));
        // Clicking a step there selects it.
        Q_EMIT window.scenarioPanel()->stepActivated(QStringLiteral("zlib-1.3"));
        QCOMPARE(window.selectedStepId(), QStringLiteral("zlib-1.3"));
    }

    void collapsedSelectionKeepsMemberIds()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("series-leak.chain.toml"))}));
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.configPanel()->collapseCheckBox()->setChecked(true);
        QTRY_VERIFY(!shown.isEmpty());
        QTRY_VERIFY(window.graphView()->chain()->indexOf(QStringLiteral("gcc-15.2.0")) < 0);
        // A member id selects the folded node; the Inspector shows the member itself.
        window.selectStepId(QStringLiteral("gcc-15.2.0"));
        const QString gccNode = QStringLiteral("gcc") + QChar(0x00D7) + u'3';
        QCOMPARE(window.highlight().selected, viewIndex(window, gccNode));
        QVERIFY(window.inspector()->plainText().contains(QStringLiteral("Why it needs Python")));
        QVERIFY(window.inspector()->plainText().startsWith(QStringLiteral("gcc-15.2.0")));
        // bash, built by the first GCC, needs the folded GCC node but not Python.
        window.selectStepId(QStringLiteral("bash-5.2.15"));
        const HighlightResult &h = window.highlight();
        QVERIFY(h.needed.test(viewIndex(window, gccNode)));
        QVERIFY(!h.needed.test(viewIndex(window, QStringLiteral("python") + QChar(0x00D7) + u'3')));
        QVERIFY(!window.inspector()->plainText().contains(QStringLiteral("Why it needs Python")));
        // The table lists every real step, also the members.
        QCOMPARE(window.stepsPanel()->model()->rowCount(), 12);
    }

    void navigationLands()
    {
        // Find, the why-path and a table selection bring their result into view.
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {}));           // the shipped chains, every step on its own
        GraphView *view = window.graphView();
        auto visible = [&](const QString &id) { return view->isStepVisible(viewIndex(window, id)); };
        auto awayFrom = [&](const QString &id) {
            view->setZoom(3);
            view->centerOn(viewIndex(window, id));
            QVERIFY(!visible(QStringLiteral("python-2.0.1")));
        };
        awayFrom(QStringLiteral("Git 3.0"));
        // Find.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(window.findBar()->lineEdit(), QStringLiteral("python-2.0.1"));
        QCOMPARE(window.selectedStepId(), QStringLiteral("python-2.0.1"));
        QTRY_VERIFY(!view->isNavigating());
        QVERIFY(visible(QStringLiteral("python-2.0.1")));
        QTest::keyClick(window.findBar()->lineEdit(), Qt::Key_Escape);
        // The table.
        view->setZoom(3);
        view->centerOn(viewIndex(window, QStringLiteral("python-2.0.1")));
        window.stepsPanel()->setCurrentStep(-1);
        StepsPanel *steps = window.stepsPanel();
        const int row = steps->model()->rowOfStep(window.document()->chain()->indexOf(QStringLiteral("rust-1.98.0")));
        steps->tableView()->setCurrentIndex(steps->proxy()->mapFromSource(steps->model()->index(row, 0)));
        QCOMPARE(window.selectedStepId(), QStringLiteral("rust-1.98.0"));
        QTRY_VERIFY(!view->isNavigating());
        QVERIFY(visible(QStringLiteral("rust-1.98.0")));
        // Why does meson need Python? Every step of the path in view.
        view->setZoom(3);
        view->centerOn(viewIndex(window, QStringLiteral("hex0")));
        const Chain &chain = *window.document()->chain();
        window.showWhy(chain.indexOf(QStringLiteral("meson")), chain.indexOf(QStringLiteral("python-2.0.1")));
        QTRY_VERIFY(!window.highlight().witnessPath.isEmpty());
        QTRY_VERIFY(!view->isNavigating());
        for (int e : window.highlight().witnessPath) {
            const Requirement &r = chain.requirements[e];
            QVERIFY2(visible(chain.steps[r.from].id), qPrintable(chain.steps[r.from].id));
            QVERIFY2(visible(chain.steps[r.to].id), qPrintable(chain.steps[r.to].id));
        }
    }

    void focusLaysOutAndFitsThePart()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {}));
        const QRectF whole = window.graphView()->sceneModel().graphRect;
        window.selectStepId(QStringLiteral("meson"), false);
        window.configPanel()->findChild<QComboBox *>(QStringLiteral("selectionDirection"))->setCurrentIndex(1);
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.action(QStringLiteral("actionFocus"))->trigger();
        QTRY_VERIFY(!shown.isEmpty());
        QTRY_VERIFY(!window.sceneBuilder()->isRunning() && !window.graphView()->isNavigating());
        const SceneModel &m = window.graphView()->sceneModel();
        QVERIFY(m.graphRect.width() * m.graphRect.height() < 0.2 * whole.width() * whole.height());
        // Fitted: the focused part fills the view.
        const QRectF visible = window.graphView()->visibleSceneRect();
        QVERIFY(visible.contains(m.graphRect));
        QVERIFY(visible.width() < 2.5 * m.graphRect.width() || visible.height() < 2.5 * m.graphRect.height());
    }

    void overviewIsTheFirstView()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {}, true));
        const auto projection = window.viewProjection();
        QVERIFY(!projection->groups.isEmpty());
        // The final GCC, the Pythons and Meson are on screen, with labels readable.
        for (const QString &id : {QStringLiteral("gcc-15.2.0"), QStringLiteral("python-3.11.1"), QStringLiteral("meson"),
                                  QStringLiteral("rust-1.90.0")}) {
            const int node = projection->shownIndexOf(id);
            QVERIFY2(!projection->groupAt(node), qPrintable(id));
            QVERIFY2(window.graphView()->isStepVisible(node), qPrintable(id));
        }
        QVERIFY(window.graphView()->zoom() * labelPixelSize >= 7.0);
        // A folded node opens with a double-click (here: its activation).
        const int run = projection->shownIndexOf(QStringLiteral("grub-2.06"));
        QVERIFY(projection->groupAt(run));
        QSignalSpy shown(&window, &MainWindow::graphShown);
        Q_EMIT window.graphView()->stepActivated(run);
        QTRY_VERIFY(!shown.isEmpty());
        QTRY_VERIFY(!window.sceneBuilder()->isRunning());
        QVERIFY(!window.viewProjection()->groupAt(window.viewProjection()->shownIndexOf(QStringLiteral("grub-2.06"))));
    }

    void dropOpensAFolder()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        QSignalSpy loaded(window.document(), &Document::loaded);
        drop(&window, {QStringLiteral(SEEDLINE_FIXTURES_DIR "/checkout-mini")});
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(window.document()->chain()->steps.size() > 3);
        QVERIFY(window.action(QStringLiteral("actionOpenFolder")));
        QCOMPARE(window.action(QStringLiteral("actionOpenFolder"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    }

    void dropOpensFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("steps");
        QTest::addRow("one") << QStringList{QStringLiteral("other.chain.toml")} << 2;
        QTest::addRow("two at once") << QStringList{QStringLiteral("small.chain.toml"), QStringLiteral("other.chain.toml")} << 9;
    }
    void dropOpensFiles()
    {
        QFETCH(QStringList, files);
        QFETCH(int, steps);
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.dot"))}));
        QStringList paths;
        for (const QString &file : files)
            paths << fixture(file);
        QSignalSpy loaded(window.document(), &Document::loaded);
        drop(&window, paths);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(window.document()->paths(), paths);
        QCOMPARE(window.document()->chain()->steps.size(), steps);
        QTRY_COMPARE(window.sceneBuilder()->plan().analysis, window.document()->analysis());
    }

    void malformedFileKeepsTheGraph()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        const ChainPtr shown = window.graphView()->chain();
        QSignalSpy failed(window.document(), &Document::failed);
        window.openFiles({fixture(QStringLiteral("broken.chain.toml"))});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(window.graphView()->chain(), shown);
        QVERIFY(window.diagnosticsModel()->errorCount() > 0);
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("diagnosticsDock"))->isVisible()
                || !window.isVisible());
    }

    void exportWritesWhatIsShown()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.svg"));
        QString error;
        QVERIFY2(window.exportTo(file, &error), qPrintable(error));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray bytes = svg.readAll();
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("meson-1.3.0"));
    }

    // The proposal diagram from the window alone: the scenario, the panel's button, File > Export.
    void storyFromTheScenarioPanelExportsTheStory()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {}, true));
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.document()->setScenarioEnabled(QStringLiteral("cpython-requires-rust"), true);
        // The what-if's analysis is done, and the picture of it drawn, before the story is asked for.
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isDeriving() && window.scenarioPanel()->hasScenario(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.sceneBuilder()->isRunning(), 30000);
        QPushButton *button = nullptr;
        for (QPushButton *b : window.scenarioPanel()->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Story")))
                button = b;
        QVERIFY(button);
        shown.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionStoryView"))->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toBool(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.sceneBuilder()->isRunning() && !window.document()->isDeriving(), 30000);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("story.svg"));
        QString error;
        QVERIFY2(window.exportTo(file, &error), qPrintable(error));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        const int steps = int(text.count(QStringLiteral("<g id=\"step-")));
        QVERIFY2(steps > 5 && steps <= 40 , qPrintable(QString::number(steps)));
        QVERIFY(text.contains(QStringLiteral("id=\"step-gcc-15.2.0\"")));
        QVERIFY(!text.contains(QStringLiteral("id=\"step-bash-5.2.15\""))); // needs neither family
        QVERIFY(text.contains(QStringLiteral("of them because of the what-if")));
        QVERIFY(text.contains(QStringLiteral("<g id=\"sources\">")));
        // Unticking the story draws the chain again, and Export writes that.
        window.findChild<QAction *>(QStringLiteral("actionStoryView"))->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(!window.sceneBuilder()->isRunning() && window.viewProjection()
                                     && window.viewProjection()->shownIndexOf(QStringLiteral("bash-5.2.15")) >= 0,
                                 30000);
    }

    void settingsRoundTrip()
    {
        QSettings().clear();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
            window.findChild<QDockWidget *>(QStringLiteral("diagnosticsDock"))->hide();
            window.configPanel()->setRankDir(LayoutGraph::LeftToRight);
            window.resize(1111, 777);
            window.close(); // saves
        }
        QVERIFY(!QSettings().value(QStringLiteral("window/state")).toByteArray().isEmpty());
        MainWindow again;
        again.restoreSettings();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1111, 777));
        // The direction is remembered per input: it comes back with the file.
        QSignalSpy shown(&again, &MainWindow::graphShown);
        again.openFiles({fixture(QStringLiteral("small.chain.toml"))});
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("diagnosticsDock"))->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("stepsDock"))->isVisible());
        QCOMPARE(again.configPanel()->rankDir(), LayoutGraph::LeftToRight);
        const QList<QStringList> recent = again.recentFiles()->entries();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first(), QStringList{fixture(QStringLiteral("small.chain.toml"))});
    }

    void recentFilesAreCappedAndDeduplicated()
    {
        QSettings().clear();
        RecentFiles recent(nullptr);
        for (int i = 0; i < RecentFiles::maximum + 3; ++i)
            recent.add({QStringLiteral("/tmp/f%1.dot").arg(i)});
        recent.add({QStringLiteral("/tmp/f5.dot")});
        const QList<QStringList> entries = recent.entries();
        QCOMPARE(entries.size(), RecentFiles::maximum);
        QCOMPARE(entries.first(), QStringList{QStringLiteral("/tmp/f5.dot")});
        QCOMPARE(entries.count(QStringList{QStringLiteral("/tmp/f5.dot")}), 1);
    }
};

QTEST_MAIN(TestWindowMain)
#include "tst_window_main.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "configpanel.h"
#include "findbar.h"
#include "growthpanel.h"
#include "guidebrowser.h"
#include "inspectorwidget.h"
#include "recentfiles.h"
#include "scenariopanel.h"
#include "shortcutsdialog.h"
#include "stalediagnostics.h"
#include "statusarea.h"
#include "stepspanel.h"
#include "whydialog.h"
#include "windowactions.h"
#include "windowtheme.h"

#include "document/document.h"
#include "document/selection.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "highlight/palette.h"
#include "itemmodels/diagnosticsmodel.h"
#include "itemmodels/scenariomodel.h"
#include "scene/scenebuilder.h"
#include "teaching/playpanel.h"
#include "source/sourcepane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Seedline {

namespace {
constexpr int maximumStoryToFrame = 300;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_builder(new SceneBuilder(this))
    , m_view(new GraphView)
    , m_diagnostics(new DiagnosticsModel(this))
    , m_selection(new Selection(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_view->setParent(central);
    m_view->setObjectName(QStringLiteral("graphView"));
    m_findBar = new FindBar(central);
    m_findBar->hide();
    centralLayout->addWidget(m_view, 1);
    centralLayout->addWidget(m_findBar);
    setCentralWidget(central);

    m_status = new StatusArea(statusBar(), this);
    m_actions = new WindowActions(this);
    createDocks();
    connectActions();
    connectDocument();
    connectBuilder();
    m_play = new PlayPanel(this); // adds its dock and the F11 action
    m_actions->panelsMenu()->addAction(m_play->dock()->toggleViewAction());
    connectSourcePane();
    m_theme = resolveTheme(m_themeChoice);
    updateTitle();
    updateStatus();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // The docks are deleted with the QWidget base, after this destructor: their visibility signals
    // must not reach a panel that calls back into a MainWindow that is no longer one.
    if (m_play)
        m_play->dock()->disconnect(m_play);
    if (m_sourceDock)
        m_sourceDock->disconnect();
}

void MainWindow::createDocks()
{
    auto addDock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    m_inspector = new InspectorWidget(this);
    QDockWidget *inspectorDock = addDock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_scenarioPanel = new ScenarioPanel(this);
    m_scenarioDock = addDock(tr("What-if"), QStringLiteral("scenarioDock"), m_scenarioPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, m_scenarioDock);
    inspectorDock->raise();
    m_config = new ConfigPanel(this);
    QDockWidget *configDock = addDock(tr("Configuration and Scenarios"), QStringLiteral("configDock"), m_config,
                                      Qt::LeftDockWidgetArea);
    m_steps = new StepsPanel(this);
    QDockWidget *stepsDock = addDock(tr("Steps"), QStringLiteral("stepsDock"), m_steps, Qt::BottomDockWidgetArea);
    m_diagnosticsView = new QListView(this);
    m_diagnosticsView->setObjectName(QStringLiteral("diagnosticsView"));
    m_diagnosticsView->setModel(m_diagnostics);
    m_diagnosticsView->setWordWrap(true);
    m_diagnosticsView->setAlternatingRowColors(true);
    m_diagnosticsDock = addDock(tr("Diagnostics"), QStringLiteral("diagnosticsDock"), m_diagnosticsView,
                                Qt::BottomDockWidgetArea);
    tabifyDockWidget(stepsDock, m_diagnosticsDock);
    stepsDock->raise();
    // How Rust grows (View ▸ How Rust Grows): hidden until asked for; it follows the document.
    auto *growth = new GrowthPanel(this);
    growth->setDocument(m_document);
    QDockWidget *growthDock = addDock(tr("How Rust Grows"), QStringLiteral("growthDock"), growth, Qt::BottomDockWidgetArea);
    tabifyDockWidget(stepsDock, growthDock); // the width of the window when it is shown
    growthDock->hide();
    stepsDock->raise();
    createSourceDock();
    // The graph gets the room: narrow side panels, a low table.
    resizeDocks({inspectorDock, configDock}, {320, 240}, Qt::Horizontal);
    resizeDocks({stepsDock}, {130}, Qt::Vertical);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_actions->panelsMenu()->addAction(dock->toggleViewAction());

    connect(m_diagnosticsView, &QListView::activated, this, &MainWindow::activateDiagnostic);
    connect(m_diagnosticsView, &QListView::clicked, this, &MainWindow::activateDiagnostic);
    connect(m_steps, &StepsPanel::stepSelected, this, [this](int index) { selectStep(index, true); });
    connect(m_inspector, &InspectorWidget::stepLinkActivated, this, [this](const QString &id) { selectStepId(id, true); });
    connect(m_scenarioPanel, &ScenarioPanel::stepActivated, this, [this](const QString &id) { selectStepId(id, true); });
    connect(m_findBar, &FindBar::stepFound, this, [this](int index) { selectStep(index, true); });
    connect(m_findBar, &FindBar::closed, m_view, qOverload<>(&QWidget::setFocus));
    connect(m_view, &GraphView::stepClicked, this, [this](int viewIndex) {
        const ChainPtr shown = m_view->chain();
        if (shown && viewIndex >= 0 && viewIndex < shown->steps.size())
            selectStepId(shown->steps[viewIndex].id, false);
    });
    connect(m_view, &GraphView::stepActivated, this, &MainWindow::activateViewStep);
    connect(m_view, &GraphView::backgroundClicked, this, [this] { selectStepId({}, false); });
    connect(m_view, &GraphView::bandActivated, this, [this](int band) {
        const SceneModel &m = m_view->sceneModel();
        if (band >= 0 && band < m.bands.size())
            foldStage(m.bands[band].id);
    });
    connect(m_view, &GraphView::stepContextMenu, this, &MainWindow::showStepMenu);

    connect(m_config, &ConfigPanel::configValueChanged, m_document, &Document::setConfigValue);
    connect(m_config, &ConfigPanel::scenariosChanged, m_document, &Document::setEnabledScenarios);
    connect(m_config, &ConfigPanel::foldingChanged, this, &MainWindow::requestView);
    connect(m_config, &ConfigPanel::unfoldAllRequested, this, &MainWindow::unfoldAll);
    connect(m_config, &ConfigPanel::highlightOptionsChanged, this, &MainWindow::requestView);
    connect(m_config, &ConfigPanel::rankDirChanged, this, [this] {
        m_fitOnNextScene = true;
        requestView();
    });
    connect(m_selection, &Selection::whyChanged, this, &MainWindow::requestView);
}

void MainWindow::connectActions()
{
    auto on = [this](const char *name, auto slot) { connect(action(QLatin1String(name)), &QAction::triggered, this, slot); };
    on("actionOpen", &MainWindow::openDialog);
    on("actionOpenFolder", &MainWindow::openFolderDialog);
    on("actionOpenDefault", &MainWindow::openEmbeddedDefault);
    on("actionReload", [this] { m_document->reload(); });
    on("actionExport", [this] { exportDialog(false); });
    on("actionExportVisible", [this] { exportDialog(true); });
    on("actionQuit", [this] { close(); });
    on("actionZoomIn", [this] { m_view->zoomIn(); });
    on("actionZoomOut", [this] { m_view->zoomOut(); });
    on("actionFit", [this] { m_view->fitAll(true); });
    on("actionStory", [this] { m_view->reveal(m_view->storySteps()); });
    on("actionFind", [this] { m_findBar->activate(); });
    on("actionFindNext", [this] { m_findBar->findNext(); });
    on("actionFindPrevious", [this] { m_findBar->findPrevious(); });
    on("actionWhy", &MainWindow::whyDialog);
    on("actionClearWhy", [this] { showWhy(-1, -1); });
    on("actionUnfoldAll", &MainWindow::unfoldAll);
    on("actionAbout", &MainWindow::showAbout);
    on("actionUserGuide", [this] { GuideBrowser::showFor(this); });
    on("actionShortcuts", [this] { ShortcutsDialog::showFor(this); });
    on("actionAboutQt", [] { QApplication::aboutQt(); });
    on("actionResetView", &MainWindow::resetView);
    on("actionThemeSystem", [this] { setThemeChoice(ThemeChoice::System); });
    on("actionThemeLight", [this] { setThemeChoice(ThemeChoice::Light); });
    on("actionThemeDark", [this] { setThemeChoice(ThemeChoice::Dark); });
    on("actionGrowth", [this] {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("growthDock"));
        if (!dock->isVisible()) {
            dock->show();
            resizeDocks({dock}, {height() / 2}, Qt::Vertical);
        }
        dock->raise();
        dock->widget()->setFocus();
    });
    QAction *focus = action(QStringLiteral("actionFocus"));
    connect(focus, &QAction::toggled, this, [this](bool on) {
        m_fitOnNextScene = true; // the focused part is laid out on its own: frame it
        m_config->setFocusMode(on);
    });
    connect(m_config, &ConfigPanel::highlightOptionsChanged, focus, [this, focus] {
        const QSignalBlocker blocker(focus);
        focus->setChecked(m_config->focusMode());
    });
    connect(action(QStringLiteral("actionStoryView")), &QAction::toggled, this, [this] {
        m_fitOnNextScene = true;
        requestView();
    });
    connect(action(QStringLiteral("actionReverseDot")), &QAction::toggled, this, [this](bool on) {
        LoadOptions options = m_document->loadOptions();
        options.reverseDotEdges = on;
        m_fitOnNextScene = true;
        m_document->setLoadOptions(options);
    });
    connect(m_scenarioPanel, &ScenarioPanel::storyRequested, this, [this] { action(QStringLiteral("actionStoryView"))->setChecked(true); });
    connect(action(QStringLiteral("actionLegend")), &QAction::toggled, m_view, &GraphView::setLegendVisible);
    connect(action(QStringLiteral("actionMinimap")), &QAction::toggled, m_view, &GraphView::setMinimapVisible);
    m_recent = new RecentFiles(m_actions->recentMenu(), this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFiles);
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::loadStarted, this, [this](const QStringList &paths) {
        m_status->showMessage(paths.isEmpty() ? tr("Loading the shipped chains…")
                                              : tr("Loading %1…").arg(QFileInfo(paths.value(0)).fileName()),
                              0);
    });
    connect(m_document, &Document::loaded, this, [this] {
        m_status->showMessage(tr("Loaded"), 3000);
        if (!m_document->isEmbeddedDefault())
            m_recent->add(m_document->paths());
        m_config->setChain(m_document->loadedChain(), m_document->config(), m_document->enabledScenarios());
        restoreInputView(); // what was set for this input last time
        requestView(); // the panel's defaults for this chain (edge kinds shown)
        updateTitle();
    });
    connect(m_document, &Document::failed, this, [this](const Diagnostics &diagnostics) {
        int errors = 0;
        for (const Diagnostic &d : diagnostics)
            errors += d.severity == Severity::Error ? 1 : 0;
        m_status->showMessage(m_document->hasChain() && !m_document->chain()->steps.isEmpty()
                                  ? tr("Could not load: %n error(s); the previous chain is still shown", nullptr, errors)
                                  : tr("Could not load: %n error(s), see Diagnostics", nullptr, errors),
                              10000);
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
        m_config->setChain(m_document->loadedChain(), m_document->config(), m_document->enabledScenarios());
        if (m_document->hasChain() && m_inputKey.isEmpty()) // the previous input is still shown
            m_inputKey = AppSettings::inputKey(m_document->paths());
    });
    connect(m_document, &Document::diagnosticsChanged, this,
            [this] { showDocumentDiagnostics(*m_diagnostics, *m_document); });
    connect(m_document, &Document::fileChangedOnDisk, this, [this](const QString &path) {
        m_status->showMessage(tr("%1 changed on disk: reloading").arg(QFileInfo(path).fileName()), 3000);
    });
    connect(m_document, &Document::chainChanged, this, &MainWindow::onChainChanged);
}

void MainWindow::connectBuilder()
{
    connect(m_builder, &SceneBuilder::started, this, [this](int steps, int edges) {
        m_status->showBusy(tr("Drawing %1 steps, %2 requirements…").arg(steps).arg(edges));
    });
    connect(m_builder, &SceneBuilder::progress, this, [this](qint64 ms) {
        m_status->showBusy(tr("Laying out… %1 s").arg(double(ms) / 1000.0, 0, 'f', 1));
    });
    connect(m_builder, &SceneBuilder::sceneReady, this, &MainWindow::onSceneReady);
    connect(m_builder, &SceneBuilder::styleReady, this, [this] {
        m_view->setHighlight(m_builder->scene().highlight);
        if (!m_builder->scene().highlight.note.isEmpty())
            m_status->showMessage(m_builder->scene().highlight.note, 8000);
    });
    connect(m_builder, &SceneBuilder::cancelled, this, [this] {
        m_status->hideBusy();
        m_status->showMessage(tr("Layout cancelled; the previous drawing stays"), 5000);
        updateStatus();
    });
    connect(m_builder, &SceneBuilder::failed, this, [this](const QString &message) {
        m_status->hideBusy();
        m_diagnostics->append({Diagnostic{QString(), 0, 0, Severity::Warning, tr("layout: %1").arg(message)}});
        m_status->showMessage(tr("Layout failed: %1").arg(message), 8000);
        updateStatus();
    });
    connect(m_status, &StatusArea::cancelRequested, m_builder, &SceneBuilder::cancel);
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    saveInputView();
    m_inputKey.clear(); // the new input's view is restored once it is loaded
    m_fitOnNextScene = true;
    m_layoutAspect = 0;
    m_selection->clearWhy();
    m_fold.stages.clear();
    m_fold.expanded.clear();
    m_document->open(paths);
}

void MainWindow::openEmbeddedDefault()
{
    saveInputView();
    m_inputKey.clear(); // the new input's view is restored once it is loaded
    m_fitOnNextScene = true;
    m_layoutAspect = 0;
    m_fold.stages.clear();
    m_fold.expanded.clear();
    m_document->openEmbeddedDefault();
}

void MainWindow::onChainChanged()
{
    const AnalysisPtr analysis = m_document->analysis();
    m_steps->setAnalysis(analysis);
    m_findBar->setChain(m_document->chain());
    m_scenarioPanel->setAnalysis(analysis, viewOptions().highlight.families);
    if (analysis && analysis->scenario) {
        m_scenarioDock->show();
        m_scenarioDock->raise();
    }
    // Scenarios switched on from elsewhere (the command line, a test) show as ticked.
    if (m_config->scenarioModel()->enabledNames() != m_document->enabledScenarios() && m_document->loadedChain())
        m_config->scenarioModel()->setScenarios(m_document->loadedChain()->scenarios, m_document->enabledScenarios());
    m_builder->setAnalysis(analysis);
    requestView();
    updateStatus();
    updateTitle();
}

ViewOptions MainWindow::viewOptions() const
{
    ViewOptions o;
    m_config->applyTo(o.highlight);
    m_config->applyTo(o.fold);
    o.fold.stages = m_fold.stages;
    o.fold.expanded = m_fold.expanded;
    o.rankDir = m_config->rankDir();
    if (m_layoutAspect > 0)
        o.layout.aspectRatio = m_layoutAspect;
    o.selectedId = m_selection->id();
    o.whyFromId = m_selection->whyFrom();
    o.whyToId = m_selection->whyTo();
    const ChainPtr chain = m_document->chain();
    o.highlight.title = chain ? chain->title : QString();
    o.story = action(QStringLiteral("actionStoryView"))->isChecked();
    o.highlight.theme = m_theme;
    return o;
}

void MainWindow::requestView()
{
    // The bootstrap layout takes the shape the view had when the chain was first shown, and keeps
    // it: a resize or a click never lays the chain out again.
    if (m_layoutAspect <= 0) {
        const QSize viewport = m_view->viewport()->size();
        if (m_view->isVisible() && viewport.width() > 100 && viewport.height() > 100)
            m_layoutAspect = std::clamp(std::round(10.0 * viewport.width() / viewport.height()) / 10.0, 0.5, 3.0);
    }
    const ViewOptions options = viewOptions();
    m_inspector->setFamilies(options.highlight.families);
    m_scenarioPanel->setFamilies(options.highlight.families);
    m_builder->setOptions(options);
}

void MainWindow::onSceneReady(bool final)
{
    if (final)
        m_status->hideBusy();
    const bool first = m_fitOnNextScene;
    m_view->setSceneModel(m_builder->scene(), !first);
    // A selection that is neither a step of the chain nor a node of this drawing is gone.
    if (!m_selection->isEmpty() && viewIndexOf(m_selection->id()) < 0 && realIndexOf(m_selection->id()) < 0) {
        m_selection->clear();
        requestView();
    }
    m_inspector->setAnalysis(m_document->analysis(), m_builder->plan().projection);
    if (first) {
        m_view->fitAll(false);
        // The overview fits a screen; when its labels would still be too small to read, frame
        // what tells the story instead.
        if (m_view->zoom() * labelPixelSize < 8.0) {
            // Unless the story is itself thousands of steps (a whole distribution): then the
            // whole picture, with the family steps tagged, is the better first view.
            const QVector<int> story = m_view->storySteps();
            if (story.size() <= maximumStoryToFrame)
                m_view->reveal(story, false);
        }
        if (final)
            m_fitOnNextScene = false;
    }
    onSelectionChanged(m_revealSelectionOnScene);
    m_revealSelectionOnScene = false;
    updateStatus();
    Q_EMIT graphShown(final);
}

const HighlightResult &MainWindow::highlight() const
{
    return m_view->highlight();
}

std::shared_ptr<const ChainProjection> MainWindow::viewProjection() const
{
    return m_builder->scene().projection;
}

void MainWindow::selectStep(int realIndex, bool reveal)
{
    const ChainPtr chain = m_document->chain();
    if (!chain || realIndex < 0 || realIndex >= chain->steps.size())
        selectStepId({}, reveal);
    else
        selectStepId(chain->steps[realIndex].id, reveal);
}

void MainWindow::selectStepId(const QString &id, bool reveal)
{
    m_selection->setId(id);
    onSelectionChanged(reveal);
    if (viewOptions() != m_builder->options()) {
        // The styles follow at once for a small chain; a relayout (focus mode) reveals on arrival.
        m_revealSelectionOnScene = reveal && m_config->focusMode();
        requestView();
    }
}

void MainWindow::onSelectionChanged(bool reveal)
{
    const auto projection = viewProjection();
    const Selection::Resolved at = projection ? m_selection->resolve(*projection) : Selection::Resolved();
    m_inspector->setStep(at.shown, at.real);
    m_steps->setCurrentStep(realIndexOf(m_selection->id()));
    m_findBar->setCurrentStep(realIndexOf(m_selection->id()));
    m_view->selectStep(at.shown);
    if (reveal && at.shown >= 0)
        m_view->reveal({at.shown});
}

int MainWindow::selectedStep() const
{
    return realIndexOf(m_selection->id());
}

QString MainWindow::selectedStepId() const
{
    return m_selection->id();
}

void MainWindow::showWhy(int from, int to)
{
    const ChainPtr chain = m_document->chain();
    const bool valid = chain && from >= 0 && to >= 0 && from < chain->steps.size() && to < chain->steps.size();
    m_selection->setWhy(valid ? chain->steps[from].id : QString(), valid ? chain->steps[to].id : QString());
    requestView();
    if (!valid)
        return;
    // Bring the path into view once its styles are there.
    const auto bring = [this] {
        const HighlightResult &h = m_view->highlight();
        if (h.witnessPath.isEmpty()) {
            m_status->showMessage(h.note.isEmpty() ? tr("%1 does not need %2 over the followed edge kinds")
                                                         .arg(m_selection->whyFrom(), m_selection->whyTo())
                                                   : h.note,
                                  8000);
            return;
        }
        QVector<int> steps;
        for (int i = 0; i < h.steps.size(); ++i)
            if (h.steps[i].onWitnessPath)
                steps.append(i);
        m_view->reveal(steps);
    };
    if (!m_builder->isRunning()) {
        bring();
        return;
    }
    // Once the styles (or a new drawing) are there, whichever comes first.
    auto done = std::make_shared<bool>(false);
    auto once = [done, bring] {
        if (!*done) {
            *done = true;
            bring();
        }
    };
    connect(m_builder, &SceneBuilder::styleReady, this, once, Qt::SingleShotConnection);
    connect(this, &MainWindow::graphShown, this, once, Qt::SingleShotConnection);
}

void MainWindow::foldStage(const QString &stageId)
{
    m_fold.expanded.remove(stageId);
    m_fold.stages.insert(stageId);
    requestView();
}

void MainWindow::unfold(const QString &groupId)
{
    m_fold.stages.remove(groupId);
    m_fold.expanded.insert(groupId);
    requestView();
}

void MainWindow::unfoldAll()
{
    m_fold.stages.clear();
    m_config->setFolding(false, false);
    requestView();
}

void MainWindow::activateViewStep(int viewIndex)
{
    const auto projection = viewProjection();
    const ChainPtr shown = m_view->chain();
    if (!projection || !shown || viewIndex < 0 || viewIndex >= shown->steps.size())
        return;
    if (const FoldGroup *group = projection->groupAt(viewIndex)) {
        // Double-click opens a folded node where it is.
        m_selection->setId(shown->steps[viewIndex].id);
        unfold(group->id);
        return;
    }
    selectStepId(shown->steps[viewIndex].id, true);
}

void MainWindow::showStepMenu(int viewIndex, const QPoint &globalPos)
{
    const auto projection = viewProjection();
    const ChainPtr shown = m_view->chain();
    QMenu menu(this);
    if (projection && shown && viewIndex >= 0 && viewIndex < shown->steps.size()) {
        const QString id = shown->steps[viewIndex].id;
        if (const FoldGroup *group = projection->groupAt(viewIndex)) {
            const QString groupId = group->id;
            menu.addAction(tr("Open %1").arg(shown->steps[viewIndex].label), this, [this, groupId] { unfold(groupId); });
        }
        // The stage it is in, to fold.
        for (const SceneModel::Band &band : m_view->sceneModel().bands) {
            if (band.steps.contains(viewIndex)) {
                const QString stageId = band.id;
                menu.addAction(tr("Fold the Stage \"%1\"").arg(band.title), this, [this, stageId] { foldStage(stageId); });
                break;
            }
        }
        menu.addSeparator();
        const int real = realIndexOf(id);
        const ChainPtr chain = m_document->chain();
        for (const QString &family : viewOptions().highlight.families) {
            const AnalysisPtr a = m_document->analysis();
            if (!a || real < 0 || !a->stepRequires(real, family) || !a->family(family))
                continue;
            const QVector<int> edges = a->family(family)->witness(real).edges;
            if (edges.isEmpty())
                continue;
            const int target = chain->requirements[edges.last()].to;
            menu.addAction(tr("Why Does It Need %1?").arg(Palette::familyDisplayName(family)), this,
                           [this, real, target] { showWhy(real, target); });
        }
        menu.addAction(action(QStringLiteral("actionFocus")));
    }
    menu.addAction(action(QStringLiteral("actionUnfoldAll")));
    menu.addAction(action(QStringLiteral("actionFit")));
    menu.exec(globalPos);
}

int MainWindow::viewIndexOf(const QString &id) const
{
    const auto projection = viewProjection();
    return projection && !id.isEmpty() ? Selection::resolve(*projection, id).shown : -1;
}

int MainWindow::realIndexOf(const QString &id) const
{
    const ChainPtr chain = m_document->chain();
    return chain && !id.isEmpty() ? chain->indexOf(id) : -1;
}

void MainWindow::updateTitle()
{
    QString name;
    if (m_document->isEmbeddedDefault()) {
        name = tr("Shipped chains");
    } else {
        QStringList names;
        for (const QString &path : m_document->paths())
            names << QFileInfo(path).fileName();
        name = names.join(QStringLiteral(", "));
    }
    const ChainPtr chain = m_document->chain();
    if (chain && !chain->title.isEmpty() && !m_document->isEmbeddedDefault())
        name = chain->title + QStringLiteral(" \u2014 ") + name;
    setWindowTitle(name);
}

void MainWindow::updateStatus()
{
    const ChainPtr chain = m_document->chain();
    if (!chain) {
        m_status->setChainText(tr("No chain loaded"));
    } else {
        QString text = tr("%1 steps (%2 builds), %3 requirements")
                           .arg(chain->steps.size())
                           .arg(chain->buildCount())
                           .arg(chain->requirements.size());
        const auto projection = viewProjection();
        if (projection && !projection->isIdentity())
            text += tr(", %1 shown (folded)").arg(projection->shown.steps.size());
        if (!m_document->enabledScenarios().isEmpty())
            text += tr(", what-if: %1").arg(QStringList(m_document->enabledScenarios().begin(),
                                                        m_document->enabledScenarios().end()).join(QStringLiteral(", ")));
        m_status->setChainText(text);
    }
    if (!m_builder->hasScene()) {
        m_status->setLayoutText({});
        return;
    }
    const LayoutResult &result = m_builder->layout();
    const QString text = m_builder->isFinal()
        ? tr("Layout: %1, %2 s").arg(result.engine).arg(double(result.elapsedMs) / 1000.0, 0, 'f', 2)
        : tr("Layout: instant preview (%1) while Graphviz works").arg(result.engine);
    m_status->setLayoutText(text, (result.notes + m_builder->plan().notes).join(u'\n'));
}

void MainWindow::openDialog()
{
    const QString dir = m_document->paths().isEmpty() ? QString() : QFileInfo(m_document->paths().front()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Chains"), dir,
        tr("Bootstrap inputs (*.chain.toml *.toml *.dot *.gv *.rst manifest);;Seedline chain files (*.chain.toml *.toml);;"
           "Graphviz DOT (*.dot *.gv);;live-bootstrap parts.rst (*.rst);;All files (*)"));
    openFiles(paths);
}

void MainWindow::openFolderDialog()
{
    const QString start = m_document->paths().isEmpty() ? QString() : QFileInfo(m_document->paths().front()).absolutePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a live-bootstrap Checkout"), start);
    if (!dir.isEmpty())
        openFiles({dir});
}

void MainWindow::exportDialog(bool visibleOnly)
{
    AppSettings settings;
    const QString last = settings.lastExport(QStringLiteral("export/lastFile"), QStringLiteral("seedline.svg"));
    QString selectedFilter;
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export the Graph"), last,
        tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf);;Graphviz DOT (*.dot);;Mermaid flowchart (*.mmd)"),
        &selectedFilter);
    if (fileName.isEmpty())
        return;
    settings.setLastExport(QStringLiteral("export/lastFile"), fileName);
    QString error;
    if (exportTo(fileName, &error, visibleOnly))
        m_status->showMessage(tr("Exported %1").arg(QFileInfo(fileName).fileName()), 5000);
    else
        QMessageBox::warning(this, tr("Export failed"), tr("Could not export %1:\n%2").arg(fileName, error));
}

void MainWindow::whyDialog()
{
    const ChainPtr chain = m_document->chain();
    if (!chain)
        return;
    const int from = realIndexOf(m_selection->whyFrom());
    WhyDialog dialog(*chain, from >= 0 ? from : selectedStep(), realIndexOf(m_selection->whyTo()), this);
    if (dialog.exec() == QDialog::Accepted)
        showWhy(dialog.fromStep(), dialog.toStep());
}

void MainWindow::showAbout()
{
    AboutDialog::showFor(this);
}

void MainWindow::activateDiagnostic(const QModelIndex &index)
{
    const Diagnostic d = m_diagnostics->diagnostic(index.row());
    const ChainPtr chain = m_document->chain();
    if (!chain || d.file.isEmpty())
        return;
    // Select the step declared closest before the diagnostic's line in the same file.
    int best = -1;
    for (int i = 0; i < chain->steps.size(); ++i) {
        const SourceRange &origin = chain->steps[i].origin;
        if (origin.file == d.file && origin.line <= d.line
            && (best < 0 || origin.line > chain->steps[best].origin.line))
            best = i;
    }
    if (best >= 0)
        selectStep(best, true);
    m_status->showMessage(d.toString(), 10000);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions->action(objectName);
}

void MainWindow::saveSettings() const
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setMinimap(action(QStringLiteral("actionMinimap"))->isChecked());
    settings.setLegend(action(QStringLiteral("actionLegend"))->isChecked());
    settings.setTheme(m_themeChoice);
    saveInputView();
}

void MainWindow::restoreSettings()
{
    const AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    action(QStringLiteral("actionMinimap"))->setChecked(settings.minimap());
    action(QStringLiteral("actionLegend"))->setChecked(settings.legend());
    setThemeChoice(settings.theme());
}

InputView MainWindow::currentInputView() const
{
    InputView v = m_config->inputView();
    v.foldedStages = QStringList(m_fold.stages.begin(), m_fold.stages.end());
    v.foldedStages.sort();
    QStringList scenarios(m_document->enabledScenarios().begin(), m_document->enabledScenarios().end());
    scenarios.sort();
    v.scenarios = scenarios;
    return v;
}

void MainWindow::applyInputView(const InputView &view)
{
    m_config->setInputView(view);
    m_fold.stages = QSet<QString>(view.foldedStages.begin(), view.foldedStages.end()); // unknown ids fold nothing
    m_fold.expanded.clear();
    const ChainPtr loaded = m_document->loadedChain();
    if (!loaded)
        return;
    // Scenarios this input no longer has are dropped; none stored: the chain's defaults.
    QSet<QString> scenarios;
    for (const Scenario &s : loaded->scenarios) {
        if (view.scenarios ? view.scenarios->contains(s.name) : s.enabledByDefault)
            scenarios.insert(s.name);
    }
    if (scenarios != m_document->enabledScenarios())
        m_document->setEnabledScenarios(scenarios);
}

void MainWindow::saveInputView() const
{
    if (m_inputKey.isEmpty())
        return;
    AppSettings().setInputView(m_inputKey, currentInputView(), m_document->paths());
}

void MainWindow::restoreInputView()
{
    const QString key = AppSettings::inputKey(m_document->paths());
    if (key == m_inputKey)
        return;
    m_inputKey = key;
    applyInputView(AppSettings().inputView(key));
}

void MainWindow::resetView()
{
    if (m_inputKey.isEmpty())
        return;
    AppSettings().forgetInputView(m_inputKey);
    applyInputView(InputView());
    m_fitOnNextScene = true;
    requestView();
    m_status->showMessage(tr("The view of this input is back to its defaults"), 5000);
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    const char *name = choice == ThemeChoice::Dark    ? "actionThemeDark"
                       : choice == ThemeChoice::Light ? "actionThemeLight"
                                                      : "actionThemeSystem";
    action(QLatin1String(name))->setChecked(true);
    applyWindowTheme(choice);
    updateTheme();
}

void MainWindow::updateTheme()
{
    const Theme theme = resolveTheme(m_themeChoice);
    if (theme == m_theme)
        return;
    m_theme = theme;
    requestView(); // a restyle: the layout stays
}

void MainWindow::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark: a graph that follows it follows.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        updateTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_source->maybeClose()) { // unsaved files: Save, Discard or Cancel
        event->ignore();
        return;
    }
    saveSettings();
    m_builder->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile(); // a checkout directory opens too
    }
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openFiles(paths);
}

} // namespace Seedline

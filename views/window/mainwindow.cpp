// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "configpanel.h"
#include "findbar.h"
#include "icons.h"
#include "inspectorwidget.h"
#include "recentfiles.h"
#include "scenariopanel.h"
#include "stepspanel.h"
#include "whydialog.h"

#include "document/document.h"
#include "document/documentlayout.h"
#include "document/selection.h"
#include "graph/graphview.h"
#include "itemmodels/diagnosticsmodel.h"
#include "itemmodels/scenariomodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Seedline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_view(new GraphView)
    , m_diagnostics(new DiagnosticsModel(this))
    , m_selection(new Selection(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_document->setAutoCollapseAbove(autoCollapseAbove);

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

    createDocks();
    createActions();
    createStatusBar();
    connectDocument();
    updateTitle();
    updateStatus();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

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
    m_config = new ConfigPanel(this);
    QDockWidget *configDock = addDock(tr("Configuration & scenarios"), QStringLiteral("configDock"), m_config,
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
    m_scenarioPanel = new ScenarioPanel(this);
    m_scenarioDock = addDock(tr("What-if"), QStringLiteral("scenarioDock"), m_scenarioPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, m_scenarioDock);
    inspectorDock->raise();
    resizeDocks({inspectorDock, configDock}, {380, 300}, Qt::Horizontal);
    resizeDocks({stepsDock}, {220}, Qt::Vertical);

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
    connect(m_view, &GraphView::stepActivated, this, [this](int viewIndex) {
        const ChainPtr shown = m_view->chain();
        if (shown && viewIndex >= 0 && viewIndex < shown->steps.size())
            selectStepId(shown->steps[viewIndex].id, true);
    });
    connect(m_view, &GraphView::backgroundClicked, this, [this] { selectStep(-1, false); });
    connect(m_selection, &Selection::whyChanged, this, &MainWindow::updateHighlight);

    connect(m_config, &ConfigPanel::configValueChanged, m_document, &Document::setConfigValue);
    connect(m_config, &ConfigPanel::scenariosChanged, m_document, &Document::setEnabledScenarios);
    connect(m_config, &ConfigPanel::collapseChanged, m_document, &Document::setCollapsed);
    connect(m_config, &ConfigPanel::highlightOptionsChanged, this, &MainWindow::updateHighlight);
    connect(m_config, &ConfigPanel::rankDirChanged, this, [this](LayoutGraph::RankDir rankDir) {
        m_fitOnNextLayout = true;
        m_document->layout()->setRankDir(rankDir);
    });
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                       QStyle::StandardPixmap icon, const QString &theme) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        if (!theme.isEmpty()) {
            QIcon fallback = icon == QStyle::SP_CustomBase ? Icons::icon(theme) : style()->standardIcon(icon);
            a->setIcon(QIcon::fromTheme(theme, fallback));
        }
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = make(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, QStyle::SP_DialogOpenButton,
                         QStringLiteral("document-open"));
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    file->addAction(open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    m_recent = new RecentFiles(recent, this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFiles);
    QAction *defaults = make(QStringLiteral("actionOpenDefault"), tr("Open the &Shipped Chains"), {},
                             QStyle::SP_CustomBase, {});
    connect(defaults, &QAction::triggered, this, &MainWindow::openEmbeddedDefault);
    file->addAction(defaults);
    QAction *reload = make(QStringLiteral("actionReload"), tr("Re&load"), QKeySequence::Refresh,
                           QStyle::SP_BrowserReload, QStringLiteral("view-refresh"));
    connect(reload, &QAction::triggered, m_document, &Document::reload);
    file->addAction(reload);
    file->addSeparator();
    QAction *exportAction = make(QStringLiteral("actionExport"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                 QStyle::SP_DialogSaveButton, QStringLiteral("document-export"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
    file->addAction(exportAction);
    file->addSeparator();
    QAction *quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, QStyle::SP_CustomBase,
                         QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = make(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn,
                           QStyle::SP_CustomBase, QStringLiteral("zoom-in"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, m_view, &GraphView::zoomIn);
    QAction *zoomOut = make(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut,
                            QStyle::SP_CustomBase, QStringLiteral("zoom-out"));
    connect(zoomOut, &QAction::triggered, m_view, &GraphView::zoomOut);
    QAction *fit = make(QStringLiteral("actionFit"), tr("&Fit Graph"), QKeySequence(Qt::CTRL | Qt::Key_0),
                        QStyle::SP_CustomBase, QStringLiteral("zoom-fit-best"));
    connect(fit, &QAction::triggered, m_view, &GraphView::fitAll);
    view->addActions({zoomIn, zoomOut, fit});
    view->addSeparator();
    QAction *find = make(QStringLiteral("actionFind"), tr("&Find Step…"), QKeySequence::Find,
                         QStyle::SP_CustomBase, QStringLiteral("edit-find"));
    connect(find, &QAction::triggered, m_findBar, &FindBar::activate);
    QAction *findNext = make(QStringLiteral("actionFindNext"), tr("Find &Next"), QKeySequence::FindNext,
                             QStyle::SP_CustomBase, {});
    connect(findNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    QAction *findPrevious = make(QStringLiteral("actionFindPrevious"), tr("Find &Previous"),
                                 QKeySequence::FindPrevious, QStyle::SP_CustomBase, {});
    connect(findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    view->addActions({find, findNext, findPrevious});
    view->addSeparator();
    QAction *why = make(QStringLiteral("actionWhy"), tr("&Why Does A Need B…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                        QStyle::SP_CustomBase, QStringLiteral("why"));
    connect(why, &QAction::triggered, this, &MainWindow::whyDialog);
    QAction *clearWhy = make(QStringLiteral("actionClearWhy"), tr("Clear the Path"), {}, QStyle::SP_CustomBase, {});
    connect(clearWhy, &QAction::triggered, this, [this] { showWhy(-1, -1); });
    QAction *focus = make(QStringLiteral("actionFocus"), tr("F&ocus on Selection"), QKeySequence(Qt::Key_F),
                          QStyle::SP_CustomBase, QStringLiteral("focus"));
    focus->setCheckable(true);
    connect(focus, &QAction::toggled, m_config, &ConfigPanel::setFocusMode);
    connect(m_config, &ConfigPanel::highlightOptionsChanged, focus, [this, focus] {
        const QSignalBlocker blocker(focus);
        focus->setChecked(m_config->focusMode());
    });
    view->addActions({why, clearWhy, focus});
    view->addSeparator();
    QMenu *docks = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        docks->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = make(QStringLiteral("actionAbout"), tr("&About Seedline"), {}, QStyle::SP_CustomBase, {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(about);
    connect(help->addAction(tr("About &Qt")), &QAction::triggered, qApp, &QApplication::aboutQt);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({open, reload, exportAction});
    toolbar->addSeparator();
    toolbar->addActions({zoomIn, zoomOut, fit});
    toolbar->addSeparator();
    toolbar->addActions({find, why, focus});
}

void MainWindow::createStatusBar()
{
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(QStringLiteral("chainSizeLabel"));
    m_layoutLabel = new QLabel(this);
    m_layoutLabel->setObjectName(QStringLiteral("layoutLabel"));
    m_busy = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(m_busy);
    bar->setRange(0, 0);
    bar->setMaximumWidth(100);
    bar->setMaximumHeight(14);
    m_busyLabel = new QLabel(m_busy);
    m_cancelButton = new QToolButton(m_busy);
    m_cancelButton->setObjectName(QStringLiteral("cancelLayoutButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the layout (what is shown stays)"));
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(bar);
    busyLayout->addWidget(m_cancelButton);
    m_busy->hide();
    statusBar()->addWidget(m_sizeLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_layoutLabel);
    connect(m_cancelButton, &QToolButton::clicked, m_document->layout(), &DocumentLayout::cancel);
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::loadStarted, this, [this](const QStringList &paths) {
        statusBar()->showMessage(paths.isEmpty() ? tr("Loading the shipped chains…")
                                                 : tr("Loading %1…").arg(QFileInfo(paths.value(0)).fileName()));
    });
    connect(m_document, &Document::loaded, this, [this] {
        statusBar()->showMessage(tr("Loaded"), 3000);
        if (!m_document->isEmbeddedDefault())
            m_recent->add(m_document->paths());
        m_config->setChain(m_document->loadedChain(), m_document->config(), m_document->enabledScenarios(),
                           m_document->isCollapsed());
        updateTitle();
    });
    connect(m_document, &Document::failed, this, [this](const Diagnostics &diagnostics) {
        int errors = 0;
        for (const Diagnostic &d : diagnostics)
            errors += d.severity == Severity::Error ? 1 : 0;
        statusBar()->showMessage(m_document->hasChain() && !m_document->chain()->steps.isEmpty()
                                     ? tr("Could not load: %n error(s); the previous chain is still shown", nullptr, errors)
                                     : tr("Could not load: %n error(s), see Diagnostics", nullptr, errors));
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
        m_config->setChain(m_document->loadedChain(), m_document->config(), m_document->enabledScenarios(),
                           m_document->isCollapsed());
    });
    connect(m_document, &Document::diagnosticsChanged, this,
            [this] { m_diagnostics->setDiagnostics(m_document->diagnostics()); });
    connect(m_document, &Document::fileChangedOnDisk, this, [this](const QString &path) {
        statusBar()->showMessage(tr("%1 changed on disk: reloading").arg(QFileInfo(path).fileName()), 3000);
    });
    connect(m_document, &Document::chainChanged, this, &MainWindow::onChainChanged);

    DocumentLayout *layout = m_document->layout();
    connect(layout, &DocumentLayout::started, this, [this](int nodes, int edges) {
        m_busyLabel->setText(tr("Laying out %1 steps, %2 edges…").arg(nodes).arg(edges));
        m_busy->show();
    });
    connect(layout, &DocumentLayout::progress, this, [this, layout](qint64 ms) {
        m_busyLabel->setText(tr("Laying out %1 steps, %2 edges… %3 s")
                                 .arg(layout->nodeCount())
                                 .arg(layout->edgeCount())
                                 .arg(double(ms) / 1000.0, 0, 'f', 1));
    });
    connect(layout, &DocumentLayout::ready, this, &MainWindow::onLayoutReady);
    connect(layout, &DocumentLayout::cancelled, this, [this] {
        m_busy->hide();
        statusBar()->showMessage(tr("Layout cancelled; the previous drawing stays"), 5000);
        updateStatus();
    });
    connect(layout, &DocumentLayout::failed, this, [this](const QString &message) {
        m_busy->hide();
        m_diagnostics->append({Diagnostic{QString(), 0, 0, Severity::Error, tr("layout failed: %1").arg(message)}});
        statusBar()->showMessage(tr("Layout failed: %1").arg(message), 8000);
        updateStatus();
    });
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_fitOnNextLayout = true;
    m_selection->clearWhy();
    m_document->open(paths);
}

void MainWindow::openEmbeddedDefault()
{
    m_fitOnNextLayout = true;
    m_document->openEmbeddedDefault();
}

void MainWindow::onChainChanged()
{
    const AnalysisPtr analysis = m_document->analysis();
    m_steps->setAnalysis(analysis);
    m_inspector->setAnalysis(analysis, m_document->projection());
    m_findBar->setChain(m_document->derivedChain());
    m_scenarioPanel->setAnalysis(analysis, highlightOptions().families);
    // Scenarios switched on from elsewhere (the command line, a test) show as ticked.
    if (m_config->scenarioModel()->enabledNames() != m_document->enabledScenarios() && m_document->loadedChain())
        m_config->scenarioModel()->setScenarios(m_document->loadedChain()->scenarios, m_document->enabledScenarios());
    if (analysis && analysis->scenario && !m_scenarioDock->isVisible())
        m_scenarioDock->show();
    if (analysis && analysis->scenario)
        m_scenarioDock->raise();
    if (!m_selection->isEmpty() && !Selection::resolve(*m_document->projection(), m_selection->id()).isValid())
        m_selection->clear();
    onSelectionChanged(false);
    updateStatus();
    updateTitle();
}

void MainWindow::onLayoutReady(bool final)
{
    DocumentLayout *layout = m_document->layout();
    if (final)
        m_busy->hide();
    // The layout always lays out the document's current shown chain (older requests are dropped).
    m_viewAnalysis = m_document->analysis();
    m_viewProjection = m_document->projection();
    m_view->setGraph(layout->chain(), layout->graph(), layout->result());
    updateHighlight();
    if (m_fitOnNextLayout) {
        m_view->fitAll();
        if (final)
            m_fitOnNextLayout = false;
    }
    const int index = viewIndexOf(m_selection->id());
    if (index >= 0)
        m_view->selectStep(index);
    updateStatus();
    Q_EMIT graphShown(final);
}

HighlightOptions MainWindow::highlightOptions() const
{
    HighlightOptions options;
    m_config->applyTo(options);
    options.showExcluded = m_document->layout()->settings().includeExcluded;
    options.selected = viewIndexOf(m_selection->id());
    options.selectedMember = realIndexOf(m_selection->id());
    options.whyFrom = viewIndexOf(m_selection->whyFrom());
    options.whyTo = viewIndexOf(m_selection->whyTo());
    if (options.whyFrom < 0 || options.whyTo < 0)
        options.whyFrom = options.whyTo = -1;
    return options;
}

void MainWindow::updateHighlight()
{
    const ChainPtr shown = m_view->chain();
    m_inspector->setFamilies(highlightOptions().families);
    m_scenarioPanel->setFamilies(highlightOptions().families);
    if (!shown || !m_viewAnalysis || !m_viewProjection || shown.get() != &m_viewProjection->shown) {
        m_highlight = {};
        return;
    }
    m_highlight = computeHighlight(*m_viewAnalysis, *m_viewProjection, highlightOptions());
    m_view->setHighlight(m_highlight);
    if (!m_highlight.note.isEmpty())
        statusBar()->showMessage(m_highlight.note, 8000);
}

void MainWindow::selectStep(int realIndex, bool center)
{
    const ChainPtr chain = m_document->derivedChain();
    if (!chain || realIndex < 0 || realIndex >= chain->steps.size())
        selectStepId({}, center);
    else
        selectStepId(chain->steps[realIndex].id, center);
}

void MainWindow::selectStepId(const QString &id, bool center)
{
    const bool same = id == m_selection->id();
    m_selection->setId(id);
    if (!same || center)
        onSelectionChanged(center);
}

void MainWindow::onSelectionChanged(bool center)
{
    const auto projection = m_document->projection();
    const Selection::Resolved at = projection ? m_selection->resolve(*projection) : Selection::Resolved();
    m_inspector->setStep(at.shown, at.real);
    m_steps->setCurrentStep(at.real);
    m_findBar->setCurrentStep(at.real);
    updateHighlight();
    const int viewIndex = viewIndexOf(m_selection->id());
    m_view->selectStep(viewIndex);
    if (center && viewIndex >= 0)
        m_view->centerOn(viewIndex);
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
    const ChainPtr chain = m_document->derivedChain();
    const bool valid = chain && from >= 0 && to >= 0 && from < chain->steps.size() && to < chain->steps.size();
    m_selection->setWhy(valid ? chain->steps[from].id : QString(), valid ? chain->steps[to].id : QString());
    updateHighlight();
    if (valid && m_highlight.witnessPath.isEmpty() && m_highlight.note.isEmpty())
        statusBar()->showMessage(tr("%1 does not need %2 over the followed edge kinds")
                                     .arg(m_selection->whyFrom(), m_selection->whyTo()),
                                 8000);
}

int MainWindow::viewIndexOf(const QString &id) const
{
    return m_viewProjection && !id.isEmpty() ? Selection::resolve(*m_viewProjection, id).shown : -1;
}

int MainWindow::realIndexOf(const QString &id) const
{
    const ChainPtr chain = m_document->derivedChain();
    return chain && !id.isEmpty() ? chain->indexOf(id) : -1;
}

void MainWindow::updateTitle()
{
    QString name;
    if (m_document->isEmbeddedDefault())
        name = tr("Shipped chains");
    else {
        QStringList names;
        for (const QString &path : m_document->paths())
            names << QFileInfo(path).fileName();
        name = names.join(QStringLiteral(", "));
    }
    const ChainPtr chain = m_document->chain();
    if (chain && !chain->title.isEmpty())
        name = chain->title + QStringLiteral(" — ") + name;
    setWindowTitle(name);
}

void MainWindow::updateStatus()
{
    const ChainPtr chain = m_document->chain();
    if (!chain) {
        m_sizeLabel->setText(tr("No chain loaded"));
    } else {
        QString text = tr("%1 steps (%2 builds), %3 requirements")
                           .arg(chain->steps.size())
                           .arg(chain->buildCount())
                           .arg(chain->requirements.size());
        if (m_document->wasAutoCollapsed())
            text += tr(", version series collapsed because the chain is big (%1 steps loaded)")
                        .arg(m_document->loadedChain()->steps.size());
        else if (m_document->isCollapsed())
            text += tr(", version series collapsed");
        if (!m_document->enabledScenarios().isEmpty())
            text += tr(", scenarios: %1").arg(QStringList(m_document->enabledScenarios().begin(),
                                                          m_document->enabledScenarios().end()).join(QStringLiteral(", ")));
        m_sizeLabel->setText(text);
    }
    const DocumentLayout *layout = m_document->layout();
    if (!layout->hasResult()) {
        m_layoutLabel->clear();
        return;
    }
    const LayoutResult &result = layout->result();
    QString text = layout->isFinal() ? tr("Layout: %1, %2 s").arg(result.engine).arg(double(result.elapsedMs) / 1000.0, 0, 'f', 2)
                                     : tr("Layout: instant preview (%1) while Graphviz works").arg(result.engine);
    m_layoutLabel->setText(text);
    m_layoutLabel->setToolTip(result.notes.join(u'\n'));
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

void MainWindow::exportDialog()
{
    QSettings settings;
    const QString last = settings.value(QStringLiteral("export/lastFile"), QStringLiteral("seedline.svg")).toString();
    QString selectedFilter;
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export the Graph"), last,
        tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf);;Graphviz DOT (*.dot)"), &selectedFilter);
    if (fileName.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastFile"), fileName);
    QString error;
    if (exportTo(fileName, &error))
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(fileName).fileName()), 5000);
    else
        QMessageBox::warning(this, tr("Export failed"), tr("Could not export %1:\n%2").arg(fileName, error));
}

void MainWindow::whyDialog()
{
    const ChainPtr chain = m_document->derivedChain();
    if (!chain)
        return;
    const int from = realIndexOf(m_selection->whyFrom());
    WhyDialog dialog(*chain, from >= 0 ? from : selectedStep(), realIndexOf(m_selection->whyTo()), this);
    if (dialog.exec() == QDialog::Accepted)
        showWhy(dialog.fromStep(), dialog.toStep());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Seedline"),
                       tr("<h3>Seedline %1</h3><p>Shows how software is bootstrapped from a tiny binary seed, "
                          "step by step, and what each step really needs.</p>"
                          "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::activateDiagnostic(const QModelIndex &index)
{
    const Diagnostic d = m_diagnostics->diagnostic(index.row());
    const ChainPtr chain = m_document->derivedChain();
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
    statusBar()->showMessage(d.toString(), 10000);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/rankDir"), int(m_config->rankDir()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_config->setRankDir(LayoutGraph::RankDir(settings.value(QStringLiteral("view/rankDir"), 0).toInt()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_document->layout()->cancel();
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
            paths << url.toLocalFile();
    }
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openFiles(paths);
}

} // namespace Seedline

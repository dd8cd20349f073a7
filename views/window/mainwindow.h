// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainanalysis.h"
#include "analysis/projection.h"
#include "core/chain.h"
#include "highlight/highlight.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QToolButton;

namespace Seedline {

class ConfigPanel;
class DiagnosticsModel;
class Document;
class FindBar;
class GraphView;
class InspectorWidget;
class RecentFiles;
class ScenarioPanel;
class Selection;
class StepsPanel;

// The main window: the graph in the middle; Inspector, Steps, Configuration & scenarios and
// Diagnostics docks; File/View/Help menus and a toolbar; a status bar with the chain size, the
// layout engine and time, and a busy indicator with Cancel while a layout runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Newly opened chains with more steps than this start with their version series collapsed.
    static constexpr int autoCollapseAbove = 150;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    void openEmbeddedDefault();

    // Selects a real step of the document's derived chain (-1 clears): highlight, inspector, table,
    // view. A member of a folded node selects that node, and the Inspector shows the member.
    void selectStep(int realIndex, bool center = true);
    // Selects by id: a real step's, or a folded node's.
    void selectStepId(const QString &id, bool center = true);
    int selectedStep() const; // the real step, -1 for none or a folded node as a whole
    QString selectedStepId() const;
    // Draws the witness path of "why does from need to" (real steps; -1, -1 clears it).
    void showWhy(int from, int to);
    Selection *selection() const { return m_selection; }
    bool exportTo(const QString &fileName, QString *error = nullptr);

    Document *document() const { return m_document; }
    GraphView *graphView() const { return m_view; }
    InspectorWidget *inspector() const { return m_inspector; }
    StepsPanel *stepsPanel() const { return m_steps; }
    ScenarioPanel *scenarioPanel() const { return m_scenarioPanel; }
    ConfigPanel *configPanel() const { return m_config; }
    FindBar *findBar() const { return m_findBar; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    RecentFiles *recentFiles() const { return m_recent; }
    const HighlightResult &highlight() const { return m_highlight; }
    HighlightOptions highlightOptions() const;
    QAction *action(const QString &objectName) const;

    void saveSettings() const;
    void restoreSettings();

Q_SIGNALS:
    // The view shows a new layout (final: Graphviz's, not the instant fallback one).
    void graphShown(bool final);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void connectDocument();
    void onChainChanged();
    void onLayoutReady(bool final);
    void updateHighlight();
    void updateTitle();
    void updateStatus();
    void openDialog();
    void exportDialog();
    void whyDialog();
    void showAbout();
    void activateDiagnostic(const QModelIndex &index);
    void onSelectionChanged(bool center);
    // Where an id lands in the view's projection (the one the drawn graph was laid out from).
    int viewIndexOf(const QString &id) const;
    int realIndexOf(const QString &id) const;

    Document *m_document = nullptr;
    GraphView *m_view = nullptr;
    InspectorWidget *m_inspector = nullptr;
    StepsPanel *m_steps = nullptr;
    ConfigPanel *m_config = nullptr;
    FindBar *m_findBar = nullptr;
    DiagnosticsModel *m_diagnostics = nullptr;
    QListView *m_diagnosticsView = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    RecentFiles *m_recent = nullptr;
    ScenarioPanel *m_scenarioPanel = nullptr;
    QDockWidget *m_scenarioDock = nullptr;
    Selection *m_selection = nullptr;

    QLabel *m_sizeLabel = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QToolButton *m_cancelButton = nullptr;

    HighlightResult m_highlight;
    // The analysis and projection of the chain the view draws (set when a layout is shown).
    AnalysisPtr m_viewAnalysis;
    std::shared_ptr<const ChainProjection> m_viewProjection;
    bool m_fitOnNextLayout = true;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    // Selects a step of the document's chain (-1 clears): highlight, inspector, table, view.
    void selectStep(int index, bool center = true);
    int selectedStep() const;
    QString selectedStepId() const { return m_selectedId; }
    // Draws the witness path of "why does from need to" (-1, -1 clears it).
    void showWhy(int from, int to);
    bool exportTo(const QString &fileName, QString *error = nullptr);

    Document *document() const { return m_document; }
    GraphView *graphView() const { return m_view; }
    InspectorWidget *inspector() const { return m_inspector; }
    StepsPanel *stepsPanel() const { return m_steps; }
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
    int viewIndexOf(const QString &id) const;
    int documentIndexOf(const QString &id) const;

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

    QLabel *m_sizeLabel = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QToolButton *m_cancelButton = nullptr;

    HighlightResult m_highlight;
    QString m_selectedId;
    QString m_whyFromId;
    QString m_whyToId;
    bool m_fitOnNextLayout = true;
};

} // namespace Seedline

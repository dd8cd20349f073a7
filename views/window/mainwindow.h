// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include "analysis/chainanalysis.h"
#include "analysis/projection.h"
#include "core/chain.h"
#include "highlight/highlight.h"
#include "scene/viewpipeline.h"

#include <QMainWindow>

class QAction;
class QListView;

namespace Seedline {

class ConfigPanel;
class DiagnosticsModel;
class Document;
class FindBar;
class GraphView;
class InspectorWidget;
class PlayPanel;
class RecentFiles;
class ScenarioPanel;
class SceneBuilder;
class Selection;
class SourcePane;
class StatusArea;
class StepsPanel;
class WindowActions;

// The main window: the graph in the middle; Inspector and What-if, Steps and Diagnostics,
// Configuration & scenarios docks; menus and a toolbar (WindowActions); a status bar (StatusArea).
//
// Data flows one way: the Document loads and analyses the inputs; the window turns its options,
// folds and the shared Selection into ViewOptions; the SceneBuilder plans, lays out and draws them
// off the GUI thread (the same pipeline as `seedline export`); the GraphView shows the result,
// keeping its viewport.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    void openEmbeddedDefault();

    // Selects a real step of the document's chain (-1 clears): highlight, inspector, table,
    // view. A member of a folded node selects that node, and the Inspector shows the member.
    // With reveal, the view brings it into sight (animated).
    void selectStep(int realIndex, bool reveal = true);
    // Selects by id: a real step's, or a folded node's.
    void selectStepId(const QString &id, bool reveal = true);
    int selectedStep() const; // the real step, -1 for none or a folded node as a whole
    QString selectedStepId() const;
    // Draws the witness path of "why does from need to" (real steps; -1, -1 clears it).
    void showWhy(int from, int to);
    // Writes what the view shows (folding, focus, story, styles, legend); with visibleOnly, only the
    // part of the graph in the viewport.
    bool exportTo(const QString &fileName, QString *error = nullptr, bool visibleOnly = false);

    // Folding: a stage by id, any folded node opened again by id, everything opened.
    void foldStage(const QString &stageId);
    void unfold(const QString &groupId);
    void unfoldAll();

    Document *document() const { return m_document; }
    SceneBuilder *sceneBuilder() const { return m_builder; }
    GraphView *graphView() const { return m_view; }
    InspectorWidget *inspector() const { return m_inspector; }
    StepsPanel *stepsPanel() const { return m_steps; }
    ScenarioPanel *scenarioPanel() const { return m_scenarioPanel; }
    ConfigPanel *configPanel() const { return m_config; }
    FindBar *findBar() const { return m_findBar; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    RecentFiles *recentFiles() const { return m_recent; }
    Selection *selection() const { return m_selection; }
    StatusArea *statusArea() const { return m_status; }
    PlayPanel *playPanel() const { return m_play; } // teaching mode: the Play dock and presentation (F11)
    SourcePane *sourcePane() const { return m_source; }
    QDockWidget *sourceDock() const { return m_sourceDock; }
    // File ▸ New: an untitled chain file from the template, edited in the Source dock and loaded.
    void newChainFile();
    // Shows the Source dock below the Inspector, wide enough to read a script.
    void showSourceDock();
    // At start: offers back the unsaved edits a Seedline that crashed left; returns how many.
    int offerRecovery();
    // The styles of what the view shows.
    const HighlightResult &highlight() const;
    // The projection the view shows (what is folded), or nullptr before the first drawing.
    std::shared_ptr<const ChainProjection> viewProjection() const;
    ViewOptions viewOptions() const;
    QAction *action(const QString &objectName) const;

    // Settings (AppSettings): the window, the global view options and the current input's view.
    void saveSettings() const;
    void restoreSettings();
    // Settings ▸ Reset View: the defaults for the current input's view, and its entry forgotten.
    void resetView();
    // Settings ▸ Theme. The graph is drawn in theme() (the choice resolved on this desktop).
    void setThemeChoice(ThemeChoice choice);
    ThemeChoice themeChoice() const { return m_themeChoice; }
    Theme theme() const { return m_theme; }
    QString inputKey() const { return m_inputKey; } // AppSettings::inputKey of the input shown

Q_SIGNALS:
    // The view shows a new drawing (final: not the instant preview of a Graphviz layout).
    void graphShown(bool final);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void connectActions();
    void connectDocument();
    void connectBuilder();
    void createSourceDock();  // mainwindowsource.cpp
    void connectSourcePane();
    void onChainChanged();
    void onSceneReady(bool final);
    void onSelectionChanged(bool reveal);
    void requestView();
    InputView currentInputView() const;
    void applyInputView(const InputView &view);
    void saveInputView() const;
    void restoreInputView(); // once per input: a reload keeps what the user set
    void updateTheme();
    void updateTitle();
    void updateStatus();
    void openDialog();
    void openFolderDialog();
    void exportDialog(bool visibleOnly);
    void whyDialog();
    void showAbout();
    void activateDiagnostic(const QModelIndex &index);
    void showStepMenu(int viewIndex, const QPoint &globalPos);
    void activateViewStep(int viewIndex);
    int viewIndexOf(const QString &id) const;
    int realIndexOf(const QString &id) const;

    Document *m_document = nullptr;
    SceneBuilder *m_builder = nullptr;
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
    StatusArea *m_status = nullptr;
    WindowActions *m_actions = nullptr;
    PlayPanel *m_play = nullptr;
    SourcePane *m_source = nullptr;
    QDockWidget *m_sourceDock = nullptr;

    FoldOptions m_fold;              // stages folded and nodes opened by the user (the panel adds the rest)
    bool m_fitOnNextScene = true;    // frame the story when the next drawing arrives
    bool m_revealSelectionOnScene = false;
    QString m_inputKey;              // the input whose view the panels show (empty: none yet)
    ThemeChoice m_themeChoice = ThemeChoice::System;
    Theme m_theme = Theme::Light;
    double m_layoutAspect = 0; // the shape of the view when the chain was first laid out (0: not yet)
};

} // namespace Seedline

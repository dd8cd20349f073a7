// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QWhatsThis>

namespace Seedline {

WindowActions::WindowActions(QMainWindow *window)
    : QObject(window), m_window(window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(make(QStringLiteral("actionNew"), tr("&New Chain File"),
                         tr("Start a chain file from a commented template, edited in the Source panel"),
                         QKeySequence::New, QStringLiteral("document-new")));
    file->addAction(make(QStringLiteral("actionOpen"), tr("&Open…"),
                         tr("Open chain files, DOT files, parts.rst or a steps/manifest"), QKeySequence::Open,
                         QStringLiteral("document-open")));
    file->addAction(make(QStringLiteral("actionOpenFolder"), tr("Open &Folder…"),
                         tr("Open a live-bootstrap checkout (its steps/manifest, build scripts and parts.rst)"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStringLiteral("folder-open")));
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("menuRecent"));
    file->addAction(make(QStringLiteral("actionOpenDefault"), tr("Open the &Shipped Chains"),
                         tr("The chains Seedline ships: live-bootstrap, Rust through mrustc, projects that need them")));
    file->addAction(make(QStringLiteral("actionReload"), tr("Re&load"), tr("Read the inputs again from disk"),
                         QKeySequence::Refresh, QStringLiteral("view-refresh")));
    file->addAction(make(QStringLiteral("actionSave"), tr("&Save"),
                         tr("Save the file of the Source panel (written whole, or not at all)"), QKeySequence::Save,
                         QStringLiteral("document-save")));
    file->addAction(make(QStringLiteral("actionSaveAs"), tr("Save &As…"),
                         tr("Save the file of the Source panel under another name"), QKeySequence::SaveAs,
                         QStringLiteral("document-save-as")));
    file->addSeparator();
    file->addAction(make(QStringLiteral("actionExport"), tr("&Export…"),
                         tr("Write the view as SVG, PNG, PDF or DOT: what you see, with its legend"),
                         QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("document-export")));
    file->addAction(make(QStringLiteral("actionExportVisible"), tr("Export the &Visible Area…"),
                         tr("Write only what the view shows now, as SVG, PNG, PDF, DOT or Mermaid")));
    file->addSeparator();
    QAction *quit = make(QStringLiteral("actionQuit"), tr("&Quit"), tr("Close Seedline"), QKeySequence::Quit,
                         QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(quit);

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = make(QStringLiteral("actionZoomIn"), tr("Zoom &In"), tr("Zoom in around the middle of the view"),
                           QKeySequence::ZoomIn, QStringLiteral("zoom-in"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    view->addAction(zoomIn);
    view->addAction(make(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), tr("Zoom out around the middle of the view"),
                         QKeySequence::ZoomOut, QStringLiteral("zoom-out")));
    view->addAction(make(QStringLiteral("actionFit"), tr("&Fit Graph"), tr("Show the whole graph"),
                         QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("zoom-fit-best")));
    view->addAction(make(QStringLiteral("actionStory"), tr("Frame the &Story"),
                         tr("Frame what matters: the highlighted families, what needs them and why"),
                         QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("zoom-select")));
    view->addSeparator();
    view->addAction(make(QStringLiteral("actionFind"), tr("&Find Step…"), tr("Find a step by id, label or package"),
                         QKeySequence::Find, QStringLiteral("edit-find")));
    view->addAction(make(QStringLiteral("actionFindNext"), tr("Find &Next"), tr("The next step that matches"),
                         QKeySequence::FindNext));
    view->addAction(make(QStringLiteral("actionFindPrevious"), tr("Find &Previous"), tr("The previous step that matches"),
                         QKeySequence::FindPrevious));
    view->addSeparator();
    view->addAction(make(QStringLiteral("actionWhy"), tr("&Why Does A Need B…"),
                         tr("Draw the shortest chain of requirements from one step to another, with its evidence"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), QStringLiteral("why")));
    view->addAction(make(QStringLiteral("actionClearWhy"), tr("Clear the Path"), tr("Remove the why-path")));
    QAction *focus = make(QStringLiteral("actionFocus"), tr("F&ocus on Selection"),
                          tr("Show and lay out only the selection and what it needs and what needs it"),
                          QKeySequence(Qt::Key_F), QStringLiteral("focus"));
    focus->setCheckable(true);
    view->addAction(focus);
    QAction *story = make(QStringLiteral("actionStoryView"), tr("S&tory"),
                          tr("Only the family steps, what needs them and the edges of their witness paths, series "
                             "and look-alike runs folded, with a caption: the picture for a proposal"),
                          QKeySequence(Qt::CTRL | Qt::Key_T));
    story->setCheckable(true);
    view->addAction(story);
    QAction *reverse = make(QStringLiteral("actionReverseDot"), tr("&Reverse DOT Edges"),
                            tr("For DOT graphs whose edges point from what is needed to what needs it: turn them "
                               "round so that A \u2192 B reads \"A needs B\""));
    reverse->setCheckable(true);
    view->addAction(reverse);
    view->addAction(make(QStringLiteral("actionUnfoldAll"), tr("&Unfold All"), tr("Open every folded stage, run and series"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)));
    view->addSeparator();
    QAction *legend = make(QStringLiteral("actionLegend"), tr("&Legend"), tr("Show the legend of what is on screen"),
                           QKeySequence(Qt::CTRL | Qt::Key_L));
    legend->setCheckable(true);
    legend->setChecked(true);
    view->addAction(legend);
    QAction *minimap = make(QStringLiteral("actionMinimap"), tr("&Minimap"), tr("Show the overview in the corner"),
                            QKeySequence(Qt::CTRL | Qt::Key_M));
    minimap->setCheckable(true);
    minimap->setChecked(true);
    view->addAction(minimap);
    view->addAction(make(QStringLiteral("actionGrowth"), tr("How Rust &Grows"),
                         tr("The growth of the Rust chain over time: chart, animation and the graph at each date"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)));
    QAction *source = make(QStringLiteral("actionSource"), tr("&Source"),
                           tr("Show the file behind the selected step, its lines marked, to read and edit"),
                           QKeySequence(Qt::CTRL | Qt::Key_U));
    source->setCheckable(true);
    view->addAction(source);
    m_panels = view->addMenu(tr("&Panels"));
    m_panels->setObjectName(QStringLiteral("menuPanels"));

    QMenu *settings = window->menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("menuSettings"));
    settings->addAction(make(QStringLiteral("actionResetView"), tr("&Reset View"),
                             tr("Back to the defaults for this input's view: folding, families, edge kinds, "
                                "direction, depth and scenarios; forgets what was remembered for it")));
    QMenu *theme = settings->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("menuTheme"));
    auto *themes = new QActionGroup(this);
    const struct { const char *name; QString text, tip; } choices[] = {
        {"actionThemeSystem", tr("&System"), tr("Follow the desktop: a dark graph on a dark desktop")},
        {"actionThemeLight", tr("&Light"), tr("A light window and graph")},
        {"actionThemeDark", tr("&Dark"), tr("A dark window and graph (exports stay light)")},
    };
    for (const auto &choice : choices) {
        QAction *a = make(QLatin1String(choice.name), choice.text, choice.tip);
        a->setCheckable(true);
        themes->addAction(a);
        theme->addAction(a);
    }
    action(QStringLiteral("actionThemeSystem"))->setChecked(true);

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(make(QStringLiteral("actionUserGuide"), tr("User &Guide"),
                         tr("How to read the picture and use every panel, with pictures"), QKeySequence::HelpContents,
                         QStringLiteral("help-contents")));
    help->addAction(make(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"),
                         tr("Every shortcut of the window, grouped by menu"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
                         QStringLiteral("help-keyboard-shortcuts")));
    QAction *whatsThis = QWhatsThis::createAction(window);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    whatsThis->setToolTip(tr("Then click a control to have it explained (%1)")
                              .arg(whatsThis->shortcut().toString(QKeySequence::NativeText)));
    whatsThis->setStatusTip(tr("Then click a control to have it explained"));
    m_actions.insert(whatsThis->objectName(), whatsThis);
    help->addAction(whatsThis);
    help->addSeparator();
    QAction *about = make(QStringLiteral("actionAbout"), tr("&About Seedline"), tr("Version, licence and links"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(about);
    QAction *aboutQt = make(QStringLiteral("actionAboutQt"), tr("About &Qt"), tr("The Qt version Seedline runs on"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    help->addAction(aboutQt);

    m_toolBar = window->addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({action(QStringLiteral("actionOpen")), action(QStringLiteral("actionOpenFolder")),
                           action(QStringLiteral("actionExport"))});
    m_toolBar->addSeparator();
    m_toolBar->addActions({zoomIn, action(QStringLiteral("actionZoomOut")), action(QStringLiteral("actionFit")),
                           action(QStringLiteral("actionStory"))});
    m_toolBar->addSeparator();
    m_toolBar->addActions({action(QStringLiteral("actionFind")), action(QStringLiteral("actionWhy")), focus});
}

QAction *WindowActions::make(const QString &name, const QString &text, const QString &tip, const QKeySequence &shortcut,
                             const QString &icon)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    QString plain = text;
    plain.remove(u'&');
    plain.remove(QChar(0x2026));
    const QString keys = a->shortcut().toString(QKeySequence::NativeText);
    a->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys));
    a->setStatusTip(tip);
    a->setWhatsThis(tip);
    a->setIconText(plain);
    if (!icon.isEmpty()) {
        // The desktop's icon theme first; our line icons (resources/) where it has none.
        const QIcon fallback = Icons::icon(icon);
        a->setIcon(fallback.isNull() ? QIcon::fromTheme(icon) : QIcon::fromTheme(icon, fallback));
    }
    m_actions.insert(name, a);
    return a;
}

} // namespace Seedline

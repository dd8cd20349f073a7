// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace Seedline {

// The window's actions, menus and toolbar, created in one place: every action has an object name
// ("actionOpen"), a shortcut where one is usual, an icon from the desktop's theme (ours as the
// fallback) and a tooltip that says what it does and its shortcut. The window connects them.
class WindowActions : public QObject
{
    Q_OBJECT
public:
    explicit WindowActions(QMainWindow *window);

    QAction *action(const QString &objectName) const { return m_actions.value(objectName); }
    QMenu *recentMenu() const { return m_recent; }
    QMenu *panelsMenu() const { return m_panels; }
    QToolBar *toolBar() const { return m_toolBar; }
    QList<QAction *> actions() const { return m_actions.values(); }

private:
    QAction *make(const QString &name, const QString &text, const QString &tip, const QKeySequence &shortcut = {},
                  const QString &icon = {});

    QMainWindow *m_window;
    QHash<QString, QAction *> m_actions;
    QMenu *m_recent = nullptr;
    QMenu *m_panels = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace Seedline

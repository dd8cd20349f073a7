// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace Seedline {

// Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, read from the
// window's own QActions when the dialog is shown (so it never drifts from them), grouped by the
// menu they are in (File, View ▸ Panels...) or, for the actions of a panel, by the panel; with a
// filter on the name, the keys and the description.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window);

    // The dialog of `window`, made on first use; filled again, shown and raised.
    static ShortcutsDialog *showFor(QMainWindow *window);

    void refresh();
    void setFilter(const QString &text);
    QList<QAction *> listedActions() const;  // every action listed
    QList<QAction *> visibleActions() const; // those the filter leaves
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

    // "&Open…" -> "Open…"
    static QString plainText(const QString &actionText);

private:
    void applyFilter();

    QMainWindow *m_window;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <algorithm>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Seedline {

namespace {

constexpr int actionRole = Qt::UserRole;

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// The description without the "(Ctrl+O)" the tooltip ends with.
QString descriptionOf(const QAction *action)
{
    QString text = action->statusTip().isEmpty() ? action->toolTip() : action->statusTip();
    const QString keys = QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
    if (text.endsWith(keys))
        text.chop(keys.size());
    return text == ShortcutsDialog::plainText(action->text()) ? QString() : text;
}

// The menus in menu-bar order, submenus as "View ▸ Panels", with the actions that have shortcuts.
void collectMenu(const QMenu *menu, const QString &path, QList<QPair<QString, QList<QAction *>>> &groups,
                 QSet<QAction *> &seen)
{
    QList<QAction *> own;
    QList<const QMenu *> submenus;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            submenus << action->menu();
        else if (!action->shortcuts().isEmpty() && !seen.contains(action)) {
            own << action;
            seen.insert(action);
        }
    }
    if (!own.isEmpty())
        groups.append({path, own});
    for (const QMenu *sub : submenus)
        collectMenu(sub, path + QStringLiteral(" \u25b8 ") + ShortcutsDialog::plainText(sub->title()), groups, seen);
}

// An action in no menu belongs to the panel (dock) or window it lives in.
QString placeOf(const QAction *action, const QMainWindow *window)
{
    for (const QObject *o = action->parent(); o; o = o->parent()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(o))
            return ShortcutsDialog::plainText(dock->windowTitle());
        if (const auto *widget = qobject_cast<const QWidget *>(o); widget && widget->isWindow() && widget != window)
            return ShortcutsDialog::plainText(widget->windowTitle());
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, key or description…"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("What it does")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(860, 640);
    refresh();
}

ShortcutsDialog *ShortcutsDialog::showFor(QMainWindow *window)
{
    auto *dialog = window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new ShortcutsDialog(window);
    else
        dialog->refresh();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->m_filter->setFocus();
    return dialog;
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text = actionText;
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

void ShortcutsDialog::refresh()
{
    QList<QPair<QString, QList<QAction *>>> groups;
    QSet<QAction *> seen;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu())
            collectMenu(top->menu(), plainText(top->menu()->title()), groups, seen);
    }
    // Actions in no menu: a panel's (the growth chart's Space and arrows), the presentation's.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action) || isAncestorOf(qobject_cast<QWidget *>(action->parent())))
            continue;
        seen.insert(action);
        const QString place = placeOf(action, m_window);
        auto it = std::find_if(groups.begin(), groups.end(), [&place](const auto &g) { return g.first == place; });
        if (it == groups.end())
            groups.append({place, {action}});
        else
            it->second.append(action);
    }

    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const auto &[title, actions] : std::as_const(groups)) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        group->setFirstColumnSpanned(true);
        group->setFont(0, bold);
        for (QAction *action : actions) {
            auto *item = new QTreeWidgetItem(group, {plainText(action->text()), keysOf(action), descriptionOf(action)});
            item->setData(0, actionRole, QVariant::fromValue(static_cast<QObject *>(action)));
            item->setToolTip(2, descriptionOf(action));
        }
    }
    m_tree->expandAll();
    // Wide enough for the longest name and keys (the tree is not laid out before it is shown).
    int widths[2] = {0, 0};
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            for (int c = 0; c < 2; ++c)
                widths[c] = std::max(widths[c], m_tree->fontMetrics().horizontalAdvance(group->child(i)->text(c)));
        }
    }
    const int padding = 3 * m_tree->fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(0, widths[0] + m_tree->indentation() + padding);
    m_tree->setColumnWidth(1, widths[1] + padding);
    applyFilter();
}

void ShortcutsDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void ShortcutsDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = !needle.isEmpty() && group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            bool match = needle.isEmpty() || groupMatches;
            for (int c = 0; c < 3 && !match; ++c)
                match = item->text(c).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QList<QAction *> ShortcutsDialog::listedActions() const
{
    QList<QAction *> actions;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            actions << qobject_cast<QAction *>(group->child(i)->data(0, actionRole).value<QObject *>());
    }
    return actions;
}

QList<QAction *> ShortcutsDialog::visibleActions() const
{
    QList<QAction *> actions;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->isHidden() && !group->child(i)->isHidden())
                actions << qobject_cast<QAction *>(group->child(i)->data(0, actionRole).value<QObject *>());
        }
    }
    return actions;
}

} // namespace Seedline

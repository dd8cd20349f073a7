// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace Seedline {

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QList<QStringList> RecentFiles::entries() const
{
    return AppSettings().recentFiles();
}

void RecentFiles::add(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QList<QStringList> list = entries();
    list.removeAll(paths);
    list.prepend(paths);
    while (list.size() > maximum)
        list.removeLast();
    save(list);
}

void RecentFiles::clear()
{
    save({});
}

void RecentFiles::save(const QList<QStringList> &entries)
{
    AppSettings().setRecentFiles(entries);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QList<QStringList> list = entries();
    int number = 1;
    for (const QStringList &paths : list) {
        QStringList names;
        for (const QString &path : paths)
            names << QFileInfo(path).fileName();
        QString text = names.join(QStringLiteral(", "));
        if (number <= 9)
            text = u'&' + QString::number(number) + u' ' + text;
        QAction *action = m_menu->addAction(text);
        action->setToolTip(paths.join(QStringLiteral("; ")));
        action->setStatusTip(QDir::toNativeSeparators(paths.join(QStringLiteral("; "))));
        connect(action, &QAction::triggered, this, [this, paths] { Q_EMIT openRequested(paths); });
        ++number;
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Clear List")), &QAction::triggered, this, &RecentFiles::clear);
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace Seedline

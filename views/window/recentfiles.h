// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Seedline {

// The "Open Recent" list: sets of inputs opened together, newest first, kept in QSettings.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    // Each entry is the list of paths opened together, joined for display.
    QList<QStringList> entries() const;
    void add(const QStringList &paths);
    void clear();

Q_SIGNALS:
    void openRequested(const QStringList &paths);

private:
    void save(const QList<QStringList> &entries);
    void rebuildMenu();

    QMenu *m_menu = nullptr;
};

} // namespace Seedline

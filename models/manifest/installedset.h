// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

// What a live-bootstrap build order leaves installed, step by step: each build installs its
// directory ("python-2.0.1"; every pass counts) and provides some names (the commands of
// toolsProvidedBy(), or anything else a caller tracks); `uninstall:` removes builds by directory or
// commands by path. The newest installed provider of a name is the one in force. Shared by the
// checkout's script scanner and the teaching playback, so both read uninstalls the same way.
class InstalledSet
{
public:
    // What one `uninstall:` removed.
    struct Removal
    {
        QVector<int> steps;    // the builds removed (every pass of each named directory)
        QStringList names;     // names removed by path ("/usr/bin/lex" -> "lex")
        QStringList notFound;  // directories no installed build has
    };

    // `step` (an index into Chain::steps) installed the build `directory`, providing `names`.
    void install(int step, const QString &directory, const QStringList &names);

    // live-bootstrap's `uninstall: ARG...`: an ARG starting with "/" removes the command named by its
    // last component, whoever provides it (a later build may provide it again); any other ARG is a
    // build directory ("perl-5.000") and removes every installed pass of it with all it provides.
    Removal uninstall(const QStringList &removes);

    // The newest installed build providing `name`, or -1.
    int provider(const QString &name) const;
    // Whether `step` was installed and not removed since.
    bool isInstalled(int step) const;
    // The installed builds, in install order.
    QVector<int> installed() const;
    // Every name with a provider, and that provider.
    QHash<QString, int> providers() const;

private:
    QHash<QString, QVector<int>> m_providers; // name -> builds providing it, in install order
    QHash<QString, QVector<int>> m_installed; // directory -> installed passes
    QVector<int> m_order;                     // every build installed, in order
    QSet<int> m_installedSteps;               // the same, for lookups
    QSet<int> m_removed;
};

} // namespace Seedline

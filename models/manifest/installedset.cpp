// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "installedset.h"

namespace Seedline {

void InstalledSet::install(int step, const QString &directory, const QStringList &names)
{
    for (const QString &name : names)
        m_providers[name].append(step);
    m_installed[directory].append(step);
    if (!m_installedSteps.contains(step)) {
        m_installedSteps.insert(step);
        m_order.append(step);
    }
    m_removed.remove(step);
}

InstalledSet::Removal InstalledSet::uninstall(const QStringList &removes)
{
    Removal removal;
    for (const QString &what : removes) {
        if (what.startsWith(u'/')) {
            const QString name = what.mid(what.lastIndexOf(u'/') + 1);
            if (m_providers.remove(name) > 0) // the command itself is gone
                removal.names << name;
            continue;
        }
        const auto it = m_installed.find(what);
        if (it == m_installed.end()) {
            removal.notFound << what;
            continue;
        }
        for (int step : std::as_const(*it)) {
            m_removed.insert(step);
            removal.steps << step;
        }
        m_installed.erase(it);
    }
    return removal;
}

int InstalledSet::provider(const QString &name) const
{
    const auto it = m_providers.constFind(name);
    if (it == m_providers.constEnd())
        return -1;
    for (auto s = it->crbegin(); s != it->crend(); ++s) {
        if (!m_removed.contains(*s))
            return *s;
    }
    return -1;
}

bool InstalledSet::isInstalled(int step) const
{
    return m_installedSteps.contains(step) && !m_removed.contains(step);
}

QVector<int> InstalledSet::installed() const
{
    QVector<int> out;
    out.reserve(m_order.size());
    for (int step : m_order) {
        if (!m_removed.contains(step))
            out << step;
    }
    return out;
}

QHash<QString, int> InstalledSet::providers() const
{
    QHash<QString, int> out;
    for (auto it = m_providers.constBegin(); it != m_providers.constEnd(); ++it) {
        const int p = provider(it.key());
        if (p >= 0)
            out.insert(it.key(), p);
    }
    return out;
}

} // namespace Seedline

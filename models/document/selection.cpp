// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection.h"

#include "analysis/projection.h"

namespace Seedline {

Selection::Selection(QObject *parent)
    : QObject(parent)
{
}

void Selection::setId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    Q_EMIT changed(m_id);
}

void Selection::setWhy(const QString &from, const QString &to)
{
    const bool both = !from.isEmpty() && !to.isEmpty();
    const QString f = both ? from : QString();
    const QString t = both ? to : QString();
    if (f == m_whyFrom && t == m_whyTo)
        return;
    m_whyFrom = f;
    m_whyTo = t;
    Q_EMIT whyChanged();
}

Selection::Resolved Selection::resolve(const ChainProjection &projection, const QString &id)
{
    Resolved r;
    if (id.isEmpty())
        return r;
    r.real = projection.real.indexOf(id);
    r.shown = projection.shownIndexOf(id);
    return r;
}

} // namespace Seedline

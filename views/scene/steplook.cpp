// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplook.h"

#include <QSet>

namespace Seedline {

QString stepLook(const ChainAnalysis &a, int step, const QStringList &families, bool tintRequirers, bool markScenario)
{
    QString look;
    const Step &s = a.chain->steps[step];
    for (const QString &f : families) {
        if (s.hasFamily(f))
            look += QStringLiteral("m:") + f + u';';
        else if (tintRequirers && a.stepRequires(step, f))
            look += (markScenario && a.stepNewlyRequires(step, f) ? QStringLiteral("n:") : QStringLiteral("r:")) + f + u';';
    }
    return look;
}

QStringList shownFamilies(const QStringList &families, const QSet<QString> &hidden)
{
    QStringList out;
    for (const QString &f : families)
        if (!f.isEmpty() && !hidden.contains(f) && !out.contains(f))
            out << f;
    return out;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineoptions.h"

namespace Seedline {

QString TimelinePolicy::toString() const
{
    if (adoption == AdoptionPolicy::Released)
        return QStringLiteral("released");
    return QStringLiteral("observed:") + effectiveProject();
}

std::optional<TimelinePolicy> TimelinePolicy::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("released"))
        return TimelinePolicy { AdoptionPolicy::Released, {} };
    if (t == QLatin1String("observed"))
        return TimelinePolicy { AdoptionPolicy::Observed, {} };
    if (t.startsWith(QLatin1String("observed:"))) {
        const QString project = t.mid(9).trimmed();
        if (!project.isEmpty())
            return TimelinePolicy { AdoptionPolicy::Observed, project };
        if (error)
            *error = QStringLiteral("'observed:' needs a project name, e.g. observed:stagex");
        return std::nullopt;
    }
    if (error)
        *error = QStringLiteral("unknown policy '%1' (expected released, observed or observed:PROJECT)")
                     .arg(text);
    return std::nullopt;
}

QString ToolAssumption::toString() const
{
    switch (mode) {
    case Mode::Never:
        return QStringLiteral("never");
    case Mode::HistoricalAverage:
        return QStringLiteral("average");
    case Mode::EveryMonths:
        return QString::number(months);
    }
    return {};
}

std::optional<ToolAssumption> ToolAssumption::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("never"))
        return ToolAssumption { Mode::Never, 0 };
    if (t == QLatin1String("average"))
        return ToolAssumption { Mode::HistoricalAverage, 0 };
    bool ok = false;
    const int months = t.toInt(&ok);
    if (ok && months >= 1 && months <= 1200)
        return ToolAssumption { Mode::EveryMonths, months };
    if (error)
        *error = QStringLiteral("expected a number of months (1 to 1200), 'average' or 'never', not '%1'")
                     .arg(text);
    return std::nullopt;
}

} // namespace Seedline

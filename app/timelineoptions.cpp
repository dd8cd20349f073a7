// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineoptions.h"

#include <QCommandLineParser>

namespace Seedline::Cli {

void addTimelineOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("policy"),
        QStringLiteral("When an mrustc release starts to count: 'released' (its release date, the "
                       "default) or 'observed[:PROJECT]' (when PROJECT adopted it; default "
                       "dtolnay/bootstrap)."),
        QStringLiteral("POLICY") });
    parser.addOption({ QStringLiteral("from"),
        QStringLiteral("First date (YYYY-MM-DD); default: the first anchor."), QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("to"), QStringLiteral("Last date (YYYY-MM-DD); default: the end of the projection."),
            QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("horizon"),
        QStringLiteral("Project this many years past the newest release (default 5; 0: no projection)."),
        QStringLiteral("YEARS") });
    parser.addOption({ QStringLiteral("mrustc-every"),
        QStringLiteral("In the projection mrustc learns a newer target every MONTHS months, 'never', or "
                       "at its historical 'average' interval (the default)."),
        QStringLiteral("MONTHS|never|average") });
    parser.addOption({ QStringLiteral("scenario"),
        QStringLiteral("The what-if that makes CPython need Rust (default cpython-requires-rust)."),
        QStringLiteral("NAME") });
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, QString *error)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        *error = QStringLiteral("--%1 expects a date such as 2025-11-10, not '%2'").arg(name, text);
        return std::nullopt;
    }
    return d;
}

std::optional<TimelineChoice> timelineChoiceFrom(const QCommandLineParser &parser, QString *error)
{
    TimelineChoice choice;
    TimelineOptions &options = choice.options;
    if (parser.isSet(QStringLiteral("policy"))) {
        QString reason;
        const auto policy = TimelinePolicy::parse(parser.value(QStringLiteral("policy")), &reason);
        if (!policy) {
            *error = QStringLiteral("--policy: ") + reason;
            return std::nullopt;
        }
        options.policy = *policy;
    }
    const auto from = dateOption(parser, QStringLiteral("from"), error);
    if (!from)
        return std::nullopt;
    const auto to = dateOption(parser, QStringLiteral("to"), error);
    if (!to)
        return std::nullopt;
    options.from = *from;
    options.to = *to;
    if (from->isValid() && to->isValid() && *from > *to) {
        *error = QStringLiteral("--from %1 is after --to %2")
                     .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("horizon"))) {
        bool ok = false;
        const double years = parser.value(QStringLiteral("horizon")).toDouble(&ok);
        if (!ok || years < 0 || years > 100) {
            *error = QStringLiteral("--horizon expects a number of years from 0 to 100, not '%1'")
                         .arg(parser.value(QStringLiteral("horizon")));
            return std::nullopt;
        }
        options.projection.horizonYears = years;
    }
    if (parser.isSet(QStringLiteral("mrustc-every"))) {
        QString reason;
        const auto tool = ToolAssumption::parse(parser.value(QStringLiteral("mrustc-every")), &reason);
        if (!tool) {
            *error = QStringLiteral("--mrustc-every: ") + reason;
            return std::nullopt;
        }
        options.projection.tool = *tool;
    }
    if (parser.isSet(QStringLiteral("scenario")))
        choice.cpython.scenario = parser.value(QStringLiteral("scenario"));
    return choice;
}

} // namespace Seedline::Cli

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Seedline {

// When a bootstrap anchor ("mrustc v0.12.0 builds rustc 1.90.0") starts to count.
enum class AdoptionPolicy {
    Released, // from the tool's release date
    Observed, // from the date a real project was seen using it ([[timeline.observed]])
};

struct TimelinePolicy
{
    AdoptionPolicy adoption = AdoptionPolicy::Released;
    QString project; // Observed: whose history; empty means defaultProject()

    static QString defaultProject() { return QStringLiteral("dtolnay/bootstrap"); }
    QString effectiveProject() const { return project.isEmpty() ? defaultProject() : project; }
    // "released", "observed:dtolnay/bootstrap"
    QString toString() const;
    // Reads "released", "observed" or "observed:PROJECT"; nullopt (and *error) otherwise.
    static std::optional<TimelinePolicy> parse(const QString &text, QString *error);
    bool operator==(const TimelinePolicy &) const = default;
};

// How the anchor's tool (mrustc) is assumed to learn newer targets after the data ends.
struct ToolAssumption
{
    enum class Mode {
        Never, // it never advances again
        HistoricalAverage, // every "average interval between its past advances"
        EveryMonths, // every `months` months after its last advance
    };
    Mode mode = Mode::HistoricalAverage;
    int months = 0; // EveryMonths only, >= 1

    // "never", "average", "12" (months)
    QString toString() const;
    // Reads "never", "average" or a whole number of months (1..1200); nullopt (and *error) otherwise.
    static std::optional<ToolAssumption> parse(const QString &text, QString *error);
    bool operator==(const ToolAssumption &) const = default;
};

struct ProjectionOptions
{
    double horizonYears = 5; // after the newest release in the data; 0 means no projection
    int cadenceDays = 42; // Rust: 93 of 98 gaps between minor releases are exactly 42 days
    ToolAssumption tool;
    bool operator==(const ProjectionOptions &) const = default;
};

struct TimelineOptions
{
    QString family = QStringLiteral("rust"); // the released family whose chain grows
    TimelinePolicy policy;
    ProjectionOptions projection;
    QDate from; // invalid: from the first date with an anchor
    QDate to; // invalid: to the end of the projection (or of the data without one)
    bool operator==(const TimelineOptions &) const = default;
};

} // namespace Seedline

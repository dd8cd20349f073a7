// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace Seedline {

// One release of a family: "rust 1.90.0 on 2025-09-18".
struct Release
{
    QString family;
    QString version;
    QDate date;
    QString source;
    bool operator==(const Release &) const = default;
};

// A bootstrap anchor: "mrustc v0.12.0 (2026-02-17) builds rust 1.90.0".
struct BootstrapAnchor
{
    QString tool;        // "mrustc"
    QString toolVersion; // "v0.12.0"
    QString family;      // "rust"
    QString builds;      // "1.90.0"
    QDate date;
    QString note;
    bool operator==(const BootstrapAnchor &) const = default;
};

// An observed chain length: "dtolnay/bootstrap on 2026-07-16: 8 rustc builds".
struct ObservedChain
{
    QString project;
    QDate date;
    QString family;
    QString first;
    QString last;
    int builds = 0;
    QString note;
    QString toolVersion; // the anchor's tool release the project used ("v0.11.0"); may be empty
    bool operator==(const ObservedChain &) const = default;
};

// A dated event drawn on the timeline: "2024-07-25 Rust 1.80.0 breaks `time` < 0.3.35".
struct TimelineEvent
{
    QDate date;
    QString title;
    QString source; // where it is documented: "rust-lang/rust#127343", a URL, a commit
    QString note;
    bool operator==(const TimelineEvent &) const = default;
};

struct Timeline
{
    QVector<Release> releases;
    QVector<BootstrapAnchor> anchors;
    QVector<ObservedChain> observed;
    QVector<TimelineEvent> events;
    bool isEmpty() const
    {
        return releases.isEmpty() && anchors.isEmpty() && observed.isEmpty() && events.isEmpty();
    }
    bool operator==(const Timeline &) const = default;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requirement.h"
#include "version.h"

#include <QString>
#include <QVector>

namespace Seedline {

// Picks steps: by id, or by family with a version constraint ("python >= 3.7").
struct StepSelector
{
    QString id;     // exact step id, or
    QString family; // a family ...
    VersionConstraint version; // ... whose step versions satisfy this
    // "newest" picks only the newest satisfying step, "oldest" the oldest, "all" every one.
    enum class Pick { All, Newest, Oldest } pick = Pick::All;
    bool isValid() const { return !id.isEmpty() || !family.isEmpty(); }
    QString toString() const;
    bool operator==(const StepSelector &) const = default;
};

// One rule of a what-if: add or remove "from needs to".
struct ScenarioRule
{
    enum class Action { Add, Remove } action = Action::Add;
    StepSelector from;
    StepSelector to;
    // Optional: "to" is resolved to the newest `to.family` release dated on or before each `from`
    // step's release date ("CPython >= 3.17 requires rust >= the newest stable at its release").
    bool toNewestAtRelease = false;
    Evidence evidence; // where the rule was written, and its note
    bool operator==(const ScenarioRule &) const = default;
};

struct Scenario
{
    QString name;  // "cpython-requires-rust"
    QString title; // "CPython requires Rust"
    QString description;
    bool enabledByDefault = false;
    QVector<ScenarioRule> rules;
    bool operator==(const Scenario &) const = default;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/diagnostic.h"
#include "core/scenario.h"

#include <QDate>
#include <QVector>

#include <optional>

namespace Seedline {

// The steps a selector picks, in step order: the step with that id, or the included steps whose
// families contain selector.family (or whose package is that name) and whose version satisfies
// selector.version; Pick::Newest / Pick::Oldest keep one (by compareVersions, then pass).
QVector<int> resolveSelector(const Chain &chain, const StepSelector &selector);

// A step's release date: its facts.released, else the date of the timeline release with its
// version in one of its families (or its package).
std::optional<QDate> releaseDate(const Chain &chain, int step);

// Applies a what-if. Add rules add Requirement{from, to, kind = Scenario, evidence = rule.evidence}
// for every resolved pair (no self-loops, no duplicates); Remove rules remove every edge, of any
// kind, between the resolved steps. With toNewestAtRelease, `to` is resolved per from-step to the
// newest matching step of to.family released on or before the from-step's release date.
// Selectors that match nothing and rules that change nothing become warnings in *diags
// (with the rule's file and line, and the nearest ids or families).
Chain applyScenario(const Chain &chain, const Scenario &scenario, Diagnostics *diags = nullptr);
Chain applyScenarios(const Chain &chain, const QVector<Scenario> &scenarios, Diagnostics *diags = nullptr);

} // namespace Seedline

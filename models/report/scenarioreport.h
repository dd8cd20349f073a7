// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QJsonObject>
#include <QString>

namespace Seedline {

struct SummaryOptions;

// A scenario applied for `seedline summary --scenario NAME`: the chain after it and what changed.
struct ScenarioReport
{
    bool applied = false;
    Chain after;
    QJsonObject json; // name, title, added/removed edges, newly_requires, metrics, new_cycles
    QString text;
};

// Finds the scenario by name (an unknown name lists the chain's scenarios in *problems),
// applies it and describes the difference for the families of the summary and its target.
ScenarioReport applyScenarioForReport(const Chain &chain, const QString &name, const SummaryOptions &options,
                                      Diagnostics *problems);

} // namespace Seedline

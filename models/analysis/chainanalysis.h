// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/familyrequirement.h"
#include "analysis/graphindex.h"
#include "analysis/scenariodiff.h"
#include "core/chain.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace Seedline {

struct AnalysisOptions
{
    // Families whose requirers are computed; python and rust are always among them.
    QStringList families;
    RequirementKinds followed = defaultFollowedKinds();
    bool includeExcluded = false;
    bool operator==(const AnalysisOptions &) const = default;
};

// What the enabled what-ifs changed, against the chain without them.
struct ScenarioEffect
{
    QStringList names;   // the scenarios applied, in the chain's order
    QStringList titles;
    ChainPtr before;     // the chain without them
    ScenarioDiff diff;   // before -> ChainAnalysis::chain
    // Per analysed family: the steps (of ChainAnalysis::chain) that require it only because of them.
    QVector<Bitset> newlyRequiring; // parallel to ChainAnalysis::families
};

// The one analysis of a derived chain (loaded inputs + enabled scenarios, never collapsed or
// folded): shared by the highlight, the tables, the Inspector, the reports and the exporters.
// An immutable value; compute it off the GUI thread and share it as AnalysisPtr.
struct ChainAnalysis
{
    ChainPtr chain;
    AnalysisOptions options;
    GraphIndex index;                     // the followed kinds
    QVector<FamilyRequirement> families;  // one per analysed family, in options order
    std::optional<ScenarioEffect> scenario;

    int familyIndex(const QString &family) const;
    const FamilyRequirement *family(const QString &family) const;
    // Whether a real step requires the family (a path of length >= 1 over the followed kinds).
    bool stepRequires(int step, const QString &family) const;
    // Whether it requires it only because of the scenarios.
    bool stepNewlyRequires(int step, const QString &family) const;
    // The families of options.families it requires, in that order.
    QStringList requiredFamilies(int step) const;
};

using AnalysisPtr = std::shared_ptr<const ChainAnalysis>;

// Analyses `chain`. With `before` (the chain without the enabled scenarios) the scenario effect is
// computed too; `target` names the step whose builds-to-reach the effect reports.
AnalysisPtr analyseChain(ChainPtr chain, const AnalysisOptions &options, ChainPtr before = {},
                         const QStringList &scenarioNames = {}, const QString &target = {});

// python and rust first, then the others of `families` in order, without duplicates.
QStringList analysedFamilies(const QStringList &families);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

struct CollapseOptions
{
    int minimumMembers = 3; // shorter runs stay expanded
    // A build joins the series of its package's previous build when it needs that build over one
    // of these kinds (a version chain: rust 1.90.0 → 1.91.1 → ...).
    RequirementKinds linkKinds = RequirementKind::Declared | RequirementKind::Mentioned | RequirementKind::Toolchain;
    QStringList packages;     // only these packages (empty: every package)
    QStringList keepExpanded; // series ids or packages left expanded
};

// The version series of a chain: runs of consecutive builds of one package (in step order, passes
// included) where each build needs its predecessor over options.linkKinds, at least
// options.minimumMembers long. Each is a FoldGroup of kind Series with the id "rust×8" (made
// unique with "@first-version" if needed) and the package as its title.
QVector<FoldGroup> findSeries(const Chain &chain, const CollapseOptions &options = {});

// The projection that folds every series of findSeries() into one node labelled
// "rust 1.90.0 → 1.98.0 · 9 builds" (see foldGroups). It is a view: analyse the real chain.
ChainProjection collapseSeries(const Chain &chain, const CollapseOptions &options = {});

// The same collapse with one more series (by id or package) left expanded.
ChainProjection expandSeries(const ChainProjection &collapsed, const QString &seriesIdOrPackage,
                             const CollapseOptions &options = {});

} // namespace Seedline

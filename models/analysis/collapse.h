// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

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

// One collapsed version chain.
struct Series
{
    QString id;          // "rust×8" (made unique with "@first-version" if needed)
    QString package;     // "rust"
    QVector<int> members; // original step indices, in step order
    int node = -1;        // index of its step in CollapsedChain::chain
};

// A chain whose version series are single nodes, and how to map back.
struct CollapsedChain
{
    Chain chain;                   // the collapsed chain
    Chain original;                // the chain that was collapsed (implicitly shared, no deep copy)
    QVector<int> nodeOf;           // original step -> collapsed step
    QVector<QVector<int>> members; // collapsed step -> original steps (one for plain steps)
    QVector<int> requirementOf;    // collapsed requirement -> the first original requirement it stands for
    QVector<Series> series;

    // The series a collapsed step stands for, or nullptr for a plain step.
    const Series *seriesAt(int node) const;
};

// Collapses runs of consecutive builds of one package (in step order, passes included) where each
// build needs its predecessor over options.linkKinds, at least options.minimumMembers long, into a
// node labelled "rust ×8" (kind Build, families the union of the members', build hours the sum,
// release date the last member's, version "first–last"). It takes the place of the first member.
// Edges are remapped to the series nodes, edges inside a series dropped, duplicates (same from, to
// and kind) merged keeping the first evidence.
CollapsedChain collapseSeries(const Chain &chain, const CollapseOptions &options = {});

// The chain before collapsing (every series expanded).
Chain expand(const CollapsedChain &collapsed);

// The same collapse with one more series (by id or package) left expanded.
CollapsedChain expandSeries(const CollapsedChain &collapsed, const QString &seriesIdOrPackage,
                            const CollapseOptions &options = {});

} // namespace Seedline

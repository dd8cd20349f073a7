// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QString>
#include <QVector>

namespace Seedline {

// A set of steps shown as one node: a version series ("rust 1.90.0 → 1.98.0 · 9 builds"), a
// stage ("stage0-posix · 16 steps") or another run of steps.
struct FoldGroup
{
    enum class Kind { Series, Stage, Run };
    Kind kind = Kind::Series;
    QString id;           // the shown node's id: "rust×9", "stage0-posix"; unique in the shown chain
    QString title;        // "rust", "stage0-posix"
    QString package;      // Series: the package
    QVector<int> members; // indices into the real chain's steps, in step order
    int node = -1;        // index of its node in ChainProjection::shown
    bool operator==(const FoldGroup &) const = default;
};

// A view of a real chain in which groups of steps are folded into single nodes.
//
// Folding is a projection, never a new chain to analyse: every answer (requires a family, why,
// paths, counts) is computed on the real chain and then projected. The shown chain only serves the
// picture: its steps are the real steps outside every group plus one node per group (at the
// position of its first member); its requirements are exactly the real edges between different
// shown nodes, one per (from, to, kind), each listing the real edges it stands for. Edges inside a
// group are not drawn.
struct ChainProjection
{
    Chain real;                            // the chain that was folded (implicitly shared)
    Chain shown;                           // what is drawn
    QVector<int> nodeOf;                   // real step -> shown step
    QVector<QVector<int>> members;         // shown step -> real steps (one for a plain step)
    QVector<QVector<int>> requirementsOf;  // shown requirement -> the real requirements it stands for
    QVector<int> shownRequirementOf;       // real requirement -> shown requirement (-1 inside a group)
    QVector<FoldGroup> groups;
    QVector<int> groupOfNode;              // shown step -> index into groups, -1 for a plain step

    bool isIdentity() const { return groups.isEmpty(); }
    // The group a shown step stands for, or nullptr for a plain step.
    const FoldGroup *groupAt(int node) const;
    // The shown step for an id: a shown id, or the id of any real step (members name their group).
    int shownIndexOf(const QString &id) const;
    // The real step for an id, or -1.
    int realIndexOf(const QString &id) const { return real.indexOf(id); }
    // The real steps a shown step stands for.
    QVector<int> membersOf(int node) const { return members.value(node); }
};

// The projection that folds nothing: shown == real.
ChainProjection identityProjection(const Chain &real);

// Folds each group into one node. Members must be valid step indices; a step may belong to one
// group only (later groups lose the members taken by earlier ones; groups left with fewer than
// one member are dropped). A group's node gets the union of the members' families, the sum of
// their build hours, the last member's release date, and is excluded only when every member is.
ChainProjection foldGroups(const Chain &real, QVector<FoldGroup> groups);

// The label of a group's node: "rust 1.90.0 → 1.98.0 · 9 builds", "stage0-posix · 16 steps".
QString foldGroupLabel(const Chain &real, const FoldGroup &group);

} // namespace Seedline

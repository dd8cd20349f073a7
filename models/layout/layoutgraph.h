// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Seedline {

// What the layout engines see: a plain value, safe to hand to another thread.
struct LayoutGraph
{
    enum RankDir { TopToBottom, LeftToRight };

    struct Node
    {
        QString id;               // for notes and debugging; not used as a Graphviz name
        QString label;            // sizes the node unless widthInches/heightInches are set
        double widthInches = 0;   // 0: from the label
        double heightInches = 0;  // 0: from the label
        QString shape = QStringLiteral("box");
        bool operator==(const Node &) const = default;
    };
    struct Edge
    {
        int from = -1;        // index into nodes: the step that needs...
        int to = -1;          // ...this one
        int requirement = -1; // index into Chain::requirements, -1 if none
        bool constraint = true; // false: the edge does not influence the ranking
        bool operator==(const Edge &) const = default;
    };

    // A titled group of nodes: a run in build order (the seed and stage0-posix, "built with gcc
    // 4.7.4", a chain file's own stage) when `ordered`, a DOT cluster otherwise.
    struct Stage
    {
        QString id;
        QString title;
        QVector<int> nodes; // indices into nodes, ascending
        bool operator==(const Stage &) const = default;
    };

    QString name;
    RankDir rankDir = TopToBottom;
    QVector<Node> nodes;
    QVector<Edge> edges;
    QVector<Stage> stages;
    // The nodes are in build order (their index order): the bootstrap layout applies.
    bool ordered = false;
    // Index into Chain::steps of every node (layoutGraphFromChain), for mapping back.
    QVector<int> stepIndex;

    bool operator==(const LayoutGraph &) const = default;
};

// The steps (all, or all but excluded ones) and the requirements of the shown kinds between
// them, with the step labels. Every edge constrains the ranking.
LayoutGraph layoutGraphFromChain(const Chain &chain, RequirementKinds shownKinds, bool includeExcluded);

// Whether a chain's step order is a build order (live-bootstrap inputs and chain files; not DOT).
bool hasBuildOrder(const Chain &chain);

// The stages of a chain in build order, as runs of its steps (step indices): a step's "stage"
// attribute (a chain file's `stage` key) starts a stage; otherwise the seeds and stage0-posix come
// first, then one stage per C compiler in force (the target of a step's toolchain edge to a
// c-compiler), a new one after every kernel jump and for every source file. Steps without a
// compiler of their own (improve, define, uninstall) stay in the stage they are in.
struct ChainStage
{
    QString id;
    QString title;
    QVector<int> steps;
};
QVector<ChainStage> bootstrapStages(const Chain &chain);

// layoutGraphFromChain with the stages of bootstrapStages() (nodes of hidden steps left out).
LayoutGraph bootstrapLayoutGraph(const Chain &chain, RequirementKinds shownKinds, bool includeExcluded);

} // namespace Seedline

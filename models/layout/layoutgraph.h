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

    QString name;
    RankDir rankDir = TopToBottom;
    QVector<Node> nodes;
    QVector<Edge> edges;
    // Index into Chain::steps of every node (layoutGraphFromChain), for mapping back.
    QVector<int> stepIndex;

    bool operator==(const LayoutGraph &) const = default;
};

// The steps (all, or all but excluded ones) and the requirements of the shown kinds between
// them, with the step labels. Every edge constrains the ranking.
LayoutGraph layoutGraphFromChain(const Chain &chain, RequirementKinds shownKinds, bool includeExcluded);

} // namespace Seedline

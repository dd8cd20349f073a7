// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainanalysis.h"
#include "analysis/projection.h"
#include "highlight/highlight.h"
#include "layout/layoutgraph.h"
#include "layout/layoutresult.h"
#include "scene/scenemodel.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

namespace Seedline {

// What is folded into single nodes. Every fold is a projection of the one analysis: it may hide
// detail, never add a requirement.
struct FoldOptions
{
    bool series = false;        // version series ("rust 1.90.0 → 1.98.0 · 9 builds")
    bool runs = false;          // runs of consecutive steps that look alike (the overview)
    QSet<QString> stages;       // stage ids folded into one node each ("stage-3")
    QSet<QString> expanded;     // ids of folded nodes opened again (double-click)
    int minimumRun = 3;         // shorter runs stay open
    bool operator==(const FoldOptions &) const = default;
};

// Everything the picture depends on besides the chain: the window keeps one, `seedline export`
// builds one from its options.
struct ViewOptions
{
    HighlightOptions highlight; // its step indices are filled in from the ids below
    QString selectedId;         // a real step's id or a folded node's
    QString whyFromId, whyToId;
    FoldOptions fold;
    LayoutGraph::RankDir rankDir = LayoutGraph::TopToBottom;
    LayoutOptions layout;       // engine "": the bootstrap layout for build orders, Graphviz otherwise
    bool layoutFocusOnly = true; // focus mode lays out only the steps it shows
    QString caption;            // drawn under the title (the story writes its own when empty)
    // The story: only the family steps, what needs them (or the targets and what lies on their
    // way) and the edges of their witness paths, series and look-alike runs folded (story.h).
    bool story = false;
    QStringList storyTargets;
    bool operator==(const ViewOptions &) const = default;
};

// The picture before its layout: the projection, the styles and the graph to lay out.
struct ViewPlan
{
    AnalysisPtr analysis;
    std::shared_ptr<const ChainProjection> projection;
    HighlightResult highlight;
    std::shared_ptr<HighlightCache> highlightCache; // shared by copies: a click restyles from it
    LayoutGraph graph;
    LayoutOptions layoutOptions;
    QByteArray layoutKey;       // equal keys: the same layout
    bool bootstrap = false;     // the bootstrap layout (build order) rather than Graphviz
    QStringList notes;          // what was folded, for the status bar
    QString caption;            // under the title
    QString sources;            // the evidence files of the drawn edges (the story)
    QStringList problems;       // options that name nothing (unknown story targets)
    bool isEmpty() const { return !projection; }
};

// The folds of FoldOptions as groups of the real chain (stages first, then series, then runs).
QVector<FoldGroup> foldGroupsFor(const ChainAnalysis &analysis, const ViewOptions &options);

// Projection, highlight and layout graph. Pure and linear in the chain; call it off the GUI thread
// for big chains.
ViewPlan planView(const AnalysisPtr &analysis, const ViewOptions &options);

// Restyles an existing plan for new options that keep its layout (selection, families, why-path):
// the highlight only. Returns false when the options change what is laid out.
bool restylePlan(ViewPlan &plan, const ViewOptions &options);
// The part of the options that decides the layout of a chain: equal keys, same layout. (The
// bootstrap layout does not depend on the edge kinds shown; Graphviz's does.)
QByteArray viewLayoutKey(const ViewOptions &options, const Chain &chain);

// The drawing model of a planned and laid-out view.
SceneModel assembleScene(const ViewPlan &plan, const LayoutResult &layout);

// All of it, synchronously (the command line, frame exports, tests). When the Graphviz layout
// fails, the instant layout is used and *warning says so.
// Without layOut (DOT and Mermaid exports, which carry no positions) no layout runs at all.
SceneModel buildScene(const AnalysisPtr &analysis, const ViewOptions &options, QString *warning = nullptr,
                      const std::atomic_bool *cancel = nullptr, bool layOut = true);

} // namespace Seedline

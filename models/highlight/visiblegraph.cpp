// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visiblegraph.h"

namespace Seedline {

LayoutGraph visibleLayoutGraph(const LayoutGraph &graph, const HighlightResult &highlight)
{
    LayoutGraph out;
    out.name = graph.name;
    out.rankDir = graph.rankDir;
    out.ordered = graph.ordered;
    QVector<int> newIndex(graph.nodes.size(), -1);
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const int step = graph.stepIndex.value(i, -1);
        if (step >= 0 && step < highlight.steps.size() && highlight.steps[step].hidden)
            continue;
        newIndex[i] = int(out.nodes.size());
        out.nodes.append(graph.nodes[i]);
        out.stepIndex.append(step);
    }
    for (const LayoutGraph::Edge &e : graph.edges) {
        if (e.from < 0 || e.to < 0 || e.from >= newIndex.size() || e.to >= newIndex.size())
            continue;
        if (newIndex[e.from] < 0 || newIndex[e.to] < 0)
            continue;
        if (e.requirement >= 0 && e.requirement < highlight.edges.size() && highlight.edges[e.requirement].hidden)
            continue;
        LayoutGraph::Edge copy = e;
        copy.from = newIndex[e.from];
        copy.to = newIndex[e.to];
        out.edges.append(copy);
    }
    for (const LayoutGraph::Stage &stage : graph.stages) {
        LayoutGraph::Stage kept{stage.id, stage.title, {}};
        for (int n : stage.nodes)
            if (n >= 0 && n < newIndex.size() && newIndex[n] >= 0)
                kept.nodes.append(newIndex[n]);
        if (!kept.nodes.isEmpty())
            out.stages.append(kept);
    }
    return out;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutgraph.h"

namespace Seedline {

LayoutGraph layoutGraphFromChain(const Chain &chain, RequirementKinds shownKinds, bool includeExcluded)
{
    LayoutGraph g;
    g.name = chain.title;
    QVector<int> nodeOf(chain.steps.size(), -1);
    g.nodes.reserve(chain.steps.size());
    g.stepIndex.reserve(chain.steps.size());
    for (int i = 0; i < chain.steps.size(); ++i) {
        const Step &s = chain.steps[i];
        if (s.excluded && !includeExcluded)
            continue;
        LayoutGraph::Node n;
        n.id = s.id;
        n.label = stepDisplayLabel(s);
        if (s.kind == StepKind::Seed)
            n.shape = QStringLiteral("ellipse");
        nodeOf[i] = int(g.nodes.size());
        g.nodes.append(n);
        g.stepIndex.append(i);
    }
    for (int r = 0; r < chain.requirements.size(); ++r) {
        const Requirement &req = chain.requirements[r];
        if (!shownKinds.testFlag(req.kind) || req.from < 0 || req.to < 0 || req.from >= nodeOf.size() ||
            req.to >= nodeOf.size() || nodeOf[req.from] < 0 || nodeOf[req.to] < 0)
            continue;
        g.edges.append(LayoutGraph::Edge{nodeOf[req.from], nodeOf[req.to], r, true});
    }
    return g;
}

} // namespace Seedline

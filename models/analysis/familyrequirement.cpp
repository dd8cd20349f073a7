// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "familyrequirement.h"

#include "analysis/graphindex.h"
#include "core/chain.h"

#include <QStringList>

#include <vector>

namespace Seedline {

Witness FamilyRequirement::witness(int step) const
{
    Witness w;
    if (step < 0 || step >= steps.size() || !steps.test(step))
        return w;
    // Follow the next pointers; the first hop may lead back into the family itself, so always take
    // it, then stop on reaching a family step (the BFS seeds, at distance 0).
    int v = step;
    do {
        w.edges.append(nextEdge[v]);
        v = nextStep[v];
    } while (v >= 0 && !familySteps.test(v));
    return w;
}

int FamilyRequirement::distance(int step) const
{
    if (step < 0 || step >= steps.size() || !steps.test(step))
        return -1;
    return distances[step];
}

namespace {

// The multi-source reverse BFS from the steps `isSeed` accepts.
template<typename IsSeed>
FamilyRequirement requiring(const Chain &chain, const GraphIndex &graph, const QString &family, IsSeed isSeed)
{
    const int n = graph.nodeCount();
    FamilyRequirement r;
    r.family = family;
    r.familySteps = Bitset(n);
    r.steps = Bitset(n);
    r.nextEdge = QVector<int>(n, -1);
    r.nextStep = QVector<int>(n, -1);
    r.distances = QVector<int>(n, -1);

    std::vector<int> queue;
    queue.reserve(size_t(n));
    for (int i = 0; i < n && i < chain.steps.size(); ++i) {
        if (graph.isIncluded(i) && isSeed(i)) {
            r.familySteps.set(i);
            queue.push_back(i);
        }
    }
    // dist(v) for queued v: 0 for family steps, r.distances[v] otherwise.
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        const int dv = r.familySteps.test(v) ? 0 : r.distances[v];
        const auto sources = graph.neededBy(v);
        const auto edges = graph.neededByEdges(v);
        for (size_t k = 0; k < sources.size(); ++k) {
            const int u = sources[k];
            if (!r.steps.testAndSet(u))
                continue;
            r.nextEdge[u] = edges[k];
            r.nextStep[u] = v;
            r.distances[u] = dv + 1;
            // Family steps were queued as seeds already; their predecessors are reached from there.
            if (!r.familySteps.test(u))
                queue.push_back(u);
        }
    }
    return r;
}

} // namespace

FamilyRequirement requiresFamily(const Chain &chain, const GraphIndex &graph, const QString &family)
{
    return requiring(chain, graph, family, [&](int i) { return chain.steps[i].hasFamily(family); });
}

FamilyRequirement requiresStep(const Chain &chain, const GraphIndex &graph, int step)
{
    const QString id = step >= 0 && step < chain.steps.size() ? chain.steps[step].id : QString();
    return requiring(chain, graph, id, [step](int i) { return i == step; });
}

QString describeWitness(const Chain &chain, const Witness &witness)
{
    QStringList hops;
    const QString arrow = QStringLiteral(" \u2192 ");
    auto idOf = [&chain](int i) {
        return i >= 0 && i < chain.steps.size() ? chain.steps[i].id : QStringLiteral("?");
    };
    for (int e : witness.edges) {
        if (e < 0 || e >= chain.requirements.size()) {
            hops << QStringLiteral("?");
            continue;
        }
        const Requirement &req = chain.requirements[e];
        QString hop = idOf(req.from) + arrow + idOf(req.to);
        const QString ev = req.evidence.toString();
        if (ev.isEmpty())
            hop += QStringLiteral(" (") + requirementKindName(req.kind) + u')';
        else
            hop += QStringLiteral(": ") + ev;
        hops << hop;
    }
    return hops.join(QStringLiteral("; "));
}

} // namespace Seedline

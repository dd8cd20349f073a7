// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "analysis/cycles.h"
#include "analysis/graphindex.h"
#include "analysis/reachability.h"
#include "core/chain.h"

#include <algorithm>
#include <vector>

namespace Seedline {

namespace {

bool validTarget(const Chain &chain, const GraphIndex &graph, int target)
{
    return target >= 0 && target < chain.steps.size() && target < graph.nodeCount();
}

} // namespace

int buildsToReach(const Chain &chain, const GraphIndex &graph, int target)
{
    if (!validTarget(chain, graph, target))
        return -1;
    int n = chain.steps[target].isBuild() ? 1 : 0;
    dependencies(graph, target).forEach([&](int i) {
        if (chain.steps[i].isBuild())
            ++n;
    });
    return n;
}

FamilyChain familyChain(const Chain &chain, const GraphIndex &graph, int target, const QString &family)
{
    FamilyChain out;
    out.family = family;
    if (!validTarget(chain, graph, target))
        return out;
    Bitset set = dependencies(graph, target);
    set.set(target);
    set.forEach([&](int i) {
        const Step &s = chain.steps[i];
        if (s.isBuild() && s.hasFamily(family))
            out.steps.append(i);
    });
    return out;
}

CriticalPath criticalPathByHours(const Chain &chain, const GraphIndex &graph, int target)
{
    CriticalPath out;
    if (!validTarget(chain, graph, target) || !graph.isIncluded(target))
        return out;
    const SccDecomposition scc = sccDecomposition(graph);
    const int n = graph.nodeCount();
    const size_t count = size_t(scc.count);

    // Members of each component (counting sort), its weight and whether it is a real cycle.
    std::vector<int> offsets(count + 1, 0);
    for (int v = 0; v < n; ++v) {
        if (scc.component[v] >= 0)
            ++offsets[size_t(scc.component[v]) + 1];
    }
    for (size_t c = 0; c < count; ++c)
        offsets[c + 1] += offsets[c];
    std::vector<int> members(static_cast<size_t>(offsets[count]));
    std::vector<int> fill(offsets.begin(), offsets.end() - 1);
    std::vector<double> weight(count, 0);
    std::vector<char> cyclic(count, 0);
    for (int v = 0; v < n; ++v) {
        const int c = scc.component[v];
        if (c < 0)
            continue;
        members[size_t(fill[size_t(c)]++)] = v;
        weight[size_t(c)] += chain.steps[v].facts->buildHours.value_or(0.0);
        for (int w : graph.needs(v)) {
            if (w == v)
                cyclic[size_t(c)] = 1;
        }
    }

    // Tarjan numbers dependencies before dependents, so one pass in increasing order suffices.
    std::vector<double> best(count, 0);
    std::vector<int> next(count, -1);
    for (size_t c = 0; c < count; ++c) {
        if (offsets[c + 1] - offsets[c] > 1)
            cyclic[c] = 1;
        double bestNext = 0;
        for (int k = offsets[c]; k < offsets[c + 1]; ++k) {
            for (int w : graph.needs(members[size_t(k)])) {
                const int d = scc.component[w];
                if (size_t(d) == c)
                    continue;
                if (next[c] < 0 || best[size_t(d)] > bestNext) {
                    bestNext = best[size_t(d)];
                    next[c] = d;
                }
            }
        }
        best[c] = weight[c] + bestNext;
    }

    std::vector<int> path; // components from the target down to the earliest
    for (int c = scc.component[target]; c >= 0; c = next[size_t(c)])
        path.push_back(c);
    out.totalHours = best[size_t(path.front())];
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        if (cyclic[size_t(*it)])
            out.hasCycles = true;
        for (int k = offsets[size_t(*it)]; k < offsets[size_t(*it) + 1]; ++k)
            out.steps.append(members[size_t(k)]); // ascending within a component
    }
    return out;
}

} // namespace Seedline

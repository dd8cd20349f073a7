// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphindex.h"

#include "core/chain.h"

namespace Seedline {

GraphIndex GraphIndex::build(const Chain &chain, RequirementKinds followed, bool includeExcluded)
{
    GraphIndex g;
    const int n = int(chain.steps.size());
    const int m = int(chain.requirements.size());
    g.m_nodeCount = n;
    g.m_followed = followed;
    g.m_included = Bitset(n);
    for (int i = 0; i < n; ++i) {
        if (includeExcluded || !chain.steps[i].excluded)
            g.m_included.set(i);
    }

    g.m_edgeFrom.assign(size_t(m), -1);
    g.m_edgeTo.assign(size_t(m), -1);
    g.m_outOffsets.assign(size_t(n) + 1, 0);
    g.m_inOffsets.assign(size_t(n) + 1, 0);
    int kept = 0;
    for (int e = 0; e < m; ++e) {
        const Requirement &r = chain.requirements[e];
        if (r.from < 0 || r.to < 0 || r.from >= n || r.to >= n || !followed.testFlag(r.kind))
            continue;
        if (!g.m_included.test(r.from) || !g.m_included.test(r.to))
            continue;
        g.m_edgeFrom[size_t(e)] = r.from;
        g.m_edgeTo[size_t(e)] = r.to;
        ++g.m_outOffsets[size_t(r.from) + 1];
        ++g.m_inOffsets[size_t(r.to) + 1];
        ++kept;
    }
    for (int i = 0; i < n; ++i) {
        g.m_outOffsets[size_t(i) + 1] += g.m_outOffsets[size_t(i)];
        g.m_inOffsets[size_t(i) + 1] += g.m_inOffsets[size_t(i)];
    }
    g.m_outTargets.resize(size_t(kept));
    g.m_outEdges.resize(size_t(kept));
    g.m_inSources.resize(size_t(kept));
    g.m_inEdges.resize(size_t(kept));
    std::vector<int> outFill(g.m_outOffsets.begin(), g.m_outOffsets.end() - 1);
    std::vector<int> inFill(g.m_inOffsets.begin(), g.m_inOffsets.end() - 1);
    // Counting sort keeps requirement order within each node: traversals are deterministic.
    for (int e = 0; e < m; ++e) {
        const int from = g.m_edgeFrom[size_t(e)];
        if (from < 0)
            continue;
        const int to = g.m_edgeTo[size_t(e)];
        const int o = outFill[size_t(from)]++;
        g.m_outTargets[size_t(o)] = to;
        g.m_outEdges[size_t(o)] = e;
        const int i = inFill[size_t(to)]++;
        g.m_inSources[size_t(i)] = from;
        g.m_inEdges[size_t(i)] = e;
    }
    return g;
}

int GraphIndex::edgeFrom(int requirement) const
{
    return requirement >= 0 && size_t(requirement) < m_edgeFrom.size() ? m_edgeFrom[size_t(requirement)] : -1;
}

int GraphIndex::edgeTo(int requirement) const
{
    return requirement >= 0 && size_t(requirement) < m_edgeTo.size() ? m_edgeTo[size_t(requirement)] : -1;
}

} // namespace Seedline

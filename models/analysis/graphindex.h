// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/bitset.h"
#include "core/requirement.h"

#include <span>
#include <vector>

namespace Seedline {

struct Chain;

// A compact, read-only adjacency index over a Chain for fast traversals.
//
// Node indices are the chain's step indices (0 .. steps.size()-1). Only the requirements of the
// followed kinds are indexed, in both directions, as CSR arrays (offsets + neighbours + the
// requirement index of each edge):
//  - needs(x):    the steps x needs to build (out-edges, towards the earlier steps);
//  - neededBy(x): the steps that need x (in-edges, towards the later steps).
// Excluded steps (Step::excluded) are left out with all their edges unless includeExcluded is set;
// requirements with out-of-range endpoints are ignored. Self-loops are kept.
class GraphIndex
{
public:
    static GraphIndex build(const Chain &chain, RequirementKinds followed, bool includeExcluded = false);

    int nodeCount() const { return m_nodeCount; }
    int edgeCount() const { return int(m_outTargets.size()); }
    RequirementKinds followed() const { return m_followed; }
    bool isIncluded(int step) const { return step >= 0 && step < m_nodeCount && m_included.test(step); }
    const Bitset &included() const { return m_included; }

    // Out-edges: the steps `step` needs, and the requirement index of each of those edges.
    std::span<const int> needs(int step) const { return span(m_outTargets, m_outOffsets, step); }
    std::span<const int> needsEdges(int step) const { return span(m_outEdges, m_outOffsets, step); }
    // In-edges: the steps that need `step`, and the requirement index of each of those edges.
    std::span<const int> neededBy(int step) const { return span(m_inSources, m_inOffsets, step); }
    std::span<const int> neededByEdges(int step) const { return span(m_inEdges, m_inOffsets, step); }

    // Endpoints of an indexed requirement (by requirement index; -1 if not indexed).
    int edgeFrom(int requirement) const;
    int edgeTo(int requirement) const;

private:
    static std::span<const int> span(const std::vector<int> &v, const std::vector<int> &offsets, int step)
    {
        return {v.data() + offsets[size_t(step)], size_t(offsets[size_t(step) + 1] - offsets[size_t(step)])};
    }

    int m_nodeCount = 0;
    RequirementKinds m_followed;
    Bitset m_included;
    std::vector<int> m_outOffsets{0};
    std::vector<int> m_outTargets;
    std::vector<int> m_outEdges;
    std::vector<int> m_inOffsets{0};
    std::vector<int> m_inSources;
    std::vector<int> m_inEdges;
    std::vector<int> m_edgeFrom; // per requirement index, -1 if not indexed
    std::vector<int> m_edgeTo;
};

} // namespace Seedline

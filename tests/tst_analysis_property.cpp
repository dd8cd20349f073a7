// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The analysis engine against brute-force references (Floyd–Warshall distances) on random graphs
// with fixed seeds.
#include "analysis/analysis.h"
#include "core/chain.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>
#include <set>
#include <vector>

using namespace Seedline;

namespace {

constexpr int Inf = std::numeric_limits<int>::max() / 4;

struct RandomGraph
{
    Chain chain;
    RequirementKinds followed;
};

RandomGraph randomGraph(quint32 seed, int n, double edgeFactor, bool dag)
{
    QRandomGenerator rng(seed);
    RandomGraph g;
    Chain &c = g.chain;
    for (int i = 0; i < n; ++i) {
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.package = QStringLiteral("p%1").arg(i % 7);
        s.kind = rng.bounded(4) == 0 ? StepKind::Improve : StepKind::Build;
        if (rng.bounded(8) == 0)
            s.families << QStringLiteral("f");
        if (rng.bounded(20) == 0)
            s.excluded = true;
        if (rng.bounded(3) != 0)
            s.facts.edit().buildHours = rng.bounded(10);
        c.steps.append(s);
    }
    const int m = int(n * edgeFactor);
    for (int e = 0; e < m; ++e) {
        int from = int(rng.bounded(n));
        int to = int(rng.bounded(n));
        if (dag) {
            if (from == to)
                continue;
            if (from < to)
                std::swap(from, to); // later steps need earlier ones
        }
        Requirement r;
        r.from = from;
        r.to = to;
        r.kind = allRequirementKinds[rng.bounded(6)];
        c.requirements.append(r);
    }
    // A random non-empty set of followed kinds.
    int mask = 0;
    while (mask == 0)
        mask = int(rng.bounded(64));
    for (int k = 0; k < 6; ++k) {
        if (mask & (1 << k))
            g.followed |= allRequirementKinds[k];
    }
    c.reindex();
    return g;
}

bool followedEdge(const Chain &c, RequirementKinds followed, const Requirement &r)
{
    return followed.testFlag(r.kind) && !c.steps[r.from].excluded && !c.steps[r.to].excluded;
}

// dist[i][j] = length of the shortest path of length >= 1 from i to j (Inf if none).
std::vector<std::vector<int>> floydWarshall(const Chain &c, RequirementKinds followed)
{
    const int n = int(c.steps.size());
    std::vector<std::vector<int>> d(size_t(n), std::vector<int>(size_t(n), Inf));
    for (const Requirement &r : c.requirements) {
        if (followedEdge(c, followed, r))
            d[size_t(r.from)][size_t(r.to)] = 1;
    }
    for (int k = 0; k < n; ++k) {
        for (int i = 0; i < n; ++i) {
            if (d[size_t(i)][size_t(k)] >= Inf)
                continue;
            for (int j = 0; j < n; ++j) {
                const int via = d[size_t(i)][size_t(k)] + d[size_t(k)][size_t(j)];
                if (via < d[size_t(i)][size_t(j)])
                    d[size_t(i)][size_t(j)] = via;
            }
        }
    }
    return d;
}

std::set<int> toSet(const Bitset &b)
{
    std::set<int> s;
    b.forEach([&](int i) { s.insert(i); });
    return s;
}

// Checks that the edges form a walk from `from` to `to` over followed edges.
bool validPath(const Chain &c, RequirementKinds followed, const QVector<int> &edges, int from, int to)
{
    int at = from;
    for (int e : edges) {
        if (e < 0 || e >= c.requirements.size())
            return false;
        const Requirement &r = c.requirements[e];
        if (r.from != at || !followedEdge(c, followed, r))
            return false;
        at = r.to;
    }
    return at == to;
}

} // namespace

class TestAnalysisProperty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void againstReference_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("size");
        QTest::addColumn<double>("edgeFactor");
        QTest::addColumn<bool>("dag");
        const struct
        {
            int size;
            double factor;
        } shapes[] = {{1, 2}, {5, 1.5}, {12, 0.5}, {20, 2.5}, {60, 1.2}, {120, 3}, {200, 0.8}, {300, 2}};
        quint32 seed = 20260101;
        for (const auto &shape : shapes) {
            for (bool dag : {false, true}) {
                for (int rep = 0; rep < 2; ++rep) {
                    ++seed;
                    QTest::addRow("n=%d m=%.1fn %s seed=%u", shape.size, shape.factor, dag ? "dag" : "cyclic", seed)
                        << seed << shape.size << shape.factor << dag;
                }
            }
        }
    }

    void againstReference()
    {
        QFETCH(quint32, seed);
        QFETCH(int, size);
        QFETCH(double, edgeFactor);
        QFETCH(bool, dag);
        const RandomGraph rg = randomGraph(seed, size, edgeFactor, dag);
        const Chain &c = rg.chain;
        const int n = size;
        const GraphIndex g = GraphIndex::build(c, rg.followed);
        const auto dist = floydWarshall(c, rg.followed);
        auto d = [&dist](int i, int j) { return dist[size_t(i)][size_t(j)]; };
        QRandomGenerator rng(seed ^ 0x5eed);

        // Dependencies and dependents, with and without depth limits.
        for (int x = 0; x < n; ++x) {
            for (int depth : {-1, 0, 1, 2, 3}) {
                std::set<int> deps, dents;
                for (int y = 0; y < n; ++y) {
                    if (y == x || c.steps[x].excluded)
                        continue;
                    if (d(x, y) < Inf && (depth < 0 || d(x, y) <= depth))
                        deps.insert(y);
                    if (d(y, x) < Inf && (depth < 0 || d(y, x) <= depth))
                        dents.insert(y);
                }
                QVERIFY2(toSet(dependencies(g, x, depth)) == deps,
                         qPrintable(QStringLiteral("dependencies of %1, depth %2").arg(x).arg(depth)));
                QVERIFY2(toSet(dependents(g, x, depth)) == dents,
                         qPrintable(QStringLiteral("dependents of %1, depth %2").arg(x).arg(depth)));
            }
        }

        // Multi-source: the steps at distance 1..depth from some source, minus the sources.
        for (int trial = 0; trial < 5; ++trial) {
            Bitset sources(n);
            for (int k = 0; k < 3; ++k)
                sources.set(int(rng.bounded(n)));
            const int depth = int(rng.bounded(4)) - 1;
            std::set<int> deps;
            for (int y = 0; y < n; ++y) {
                if (sources.test(y))
                    continue;
                sources.forEach([&](int s) {
                    if (!c.steps[s].excluded && d(s, y) < Inf && (depth < 0 || d(s, y) <= depth))
                        deps.insert(y);
                });
            }
            QVERIFY(toSet(dependencies(g, sources, depth)) == deps);
        }

        // Requires family: membership and minimal witness length, and the witness is a real path.
        const FamilyRequirement fr = requiresFamily(c, g, QStringLiteral("f"));
        for (int x = 0; x < n; ++x) {
            int best = Inf;
            int end = -1;
            for (int f = 0; f < n; ++f) {
                if (c.steps[f].hasFamily(QStringLiteral("f")) && !c.steps[f].excluded && d(x, f) < best) {
                    best = d(x, f);
                    end = f;
                }
            }
            QCOMPARE(fr.steps.test(x), best < Inf);
            if (best >= Inf) {
                QCOMPARE(fr.distance(x), -1);
                continue;
            }
            const Witness w = fr.witness(x);
            QCOMPARE(fr.distance(x), best);
            QCOMPARE(int(w.edges.size()), best);
            const int last = c.requirements[w.edges.last()].to;
            QVERIFY(c.steps[last].hasFamily(QStringLiteral("f")));
            QVERIFY(validPath(c, rg.followed, w.edges, x, last));
            Q_UNUSED(end);
        }

        // Shortest paths.
        for (int trial = 0; trial < 200 && n > 0; ++trial) {
            const int from = int(rng.bounded(n));
            const int to = int(rng.bounded(n));
            const auto p = shortestPath(g, from, to);
            const bool included = !c.steps[from].excluded && !c.steps[to].excluded;
            if (!included) {
                QVERIFY(!p);
            } else if (from == to) {
                QVERIFY(p && p->isEmpty());
            } else if (d(from, to) >= Inf) {
                QVERIFY(!p);
            } else {
                QVERIFY(p);
                QCOMPARE(int(p->size()), d(from, to));
                QVERIFY(validPath(c, rg.followed, *p, from, to));
            }
        }

        // Strongly connected components.
        std::vector<int> inCycle(size_t(n), -1);
        const QVector<Cycle> cycles = stronglyConnectedComponents(g);
        for (int k = 0; k < cycles.size(); ++k) {
            const Cycle &cy = cycles[k];
            QVERIFY(std::is_sorted(cy.steps.begin(), cy.steps.end()));
            for (int s : cy.steps) {
                QCOMPARE(inCycle[size_t(s)], -1);
                inCycle[size_t(s)] = k;
            }
            const int s0 = cy.steps.first();
            QCOMPARE(int(cy.edges.size()), d(s0, s0)); // a shortest cycle
            QVERIFY(validPath(c, rg.followed, cy.edges, s0, s0));
            for (int e : cy.edges)
                QVERIFY(cy.steps.contains(c.requirements[e].to));
        }
        if (dag)
            QVERIFY(cycles.isEmpty());
        for (int x = 0; x < n; ++x) {
            const bool nonTrivial = d(x, x) < Inf; // on a cycle (or a self-loop)
            QCOMPARE(inCycle[size_t(x)] >= 0, nonTrivial);
            for (int y = x + 1; y < n; ++y) {
                const bool together = d(x, y) < Inf && d(y, x) < Inf;
                QCOMPARE(inCycle[size_t(x)] >= 0 && inCycle[size_t(x)] == inCycle[size_t(y)], together);
            }
        }

        // Builds to reach, against the reference reachability.
        for (int x = 0; x < n; ++x) {
            int builds = c.steps[x].isBuild() ? 1 : 0;
            for (int y = 0; y < n; ++y) {
                if (y != x && !c.steps[x].excluded && d(x, y) < Inf && c.steps[y].isBuild())
                    ++builds;
            }
            QCOMPARE(buildsToReach(c, g, x), builds);
        }

        // Critical path on DAGs: longest path by hours in index order (every edge points back).
        if (dag) {
            std::vector<double> best(size_t(n), 0);
            for (int x = 0; x < n; ++x) {
                if (c.steps[x].excluded)
                    continue;
                double longest = 0;
                for (const Requirement &r : c.requirements) {
                    if (r.from == x && followedEdge(c, rg.followed, r))
                        longest = std::max(longest, best[size_t(r.to)]);
                }
                best[size_t(x)] = c.steps[x].facts->buildHours.value_or(0) + longest;
                const CriticalPath cp = criticalPathByHours(c, g, x);
                QCOMPARE(cp.totalHours, best[size_t(x)]);
                QVERIFY(!cp.hasCycles);
                QCOMPARE(cp.steps.last(), x);
                double sum = 0;
                for (int k = 0; k < cp.steps.size(); ++k) {
                    sum += c.steps[cp.steps[k]].facts->buildHours.value_or(0);
                    if (k > 0)
                        QCOMPARE(d(cp.steps[k], cp.steps[k - 1]), 1);
                }
                QCOMPARE(sum, cp.totalHours);
            }
        }

        // Collapsing keeps every edge between different nodes and the reachability between them.
        const ChainProjection cc = collapseSeries(c);
        QCOMPARE(int(cc.nodeOf.size()), n);
        for (const Requirement &r : cc.shown.requirements)
            QVERIFY(r.from != r.to || cc.groupAt(r.from) == nullptr);
        int members = 0;
        for (const QVector<int> &m : cc.members)
            members += int(m.size());
        QCOMPARE(members, n);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisProperty)
#include "tst_analysis_property.moc"

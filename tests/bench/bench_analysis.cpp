// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The analysis engine on a generated chain of 50,000 steps and 200,000 edges: mostly DAG-like
// (steps need earlier steps, mostly nearby ones), with a few back edges forming cycles, and
// version series of 10 builds per package.
#include "analysis/analysis.h"
#include "core/chain.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Seedline;

namespace {

constexpr int StepCount = 50000;
constexpr int EdgeCount = 200000;
constexpr int SeriesLength = 10;

Chain generate()
{
    QRandomGenerator rng(42);
    Chain c;
    c.steps.reserve(StepCount);
    for (int i = 0; i < StepCount; ++i) {
        Step s;
        s.package = QStringLiteral("pkg%1").arg(i / SeriesLength);
        s.version = QStringLiteral("1.%1.0").arg(i % SeriesLength);
        s.id = s.package + u'-' + s.version;
        s.kind = StepKind::Build;
        if (i % 997 == 0)
            s.families << QStringLiteral("python");
        s.facts.edit().buildHours = double(rng.bounded(100)) / 10.0;
        c.steps.append(s);
    }
    c.requirements.reserve(EdgeCount);
    // Version series: each build needs its predecessor of the same package.
    for (int i = 0; i < StepCount; ++i) {
        if (i % SeriesLength != 0)
            c.requirements.append(Requirement{i, i - 1, RequirementKind::Declared, {}});
    }
    const RequirementKind kinds[] = {RequirementKind::Sequence, RequirementKind::Observed,
                                     RequirementKind::Toolchain, RequirementKind::Mentioned};
    while (c.requirements.size() < EdgeCount) {
        const int from = 1 + int(rng.bounded(StepCount - 1));
        int to;
        const quint32 shape = rng.bounded(1000);
        if (shape < 5) // a back edge: an earlier step needs a later one
            to = std::min(StepCount - 1, from + 1 + int(rng.bounded(50)));
        else if (shape < 800) // nearby
            to = std::max(0, from - 1 - int(rng.bounded(200)));
        else // anywhere earlier
            to = int(rng.bounded(from));
        c.requirements.append(Requirement{from, to, kinds[rng.bounded(4)], {}});
    }
    c.reindex();
    return c;
}

const Chain &chain()
{
    static const Chain c = generate();
    return c;
}

} // namespace

class BenchAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        qInfo("steps %d, requirements %d, followed edges %d, non-trivial SCCs %d", int(chain().steps.size()),
              int(chain().requirements.size()), g.edgeCount(), int(stronglyConnectedComponents(g).size()));
    }

    void buildIndex()
    {
        QBENCHMARK {
            const GraphIndex g = GraphIndex::build(chain(), allKinds());
            QVERIFY(g.edgeCount() == EdgeCount);
        }
    }

    void dependenciesOfMiddle()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        int n = 0;
        QBENCHMARK {
            n = dependencies(g, StepCount / 2).count();
        }
        qInfo("dependencies of the middle step: %d", n);
    }

    void dependentsOfMiddle()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        int n = 0;
        QBENCHMARK {
            n = dependents(g, StepCount / 2).count();
        }
        qInfo("dependents of the middle step: %d", n);
    }

    void dependenciesDepth3()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        int n = 0;
        QBENCHMARK {
            n = dependencies(g, StepCount / 2, 3).count();
        }
        qInfo("dependencies of the middle step within 3 edges: %d", n);
    }

    void requiresFamilyPython()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        int n = 0;
        QBENCHMARK {
            n = requiresFamily(chain(), g, QStringLiteral("python")).steps.count();
        }
        qInfo("steps requiring python: %d", n);
    }

    void scc()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        QBENCHMARK {
            const QVector<Cycle> cycles = stronglyConnectedComponents(g);
            QVERIFY(!cycles.isEmpty());
        }
    }

    void shortestPathLastToFirst()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        QBENCHMARK {
            const auto p = shortestPath(g, StepCount - 1, 0);
            QVERIFY(p);
        }
    }

    void criticalPath()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        QBENCHMARK {
            const CriticalPath cp = criticalPathByHours(chain(), g, StepCount - 1);
            QVERIFY(!cp.steps.isEmpty());
        }
    }

    void buildsToReachLast()
    {
        const GraphIndex g = GraphIndex::build(chain(), defaultFollowedKinds());
        QBENCHMARK {
            QVERIFY(buildsToReach(chain(), g, StepCount - 1) > 0);
        }
    }

    void collapse()
    {
        QBENCHMARK {
            const ChainProjection cc = collapseSeries(chain());
            QCOMPARE(int(cc.groups.size()), StepCount / SeriesLength);
        }
    }
};

QTEST_GUILESS_MAIN(BenchAnalysis)
#include "bench_analysis.moc"

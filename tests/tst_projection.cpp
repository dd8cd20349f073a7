// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Folding is a projection, never a new chain to analyse: on random chains full of version series,
// for every family and every set of followed kinds, a step outside a series needs a family exactly
// when it does unfolded, a folded node needs it exactly when one of its members does, and every
// drawn edge stands for real edges. The summary's --collapse listings obey the same rule.
#include "analysis/analysis.h"
#include "highlight/highlight.h"
#include "report/summary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Seedline;

namespace {

const QStringList families{QStringLiteral("python"), QStringLiteral("rust"), QStringLiteral("cc")};

// Packages built in runs of versions (each needing its predecessor, as a series), interleaved in
// build order, with random requirements of every kind across them. Some packages provide a family.
Chain seriesChain(quint32 seed)
{
    QRandomGenerator rng(seed);
    Chain c;
    const int packages = 4 + int(rng.bounded(6));
    QVector<int> lastOf(packages, -1);
    QVector<int> versionOf(packages, 0);
    const int n = 30 + int(rng.bounded(50));
    for (int i = 0; i < n; ++i) {
        const int p = int(rng.bounded(packages));
        Step s;
        s.package = QStringLiteral("pkg%1").arg(p);
        s.version = QStringLiteral("1.%1.0").arg(versionOf[p]++);
        s.id = s.package + u'-' + s.version;
        s.kind = rng.bounded(10) == 0 ? StepKind::Improve : StepKind::Build;
        if (p < int(families.size()))
            s.families << families[p];
        if (rng.bounded(25) == 0)
            s.excluded = true;
        const int index = int(c.steps.size());
        c.steps.append(s);
        // Most builds need the previous build of their package: version series.
        if (lastOf[p] >= 0 && rng.bounded(5) != 0) {
            static const RequirementKind links[] = {RequirementKind::Declared, RequirementKind::Toolchain,
                                                    RequirementKind::Mentioned};
            c.requirements.append(Requirement{index, lastOf[p], links[rng.bounded(3)], {}});
        }
        lastOf[p] = index;
        // And some earlier step of any package, of any kind.
        const int extra = int(rng.bounded(3));
        for (int k = 0; k < extra && index > 0; ++k)
            c.requirements.append(Requirement{index, int(rng.bounded(index)), allRequirementKinds[rng.bounded(6)], {}});
    }
    // A few edges against the build order (cycles), as real chains with what-ifs have.
    for (int k = 0; k < 2; ++k) {
        const int from = int(rng.bounded(n)), to = int(rng.bounded(n));
        if (from != to)
            c.requirements.append(Requirement{from, to, RequirementKind::Scenario, {}});
    }
    c.reindex();
    return c;
}

RequirementKinds kindSet(int mask)
{
    RequirementKinds kinds;
    for (int k = 0; k < 6; ++k) {
        if (mask & (1 << k))
            kinds |= allRequirementKinds[k];
    }
    return kinds;
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldingNeverChangesAnAnswer_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void foldingNeverChangesAnAnswer()
    {
        QFETCH(quint32, seed);
        const Chain chain = seriesChain(seed);
        const auto shared = std::make_shared<const Chain>(chain);
        const ChainProjection folded = collapseSeries(chain);
        const ChainProjection identity = identityProjection(chain);
        QVERIFY2(!folded.groups.isEmpty(), "the generator makes version series");
        // Every kind set that follows something (63 of them).
        for (int mask = 1; mask < 64; ++mask) {
            AnalysisOptions ao;
            ao.families = families;
            ao.followed = kindSet(mask);
            const AnalysisPtr analysis = analyseChain(shared, ao);
            HighlightOptions ho;
            ho.families = families;
            const HighlightResult plain = computeHighlight(*analysis, identity, ho);
            const HighlightResult shown = computeHighlight(*analysis, folded, ho);
            QCOMPARE(shown.steps.size(), folded.shown.steps.size());
            for (int node = 0; node < folded.shown.steps.size(); ++node) {
                if (shown.steps[node].hidden)
                    continue;
                const QVector<int> &members = folded.members[node];
                for (const QString &family : families) {
                    bool anyMember = false;
                    for (int m : members)
                        anyMember = anyMember || analysis->stepRequires(m, family);
                    const bool drawn = shown.steps[node].requiredFamilies.contains(family);
                    QVERIFY2(drawn == anyMember, qPrintable(QStringLiteral("%1 / %2 / kinds %3")
                                                                .arg(folded.shown.steps[node].id, family)
                                                                .arg(mask)));
                    if (!folded.groupAt(node)) {
                        // A step outside a series: the same as unfolded.
                        QCOMPARE(members.size(), 1);
                        QCOMPARE(drawn, plain.steps[members.first()].requiredFamilies.contains(family));
                    }
                }
            }
        }
        // The drawn edges are the real edges between different nodes, each listed once.
        QSet<int> listed;
        for (int e = 0; e < folded.shown.requirements.size(); ++e) {
            const Requirement &shownEdge = folded.shown.requirements[e];
            QVERIFY(!folded.requirementsOf[e].isEmpty());
            for (int r : folded.requirementsOf[e]) {
                QVERIFY(!listed.contains(r));
                listed.insert(r);
                const Requirement &real = chain.requirements[r];
                QCOMPARE(folded.nodeOf[real.from], shownEdge.from);
                QCOMPARE(folded.nodeOf[real.to], shownEdge.to);
                QCOMPARE(real.kind, shownEdge.kind);
            }
        }
        for (int r = 0; r < chain.requirements.size(); ++r) {
            const Requirement &real = chain.requirements[r];
            const bool across = folded.nodeOf[real.from] != folded.nodeOf[real.to]
                || (real.from == real.to && !folded.groupAt(folded.nodeOf[real.from]));
            QCOMPARE(listed.contains(r), across);
        }
    }

    void summaryListsTheProjection_data() { foldingNeverChangesAnAnswer_data(); }
    void summaryListsTheProjection()
    {
        QFETCH(quint32, seed);
        const Chain chain = seriesChain(seed);
        SummaryOptions options;
        options.requiresFamilies = families;
        const QJsonObject plain = buildSummary(chain, {}, options).json;
        options.collapse = true;
        const QJsonObject collapsed = buildSummary(chain, {}, options).json;
        const ChainProjection folded = collapseSeries(chain);
        // Every count is of the real chain.
        QCOMPARE(collapsed.value(QStringLiteral("steps")), plain.value(QStringLiteral("steps")));
        QCOMPARE(collapsed.value(QStringLiteral("builds")), plain.value(QStringLiteral("builds")));
        for (const QString &family : families) {
            QSet<QString> expected;
            QSet<QString> plainIds;
            for (const QJsonValue &v : plain.value(QStringLiteral("requires")).toObject().value(family).toArray()) {
                plainIds.insert(v.toString());
                const int node = folded.nodeOf[chain.indexOf(v.toString())];
                expected.insert(folded.shown.steps[node].id);
            }
            QSet<QString> actual;
            for (const QJsonValue &v : collapsed.value(QStringLiteral("requires")).toObject().value(family).toArray())
                actual.insert(v.toString());
            QCOMPARE(actual, expected);
            // Steps outside a series are listed collapsed exactly when they are listed plain.
            for (int i = 0; i < chain.steps.size(); ++i) {
                if (folded.groupAt(folded.nodeOf[i]))
                    continue;
                QCOMPARE(actual.contains(chain.steps[i].id), plainIds.contains(chain.steps[i].id));
            }
        }
    }

    void memberIdsNameTheirNode()
    {
        const Chain chain = seriesChain(7);
        const ChainProjection folded = collapseSeries(chain);
        for (int i = 0; i < chain.steps.size(); ++i)
            QCOMPARE(folded.shownIndexOf(chain.steps[i].id), folded.nodeOf[i]);
        for (const FoldGroup &g : folded.groups) {
            QCOMPARE(folded.shownIndexOf(g.id), g.node);
            QCOMPARE(folded.groupAt(g.node), &g);
            // "pkg1 1.0.0 → 1.4.0 · 5 builds"
            const QString label = folded.shown.steps[g.node].label;
            QVERIFY2(label.startsWith(g.package + u' '), qPrintable(label));
            QVERIFY2(label.endsWith(QStringLiteral(" builds")), qPrintable(label));
        }
    }

    void foldedWitnessAndPath()
    {
        // a-1 -> a-2 -> a-3 is a series; x needs a-2; a-3 needs python. x must not need python.
        Chain c;
        auto add = [&c](const QString &package, const QString &version, QStringList fam = {}) {
            Step s;
            s.package = package;
            s.version = version;
            s.id = package + u'-' + version;
            s.families = fam;
            c.steps.append(s);
            return int(c.steps.size() - 1);
        };
        const int py = add(QStringLiteral("python"), QStringLiteral("3.11.1"), {QStringLiteral("python")});
        const int a1 = add(QStringLiteral("a"), QStringLiteral("1"));
        const int a2 = add(QStringLiteral("a"), QStringLiteral("2"));
        const int x = add(QStringLiteral("x"), QStringLiteral("1"));
        const int a3 = add(QStringLiteral("a"), QStringLiteral("3"));
        c.requirements = {{a2, a1, RequirementKind::Declared, {}},
                          {a3, a2, RequirementKind::Declared, {}},
                          {x, a2, RequirementKind::Toolchain, {}},
                          {a3, py, RequirementKind::Observed, {}}};
        c.reindex();
        const AnalysisPtr analysis = analyseChain(std::make_shared<const Chain>(c), {});
        const ChainProjection folded = collapseSeries(c);
        QCOMPARE(folded.groups.size(), 1);
        const int node = folded.groups.first().node;
        HighlightOptions o;
        const HighlightResult h = computeHighlight(*analysis, folded, o);
        QCOMPARE(h.steps[node].requiredFamilies, QStringList{QStringLiteral("python")});
        QVERIFY(h.steps[folded.nodeOf[x]].requiredFamilies.isEmpty());
        // Selecting x: it needs the folded node (a-2 is a member) but not python.
        o.selected = folded.nodeOf[x];
        const HighlightResult sel = computeHighlight(*analysis, folded, o);
        QVERIFY(sel.needed.test(node));
        QVERIFY(!sel.needed.test(folded.nodeOf[py]));
        // Selecting the member a-2 alone: it needs a-1 (inside the node) and nothing else.
        o.selected = node;
        o.selectedMember = a2;
        const HighlightResult member = computeHighlight(*analysis, folded, o);
        QVERIFY(!member.needed.test(folded.nodeOf[py]));
        QVERIFY(member.needing.test(folded.nodeOf[x]));
        // The whole node needs python (through a-3).
        o.selectedMember = -1;
        QVERIFY(computeHighlight(*analysis, folded, o).needed.test(folded.nodeOf[py]));
        // Why does x need python? It does not; why does the node? Through a-3's real edge.
        o.selected = -1;
        o.whyFrom = folded.nodeOf[x];
        o.whyTo = folded.nodeOf[py];
        QVERIFY(computeHighlight(*analysis, folded, o).witnessPath.isEmpty());
        o.whyFrom = node;
        const HighlightResult why = computeHighlight(*analysis, folded, o);
        QCOMPARE(why.witnessPath, QVector<int>{3});
        QCOMPARE(why.shownWitnessPath.size(), 1);
        QCOMPARE(folded.requirementsOf[why.shownWitnessPath.first()], QVector<int>{3});
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"

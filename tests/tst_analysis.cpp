// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysis.h"
#include "core/chain.h"

#include <QTest>

using namespace Seedline;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A step from an id such as "python-2.0.1#2": package, version and pass come from the id.
Step makeStep(const QString &id, const QStringList &families = {}, StepKind kind = StepKind::Build)
{
    Step st;
    st.id = id;
    const auto [base, pass] = splitPassSuffix(id);
    const auto [package, version] = splitPackageVersion(base);
    st.package = package;
    st.version = version;
    st.pass = pass;
    st.kind = kind;
    st.label = id;
    st.families = families;
    return st;
}

// Builds a chain from "from>to" pairs; unknown ids become plain builds.
class ChainBuilder
{
public:
    ChainBuilder &step(const QString &id, const QStringList &families = {}, StepKind kind = StepKind::Build)
    {
        m_chain.addStep(makeStep(id, families, kind));
        return *this;
    }
    ChainBuilder &need(const QString &from, const QString &to, RequirementKind kind = RequirementKind::Declared,
                       const Evidence &evidence = {})
    {
        if (m_chain.indexOf(from) < 0)
            step(from);
        if (m_chain.indexOf(to) < 0)
            step(to);
        Requirement r;
        r.from = m_chain.indexOf(from);
        r.to = m_chain.indexOf(to);
        r.kind = kind;
        r.evidence = evidence;
        m_chain.requirements.append(r);
        return *this;
    }
    Chain &chain() { return m_chain; }

private:
    Chain m_chain;
};

QStringList idsOf(const Chain &chain, const Bitset &set)
{
    QStringList out;
    set.forEach([&](int i) { out << chain.steps[i].id; });
    out.sort();
    return out;
}

QStringList idsOf(const Chain &chain, const QVector<int> &steps)
{
    QStringList out;
    for (int i : steps)
        out << chain.steps[i].id;
    return out;
}

bool sameChain(const Chain &a, const Chain &b)
{
    return a.title == b.title && a.steps == b.steps && a.requirements == b.requirements
        && a.scenarios.size() == b.scenarios.size() && a.timeline == b.timeline && a.sources == b.sources;
}

// "a>b" for each edge of a path.
QString pathText(const Chain &chain, const QVector<int> &edges)
{
    QStringList hops;
    for (int e : edges)
        hops << chain.steps[chain.requirements[e].from].id + u'>' + chain.steps[chain.requirements[e].to].id;
    return hops.join(u' ');
}

// d needs c needs b needs a; e needs b (sequence only); x stands alone.
Chain diamondChain()
{
    ChainBuilder b;
    b.step(s("a")).step(s("b")).step(s("c")).step(s("d")).step(s("e")).step(s("x"));
    b.need(s("b"), s("a")).need(s("c"), s("b")).need(s("d"), s("c")).need(s("d"), s("b"), RequirementKind::Observed);
    b.need(s("e"), s("b"), RequirementKind::Sequence);
    return b.chain();
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bitset()
    {
        Bitset a(130);
        QCOMPARE(a.size(), 130);
        QVERIFY(a.none());
        a.set(0);
        a.set(64);
        a.set(129);
        QCOMPARE(a.count(), 3);
        QVERIFY(a.test(64) && !a.test(63));
        Bitset b(130);
        b.set(64);
        b.set(100);
        Bitset u = a | b;
        QCOMPARE(u.toIndices(), (QVector<int>{0, 64, 100, 129}));
        QCOMPARE((a & b).toIndices(), QVector<int>{64});
        Bitset d = a;
        d.andNot(b);
        QCOMPARE(d.toIndices(), (QVector<int>{0, 129}));
        QVERIFY(!d.testAndSet(0));
        QVERIFY(d.testAndSet(1));
        d.reset(1);
        QCOMPARE(d, Bitset::fromIndices(130, {0, 129}));
        Bitset f(70);
        f.fill();
        QCOMPARE(f.count(), 70);
        f.resize(65);
        QCOMPARE(f.count(), 65);
        f.resize(200);
        QCOMPARE(f.count(), 65);
        f.clear();
        QVERIFY(f.none());
    }

    void graphIndex()
    {
        Chain c = diamondChain();
        c.steps[4].excluded = true; // e
        Requirement bad;
        bad.from = 0;
        bad.to = 99;
        bad.kind = RequirementKind::Declared;
        c.requirements.append(bad);

        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        QCOMPARE(g.nodeCount(), 6);
        QCOMPARE(g.edgeCount(), 4); // sequence edge, excluded step and bad edge left out
        QVERIFY(!g.isIncluded(4));
        const int d = c.indexOf(s("d"));
        QCOMPARE(g.needs(d).size(), size_t(2));
        for (size_t k = 0; k < g.needs(d).size(); ++k) {
            const Requirement &r = c.requirements[g.needsEdges(d)[k]];
            QCOMPARE(r.from, d);
            QCOMPARE(r.to, g.needs(d)[k]);
        }
        const int b = c.indexOf(s("b"));
        QCOMPARE(g.neededBy(b).size(), size_t(2));
        QCOMPARE(g.edgeFrom(int(c.requirements.size()) - 1), -1);

        const GraphIndex all = GraphIndex::build(c, allKinds(), true);
        QCOMPARE(all.edgeCount(), 5);
        QVERIFY(all.isIncluded(4));
        QCOMPARE(all.neededBy(b).size(), size_t(3));
    }

    void reach_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("sequence");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("dependencies of d") << s("d") << true << -1 << false << QStringList{s("a"), s("b"), s("c")};
        QTest::addRow("dependencies of d, depth 1") << s("d") << true << 1 << false << QStringList{s("b"), s("c")};
        QTest::addRow("dependencies of d, depth 0") << s("d") << true << 0 << false << QStringList{};
        QTest::addRow("dependencies of a") << s("a") << true << -1 << false << QStringList{};
        QTest::addRow("dependents of a") << s("a") << false << -1 << false << QStringList{s("b"), s("c"), s("d")};
        QTest::addRow("dependents of a, depth 2") << s("a") << false << 2 << false << QStringList{s("b"), s("c"), s("d")};
        QTest::addRow("dependents of a, depth 1") << s("a") << false << 1 << false << QStringList{s("b")};
        QTest::addRow("dependents of b, sequence off") << s("b") << false << -1 << false << QStringList{s("c"), s("d")};
        QTest::addRow("dependents of b, sequence on") << s("b") << false << -1 << true
                                                       << QStringList{s("c"), s("d"), s("e")};
        QTest::addRow("dependencies of e, sequence off") << s("e") << true << -1 << false << QStringList{};
        QTest::addRow("dependencies of e, sequence on") << s("e") << true << -1 << true << QStringList{s("a"), s("b")};
        QTest::addRow("lone step") << s("x") << false << -1 << true << QStringList{};
    }
    void reach()
    {
        QFETCH(QString, step);
        QFETCH(bool, forward);
        QFETCH(int, depth);
        QFETCH(bool, sequence);
        QFETCH(QStringList, expected);
        const Chain c = diamondChain();
        const GraphIndex g = GraphIndex::build(c, sequence ? allKinds() : defaultFollowedKinds());
        const int i = c.indexOf(step);
        const Bitset got = forward ? dependencies(g, i, depth) : dependents(g, i, depth);
        QCOMPARE(idsOf(c, got), expected);
        // The multi-source variant with one source agrees.
        const Bitset multi = forward ? dependencies(g, Bitset::fromIndices(g.nodeCount(), {i}), depth)
                                     : dependents(g, Bitset::fromIndices(g.nodeCount(), {i}), depth);
        QCOMPARE(multi, got);
    }

    void reachMultiSourceAndCycles()
    {
        ChainBuilder b;
        b.need(s("b"), s("a")).need(s("a"), s("b")).need(s("c"), s("b")).need(s("d"), s("c"));
        const Chain &c = b.chain();
        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        // a lies on a cycle: it is still not its own dependency.
        QCOMPARE(idsOf(c, dependencies(g, c.indexOf(s("a")))), QStringList{s("b")});
        // Sources are never part of the result; the union of their neighbours is.
        const Bitset sources = Bitset::fromIndices(g.nodeCount(), {c.indexOf(s("d")), c.indexOf(s("c"))});
        QCOMPARE(idsOf(c, dependencies(g, sources, 1)), QStringList{s("b")});
        QCOMPARE(idsOf(c, dependencies(g, sources)), (QStringList{s("a"), s("b")}));
        // Out-of-range steps are ignored rather than crashing.
        QVERIFY(dependencies(g, 99).none());
        QVERIFY(dependents(g, -1).none());
    }

    void excludedSteps()
    {
        // c needs b needs a; b excluded (its predicate is false): c reaches nothing.
        ChainBuilder b;
        b.need(s("b"), s("a")).need(s("c"), s("b"));
        Chain &c = b.chain();
        c.steps[c.indexOf(s("b"))].excluded = true;
        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        QVERIFY(dependencies(g, c.indexOf(s("c"))).none());
        QVERIFY(dependents(g, c.indexOf(s("a"))).none());
        QVERIFY(dependencies(g, c.indexOf(s("b"))).none());
        const GraphIndex withExcluded = GraphIndex::build(c, defaultFollowedKinds(), true);
        QCOMPARE(idsOf(c, dependencies(withExcluded, c.indexOf(s("c")))), (QStringList{s("a"), s("b")}));
    }

    void requiresFamilyWitness()
    {
        ChainBuilder b;
        b.step(s("python-3.11.1"), {s("python")});
        Evidence ev;
        ev.setFile(s("steps/gcc-15.2.0/pass1.sh"));
        ev.line = 197;
        ev.setText(s("  python3 regenerate-sarif-spec-index.py"));
        b.need(s("gcc-15.2.0"), s("python-3.11.1"), RequirementKind::Observed, ev);
        // A longer path too: gcc needs meson needs python; the direct edge is shorter.
        b.need(s("gcc-15.2.0"), s("meson-1.5.1"), RequirementKind::Declared);
        b.need(s("meson-1.5.1"), s("python-3.11.1"), RequirementKind::Toolchain);
        b.need(s("linux-6.1"), s("gcc-15.2.0"), RequirementKind::Toolchain);
        b.need(s("make-4.4"), s("python-3.11.1"), RequirementKind::Sequence); // not followed
        const Chain &c = b.chain();
        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        const FamilyRequirement r = requiresFamily(c, g, s("python"));

        QCOMPARE(idsOf(c, r.steps), (QStringList{s("gcc-15.2.0"), s("linux-6.1"), s("meson-1.5.1")}));
        QCOMPARE(idsOf(c, r.familySteps), QStringList{s("python-3.11.1")});
        const int gcc = c.indexOf(s("gcc-15.2.0"));
        QCOMPARE(r.distance(gcc), 1);
        QCOMPARE(describeWitness(c, r.witness(gcc)),
                 s("gcc-15.2.0 \u2192 python-3.11.1: steps/gcc-15.2.0/pass1.sh:197 "
                   "`python3 regenerate-sarif-spec-index.py`"));
        const int linux = c.indexOf(s("linux-6.1"));
        QCOMPARE(r.distance(linux), 2);
        QCOMPARE(describeWitness(c, r.witness(linux)),
                 s("linux-6.1 \u2192 gcc-15.2.0 (toolchain); gcc-15.2.0 \u2192 python-3.11.1: "
                   "steps/gcc-15.2.0/pass1.sh:197 `python3 regenerate-sarif-spec-index.py`"));
        QVERIFY(r.witness(c.indexOf(s("make-4.4"))).isEmpty());
        QCOMPARE(r.distance(c.indexOf(s("python-3.11.1"))), -1);
    }

    void requiresFamilyFamilySteps()
    {
        // python-3 needs python-2: python-3 requires python, python-2 does not; a family without
        // steps is required by nothing.
        ChainBuilder b;
        b.step(s("python-2.0.1"), {s("python")}).step(s("python-3.11.1"), {s("python")});
        b.need(s("python-3.11.1"), s("python-2.0.1"), RequirementKind::Mentioned);
        b.need(s("gettext-0.26"), s("python-3.11.1"), RequirementKind::Observed);
        const Chain &c = b.chain();
        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        const FamilyRequirement r = requiresFamily(c, g, s("python"));
        QCOMPARE(idsOf(c, r.steps), (QStringList{s("gettext-0.26"), s("python-3.11.1")}));
        QCOMPARE(r.witness(c.indexOf(s("python-3.11.1"))).edges.size(), 1);
        QCOMPARE(r.witness(c.indexOf(s("gettext-0.26"))).edges.size(), 1);
        QVERIFY(requiresFamily(c, g, s("rust")).steps.none());
    }

    void shortestPaths()
    {
        ChainBuilder b;
        b.need(s("d"), s("c")).need(s("c"), s("b")).need(s("b"), s("a")).need(s("d"), s("b"));
        b.step(s("z"));
        const Chain &c = b.chain();
        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        const auto p = shortestPath(g, c.indexOf(s("d")), c.indexOf(s("a")));
        QVERIFY(p);
        QCOMPARE(pathText(c, *p), s("d>b b>a"));
        QVERIFY(!shortestPath(g, c.indexOf(s("a")), c.indexOf(s("d"))));
        QVERIFY(!shortestPath(g, c.indexOf(s("z")), c.indexOf(s("a"))));
        QVERIFY(!shortestPath(g, 0, 1000));
        const auto self = shortestPath(g, c.indexOf(s("c")), c.indexOf(s("c")));
        QVERIFY(self && self->isEmpty());
    }

    void cycles()
    {
        ChainBuilder b;
        b.step(s("a")).step(s("b")).step(s("c")).step(s("d")).step(s("e"));
        b.need(s("a"), s("b")).need(s("b"), s("c")).need(s("c"), s("a")).need(s("c"), s("d"));
        b.need(s("e"), s("e")).need(s("d"), s("x"));
        b.need(s("b"), s("a"), RequirementKind::Sequence); // not followed
        const Chain &c = b.chain();
        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        const QVector<Cycle> cs = stronglyConnectedComponents(g);
        QCOMPARE(cs.size(), 2);
        QCOMPARE(idsOf(c, cs[0].steps), (QStringList{s("a"), s("b"), s("c")}));
        QCOMPARE(pathText(c, cs[0].edges), s("a>b b>c c>a"));
        QCOMPARE(idsOf(c, cs[1].steps), QStringList{s("e")});
        QCOMPARE(pathText(c, cs[1].edges), s("e>e"));

        // With sequence edges followed, the shortest cycle through a is a>b b>a.
        const QVector<Cycle> all = stronglyConnectedComponents(GraphIndex::build(c, allKinds()));
        QCOMPARE(pathText(c, all[0].edges), s("a>b b>a"));
    }

    void deepChainDoesNotOverflow()
    {
        // 200,000 steps in one line, closed into one cycle: a recursive Tarjan would overflow.
        const int n = 200000;
        Chain c;
        c.steps.resize(n);
        for (int i = 0; i < n; ++i)
            c.steps[i].id = QString::number(i);
        for (int i = 1; i < n; ++i)
            c.requirements.append(Requirement{i, i - 1, RequirementKind::Declared, {}});
        GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        QVERIFY(stronglyConnectedComponents(g).isEmpty());
        QCOMPARE(dependencies(g, n - 1).count(), n - 1);
        QCOMPARE(criticalPathByHours(c, g, n - 1).steps.size(), n);
        c.requirements.append(Requirement{0, n - 1, RequirementKind::Declared, {}});
        g = GraphIndex::build(c, defaultFollowedKinds());
        const QVector<Cycle> cs = stronglyConnectedComponents(g);
        QCOMPARE(cs.size(), 1);
        QCOMPARE(cs[0].steps.size(), n);
        QCOMPARE(cs[0].edges.size(), n);
    }

    void buildsAndFamilyChain()
    {
        // The python series of live-bootstrap in miniature: passes are separate steps.
        ChainBuilder b;
        b.step(s("seed"), {}, StepKind::Seed);
        const QStringList py{s("python-2.0.1"), s("python-2.0.1#2"), s("python-2.3.7"), s("python-3.11.1")};
        for (const QString &id : py)
            b.step(id, {s("python")});
        b.step(s("configure-python"), {}, StepKind::Improve);
        b.need(py[0], s("seed"), RequirementKind::Toolchain);
        for (int i = 1; i < py.size(); ++i)
            b.need(py[i], py[i - 1], RequirementKind::Mentioned);
        b.need(py[3], s("configure-python"), RequirementKind::Declared);
        b.need(py[3], s("zlib-1.3"), RequirementKind::Declared);
        b.need(s("unrelated-1"), s("seed"), RequirementKind::Declared);
        Chain &c = b.chain();
        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        const int target = c.indexOf(py[3]);
        QCOMPARE(buildsToReach(c, g, target), 5); // 4 python builds + zlib
        QCOMPARE(buildsToReach(c, g, c.indexOf(s("seed"))), 0);
        QCOMPARE(buildsToReach(c, g, 1000), -1);
        const FamilyChain fc = familyChain(c, g, target, s("python"));
        QCOMPARE(fc.length(), 4);
        QCOMPARE(idsOf(c, fc.steps), py);

        c.steps[c.indexOf(s("zlib-1.3"))].excluded = true;
        QCOMPARE(buildsToReach(c, GraphIndex::build(c, defaultFollowedKinds()), target), 4);
    }

    void criticalPath_data()
    {
        QTest::addColumn<bool>("withCycle");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<bool>("hasCycles");
        QTest::addRow("dag") << false << 6.0 << QStringList{s("a"), s("c"), s("d")} << false;
        QTest::addRow("cycle") << true << 7.0 << QStringList{s("a"), s("b"), s("c"), s("d")} << true;
    }
    void criticalPath()
    {
        QFETCH(bool, withCycle);
        QFETCH(double, hours);
        QFETCH(QStringList, path);
        QFETCH(bool, hasCycles);
        // d needs b (1 h) and c (3 h); both need a (2 h); d takes 1 h; e (no hours) needs nothing.
        ChainBuilder b;
        b.step(s("a")).step(s("b")).step(s("c")).step(s("d")).step(s("e"));
        b.need(s("d"), s("b")).need(s("d"), s("c")).need(s("b"), s("a")).need(s("c"), s("a")).need(s("d"), s("e"));
        if (withCycle)
            b.need(s("c"), s("b")).need(s("b"), s("c"));
        Chain &c = b.chain();
        c.steps[0].facts.edit().buildHours = 2;
        c.steps[1].facts.edit().buildHours = 1;
        c.steps[2].facts.edit().buildHours = 3;
        c.steps[3].facts.edit().buildHours = 1;
        const GraphIndex g = GraphIndex::build(c, defaultFollowedKinds());
        const CriticalPath cp = criticalPathByHours(c, g, c.indexOf(s("d")));
        QCOMPARE(cp.totalHours, hours);
        QCOMPARE(idsOf(c, cp.steps), path);
        QCOMPARE(cp.hasCycles, hasCycles);
        const CriticalPath single = criticalPathByHours(c, g, c.indexOf(s("e")));
        QCOMPARE(single.totalHours, 0.0);
        QCOMPARE(idsOf(c, single.steps), QStringList{s("e")});
    }

    void collapseAndExpand()
    {
        ChainBuilder b;
        b.step(s("mrustc-0.11.2"), {s("rust")});
        b.step(s("python-2.0.1"), {s("python")}).step(s("python-2.0.1#2"), {s("python")});
        b.step(s("python-2.3.7"), {s("python")}).step(s("python-3.11.1"), {s("python")});
        QStringList rust;
        for (int minor = 74; minor <= 81; ++minor)
            rust << QStringLiteral("rust-1.%1.0").arg(minor);
        for (const QString &id : rust)
            b.step(id, {s("rust")});
        b.need(rust[0], s("mrustc-0.11.2"), RequirementKind::Declared);
        for (int i = 1; i < rust.size(); ++i) {
            b.need(rust[i], rust[i - 1], RequirementKind::Declared);
            b.need(rust[i], s("gcc-13.1.0"), RequirementKind::Toolchain); // merged into one edge
        }
        b.need(rust[5], rust[3], RequirementKind::Mentioned); // internal edge, dropped
        b.need(s("cargo-0.82.0"), rust.last(), RequirementKind::Declared);
        b.need(s("cargo-0.82.0"), rust[2], RequirementKind::Observed);
        // python: 2.0.1 -> 2.0.1#2 -> 2.3.7 is a series; 3.11.1 does not need 2.3.7 (a broken link).
        b.need(s("python-2.0.1#2"), s("python-2.0.1"), RequirementKind::Toolchain);
        b.need(s("python-2.3.7"), s("python-2.0.1#2"), RequirementKind::Mentioned);
        b.need(s("python-3.11.1"), s("gcc-13.1.0"), RequirementKind::Toolchain);
        // Two perls only: too short.
        b.need(s("perl-5.6.2"), s("perl-5.000"), RequirementKind::Declared);
        b.chain().steps[b.chain().indexOf(rust[0])].facts.edit().buildHours = 2;
        b.chain().steps[b.chain().indexOf(rust[7])].facts.edit().buildHours = 3;
        const Chain original = b.chain();

        const ChainProjection cc = collapseSeries(original);
        QCOMPARE(cc.groups.size(), 2);
        QCOMPARE(cc.groups[0].package, s("python"));
        const FoldGroup &rs = cc.groups[1];
        QCOMPARE(rs.id, QString(s("rust") + QChar(0x00D7) + s("8")));
        QCOMPARE(idsOf(original, rs.members), rust);
        const Step &node = cc.shown.steps[rs.node];
        QCOMPARE(node.label, QString(s("rust 1.74.0 \u2192 1.81.0 \u00B7 8 builds")));
        QCOMPARE(node.id, rs.id);
        QCOMPARE(node.facts->buildHours, std::optional<double>(5.0));
        QCOMPARE(node.families, QStringList{s("rust")});
        QCOMPARE(cc.shown.indexOf(rs.id), rs.node);
        QCOMPARE(idsOf(original, cc.groups[0].members),
                 (QStringList{s("python-2.0.1"), s("python-2.0.1#2"), s("python-2.3.7")}));
        QVERIFY(cc.shown.indexOf(s("python-3.11.1")) >= 0);
        QVERIFY(cc.shown.indexOf(s("perl-5.000")) >= 0);
        QCOMPARE(cc.shown.steps.size(), original.steps.size() - 8 - 3 + 2);
        // Member ids name the node that holds them.
        QCOMPARE(cc.shownIndexOf(s("rust-1.77.0")), rs.node);
        QCOMPARE(cc.shownIndexOf(rs.id), rs.node);
        QCOMPARE(cc.shownIndexOf(s("python-3.11.1")), cc.shown.indexOf(s("python-3.11.1")));
        QCOMPARE(cc.shownIndexOf(s("nothing")), -1);

        // Edges: no self-loops, no duplicates, every original edge accounted for.
        QStringList edges;
        for (const Requirement &r : cc.shown.requirements) {
            QVERIFY(r.from != r.to);
            edges << cc.shown.steps[r.from].id + u'>' + cc.shown.steps[r.to].id + u':' + requirementKindName(r.kind);
        }
        QCOMPARE(edges.size(), QSet<QString>(edges.begin(), edges.end()).size());
        const QString r8 = rs.id;
        QVERIFY(edges.contains(r8 + s(">mrustc-0.11.2:declared")));
        QVERIFY(edges.contains(r8 + s(">gcc-13.1.0:toolchain")));
        QVERIFY(edges.contains(s("cargo-0.82.0>") + r8 + s(":declared")));
        QVERIFY(edges.contains(s("cargo-0.82.0>") + r8 + s(":observed")));
        for (int e = 0; e < original.requirements.size(); ++e) {
            const Requirement &r = original.requirements[e];
            const int from = cc.nodeOf[r.from];
            const int to = cc.nodeOf[r.to];
            if (from == to)
                continue;
            const bool found = std::any_of(cc.shown.requirements.begin(), cc.shown.requirements.end(),
                                           [&](const Requirement &m) {
                                               return m.from == from && m.to == to && m.kind == r.kind;
                                           });
            QVERIFY2(found, qPrintable(original.steps[r.from].id + u'>' + original.steps[r.to].id));
            // ... and the shown edge lists it among the real edges it stands for.
            const int shownEdge = cc.shownRequirementOf[e];
            QVERIFY(shownEdge >= 0);
            QVERIFY(cc.requirementsOf[shownEdge].contains(e));
        }
        int listed = 0;
        for (int e = 0; e < cc.shown.requirements.size(); ++e) {
            QVERIFY(!cc.requirementsOf[e].isEmpty());
            for (int real : cc.requirementsOf[e]) {
                const Requirement &orig = original.requirements[real];
                QCOMPARE(cc.nodeOf[orig.from], cc.shown.requirements[e].from);
                QCOMPARE(cc.nodeOf[orig.to], cc.shown.requirements[e].to);
                QCOMPARE(orig.kind, cc.shown.requirements[e].kind);
                ++listed;
            }
        }
        // Every real edge between different nodes is listed exactly once; the inner ones nowhere.
        int inner = 0;
        for (const Requirement &r : original.requirements)
            inner += cc.nodeOf[r.from] == cc.nodeOf[r.to] ? 1 : 0;
        QCOMPARE(listed, int(original.requirements.size()) - inner);
        // Mapping both ways.
        for (int i = 0; i < original.steps.size(); ++i)
            QVERIFY(cc.members[cc.nodeOf[i]].contains(i));
        QCOMPARE(cc.groupAt(rs.node), &cc.groups[1]);
        QCOMPARE(cc.groupAt(cc.shown.indexOf(s("cargo-0.82.0"))), nullptr);

        // Partly expanded, or nothing folded.
        QVERIFY(sameChain(cc.real, original));
        const ChainProjection partly = expandSeries(cc, s("rust"));
        QCOMPARE(partly.groups.size(), 1);
        QCOMPARE(partly.groups[0].package, s("python"));
        for (const QString &id : rust)
            QVERIFY(partly.shown.indexOf(id) >= 0);
        QVERIFY(sameChain(partly.real, original));
        CollapseOptions none;
        none.packages = {s("nothing")};
        const ChainProjection identity = collapseSeries(original, none);
        QVERIFY(identity.isIdentity());
        QCOMPARE(identity.shown.steps, original.steps);
        QCOMPARE(identity.shown.requirements, original.requirements);
    }

    void resolveSelectors_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<int>("pick");
        QTest::addColumn<QStringList>("expected");
        const int all = int(StepSelector::Pick::All);
        const int newest = int(StepSelector::Pick::Newest);
        const int oldest = int(StepSelector::Pick::Oldest);
        QTest::addRow("all python 3") << s("python") << s(">= 3") << all
                                      << QStringList{s("python-3.1.5"), s("python-3.1.5#2"), s("python-3.11.1")};
        QTest::addRow("newest python") << s("python") << s("*") << newest << QStringList{s("python-3.11.1")};
        QTest::addRow("oldest python 3") << s("python") << s(">= 3") << oldest << QStringList{s("python-3.1.5")};
        QTest::addRow("newest of passes") << s("python") << s("< 3.2") << newest << QStringList{s("python-3.1.5#2")};
        QTest::addRow("by package") << s("rust") << s("< 1.80") << all << QStringList{s("rust-1.74.0")};
        QTest::addRow("nothing") << s("python") << s(">= 3.17") << all << QStringList{};
    }
    void resolveSelectors()
    {
        QFETCH(QString, family);
        QFETCH(QString, constraint);
        QFETCH(int, pick);
        QFETCH(QStringList, expected);
        ChainBuilder b;
        b.step(s("python-2.0.1"), {s("python")}).step(s("python-3.1.5"), {s("python")});
        b.step(s("python-3.1.5#2"), {s("python")}).step(s("python-3.11.1"), {s("python")});
        b.step(s("rust-1.74.0")).step(s("rust-1.80.0"));
        b.step(s("python-3.12.0"), {s("python")});
        b.chain().steps.last().excluded = true; // excluded steps are never picked
        StepSelector sel;
        sel.family = family;
        QVERIFY(VersionConstraint::parse(constraint, &sel.version));
        sel.pick = StepSelector::Pick(pick);
        QCOMPARE(idsOf(b.chain(), resolveSelector(b.chain(), sel)), expected);
    }

    void scenarioAddRemove()
    {
        ChainBuilder b;
        b.step(s("rust-1.74.0"), {s("rust")}).step(s("rust-1.80.0"), {s("rust")});
        b.step(s("python-3.11.1"), {s("python")}).step(s("python-3.13.0"), {s("python")});
        b.need(s("meson-1.5.1"), s("python-3.11.1"), RequirementKind::Observed);
        b.need(s("meson-1.5.1"), s("python-3.13.0"), RequirementKind::Declared);
        b.need(s("meson-1.5.1"), s("python-3.13.0"), RequirementKind::Toolchain);
        const Chain &c = b.chain();

        Scenario add;
        add.name = s("cpython-requires-rust");
        ScenarioRule rule;
        rule.from.family = s("python");
        QVERIFY(VersionConstraint::parse(s(">= 3.13"), &rule.from.version));
        rule.to.family = s("rust");
        rule.to.pick = StepSelector::Pick::Newest;
        rule.evidence.setFile(s("what-if.chain.toml"));
        rule.evidence.line = 12;
        rule.evidence.setText(s("PEP 9999"));
        add.rules << rule;
        Diagnostics diags;
        const Chain after = applyScenario(c, add, &diags);
        QVERIFY(diags.isEmpty());
        QCOMPARE(after.requirements.size(), c.requirements.size() + 1);
        const Requirement &added = after.requirements.last();
        QCOMPARE(after.steps[added.from].id, s("python-3.13.0"));
        QCOMPARE(after.steps[added.to].id, s("rust-1.80.0"));
        QCOMPARE(added.kind, RequirementKind::Scenario);
        QCOMPARE(added.evidence, rule.evidence);
        // Applying twice adds nothing more, and says so.
        const Chain twice = applyScenario(after, add, &diags);
        QCOMPARE(twice.requirements.size(), after.requirements.size());
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags[0].severity, Severity::Warning);

        Scenario remove;
        remove.name = s("meson-without-new-python");
        ScenarioRule rr;
        rr.action = ScenarioRule::Action::Remove;
        rr.from.id = s("meson-1.5.1");
        rr.to.id = s("python-3.13.0");
        remove.rules << rr;
        diags.clear();
        const Chain removed = applyScenario(c, remove, &diags);
        QVERIFY(diags.isEmpty());
        QCOMPARE(removed.requirements.size(), 1); // both kinds of meson -> python-3.13.0 went
        QCOMPARE(removed.steps[removed.requirements[0].to].id, s("python-3.11.1"));
    }

    void scenarioNewestAtRelease_data()
    {
        QTest::addColumn<bool>("datesInFacts");
        QTest::addRow("dates in facts") << true;
        QTest::addRow("dates from the timeline") << false;
    }
    void scenarioNewestAtRelease()
    {
        QFETCH(bool, datesInFacts);
        ChainBuilder b;
        const QList<std::pair<QString, QDate>> rust{{s("1.88.0"), QDate(2025, 6, 26)},
                                                    {s("1.89.0"), QDate(2025, 8, 7)},
                                                    {s("1.90.0"), QDate(2025, 9, 18)}};
        const QList<std::pair<QString, QDate>> python{{s("3.13.0"), QDate(2024, 10, 7)},
                                                      {s("3.14.0"), QDate(2025, 10, 7)},
                                                      {s("3.15.0"), QDate(2025, 8, 10)}};
        Chain &c = b.chain();
        for (const auto &[v, d] : rust) {
            b.step(s("rust-") + v, {s("rust")});
            if (datesInFacts)
                c.steps.last().facts.edit().released = d;
            else
                c.timeline.releases << Release{s("rust"), v, d, {}};
        }
        for (const auto &[v, d] : python) {
            b.step(s("python-") + v, {s("python")});
            if (datesInFacts)
                c.steps.last().facts.edit().released = d;
            else
                c.timeline.releases << Release{s("python"), v, d, {}};
        }
        Scenario sc;
        sc.name = s("newest-rust");
        ScenarioRule rule;
        rule.from.family = s("python");
        rule.to.family = s("rust");
        rule.toNewestAtRelease = true;
        sc.rules << rule;
        Diagnostics diags;
        const Chain after = applyScenario(c, sc, &diags);
        QStringList added;
        for (int e = int(c.requirements.size()); e < after.requirements.size(); ++e)
            added << after.steps[after.requirements[e].from].id + u'>' + after.steps[after.requirements[e].to].id;
        added.sort();
        QCOMPARE(added, (QStringList{s("python-3.14.0>rust-1.90.0"), s("python-3.15.0>rust-1.89.0")}));
        // python-3.13.0 predates every rust: a warning that names it.
        QCOMPARE(diags.size(), 1);
        QVERIFY2(diags[0].message.contains(s("python-3.13.0")), qPrintable(diags[0].message));
    }

    void scenarioNoMatch_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("misspelt id") << s("pyhton-3.11.1") << QString() << QString() << s("python-3.11.1");
        QTest::addRow("misspelt family") << QString() << s("pyhton") << QString() << s("python");
        QTest::addRow("version out of range") << QString() << s("python") << s(">= 3.17") << s("3.11.1");
    }
    void scenarioNoMatch()
    {
        QFETCH(QString, id);
        QFETCH(QString, family);
        QFETCH(QString, constraint);
        QFETCH(QString, mentions);
        ChainBuilder b;
        b.step(s("python-2.0.1"), {s("python")}).step(s("python-3.11.1"), {s("python")}).step(s("rust-1.90.0"), {s("rust")});
        Scenario sc;
        sc.name = s("bad");
        ScenarioRule rule;
        rule.from.id = id;
        rule.from.family = family;
        if (!constraint.isEmpty())
            QVERIFY(VersionConstraint::parse(constraint, &rule.from.version));
        rule.to.id = s("rust-1.90.0");
        rule.evidence.setFile(s("bad.chain.toml"));
        rule.evidence.line = 7;
        sc.rules << rule;
        Diagnostics diags;
        const Chain after = applyScenario(b.chain(), sc, &diags);
        QVERIFY(sameChain(after, b.chain()));
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags[0].severity, Severity::Warning);
        QCOMPARE(diags[0].file, s("bad.chain.toml"));
        QCOMPARE(diags[0].line, 7);
        QVERIFY2(diags[0].message.contains(mentions), qPrintable(diags[0].message));
        QVERIFY2(diags[0].message.contains(s("\"bad\"")), qPrintable(diags[0].message));
    }

    void scenarioDiff()
    {
        // rust-1.80 needs python-3.11 (x.py); gcc-15 needs python-3.11; meson needs python-3.11.
        ChainBuilder b;
        b.step(s("mrustc-0.11.2")).step(s("python-3.11.1"), {s("python")}).step(s("rust-1.80.0"), {s("rust")});
        b.need(s("rust-1.80.0"), s("mrustc-0.11.2"), RequirementKind::Declared);
        b.need(s("rust-1.80.0"), s("python-3.11.1"), RequirementKind::Observed);
        b.need(s("gcc-15.2.0"), s("python-3.11.1"), RequirementKind::Observed);
        b.need(s("meson-1.5.1"), s("python-3.11.1"), RequirementKind::Declared);
        b.need(s("meson-1.5.1"), s("ninja-1.12"), RequirementKind::Sequence);
        const Chain before = b.chain();

        Scenario sc;
        sc.name = s("cpython-requires-rust");
        ScenarioRule add;
        add.from.family = s("python");
        add.to.family = s("rust");
        sc.rules << add;
        ScenarioRule remove;
        remove.action = ScenarioRule::Action::Remove;
        remove.from.id = s("meson-1.5.1");
        remove.to.id = s("ninja-1.12");
        sc.rules << remove;
        Diagnostics diags;
        const Chain after = applyScenario(before, sc, &diags);
        QVERIFY(diags.isEmpty());

        const ScenarioDiff d = diffScenario(before, after, {s("rust"), s("python")}, defaultFollowedKinds(),
                                            s("gcc-15.2.0"));
        QCOMPARE(d.addedEdges.size(), 1);
        QCOMPARE(after.steps[after.requirements[d.addedEdges[0]].from].id, s("python-3.11.1"));
        QCOMPARE(d.removedEdges.size(), 1);
        QCOMPARE(before.steps[before.requirements[d.removedEdges[0]].to].id, s("ninja-1.12"));
        QCOMPARE(d.families.size(), 2);
        const FamilyDelta &rust = d.families[0];
        // rust-1.80.0 itself now needs rust, over the new cycle.
        QCOMPARE(idsOf(after, rust.newlyRequiring),
                 (QStringList{s("python-3.11.1"), s("rust-1.80.0"), s("gcc-15.2.0"), s("meson-1.5.1")}));
        QVERIFY(rust.noLongerRequiring.isEmpty());
        QCOMPARE(rust.requiringBefore, 0);
        QCOMPARE(rust.requiringAfter, 4);
        QCOMPARE(rust.chainLengthBefore, 0);
        QCOMPARE(rust.chainLengthAfter, 1);
        const FamilyDelta &python = d.families[1];
        QCOMPARE(idsOf(after, python.newlyRequiring), QStringList{s("python-3.11.1")});
        QCOMPARE(d.buildsBefore, 2); // gcc + python
        QCOMPARE(d.buildsAfter, 4);  // + rust + mrustc
        QCOMPARE(d.newCycles.size(), 1);
        QCOMPARE(idsOf(after, d.newCycles[0].steps), (QStringList{s("python-3.11.1"), s("rust-1.80.0")}));

        // No change, no difference.
        const ScenarioDiff same = diffScenario(before, before, {s("rust")}, defaultFollowedKinds());
        QVERIFY(same.addedEdges.isEmpty() && same.removedEdges.isEmpty() && same.newCycles.isEmpty());
        QCOMPARE(same.buildsBefore, -1);
        QVERIFY(same.families[0].newlyRequiring.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Chain's hashed indexes: step id -> index and (from, to, kind) -> requirement. They must give the
// answers a scan would, stay valid through the public API and through direct edits of the vectors,
// and be safe to build lazily from several threads on a shared const chain.
#include "chainfile/chainfileresolver.h"
#include "core/chain.h"
#include "core/stringpool.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Seedline;

namespace {

Step step(const QString &id)
{
    Step s;
    s.id = id;
    s.package = id;
    return s;
}

Chain chainOf(int n)
{
    Chain c;
    for (int i = 0; i < n; ++i)
        c.addStep(step(QStringLiteral("s%1").arg(i)));
    return c;
}

// What a linear scan says, to compare the index with.
int scanRequirement(const Chain &c, int from, int to, RequirementKind kind)
{
    for (int i = 0; i < c.requirements.size(); ++i) {
        const Requirement &r = c.requirements[i];
        if (r.from == from && r.to == to && r.kind == kind)
            return i;
    }
    return -1;
}

} // namespace

class TestChainIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void duplicatesAreRejected()
    {
        Chain c = chainOf(3);
        QVERIFY(c.addRequirement({0, 1, RequirementKind::Declared, {}}));
        QVERIFY(!c.addRequirement({0, 1, RequirementKind::Declared, {}}));
        QVERIFY(c.addRequirement({0, 1, RequirementKind::Observed, {}})); // another kind
        QVERIFY(c.addRequirement({1, 0, RequirementKind::Declared, {}})); // the other way
        Requirement withEvidence{0, 1, RequirementKind::Declared, Evidence{QStringLiteral("f"), 3, 1, {}}};
        QVERIFY(!c.addRequirement(withEvidence)); // evidence does not make an edge new
        QCOMPARE(c.requirements.size(), 3);
        QCOMPARE(c.indexOfRequirement(0, 1, RequirementKind::Observed), 1);
        QCOMPARE(c.indexOfRequirement(2, 1, RequirementKind::Observed), -1);
    }

    void manyEdgesMatchAScan()
    {
        Chain c = chainOf(200);
        QVector<Requirement> reference;
        int added = 0;
        for (int i = 0; i < 5000; ++i) {
            const int from = (i * 7919) % 200, to = (i * 104729) % 200;
            const RequirementKind kind = allRequirementKinds[i % 6];
            const bool isNew = scanRequirement(c, from, to, kind) < 0;
            // The evidence tells the first of identical edges from the later ones.
            const Requirement r{from, to, kind, Evidence{QStringLiteral("f"), i, 0, {}}};
            QCOMPARE(c.addRequirement(r), isNew);
            if (isNew)
                reference.append(r);
            added += isNew ? 1 : 0;
        }
        QCOMPARE(c.requirements.size(), added);
        QVERIFY(added < 5000); // some were duplicates
        QCOMPARE(c.requirements, reference); // the first of each, in the order added
        for (int i = 0; i < c.requirements.size(); ++i) {
            const Requirement &r = c.requirements[i];
            QCOMPARE(c.indexOfRequirement(r.from, r.to, r.kind), i);
        }
    }

    void requirementIndexFollowsDirectEdits()
    {
        Chain c = chainOf(4);
        QVERIFY(c.addRequirement({0, 1, RequirementKind::Declared, {}}));
        // Appended without the API: still a duplicate afterwards.
        c.requirements.append({1, 2, RequirementKind::Declared, {}});
        QVERIFY(!c.addRequirement({1, 2, RequirementKind::Declared, {}}));
        // Replaced by a vector of the same size: the old edges are gone, the new ones are known.
        c.requirements = {{2, 3, RequirementKind::Declared, {}}, {3, 0, RequirementKind::Toolchain, {}}};
        QCOMPARE(c.indexOfRequirement(0, 1, RequirementKind::Declared), -1);
        QCOMPARE(c.indexOfRequirement(3, 0, RequirementKind::Toolchain), 1);
        QVERIFY(c.addRequirement({0, 1, RequirementKind::Declared, {}}));
        // Removed: may be added again.
        c.requirements.removeIf([](const Requirement &r) { return r.from == 2; });
        QCOMPARE(c.indexOfRequirement(2, 3, RequirementKind::Declared), -1);
        QCOMPARE(c.indexOfRequirement(0, 1, RequirementKind::Declared), 1);
        QVERIFY(c.addRequirement({2, 3, RequirementKind::Declared, {}}));
        // Identical edges appended directly: the first one is the one found.
        c.requirements.append({2, 3, RequirementKind::Declared, {}});
        QCOMPARE(c.indexOfRequirement(2, 3, RequirementKind::Declared), 2);
    }

    void idsAreUniqueAndFound()
    {
        Chain c = chainOf(1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(c.indexOf(QStringLiteral("s%1").arg(i)), i);
        QCOMPARE(c.indexOf(QStringLiteral("s1000")), -1);
        QCOMPARE(c.indexOf(QString()), -1);
        QCOMPARE(c.indexOf(QStringView(u"s17")), 17);
        QVERIFY(c.find(QStringLiteral("s999")));
        QCOMPARE(c.find(QStringLiteral("s999"))->id, QStringLiteral("s999"));
    }

    void idIndexFollowsDirectEdits()
    {
        Chain c = chainOf(3);
        c.steps.append(step(QStringLiteral("direct")));
        QCOMPARE(c.indexOf(QStringLiteral("direct")), 3);
        QCOMPARE(c.addStep(step(QStringLiteral("after"))), 4);
        QCOMPARE(c.indexOf(QStringLiteral("after")), 4);
        QCOMPARE(c.indexOf(QStringLiteral("direct")), 3);
        // Same size, other steps.
        QVector<Step> other;
        for (const char *id : {"a", "b", "c", "d", "e"})
            other.append(step(QString::fromLatin1(id)));
        c.steps = other;
        QCOMPARE(c.indexOf(QStringLiteral("s0")), -1);
        QCOMPARE(c.indexOf(QStringLiteral("e")), 4);
        // An id edited in place: not found under its old id; found under the new one after reindex().
        c.steps[1].id = QStringLiteral("renamed");
        QCOMPARE(c.indexOf(QStringLiteral("b")), -1);
        c.reindex();
        QCOMPARE(c.indexOf(QStringLiteral("renamed")), 1);
        c.steps.removeAt(0);
        QCOMPARE(c.indexOf(QStringLiteral("renamed")), 0);
        QCOMPARE(c.indexOf(QStringLiteral("a")), -1);
    }

    void copiesAreIndependent()
    {
        Chain a = chainOf(10);
        QVERIFY(a.addRequirement({1, 0, RequirementKind::Declared, {}}));
        Chain b = a;
        QVERIFY(b.addRequirement({2, 0, RequirementKind::Declared, {}}));
        b.addStep(step(QStringLiteral("only-b")));
        QCOMPARE(a.indexOf(QStringLiteral("only-b")), -1);
        QCOMPARE(b.indexOf(QStringLiteral("only-b")), 10);
        QCOMPARE(a.indexOfRequirement(2, 0, RequirementKind::Declared), -1);
        QVERIFY(a.addRequirement({2, 0, RequirementKind::Declared, {}}));
        QVERIFY(!b.addRequirement({1, 0, RequirementKind::Declared, {}}));
        Chain moved = std::move(b);
        QCOMPARE(moved.indexOf(QStringLiteral("only-b")), 10);
        QVERIFY(!moved.addRequirement({2, 0, RequirementKind::Declared, {}}));
        a = moved;
        QCOMPARE(a.indexOf(QStringLiteral("only-b")), 10);
    }

    void mergeKeepsTheFirstOfEachEdge()
    {
        Chain a = chainOf(3);
        a.requirements.append({1, 0, RequirementKind::Declared, Evidence{QStringLiteral("a"), 1, 0, {}}});
        a.requirements.append({1, 0, RequirementKind::Declared, Evidence{QStringLiteral("a"), 2, 0, {}}});
        Chain b = chainOf(3);
        b.requirements.append({1, 0, RequirementKind::Declared, Evidence{QStringLiteral("b"), 1, 0, {}}});
        b.requirements.append({2, 0, RequirementKind::Declared, {}});
        const Chain m = mergeChains({a, b});
        QCOMPARE(m.steps.size(), 3);
        QCOMPARE(m.requirements.size(), 2);
        QCOMPARE(m.requirements[0].evidence.file(), QStringLiteral("a"));
        QCOMPARE(m.requirements[0].evidence.line, 1);
    }

    // A chain shared as a const value: the first lookups from several threads build the tables.
    void lazyIndexesAcrossThreads()
    {
        for (int round = 0; round < 20; ++round) {
            Chain c;
            for (int i = 0; i < 2000; ++i)
                c.steps.append(step(QStringLiteral("t%1").arg(i))); // no index built yet
            for (int i = 1; i < 2000; ++i)
                c.requirements.append({i, i - 1, RequirementKind::Declared, {}});
            const ChainPtr shared = std::make_shared<const Chain>(std::move(c));
            std::atomic<int> wrong{0};
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([&, t] {
                    for (int i = t; i < 2000; i += 3) {
                        if (shared->indexOf(QStringLiteral("t%1").arg(i)) != i)
                            ++wrong;
                        if (i > 0 && shared->indexOfRequirement(i, i - 1, RequirementKind::Declared) != i - 1)
                            ++wrong;
                    }
                    const Chain copy = *shared; // copying while others build
                    if (copy.indexOf(QStringLiteral("t1999")) != 1999)
                        ++wrong;
                });
            }
            for (std::thread &t : threads)
                t.join();
            QCOMPARE(wrong.load(), 0);
        }
    }

    // Family selectors resolved through the family table pick what a scan of every step picks, in
    // the same order.
    void familyTableMatchesAScan()
    {
        Chain c;
        const QStringList families{QStringLiteral("c"), QStringLiteral("python"), QStringLiteral("rust")};
        for (int i = 0; i < 300; ++i) {
            Step s = step(QStringLiteral("p%1").arg(i));
            s.version = QStringLiteral("%1.%2").arg(i % 5).arg(i % 7);
            s.pass = 1 + i % 2;
            if (i % 3 != 0)
                s.families << families[i % 3];
            if (i % 4 == 0)
                s.families << families[(i / 4) % 3] << families[(i / 4) % 3]; // listed twice
            c.addStep(s);
        }
        const ChainFileDetail::FamilyMembers members = ChainFileDetail::familyMembers(c);
        QCOMPARE(members.value(QStringLiteral("missing")).size(), 0);
        int compared = 0;
        for (const QString &family : families + QStringList{QStringLiteral("missing")}) {
            for (const char *constraint : {"", ">= 2", "< 3.4"}) {
                for (auto pick : {StepSelector::Pick::All, StepSelector::Pick::Newest, StepSelector::Pick::Oldest}) {
                    for (int exclude : {-1, 4, 8, 299}) {
                        StepSelector sel;
                        sel.family = family;
                        sel.pick = pick;
                        if (*constraint)
                            QVERIFY(VersionConstraint::parse(QString::fromLatin1(constraint), &sel.version));
                        const QVector<int> scanned = ChainFileDetail::resolveSelector(c, sel, exclude);
                        QCOMPARE(ChainFileDetail::resolveSelector(c, sel, exclude, &members), scanned);
                        compared += scanned.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        QVERIFY(compared > 50);
    }

    void stringPoolShares()
    {
        StringPool pool;
        const QString a = pool.intern(u"( BUILD_FIWIX == True )");
        const QString b = pool.intern(QStringLiteral("( BUILD_FIWIX == True )"));
        QCOMPARE(a, b);
        QCOMPARE(a.constData(), b.constData()); // one copy
        QCOMPARE(pool.indexOf(u"other"), 1);
        QCOMPARE(pool.indexOf(u"( BUILD_FIWIX == True )"), 0);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(pool.indexOf(QString::number(i)), i + 2);
        QCOMPARE(pool.size(), 1002);
        QCOMPARE(pool.at(500 + 2), QStringLiteral("500"));
    }
};

QTEST_GUILESS_MAIN(TestChainIndex)
#include "tst_chainindex.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainanalysis.h"
#include "analysis/projection.h"
#include "core/chain.h"
#include "highlight/highlight.h"
#include "highlight/palette.h"

#include <QTest>

using namespace Seedline;

namespace {

// seed <- cc <- {rustc, python}; python <- meson <- gcc <- app; gcc <- cc; python <-(sequence) rustc.
enum { Seed, Cc, Rustc, Python, Meson, Gcc, App };

Chain fixture()
{
    Chain c;
    c.title = QStringLiteral("fixture");
    auto add = [&c](const QString &id, QStringList families = {}) {
        Step s;
        s.id = id;
        s.package = id;
        s.families = families;
        return c.addStep(s);
    };
    add(QStringLiteral("seed"));
    add(QStringLiteral("cc"), {QStringLiteral("c-compiler")});
    add(QStringLiteral("rustc"), {QStringLiteral("rust")});
    add(QStringLiteral("python"), {QStringLiteral("python")});
    add(QStringLiteral("meson"));
    add(QStringLiteral("gcc"), {QStringLiteral("c-compiler")});
    add(QStringLiteral("app"));
    auto need = [&c](int from, int to, RequirementKind kind) { c.addRequirement({from, to, kind, {}}); };
    need(Cc, Seed, RequirementKind::Declared);          // 0
    need(Rustc, Cc, RequirementKind::Toolchain);        // 1
    need(Python, Cc, RequirementKind::Toolchain);       // 2
    need(Meson, Python, RequirementKind::Observed);     // 3
    need(Gcc, Meson, RequirementKind::Declared);        // 4
    need(Gcc, Cc, RequirementKind::Toolchain);          // 5
    need(App, Gcc, RequirementKind::Mentioned);         // 6
    need(Python, Rustc, RequirementKind::Sequence);     // 7
    return c;
}

QVector<int> sorted(QVector<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

QVector<int> flagged(const HighlightResult &r, bool StepStyle::*flag)
{
    QVector<int> out;
    for (int i = 0; i < r.steps.size(); ++i)
        if (r.steps[i].*flag)
            out.append(i);
    return out;
}

} // namespace

class TestHighlight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void familyRoles_data()
    {
        QTest::addColumn<QStringList>("families");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<bool>("followSequence");
        QTest::addColumn<QVector<int>>("pythonMembers");
        QTest::addColumn<QVector<int>>("pythonRequirers");
        QTest::addColumn<QVector<int>>("rustMembers");
        QTest::addColumn<QVector<int>>("rustRequirers");
        const QStringList pr{QStringLiteral("python"), QStringLiteral("rust")};
        QTest::addRow("default") << pr << QStringList() << false << QVector<int>{Python}
                                 << QVector<int>{Meson, Gcc, App} << QVector<int>{Rustc} << QVector<int>{};
        // Following the script order, python needs rustc: python, meson, gcc and app need Rust, but
        // python's own colour wins for meson/gcc/app (python comes first).
        QTest::addRow("sequence followed") << pr << QStringList() << true << QVector<int>{Python}
                                           << QVector<int>{Meson, Gcc, App} << QVector<int>{Rustc}
                                           << QVector<int>{};
        QTest::addRow("rust first") << QStringList{QStringLiteral("rust"), QStringLiteral("python")} << QStringList()
                                    << true << QVector<int>{Python} << QVector<int>{} << QVector<int>{Rustc}
                                    << QVector<int>{Meson, Gcc, App};
        QTest::addRow("python off") << pr << QStringList{QStringLiteral("python")} << false << QVector<int>{}
                                    << QVector<int>{} << QVector<int>{Rustc} << QVector<int>{};
    }
    void familyRoles()
    {
        QFETCH(QStringList, families);
        QFETCH(QStringList, hidden);
        QFETCH(bool, followSequence);
        const Chain chain = fixture();
        HighlightOptions o;
        o.families = families;
        o.hiddenFamilies = QSet<QString>(hidden.begin(), hidden.end());
        const RequirementKinds followed =
            followSequence ? defaultFollowedKinds() | RequirementKind::Sequence : defaultFollowedKinds();
        const HighlightResult r = computeHighlight(chain, o, followed);
        QCOMPARE(r.steps.size(), chain.steps.size());
        QTEST(sorted(r.stepsWithRole(StepRole::FamilyMember, QStringLiteral("python"))), "pythonMembers");
        QTEST(sorted(r.stepsWithRole(StepRole::RequiresFamily, QStringLiteral("python"))), "pythonRequirers");
        QTEST(sorted(r.stepsWithRole(StepRole::FamilyMember, QStringLiteral("rust"))), "rustMembers");
        QTEST(sorted(r.stepsWithRole(StepRole::RequiresFamily, QStringLiteral("rust"))), "rustRequirers");
        // Nothing is dimmed or hidden without a selection.
        QVERIFY(flagged(r, &StepStyle::dimmed).isEmpty());
        QVERIFY(flagged(r, &StepStyle::hidden).isEmpty());
    }

    void styles()
    {
        const HighlightResult r = computeHighlight(fixture(), {});
        QCOMPARE(r.steps[Python].fill, Palette().familyColor(QStringLiteral("python")));
        QCOMPARE(r.steps[Rustc].fill, Palette().familyColor(QStringLiteral("rust")));
        QVERIFY(r.steps[Python].fill != r.steps[Rustc].fill);
        // Requirers: tinted, outlined in the family colour, thicker than a plain step.
        QCOMPARE(r.steps[Meson].fill, Palette().familyTint(QStringLiteral("python")));
        QCOMPARE(r.steps[Meson].outline, Palette().familyColor(QStringLiteral("python")));
        QVERIFY(r.steps[Meson].outlineWidth > r.steps[Seed].outlineWidth);
        QCOMPARE(r.steps[Seed].role, StepRole::Plain);
        QCOMPARE(r.steps[Gcc].requiredFamilies, QStringList{QStringLiteral("python")});
        // Text stays readable on the family colours.
        QCOMPARE(r.steps[Python].text, Palette::textOn(r.steps[Python].fill));
        // Edge styles by kind.
        QCOMPARE(r.edges[6].penStyle, Qt::DashLine);  // mentioned
        QCOMPARE(r.edges[3].penStyle, Qt::SolidLine); // observed
        QVERIFY(r.edges[5].width < r.edges[3].width);  // toolchain thinner than observed
        QCOMPARE(r.edges[7].penStyle, Qt::DotLine);   // sequence
    }

    void rustOutlineOnPythonMember()
    {
        // With the script order followed, python needs rustc: python keeps its colour and gets a
        // Rust outline.
        const HighlightResult r =
            computeHighlight(fixture(), HighlightOptions(), defaultFollowedKinds() | RequirementKind::Sequence);
        QCOMPARE(r.steps[Python].role, StepRole::FamilyMember);
        QCOMPARE(r.steps[Python].outline, Palette().familyColor(QStringLiteral("rust")));
        QVERIFY(r.steps[Gcc].requiredFamilies.contains(QStringLiteral("rust")));
    }

    void neighbourhood_data()
    {
        QTest::addColumn<int>("selected");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QVector<int>>("needed");
        QTest::addColumn<QVector<int>>("needing");
        QTest::addColumn<QVector<int>>("dimmed");
        QTest::addRow("gcc both") << int(Gcc) << int(HighlightOptions::Both) << -1
                                  << QVector<int>{Seed, Cc, Python, Meson} << QVector<int>{App}
                                  << QVector<int>{Rustc};
        QTest::addRow("gcc needs depth 1") << int(Gcc) << int(HighlightOptions::Needs) << 1
                                           << QVector<int>{Cc, Meson} << QVector<int>{}
                                           << QVector<int>{Seed, Rustc, Python, App};
        QTest::addRow("cc needed-by") << int(Cc) << int(HighlightOptions::NeededBy) << -1 << QVector<int>{}
                                      << QVector<int>{Rustc, Python, Meson, Gcc, App} << QVector<int>{Seed};
        QTest::addRow("python needed-by depth 2") << int(Python) << int(HighlightOptions::NeededBy) << 2
                                                  << QVector<int>{} << QVector<int>{Meson, Gcc}
                                                  << QVector<int>{Seed, Cc, Rustc, App};
    }
    void neighbourhood()
    {
        QFETCH(int, selected);
        QFETCH(int, direction);
        QFETCH(int, depth);
        HighlightOptions o;
        o.selected = selected;
        o.direction = HighlightOptions::Direction(direction);
        o.depth = depth;
        const HighlightResult r = computeHighlight(fixture(), o);
        QTEST(flagged(r, &StepStyle::needed), "needed");
        QTEST(flagged(r, &StepStyle::needing), "needing");
        QTEST(flagged(r, &StepStyle::dimmed), "dimmed");
        QCOMPARE(flagged(r, &StepStyle::selected), QVector<int>{selected});
        QCOMPARE(r.steps[selected].outline, Palette().selected());
        QCOMPARE(r.selected, selected);
        // Highlighted = selection + neighbourhood.
        QFETCH(QVector<int>, needed);
        QFETCH(QVector<int>, needing);
        QCOMPARE(r.highlightedSteps(), sorted(needed + needing + QVector<int>{selected}));
        // Dimmed steps use dimmed colours; edges touching them are dimmed.
        QFETCH(QVector<int>, dimmed);
        for (int i : dimmed)
            QVERIFY(r.steps[i].fill != computeHighlight(fixture(), {}).steps[i].fill);
        const Chain chain = fixture();
        for (int j = 0; j < chain.requirements.size(); ++j) {
            const bool touches = dimmed.contains(chain.requirements[j].from) || dimmed.contains(chain.requirements[j].to);
            QCOMPARE(r.edges[j].dimmed, touches && !r.edges[j].hidden);
        }
    }

    void focusHides()
    {
        HighlightOptions o;
        o.selected = Gcc;
        o.focus = true;
        const HighlightResult r = computeHighlight(fixture(), o);
        QCOMPARE(flagged(r, &StepStyle::hidden), QVector<int>{Rustc});
        QVERIFY(flagged(r, &StepStyle::dimmed).isEmpty());
        QVERIFY(r.edges[1].hidden); // rustc -> cc
        QVERIFY(r.edges[7].hidden); // python -> rustc
        QVERIFY(!r.edges[4].hidden);
    }

    void witnessPath()
    {
        HighlightOptions o;
        o.whyFrom = App;
        o.whyTo = Python;
        const HighlightResult r = computeHighlight(fixture(), o);
        QCOMPARE(r.witnessPath, (QVector<int>{6, 4, 3}));
        QCOMPARE(flagged(r, &StepStyle::onWitnessPath), (QVector<int>{Python, Meson, Gcc, App}));
        for (int e : r.witnessPath) {
            QVERIFY(r.edges[e].onWitnessPath);
            QCOMPARE(r.edges[e].color, Palette().witness());
        }
        QVERIFY(!r.edges[5].onWitnessPath);
        QVERIFY(r.steps[Rustc].dimmed);
        QVERIFY(r.note.isEmpty());
        bool legend = false;
        for (const LegendEntry &e : r.legend)
            legend |= e.text.contains(QStringLiteral("why app needs python"));
        QVERIFY(legend);

        o.whyFrom = Seed;
        const HighlightResult none = computeHighlight(fixture(), o);
        QVERIFY(none.witnessPath.isEmpty());
        QVERIFY(none.note.contains(QStringLiteral("does not need")));
    }

    void hiddenKinds_data()
    {
        QTest::addColumn<int>("shown");
        QTest::addColumn<QVector<int>>("hiddenEdges");
        QTest::addRow("all") << int(allKinds()) << QVector<int>{};
        QTest::addRow("no toolchain") << int(allKinds() & ~RequirementKinds(RequirementKind::Toolchain))
                                      << QVector<int>{1, 2, 5};
        QTest::addRow("observed only") << int(RequirementKinds(RequirementKind::Observed))
                                       << QVector<int>{0, 1, 2, 4, 5, 6, 7};
    }
    void hiddenKinds()
    {
        QFETCH(int, shown);
        HighlightOptions o;
        o.shownEdgeKinds = RequirementKinds::fromInt(shown);
        const HighlightResult r = computeHighlight(fixture(), o);
        QVector<int> hidden;
        for (int j = 0; j < r.edges.size(); ++j)
            if (r.edges[j].hidden)
                hidden.append(j);
        QTEST(hidden, "hiddenEdges");
        // The legend lists exactly the edge kinds on screen.
        const bool toolchainInLegend = std::any_of(r.legend.begin(), r.legend.end(), [](const LegendEntry &e) {
            return e.shape == LegendEntry::Shape::Line && e.cssClass == QLatin1String("kind-toolchain");
        });
        QCOMPARE(toolchainInLegend, bool(o.shownEdgeKinds & RequirementKind::Toolchain));
        // Hiding edges does not change who requires what.
        QCOMPARE(sorted(r.stepsWithRole(StepRole::RequiresFamily, QStringLiteral("python"))),
                 (QVector<int>{Meson, Gcc, App}));
    }

    void legend()
    {
        HighlightOptions o;
        o.title = QStringLiteral("Bootstrap");
        const HighlightResult r = computeHighlight(fixture(), o);
        QStringList texts;
        for (const LegendEntry &e : r.legend)
            texts << e.text;
        QVERIFY(texts.contains(QStringLiteral("Python")));
        QVERIFY(texts.contains(QStringLiteral("needs Python (transitively)")));
        QVERIFY(texts.contains(QStringLiteral("Rust")));
        QVERIFY(!texts.contains(QStringLiteral("needs Rust (transitively)"))); // nobody does here
        QCOMPARE(r.title, QStringLiteral("Bootstrap"));
    }

    void excludedSteps()
    {
        Chain chain = fixture();
        chain.steps[App].excluded = true;
        HighlightResult r = computeHighlight(chain, {});
        QVERIFY(r.steps[App].hidden);
        QVERIFY(r.edges[6].hidden);
        HighlightOptions o;
        o.showExcluded = true;
        r = computeHighlight(chain, o);
        QVERIFY(!r.steps[App].hidden);
    }

    void badIndicesAreIgnored()
    {
        HighlightOptions o;
        o.selected = 99;
        o.whyFrom = -5;
        o.whyTo = 1000;
        const HighlightResult r = computeHighlight(fixture(), o);
        QCOMPARE(r.selected, -1);
        QVERIFY(flagged(r, &StepStyle::dimmed).isEmpty());
        const HighlightResult empty = computeHighlight(Chain(), o);
        QVERIFY(empty.steps.isEmpty());
    }
    // A click reuses the family styles a cache keeps; every answer must be the one made without it,
    // whatever changes between two calls (selection, families, theme, hidden families, focus).
    void cacheKeepsAnswersExact()
    {
        const auto chain = std::make_shared<const Chain>(fixture());
        AnalysisOptions ao;
        ao.families = {QStringLiteral("python"), QStringLiteral("rust")};
        const AnalysisPtr analysis = analyseChain(chain, ao);
        const ChainProjection projection = identityProjection(*chain);
        HighlightCache cache;
        QVector<HighlightOptions> steps;
        HighlightOptions o;
        o.selected = Gcc;
        steps << o;
        o.selected = Cc;
        o.direction = HighlightOptions::NeededBy;
        steps << o;
        o.selected = -1;
        o.whyFrom = App;
        o.whyTo = Python;
        steps << o;
        o.families = {QStringLiteral("rust")};
        o.whyFrom = o.whyTo = -1;
        o.selected = Meson;
        steps << o;
        o.theme = Theme::Dark;
        steps << o;
        o.families = {QStringLiteral("python"), QStringLiteral("rust")};
        o.hiddenFamilies = {QStringLiteral("python")};
        steps << o;
        o.hiddenFamilies.clear();
        o.tintRequirers = false;
        o.focus = true;
        steps << o;
        o.tintRequirers = true;
        o.focus = false;
        o.selected = Gcc;
        steps << o;
        for (int k = 0; k < steps.size(); ++k) {
            const HighlightResult cached = computeHighlight(*analysis, projection, steps[k], &cache);
            const HighlightResult fresh = computeHighlight(*analysis, projection, steps[k]);
            QCOMPARE(cached.steps.size(), fresh.steps.size());
            for (int i = 0; i < fresh.steps.size(); ++i) {
                const StepStyle &a = cached.steps[i], &b = fresh.steps[i];
                const QString where = QStringLiteral("options %1, step %2").arg(k).arg(i);
                QVERIFY2(a.fill == b.fill && a.outline == b.outline && a.text == b.text && a.marks == b.marks
                             && a.memberFamilies == b.memberFamilies && a.requiredFamilies == b.requiredFamilies
                             && a.hidden == b.hidden && a.dimmed == b.dimmed && a.selected == b.selected
                             && a.needed == b.needed && a.needing == b.needing && a.outlineWidth == b.outlineWidth,
                         qPrintable(where));
            }
            for (int j = 0; j < fresh.edges.size(); ++j) {
                const EdgeStyle &a = cached.edges[j], &b = fresh.edges[j];
                QVERIFY2(a.color == b.color && a.hidden == b.hidden && a.dimmed == b.dimmed && a.context == b.context
                             && a.width == b.width && a.onWitnessPath == b.onWitnessPath,
                         qPrintable(QStringLiteral("options %1, edge %2").arg(k).arg(j)));
            }
            QCOMPARE(cached.legend, fresh.legend);
        }
        // The families changed between steps 2 and 3: a stale cache would have kept python's marks.
        const HighlightResult rustOnly = computeHighlight(*analysis, projection, steps[3], &cache);
        for (const StepStyle &s : rustOnly.steps)
            for (const FamilyMark &m : s.marks)
                QCOMPARE(m.family, QStringLiteral("rust"));
    }
};

QTEST_GUILESS_MAIN(TestHighlight)
#include "tst_highlight.moc"

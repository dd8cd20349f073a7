// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The look and the words of one moment of teaching (models/teaching/playstyle.h), shared by the
// Play panel, presentation mode and `frames --play`: lit steps keep their style, the rest fades,
// the current step is outlined; what a frame says about the environment.
#include "chainfile/chainfileloader.h"
#include "highlight/highlight.h"
#include "teaching/playback.h"
#include "teaching/playstyle.h"

#include <QFile>
#include <QTest>

using namespace Seedline;

namespace {

ChainPtr toy()
{
    QFile f(QStringLiteral(SEEDLINE_FIXTURES_DIR "/teaching/toy.chain.toml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("toy.chain.toml missing");
    LoadResult r = loadChainFile(f.readAll(), QStringLiteral("toy.chain.toml"));
    return std::make_shared<const Chain>(std::move(r.chain));
}

} // namespace

class TestPlayStyle : public QObject
{
    Q_OBJECT

private slots:
    void litAndFaded()
    {
        const ChainPtr chain = toy();
        const HighlightResult base = computeHighlight(*chain, HighlightOptions {});
        const int cc2 = chain->indexOf(QStringLiteral("cc-2.0"));
        const int cc1 = chain->indexOf(QStringLiteral("cc-1.0"));
        QVERIFY(cc1 >= 0 && cc2 >= 0);
        const QVector<int> lit = playLitSteps(*chain, cc2, defaultFollowedKinds());
        QVERIFY(lit.contains(cc2));
        QVERIFY(lit.contains(cc1)); // declared: cc-2.0 requires cc-1.0
        const HighlightResult h = teachingHighlight(*chain, base, lit, cc2);
        QCOMPARE(h.selected, cc2);
        for (int i = 0; i < chain->steps.size(); ++i) {
            if (base.steps[i].hidden)
                continue;
            QCOMPARE(h.steps[i].dimmed, !lit.contains(i));
            QCOMPARE(h.steps[i].selected, i == cc2);
            if (lit.contains(i) && i != cc2)
                QCOMPARE(h.steps[i].fill, base.steps[i].fill); // lit keeps its colours
        }
        QVERIFY(h.steps[cc2].outlineWidth > base.steps[cc2].outlineWidth);
        // Edges between faded steps fade too.
        for (int e = 0; e < chain->requirements.size(); ++e) {
            const Requirement &q = chain->requirements[e];
            if (!h.edges[e].hidden && (!lit.contains(q.from) || !lit.contains(q.to)))
                QVERIFY2(h.edges[e].dimmed || base.edges[e].dimmed, qPrintable(chain->steps[q.from].id));
        }
    }

    void litFollowsTheKinds()
    {
        const ChainPtr chain = toy();
        const int cc2 = chain->indexOf(QStringLiteral("cc-2.0"));
        QCOMPARE(
            playLitSteps(*chain, cc2, RequirementKinds(RequirementKind::Observed)), QVector<int> { cc2 });
        QVERIFY(playLitSteps(*chain, -1, defaultFollowedKinds()).isEmpty());
    }

    void frameText()
    {
        const ChainPtr chain = toy();
        const Playback p = buildPlayback(chain, PlaybackOptions { PlaybackOptions::buildsOnly() });
        const int cc2 = p.positionOf(chain->indexOf(QStringLiteral("cc-2.0")));
        QVERIFY(cc2 > 0);
        const TeachingText t = playFrameText(p, cc2);
        QCOMPARE(t.title, stepDisplayLabel(chain->steps[chain->indexOf(QStringLiteral("cc-2.0"))]));
        QCOMPARE(t.subtitle, QStringLiteral("Build %1 of %2").arg(cc2 + 1).arg(p.size()));
        QCOMPARE(t.counters, QStringLiteral("2 builds so far · 0.8 h known for 2 of them"));
        QVERIFY2(t.inForce.contains(QStringLiteral("C compiler: cc-2.0")), qPrintable(t.inForce.join(u'|')));
        QCOMPARE(t.installed, QStringList { QStringLiteral("cc-2.0") });
        QVERIFY(t.tools.first().startsWith(QLatin1String("cc 2.0")));
        // The first frame marks the first C compiler.
        const TeachingText first = playFrameText(p, p.positionOf(FirstKind::CCompiler));
        QVERIFY2(first.firsts.join(u'|').contains(QLatin1String("first C compiler: cc-1.0")),
            qPrintable(first.firsts.join(u'|')));
        QVERIFY(playFrameText(p, p.size()).title.isEmpty());
    }

    void counters()
    {
        BuildCounters c;
        c.builds = 1;
        QCOMPARE(countersText(c), QStringLiteral("1 build so far"));
        c.builds = 12;
        c.buildsWithHours = 3;
        c.hours = 31.5;
        QCOMPARE(countersText(c), QStringLiteral("12 builds so far · 32 h known for 3 of them"));
        KernelState k;
        QCOMPARE(kernelText(k), QStringLiteral("unknown"));
        k.name = QStringLiteral("Fiwix");
        k.version = QStringLiteral("1.5.0-lb1");
        QCOMPARE(kernelText(k), QStringLiteral("Fiwix 1.5.0-lb1"));
    }
};

QTEST_GUILESS_MAIN(TestPlayStyle)
#include "tst_playstyle.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The bootstrap layout: build order reads like text (left to right, then down; stage after stage),
// every step inside its stage's band, nothing overlaps, edges do not move a step, and whole chains
// fit a screen (aspect between 1:3 and 3:1, labels at least 7 px when the long side is 1,920 px).
#include "io/inputs.h"
#include "layout/layoutengine.h"
#include "layout/layoutgraph.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Seedline;

namespace {

QString shared(const QString &name)
{
    return QDir(QStringLiteral(SEEDLINE_SHARED_DIR)).filePath(QStringLiteral("live-bootstrap/") + name);
}

// A chain in build order: `count` builds in stages of `stageSize` (a `stage` attribute starts each),
// every build needing its predecessor, and some edges against the order (cycles).
Chain orderedChain(int count, int stageSize, int backEdges)
{
    Chain c;
    c.sources.append({ChainSource::Kind::ChainFile, QStringLiteral("x.chain.toml")});
    for (int i = 0; i < count; ++i) {
        Step s;
        s.id = QStringLiteral("pkg%1-1.0").arg(i);
        s.package = QStringLiteral("pkg%1").arg(i);
        s.version = QStringLiteral("1.0");
        s.label = s.id;
        s.origin.file = QStringLiteral("x.chain.toml");
        if (stageSize > 0 && i % stageSize == 0)
            s.details.edit().attributes.insert(QStringLiteral("stage"), QStringLiteral("stage %1").arg(i / stageSize));
        c.steps.append(s);
        if (i > 0)
            c.requirements.append({i, i - 1, RequirementKind::Declared, {}});
    }
    for (int k = 0; k < backEdges && count > 2; ++k)
        c.requirements.append({k, count - 1 - k, RequirementKind::Scenario, {}});
    c.reindex();
    return c;
}

void checkReadingOrder(const LayoutGraph &g, const LayoutResult &r)
{
    QCOMPARE(r.nodes.size(), g.nodes.size());
    // Every node inside the band of its stage; the bands in order, not overlapping.
    QVector<int> clusterOf(g.nodes.size(), -1);
    for (int c = 0; c < r.clusters.size(); ++c) {
        for (int n : r.clusters[c].nodes) {
            clusterOf[n] = c;
            const QRectF box(r.nodes[n].center - QPointF(r.nodes[n].size.width() / 2, r.nodes[n].size.height() / 2),
                             r.nodes[n].size);
            QVERIFY2(r.clusters[c].rect.contains(box), qPrintable(g.nodes[n].id));
            QVERIFY(!r.clusters[c].titleRect.intersects(box));
        }
        for (int d = c + 1; d < r.clusters.size(); ++d)
            QVERIFY(!r.clusters[c].rect.intersects(r.clusters[d].rect));
    }
    for (int n = 0; n < g.nodes.size(); ++n)
        QVERIFY2(clusterOf[n] >= 0, qPrintable(g.nodes[n].id));
    // Reading order: the next step is to the right on the same line, or further down.
    for (int n = 1; n < g.nodes.size(); ++n) {
        const QPointF a = r.nodes[n - 1].center, b = r.nodes[n].center;
        const bool sameLine = qFuzzyCompare(a.y(), b.y());
        if (clusterOf[n] == clusterOf[n - 1])
            QVERIFY2((sameLine && b.x() > a.x()) || b.y() > a.y(), qPrintable(g.nodes[n].id));
        else
            QVERIFY2(r.clusters[clusterOf[n]].rect.left() > r.clusters[clusterOf[n - 1]].rect.right()
                         || r.clusters[clusterOf[n]].rect.top() > r.clusters[clusterOf[n - 1]].rect.top(),
                     qPrintable(g.nodes[n].id));
    }
    // Nothing overlaps.
    for (int a = 0; a < r.nodes.size(); ++a)
        for (int b = a + 1; b < r.nodes.size() && b < a + 200; ++b) {
            const QRectF ra(r.nodes[a].center - QPointF(r.nodes[a].size.width() / 2, r.nodes[a].size.height() / 2), r.nodes[a].size);
            const QRectF rb(r.nodes[b].center - QPointF(r.nodes[b].size.width() / 2, r.nodes[b].size.height() / 2), r.nodes[b].size);
            QVERIFY(!ra.intersects(rb));
        }
}

} // namespace

class TestBootstrapLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsInBuildOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("stageSize");
        QTest::addColumn<int>("backEdges");
        QTest::addRow("one step") << 1 << 1 << 0;
        QTest::addRow("stages of one") << 12 << 1 << 0;
        QTest::addRow("one stage") << 40 << 0 << 0;
        QTest::addRow("mixed with cycles") << 200 << 17 << 5;
    }
    void readsInBuildOrder()
    {
        QFETCH(int, count);
        QFETCH(int, stageSize);
        QFETCH(int, backEdges);
        const Chain chain = orderedChain(count, stageSize, backEdges);
        QVERIFY(hasBuildOrder(chain));
        const LayoutGraph g = bootstrapLayoutGraph(chain, allKinds(), false);
        QVERIFY(!g.stages.isEmpty());
        const LayoutResult r = layoutGraph(g);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.engine, QStringLiteral("bootstrap"));
        checkReadingOrder(g, r);
        // Edges against the build order are kept, drawn below, and said.
        if (backEdges > 0)
            QVERIFY2(r.notes.join(u' ').contains(QStringLiteral("point forward")), qPrintable(r.notes.join(u' ')));
        for (const LayoutResult::EdgeGeometry &e : r.edges)
            QVERIFY(e.points.isEmpty() || e.points.size() == 4);
    }

    void tenThousandSteps()
    {
        const Chain chain = orderedChain(10000, 250, 20);
        const LayoutGraph g = bootstrapLayoutGraph(chain, allKinds(), false);
        const LayoutResult r = layoutGraph(g);
        QVERIFY(r.ok);
        QCOMPARE(r.nodes.size(), 10000);
        const double aspect = r.boundingBox.width() / r.boundingBox.height();
        QVERIFY2(aspect > 1 / 3.0 && aspect < 3.0, qPrintable(QString::number(aspect)));
    }

    void aspectFollowsTheRequest_data()
    {
        QTest::addColumn<double>("aspect");
        QTest::addRow("slide") << 16.0 / 9.0;
        QTest::addRow("square") << 1.0;
        QTest::addRow("portrait") << 0.7;
    }
    void aspectFollowsTheRequest()
    {
        QFETCH(double, aspect);
        const Chain chain = orderedChain(300, 20, 0);
        LayoutOptions o;
        o.aspectRatio = aspect;
        const LayoutResult r = layoutGraph(bootstrapLayoutGraph(chain, allKinds(), false), o);
        const double got = r.boundingBox.width() / r.boundingBox.height();
        QVERIFY2(got > aspect / 1.6 && got < aspect * 1.6, qPrintable(QStringLiteral("%1 for %2").arg(got).arg(aspect)));
    }

    void edgesDoNotMoveSteps()
    {
        const Chain chain = orderedChain(60, 7, 2);
        const LayoutResult all = layoutGraph(bootstrapLayoutGraph(chain, allKinds(), false));
        const LayoutResult none = layoutGraph(bootstrapLayoutGraph(chain, RequirementKinds(), false));
        QCOMPARE(all.nodes.size(), none.nodes.size());
        for (int i = 0; i < all.nodes.size(); ++i)
            QCOMPARE(all.nodes[i].center, none.nodes[i].center);
    }

    void wholeChainsFitAScreen_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("shipped chains") << QString();
        QTest::addRow("manifest") << QStringLiteral("manifest");
        QTest::addRow("parts.rst") << QStringLiteral("parts.rst");
        QTest::addRow("checkout") << QStringLiteral("checkout-2025-12");
        QTest::addRow("parts.rst 2023") << QStringLiteral("parts-2023-02.rst");
    }
    void wholeChainsFitAScreen()
    {
        QFETCH(QString, input);
        if (!input.isEmpty() && !QFileInfo::exists(shared(input)))
            QSKIP("../shared/live-bootstrap is not there");
        const LoadResult loaded = input.isEmpty() ? loadEmbeddedDefault() : loadPath(shared(input));
        QVERIFY(!hasErrors(loaded.diagnostics));
        const LayoutGraph g = bootstrapLayoutGraph(loaded.chain, allKinds(), false);
        const LayoutResult r = layoutGraph(g);
        QVERIFY(r.ok);
        checkReadingOrder(g, r);
        const double w = r.boundingBox.width(), h = r.boundingBox.height();
        QVERIFY2(w / h >= 1 / 3.0 && w / h <= 3.0, qPrintable(QStringLiteral("%1 x %2").arg(w).arg(h)));
        // 12 px labels scaled so that the long side is 1,920 px (plus the export's title and
        // legend, about 400 pt): at least 7 px.
        const double label = 12.0 * 1920.0 / (std::max(w, h) + 400.0);
        QVERIFY2(label >= 7.0, qPrintable(QStringLiteral("labels %1 px (%2 x %3)").arg(label).arg(w).arg(h)));
    }
};

QTEST_GUILESS_MAIN(TestBootstrapLayout)
#include "tst_bootstraplayout.moc"

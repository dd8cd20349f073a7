// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A crowded view (thousands of edges on screen, as on a distribution's dependency graph): the
// edges come from a picture drawn off the GUI thread, in the colours of the current styles and
// never in old ones; fewer edges are drawn directly; the Inspector lists the first of thousands.
#include "graph/graphlayers.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "analysis/projection.h"
#include "io/inputs.h"
#include "scene/gridindex.h"
#include "scene/viewpipeline.h"
#include "window/inspectorwidget.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedline;

namespace {

// `nodes` packages, each depending on `perNode` random earlier ones; "hub" is needed by everyone.
QByteArray crowdedDot(int nodes, int perNode)
{
    QRandomGenerator random(11);
    QByteArray dot = "digraph crowded {\n";
    for (int i = 1; i < nodes; ++i) {
        dot += "  \"p" + QByteArray::number(i) + "\" -> \"hub\";\n";
        for (int k = 0; k < perNode; ++k)
            dot += "  \"p" + QByteArray::number(i) + "\" -> \"p" + QByteArray::number(random.bounded(i)) + "\";\n";
    }
    return dot + "}\n";
}

AnalysisPtr analyse(const QByteArray &dot, QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("crowded.dot"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(dot) != dot.size())
        return {};
    f.close();
    const LoadResult loaded = loadPath(path);
    if (hasErrors(loaded.diagnostics))
        return {};
    return analyseChain(std::make_shared<const Chain>(loaded.chain), AnalysisOptions());
}

ViewOptions layered()
{
    ViewOptions o;
    o.layout.engine = QStringLiteral("layered");
    return o;
}

// The pixels of the viewport that are neither the background nor a step box.
int pixelsOf(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += QColor(image.pixel(x, y)) == color;
    return n;
}

const EdgeLayer *edgeLayerOf(const GraphView &view)
{
    for (QGraphicsItem *item : view.scene()->items())
        if (item->type() == EdgeLayer::Type)
            return static_cast<const EdgeLayer *>(item);
    return nullptr;
}

} // namespace

class TestViewCrowded : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridIndexFindsWhatABruteForceFinds()
    {
        // Small boxes and long edges' bounds; small areas (the cell walk) and big ones (one pass).
        QRandomGenerator random(5);
        QVector<QRectF> rects;
        for (int i = 0; i < 3000; ++i) {
            const bool longOne = i % 10 == 0;
            rects.append(QRectF(random.bounded(20000.0), random.bounded(20000.0),
                                longOne ? random.bounded(15000.0) : 5 + random.bounded(80.0),
                                longOne ? random.bounded(15000.0) : 5 + random.bounded(40.0)));
        }
        GridIndex index;
        index.build(rects);
        for (int round = 0; round < 200; ++round) {
            const qreal side = round % 2 ? 50 + random.bounded(2000.0) : 8000 + random.bounded(20000.0);
            const QRectF area(random.bounded(24000.0) - 2000, random.bounded(24000.0) - 2000, side, side * 0.7);
            QVector<int> expected;
            for (int i = 0; i < rects.size(); ++i)
                if (rects[i].intersects(area))
                    expected.append(i);
            QCOMPARE(index.query(area), expected);
            // A walk asked to stop after k items visits exactly k (each an item in the area).
            const int k = std::min<int>(7, int(expected.size()));
            QVector<int> visited;
            index.forEachIn(area, [&](int i) {
                visited.append(i);
                return visited.size() < k;
            });
            QCOMPARE(visited.size(), expected.isEmpty() ? 0 : qsizetype(k));
            for (int i : visited)
                QVERIFY(expected.contains(i));
        }
    }

    void crowdedEdgesComeFromAPictureInTheCurrentColours()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AnalysisPtr analysis = analyse(crowdedDot(900, 4), dir);
        QVERIFY(analysis);
        GraphView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        SceneModel model = buildScene(analysis, layered());
        QVERIFY(model.geometry.edges.size() > EdgeLayer::backdropEdges);
        // Every edge in one colour nobody else uses, to find them on screen.
        const QColor first(200, 0, 160), second(0, 170, 60);
        for (EdgeStyle &e : model.highlight.edges) {
            e.color = first;
            e.width = 3; // wide enough to leave whole pixels of the colour at any scale
            e.penStyle = Qt::SolidLine;
            e.dimmed = e.context = false;
        }
        view.setSceneModel(model, false);
        view.fitAll(false);
        const EdgeLayer *edges = edgeLayerOf(view);
        QVERIFY(edges);

        // The first paint asks for the picture and draws no edges of its own.
        QImage shot = view.viewport()->grab().toImage();
        QCOMPARE(edges->edgesDrawn(), 0);
        QVERIFY(edges->drewBackdrop());
        QCOMPARE(pixelsOf(shot, first), 0);
        QVERIFY(QTest::qWaitFor([&] { return edges->backdrop().hasPicture() && !edges->backdrop().isDrawing(); }, 30000));
        shot = view.viewport()->grab().toImage();
        // The picture has every edge on screen, and the layer shows it.
        QVERIFY2(edges->edgesDrawn() > EdgeLayer::backdropEdges, qPrintable(QString::number(edges->edgesDrawn())));
        QVERIFY(edges->drewBackdrop());
        const int firstPixels = pixelsOf(shot, first);
        QVERIFY2(firstPixels > 1000, qPrintable(QString::number(firstPixels)));

        // New styles: the old picture is not shown in the meantime, and the new one has the new colour.
        HighlightResult restyled = view.sceneModel().highlight;
        for (EdgeStyle &e : restyled.edges)
            e.color = second;
        view.graphScene()->setHighlight(restyled);
        shot = view.viewport()->grab().toImage();
        QCOMPARE(pixelsOf(shot, first), 0);
        QVERIFY(QTest::qWaitFor([&] { return !edges->backdrop().isDrawing(); }, 30000));
        QTest::qWait(50);
        shot = view.viewport()->grab().toImage();
        QCOMPARE(pixelsOf(shot, first), 0);
        QVERIFY2(pixelsOf(shot, second) > 1000, qPrintable(QString::number(pixelsOf(shot, second))));

        // Zoomed in on a corner, few edges are on screen: drawn directly, at once.
        const QRectF graph = view.sceneModel().graphRect;
        view.zoomAround(3.0, QPointF(view.viewport()->rect().center()));
        view.centerOn(graph.topLeft() + QPointF(60, 60));
        shot = view.viewport()->grab().toImage();
        QVERIFY2(!edges->drewBackdrop(), qPrintable(QString::number(edges->edgesDrawn())));
    }

    void inspectorListsTheFirstOfThousands()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AnalysisPtr analysis = analyse(crowdedDot(1200, 0), dir);
        QVERIFY(analysis);
        InspectorWidget inspector;
        const int hub = analysis->chain->indexOf(QStringLiteral("hub"));
        QVERIFY(hub >= 0);
        inspector.setAnalysis(analysis, std::make_shared<const ChainProjection>(identityProjection(*analysis->chain)));
        inspector.setStep(hub);
        const QString text = inspector.plainText();
        QVERIFY2(text.contains(QStringLiteral("Needed by (1199)")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("and 1049 more")), qPrintable(text.right(400)));
        // The first 150 in the chain's order (p1 … p150 need the hub first), none after them.
        QVERIFY(text.contains(QStringLiteral("p150")));
        QVERIFY(!text.contains(QStringLiteral("p151")));
        QVERIFY(!text.contains(QStringLiteral("p1199")));
    }
};

QTEST_MAIN(TestViewCrowded)
#include "tst_view_crowded.moc"

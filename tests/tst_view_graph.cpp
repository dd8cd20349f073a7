// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The graph view on the offscreen platform: clicks, the neighbourhood, restyling without
// rebuilding, the level of detail (folded far out, highlighted labels kept), zoom under the
// pointer, reveal, keys along the edges, the legend of what is on screen, the minimap, and the
// animation that keeps steps by id.
#include "graph/graphlayers.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/minimap.h"
#include "highlight/palette.h"
#include "io/inputs.h"
#include "scene/viewpipeline.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Seedline;

class TestViewGraph : public QObject
{
    Q_OBJECT
private:
    AnalysisPtr m_analysis;

    SceneModel scene(const ViewOptions &options = {}) const { return buildScene(m_analysis, options); }
    int step(const GraphView &view, const char *id) const { return view.chain()->indexOf(QString::fromUtf8(id)); }
    static ViewOptions plainKinds()
    {
        ViewOptions o;
        o.highlight.shownEdgeKinds = allKinds() & ~RequirementKinds(RequirementKind::Sequence | RequirementKind::Toolchain);
        return o;
    }
    void show(GraphView &view, const QSize &size = QSize(900, 700))
    {
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }
    QPoint centerOf(const GraphView &view, int s) const
    {
        return view.mapFromScene(view.graphScene()->stepRect(s).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult loaded = loadPath(QStringLiteral(SEEDLINE_FIXTURES_DIR "/graphview/small.chain.toml"));
        QVERIFY2(!hasErrors(loaded.diagnostics),
                 qPrintable(loaded.diagnostics.isEmpty() ? QString() : loaded.diagnostics.first().toString()));
        QCOMPARE(loaded.chain.steps.size(), 7);
        AnalysisOptions ao;
        ao.families = {QStringLiteral("c-compiler")};
        m_analysis = analyseChain(std::make_shared<const Chain>(loaded.chain), ao);
    }

    void layersIndexAndHitTest()
    {
        GraphView view;
        view.setSceneModel(scene(), false);
        const SceneModel &m = view.sceneModel();
        QCOMPARE(m.geometry.nodes.size(), 7);
        QVERIFY(!m.bands.isEmpty()); // a chain file has a build order: the bootstrap layout, in stages
        // Three painted layers, no item per step or edge.
        QCOMPARE(view.graphScene()->items().size(), 3);
        for (const GraphGeometry::Node &n : m.geometry.nodes) {
            QCOMPARE(view.graphScene()->stepRect(n.step), n.rect());
            QCOMPARE(view.graphScene()->stepAt(n.center), n.step);
        }
        QCOMPARE(view.graphScene()->stepAt(m.graphRect.bottomRight() + QPointF(500, 500)), -1);
        QCOMPARE(view.graphScene()->stepsIn(m.graphRect).size(), 7);
    }

    void clickHighlightsNeighbourhood_data()
    {
        QTest::addColumn<QString>("clicked");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("gcc") << QStringLiteral("gcc-15.2.0")
                             << QStringList{QStringLiteral("seed"), QStringLiteral("cc-1.0"),
                                            QStringLiteral("python-3.11.1"), QStringLiteral("meson-1.0.0"),
                                            QStringLiteral("gcc-15.2.0"), QStringLiteral("app-1.0")};
        QTest::addRow("rustc") << QStringLiteral("rustc-1.90.0")
                               << QStringList{QStringLiteral("seed"), QStringLiteral("cc-1.0"),
                                              QStringLiteral("rustc-1.90.0")};
    }
    void clickHighlightsNeighbourhood()
    {
        QFETCH(QString, clicked);
        QFETCH(QStringList, expected);
        GraphView view;
        show(view);
        ViewPlan plan = planView(m_analysis, {});
        view.setSceneModel(scene(), false);
        view.fitAll();
        // What the window does on a click: restyle the same plan for the new selection.
        connect(&view, &GraphView::stepClicked, &view, [&](int index) {
            ViewOptions o;
            o.selectedId = view.chain()->steps[index].id;
            QVERIFY(restylePlan(plan, o));
            view.setHighlight(plan.highlight);
        });
        QSignalSpy clicks(&view, &GraphView::stepClicked);
        QSignalSpy background(&view, &GraphView::backgroundClicked);
        const int target = view.chain()->indexOf(clicked);
        QVERIFY(target >= 0);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centerOf(view, target));
        QCOMPARE(clicks.count(), 1);
        QCOMPARE(clicks.first().first().toInt(), target);
        QCOMPARE(view.selectedStep(), target);
        QCOMPARE(view.graphScene()->currentStep(), target);
        QSet<int> expectedSet;
        for (const QString &id : expected)
            expectedSet.insert(view.chain()->indexOf(id));
        const HighlightResult &h = view.highlight();
        const QVector<int> highlighted = h.highlightedSteps();
        QCOMPARE(QSet<int>(highlighted.begin(), highlighted.end()), expectedSet);
        for (int i = 0; i < view.chain()->steps.size(); ++i)
            QCOMPARE(h.steps[i].dimmed, !expectedSet.contains(i));
        QCOMPARE(background.count(), 0);
        // A click on empty background.
        const QPoint empty = view.mapFromScene(view.sceneModel().graphRect.bottomRight() + QPointF(20, 20));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, empty);
        QCOMPARE(background.count(), 1);
        QCOMPARE(clicks.count(), 1);
    }

    void restyleKeepsTheGeometry()
    {
        GraphView view;
        view.setSceneModel(scene(), false);
        const GraphGeometry before = view.sceneModel().geometry;
        const int python = step(view, "python-3.11.1"), meson = step(view, "meson-1.0.0"), rust = step(view, "rustc-1.90.0");
        QCOMPARE(view.highlight().steps[python].fill, Palette().familyColor(QStringLiteral("python")));
        QCOMPARE(view.highlight().steps[meson].fill, Palette().familyTint(QStringLiteral("python")));
        ViewPlan plan = planView(m_analysis, {});
        ViewOptions off;
        off.highlight.hiddenFamilies = {QStringLiteral("python")};
        QVERIFY(restylePlan(plan, off));
        QSignalSpy rebuilt(view.graphScene(), &GraphScene::modelChanged);
        view.setHighlight(plan.highlight);
        QCOMPARE(rebuilt.count(), 0);
        QCOMPARE(view.sceneModel().geometry.nodes.size(), before.nodes.size());
        for (int i = 0; i < before.nodes.size(); ++i)
            QCOMPARE(view.sceneModel().geometry.nodes[i].center, before.nodes[i].center);
        QCOMPARE(view.highlight().steps[python].fill, Palette().stepFill());
        QCOMPARE(view.highlight().steps[meson].fill, Palette().stepFill());
        QCOMPARE(view.highlight().steps[rust].fill, Palette().familyColor(QStringLiteral("rust")));
    }

    void foldedFarOutKeepsHighlightedLabels()
    {
        GraphView view;
        show(view, QSize(800, 600));
        view.setSceneModel(scene(), false);
        NodeLayer *nodes = nullptr;
        for (QGraphicsItem *item : view.graphScene()->items())
            if (item->type() == NodeLayer::Type)
                nodes = static_cast<NodeLayer *>(item);
        QVERIFY(nodes);
        view.fitAll();
        view.setZoom(1.0);
        view.viewport()->grab();
        QCOMPARE(nodes->stepsDrawn(), 7 - int(std::count_if(view.highlight().steps.begin(), view.highlight().steps.end(),
                                                            [](const StepStyle &s) { return s.hidden; })));
        QVERIFY(!view.graphScene()->isFoldedAt(1.0));
        // 12 px labels at 0.2: 2.4 px, unreadable: the picture folds. Plain steps are left to
        // their band's summary; the highlighted ones stay, with their labels.
        view.setZoom(0.2);
        QVERIFY(view.graphScene()->isFoldedAt(0.2));
        view.viewport()->grab();
        int important = 0;
        for (int i = 0; i < view.chain()->steps.size(); ++i)
            important += view.graphScene()->isImportant(i) ? 1 : 0;
        QVERIFY(important > 0 && important < 7);
        QCOMPARE(nodes->stepsDrawn(), important);
        // Their tags, as many as fit without covering one another (at 0.2 this small graph's
        // steps are close together: some tags give way).
        QVERIFY2(nodes->labelsDrawn() >= 1 && nodes->labelsDrawn() < important, qPrintable(QString::number(nodes->labelsDrawn())));
        view.setZoom(0.35); // labels still unreadable (4.2 px), the steps further apart
        view.viewport()->grab();
        QVERIFY(nodes->labelsDrawn() >= 1);
        view.setZoom(0.2);
        // Only those can be clicked.
        const int seed = step(view, "seed");
        QVERIFY(!view.graphScene()->isImportant(seed));
        QCOMPARE(view.stepAt(centerOf(view, seed)), -1);
        const int python = step(view, "python-3.11.1");
        QCOMPARE(view.stepAt(centerOf(view, python)), python);
    }

    void wheelZoomStaysUnderThePointer()
    {
        GraphView view;
        show(view);
        view.setSceneModel(scene(), false);
        view.fitAll();
        for (const QPoint pos : {QPoint(120, 100), QPoint(700, 560), QPoint(450, 350)}) {
            const QPointF before = view.mapToScene(pos);
            const qreal zoom = view.zoom();
            QWheelEvent wheel(QPointF(pos), view.viewport()->mapToGlobal(QPointF(pos)), QPoint(), QPoint(0, 240),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view.viewport(), &wheel);
            QVERIFY(view.zoom() > zoom);
            const QPointF after = view.mapToScene(pos);
            QVERIFY2(QLineF(before, after).length() * view.zoom() < 1.5,
                     qPrintable(QStringLiteral("moved %1 px").arg(QLineF(before, after).length() * view.zoom())));
        }
    }

    void revealBringsStepsIntoView()
    {
        GraphView view;
        show(view, QSize(600, 400));
        view.setSceneModel(scene(), false);
        const int app = step(view, "app-1.0");
        const int seed = step(view, "seed");
        view.setZoom(3);
        view.centerOn(seed);
        QVERIFY(!view.isStepVisible(app));
        view.reveal({app}, false);
        QVERIFY(view.isStepVisible(app));
        QVERIFY(view.zoom() * labelPixelSize >= 10); // readable where it lands
        // Several steps: all in view.
        view.setZoom(4);
        view.centerOn(app);
        view.reveal({seed, app}, false);
        QVERIFY(view.isStepVisible(seed));
        QVERIFY(view.isStepVisible(app));
        // Animated, it ends in the same place.
        view.setZoom(4);
        view.centerOn(seed);
        view.reveal({app}, true);
        QVERIFY(view.isNavigating());
        QTRY_VERIFY(!view.isNavigating());
        QVERIFY(view.isStepVisible(app));
    }

    void keysMoveAlongEdges()
    {
        GraphView view;
        show(view);
        view.setSceneModel(scene(plainKinds()), false);
        view.fitAll();
        QSignalSpy clicks(&view, &GraphView::stepClicked);
        const int meson = step(view, "meson-1.0.0"), python = step(view, "python-3.11.1"), gcc = step(view, "gcc-15.2.0");
        view.selectStep(meson);
        QTest::keyClick(&view, Qt::Key_Up); // what meson needs
        QCOMPARE(view.selectedStep(), python);
        QTest::keyClick(&view, Qt::Key_Down); // what needs python: meson first
        QCOMPARE(view.selectedStep(), meson);
        QTest::keyClick(&view, Qt::Key_Down); // what needs meson
        QCOMPARE(view.selectedStep(), gcc);
        QTest::keyClick(&view, Qt::Key_Left); // its neighbour in build order
        QCOMPARE(view.selectedStep(), meson);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedStep(), gcc);
        QCOMPARE(clicks.count(), 5);
        QSignalSpy cleared(&view, &GraphView::backgroundClicked);
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(cleared.count(), 1);
        // Zoom keys.
        view.resetZoom();
        QCOMPARE(view.zoom(), 1.0);
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.zoom() > 1.0);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.zoom() < 1.0);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.zoom(), 1.0);
    }

    void legendListsWhatIsOnScreen()
    {
        GraphView view;
        show(view, QSize(900, 700));
        view.setSceneModel(scene(plainKinds()), false);
        view.fitAll();
        view.viewport()->grab();
        auto classes = [&view] {
            QStringList out;
            for (const LegendEntry &e : view.visibleLegend())
                out << e.cssClass;
            return out;
        };
        QVERIFY(classes().contains(QStringLiteral("family-python")));
        QVERIFY(classes().contains(QStringLiteral("family-rust")));
        QVERIFY(classes().contains(QStringLiteral("requires-python")));
        QVERIFY(!view.legendRect().isEmpty());
        // Zoomed onto the seed alone: nothing of Python or Rust on screen, so not in the legend.
        view.setZoom(6);
        view.centerOn(step(view, "seed"));
        QVERIFY(!view.isStepVisible(step(view, "python-3.11.1")));
        QVERIFY(!view.isStepVisible(step(view, "rustc-1.90.0")));
        view.viewport()->grab();
        QVERIFY(!classes().contains(QStringLiteral("family-python")));
        QVERIFY(!classes().contains(QStringLiteral("family-rust")));
        // The legend keeps its size whatever the zoom.
        const QSize size = view.legendRect().size();
        view.fitAll();
        view.viewport()->grab();
        view.setZoom(view.zoom() / 2);
        view.viewport()->grab();
        QCOMPARE(view.legendRect().height() > 0, true);
        QVERIFY(std::abs(view.legendRect().width() - size.width()) < 200);
        view.setLegendVisible(false);
        view.viewport()->grab();
        QVERIFY(view.legendRect().isEmpty());
    }

    void minimapMovesViewAndHides()
    {
        GraphView view;
        show(view, QSize(800, 600));
        view.setSceneModel(scene(), false);
        view.setZoom(4);
        Minimap *map = view.minimap();
        QVERIFY(map->isVisible());
        QVERIFY(map->width() <= 170 && map->height() <= 110); // small
        const QRectF graph = view.sceneModel().graphRect;
        const QPoint at(map->width() - 8, map->height() / 2);
        QTest::mouseClick(map, Qt::LeftButton, {}, at);
        const QPointF wanted = map->toScene(QPointF(at));
        QVERIFY(graph.adjusted(-50, -50, 50, 50).contains(wanted));
        const QPointF center = view.mapToScene(view.viewport()->rect().center());
        QVERIFY(QLineF(center, wanted).length() < 5);
        view.setMinimapVisible(false);
        QVERIFY(!view.isMinimapVisible());
    }

    void newLayoutMovesStepsByIdAndKeepsTheViewport()
    {
        GraphView view;
        show(view);
        view.setSceneModel(scene(), false);
        view.setZoom(1.3);
        view.centerOn(step(view, "gcc-15.2.0"));
        const QTransform transform = view.transform();
        const QPointF center = view.mapToScene(view.viewport()->rect().center());
        // Fold a run: some steps go, the others move; ids decide who is who.
        ViewOptions folded;
        folded.layout.aspectRatio = 0.5; // a different shape: every step moves
        const SceneModel next = scene(folded);
        const int gcc = next.chain->indexOf(QStringLiteral("gcc-15.2.0"));
        const QRectF from = view.sceneModel().geometry.node(step(view, "gcc-15.2.0"))->rect();
        const QRectF to = next.geometry.node(gcc)->rect();
        QVERIFY(from.center() != to.center());
        view.graphScene()->setAnimationDuration(400);
        view.setSceneModel(next, true);
        QVERIFY(view.graphScene()->isAnimating());
        QCOMPARE(view.transform(), transform); // the viewport stays where it was
        QVERIFY(QLineF(view.mapToScene(view.viewport()->rect().center()), center).length() < 2);
        QTRY_VERIFY(view.graphScene()->animationProgress() > 0.2 && view.graphScene()->animationProgress() < 0.9);
        const QPointF mid = view.graphScene()->stepRect(gcc).center();
        QVERIFY(mid != from.center() && mid != to.center());
        QTRY_VERIFY(!view.graphScene()->isAnimating());
        QCOMPARE(view.graphScene()->stepRect(gcc), to);
    }

    void tooltipIsBuiltOnDemand()
    {
        GraphView view;
        view.setSceneModel(scene(), false);
        const QString tip = view.stepToolTip(step(view, "meson-1.0.0"));
        QVERIFY(tip.contains(QStringLiteral("meson")));
        QVERIFY(tip.contains(QStringLiteral("needs Python")));
        QVERIFY(view.stepToolTip(step(view, "seed")).contains(QStringLiteral("seed")));
    }
};

QTEST_MAIN(TestViewGraph)
#include "tst_view_graph.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphgeometry.h"
#include "graph/graphitems.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/minimap.h"
#include "highlight/highlight.h"
#include "highlight/palette.h"
#include "io/inputs.h"
#include "layout/layoutengine.h"

#include <QSignalSpy>
#include <QTest>

using namespace Seedline;

class TestViewGraph : public QObject
{
    Q_OBJECT
private:
    ChainPtr m_chain;
    LayoutGraph m_graph;
    LayoutResult m_layout;

    int step(const char *id) const { return m_chain->indexOf(QString::fromUtf8(id)); }
    QSet<int> highlightedItems(const GraphView &view) const
    {
        QSet<int> out;
        for (int i = 0; i < m_chain->steps.size(); ++i) {
            const StepItem *item = view.graphScene()->stepItem(i);
            if (item && item->isVisible() && !item->style().dimmed
                && (item->style().selected || item->style().needed || item->style().needing))
                out.insert(i);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult loaded = loadPath(QStringLiteral(SEEDLINE_FIXTURES_DIR "/graphview/small.chain.toml"));
        QVERIFY2(!hasErrors(loaded.diagnostics),
                 qPrintable(loaded.diagnostics.isEmpty() ? QString() : loaded.diagnostics.first().toString()));
        QCOMPARE(loaded.chain.steps.size(), 7);
        m_chain = std::make_shared<const Chain>(loaded.chain);
        m_graph = layoutGraphFromChain(*m_chain, allKinds(), false);
        LayoutOptions options;
        options.backend = LayoutOptions::Backend::Instant; // deterministic and needs no Graphviz
        m_layout = layoutGraph(m_graph, options);
        QVERIFY2(m_layout.ok, qPrintable(m_layout.error));
    }

    void buildsItems()
    {
        GraphView view;
        view.setGraph(m_chain, m_graph, m_layout);
        for (int i = 0; i < m_chain->steps.size(); ++i) {
            StepItem *item = view.graphScene()->stepItem(i);
            QVERIFY(item);
            QCOMPARE(item->type(), int(StepItem::Type));
            QCOMPARE(item->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
        }
        QCOMPARE(view.graphScene()->edgeItems().size(), m_graph.edges.size());
        QVERIFY(view.graphScene()->sceneRect().contains(view.graphScene()->itemsBoundingRect().center()));
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
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(m_chain, m_graph, m_layout);
        view.setHighlight(computeHighlight(*m_chain, {}));
        // What the window does on a click.
        connect(&view, &GraphView::stepClicked, &view, [&](int index) {
            HighlightOptions o;
            o.selected = index;
            view.setHighlight(computeHighlight(*m_chain, o));
        });
        QSignalSpy clicks(&view, &GraphView::stepClicked);
        QSignalSpy background(&view, &GraphView::backgroundClicked);

        const int target = m_chain->indexOf(clicked);
        QVERIFY(target >= 0);
        StepItem *item = view.graphScene()->stepItem(target);
        view.centerOn(target);
        const QPoint pos = view.mapFromScene(item->scenePos());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(clicks.count(), 1);
        QCOMPARE(clicks.first().first().toInt(), target);
        QCOMPARE(view.selectedStep(), target);
        QVERIFY(item->isCurrent());

        QSet<int> expectedSet;
        for (const QString &id : expected)
            expectedSet.insert(m_chain->indexOf(id));
        QCOMPARE(highlightedItems(view), expectedSet);
        for (int i = 0; i < m_chain->steps.size(); ++i)
            QCOMPARE(view.graphScene()->stepItem(i)->style().dimmed, !expectedSet.contains(i));
        QCOMPARE(background.count(), 0);

        // A click on empty background.
        const QPointF corner = view.graphScene()->sceneRect().topLeft() + QPointF(2, 2);
        view.centerOn(corner);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(corner));
        QCOMPARE(background.count(), 1);
        QCOMPARE(clicks.count(), 1);
    }

    void toggleFamily()
    {
        GraphView view;
        view.setGraph(m_chain, m_graph, m_layout);
        StepItem *python = view.graphScene()->stepItem(step("python-3.11.1"));
        StepItem *meson = view.graphScene()->stepItem(step("meson-1.0.0"));
        StepItem *rust = view.graphScene()->stepItem(step("rustc-1.90.0"));
        view.setHighlight(computeHighlight(*m_chain, {}));
        QCOMPARE(python->style().fill, Palette::familyColor(QStringLiteral("python")));
        QCOMPARE(meson->style().fill, Palette::familyTint(QStringLiteral("python")));
        QCOMPARE(meson->style().outline, Palette::familyColor(QStringLiteral("python")));
        QCOMPARE(rust->style().fill, Palette::familyColor(QStringLiteral("rust")));
        QVERIFY(view.graphScene()->legendItem()->texts().contains(QStringLiteral("Python")));

        HighlightOptions off;
        off.hiddenFamilies = {QStringLiteral("python")};
        view.setHighlight(computeHighlight(*m_chain, off));
        // Restyled, not rebuilt.
        QCOMPARE(view.graphScene()->stepItem(step("python-3.11.1")), python);
        QCOMPARE(python->style().fill, Palette::stepFill());
        QCOMPARE(meson->style().fill, Palette::stepFill());
        QCOMPARE(rust->style().fill, Palette::familyColor(QStringLiteral("rust")));
        QVERIFY(!view.graphScene()->legendItem()->texts().contains(QStringLiteral("Python")));
        QVERIFY(view.graphScene()->legendItem()->texts().contains(QStringLiteral("Rust")));
    }

    void focusHidesItems()
    {
        GraphView view;
        view.setGraph(m_chain, m_graph, m_layout);
        HighlightOptions o;
        o.selected = step("gcc-15.2.0");
        o.focus = true;
        view.setHighlight(computeHighlight(*m_chain, o));
        QVERIFY(!view.graphScene()->stepItem(step("rustc-1.90.0"))->isVisible());
        QVERIFY(view.graphScene()->stepItem(step("gcc-15.2.0"))->isVisible());
        for (const EdgeItem *e : view.graphScene()->edgeItems())
            if (e->fromStep() == step("rustc-1.90.0") || e->toStep() == step("rustc-1.90.0"))
                QVERIFY(!e->isVisible());
    }

    void levelOfDetail()
    {
        GraphView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(m_chain, m_graph, m_layout);
        StepItem *gcc = view.graphScene()->stepItem(step("gcc-15.2.0"));

        view.setZoom(1.0);
        view.centerOn(step("gcc-15.2.0"));
        view.viewport()->grab();
        QVERIFY(gcc->labelDrawn());

        view.setZoom(0.2); // 12 px labels at 2.4 px: unreadable
        view.centerOn(step("gcc-15.2.0"));
        view.viewport()->grab();
        QVERIFY(!gcc->labelDrawn());

        QVERIFY(labelReadable(1.0));
        QVERIFY(!labelReadable(0.3));
    }

    void keysZoomAndFit()
    {
        GraphView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(m_chain, m_graph, m_layout);
        view.resetZoom();
        QCOMPARE(view.zoom(), 1.0);
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.zoom() > 1.0);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.zoom() < 1.0);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.zoom(), 1.0);
        view.setZoom(5);
        QTest::keyClick(&view, Qt::Key_F);
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(view.graphScene()->sceneRect()));
    }

    void minimapMovesView()
    {
        GraphView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(m_chain, m_graph, m_layout);
        view.setZoom(4);
        Minimap *map = view.minimap();
        QVERIFY(map->isVisible());
        const QRectF before = map->visibleRectInMinimap();
        QVERIFY(!before.isEmpty());
        // Click the minimap's top-left content corner: the view moves there.
        const QPointF corner = view.graphScene()->sceneRect().topLeft();
        QPoint clickAt;
        for (int x = 0; x < map->width() && clickAt.isNull(); ++x)
            if (map->toScene(QPointF(x, map->height() / 2.0)).x() >= corner.x())
                clickAt = QPoint(x + 2, 4);
        QTest::mouseClick(map, Qt::LeftButton, {}, clickAt);
        const QPointF center = view.mapToScene(view.viewport()->rect().center());
        const QPointF wanted = map->toScene(clickAt);
        // Centering is clamped by the scroll range, so the view ends at the top-left corner.
        QVERIFY(map->visibleRectInMinimap().left() <= before.left());
        QVERIFY(std::abs(center.x() - wanted.x()) < view.viewport()->width() / view.zoom());
        view.setMinimapVisible(false);
        QVERIFY(!view.isMinimapVisible());
    }

    void sceneModelMatchesView()
    {
        GraphView view;
        view.setGraph(m_chain, m_graph, m_layout);
        HighlightOptions o;
        o.title = QStringLiteral("Title");
        view.setHighlight(computeHighlight(*m_chain, o));
        const SceneModel model = view.sceneModel();
        QCOMPARE(model.title, QStringLiteral("Title"));
        QCOMPARE(model.geometry.nodes.size(), m_chain->steps.size());
        QVERIFY(model.sceneRect.contains(model.legendRect));
        QVERIFY(model.sceneRect.contains(model.titleRect));
        QCOMPARE(view.graphScene()->titleItem()->text(), QStringLiteral("Title"));
    }
};

QTEST_MAIN(TestViewGraph)
#include "tst_view_graph.moc"

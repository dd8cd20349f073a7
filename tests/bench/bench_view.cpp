// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The graph view's costs: building the scene (items for every step and edge), the first paint
// into a QImage (the whole graph fitted, labels hidden by level of detail; and a 1:1 window with
// labels), restyling after a click (setHighlight), and writing SVG. Generated chains of 1,000,
// 5,000 and 20,000 steps laid out by the instant layout, and live-bootstrap's parts.rst.
// Run: bench_view (QT_QPA_PLATFORM=offscreen)
#include "scene/exporter.h"
#include "scene/graphgeometry.h"
#include "graph/graphscene.h"
#include "scene/scenemodel.h"
#include "highlight/highlight.h"
#include "layout/layoutengine.h"
#include "partsrst/partsrstloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Seedline;

namespace {

Chain generatedChain(int steps)
{
    Chain c;
    QRandomGenerator rng(7);
    for (int i = 0; i < steps; ++i) {
        Step s;
        s.package = QStringLiteral("package-%1").arg(i);
        s.version = QStringLiteral("1.%1").arg(i % 13);
        s.id = makeStepId(s.package, s.version);
        if (i % 50 == 10)
            s.families << QStringLiteral("python");
        if (i % 200 == 120)
            s.families << QStringLiteral("rust");
        c.addStep(s);
    }
    for (int i = 1; i < steps; ++i) {
        c.addRequirement({i, i - 1, RequirementKind::Sequence, {}});
        const int lowest = std::max(0, i - 20);
        for (int k = 0; k < 2 && i - lowest > 1; ++k)
            c.addRequirement({i, lowest + int(rng.bounded(i - 1 - lowest)),
                              k == 0 ? RequirementKind::Toolchain : RequirementKind::Observed, {}});
    }
    return c;
}

struct Prepared
{
    ChainPtr chain;
    SceneModel model;
};

Prepared prepare(Chain chain)
{
    Prepared p;
    p.chain = std::make_shared<const Chain>(std::move(chain));
    const LayoutGraph graph = layoutGraphFromChain(*p.chain, allKinds(), false);
    LayoutOptions options;
    options.backend = LayoutOptions::Backend::Instant;
    const LayoutResult layout = layoutGraph(graph, options);
    p.model = buildSceneModel(p.chain, geometryFromLayout(graph, layout, int(p.chain->steps.size())),
                              computeHighlight(*p.chain, {}));
    return p;
}

void report(const char *what, const Prepared &p, qint64 ns)
{
    qInfo().noquote() << QStringLiteral("%1: %2 steps, %3 edges: %4 ms")
                             .arg(QString::fromUtf8(what))
                             .arg(p.chain->steps.size())
                             .arg(p.model.geometry.edges.size())
                             .arg(double(ns) / 1e6, 0, 'f', 1);
}

} // namespace

class BenchView : public QObject
{
    Q_OBJECT

private:
    Prepared prepared(int steps)
    {
        if (steps > 0)
            return prepare(generatedChain(steps));
        QFile f(QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/parts.rst"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return prepare(loadPartsRst(f.readAll(), f.fileName()).chain);
    }

    void addRows()
    {
        QTest::addColumn<int>("steps");
        for (int steps : {1000, 5000, 20000})
            QTest::addRow("%d steps", steps) << steps;
        QTest::addRow("parts.rst") << 0;
    }

private Q_SLOTS:
    void sceneBuild_data() { addRows(); }
    void sceneBuild()
    {
        QFETCH(int, steps);
        const Prepared p = prepared(steps);
        if (!p.chain)
            QSKIP("../shared/live-bootstrap/parts.rst is missing");
        QElapsedTimer t;
        GraphScene scene;
        QBENCHMARK_ONCE {
            t.start();
            scene.setModel(p.model);
        }
        report("scene build", p, t.nsecsElapsed());
        QCOMPARE(scene.items().size(), p.model.geometry.nodes.size() + p.model.geometry.edges.size() + 2);
    }

    void firstPaint_data() { addRows(); }
    void firstPaint()
    {
        QFETCH(int, steps);
        const Prepared p = prepared(steps);
        if (!p.chain)
            QSKIP("../shared/live-bootstrap/parts.rst is missing");
        GraphScene scene;
        scene.setModel(p.model);
        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer t;
        qint64 fitted = 0, oneToOne = 0;
        QBENCHMARK_ONCE {
            // The whole graph fitted into the image: labels hidden by the level of detail.
            t.start();
            {
                QPainter painter(&image);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                scene.render(&painter, image.rect(), scene.sceneRect(), Qt::KeepAspectRatio);
            }
            fitted = t.nsecsElapsed();
            // A 1:1 window at the top-left corner: labels drawn.
            t.start();
            {
                QPainter painter(&image);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                const QRectF window(scene.sceneRect().topLeft(), QSizeF(image.size()));
                scene.render(&painter, image.rect(), window, Qt::KeepAspectRatio);
            }
            oneToOne = t.nsecsElapsed();
        }
        report("first paint, fitted", p, fitted);
        report("first paint, 1:1 window", p, oneToOne);
    }

    void restyle_data() { addRows(); }
    void restyle()
    {
        QFETCH(int, steps);
        const Prepared p = prepared(steps);
        if (!p.chain)
            QSKIP("../shared/live-bootstrap/parts.rst is missing");
        GraphScene scene;
        scene.setModel(p.model);
        HighlightOptions o;
        o.selected = int(p.chain->steps.size()) / 2;
        QElapsedTimer t;
        qint64 compute = 0, apply = 0;
        QBENCHMARK_ONCE {
            t.start();
            HighlightResult h = computeHighlight(*p.chain, o);
            compute = t.nsecsElapsed();
            t.start();
            scene.setHighlight(std::move(h));
            apply = t.nsecsElapsed();
        }
        report("click: computeHighlight", p, compute);
        report("click: setHighlight (restyle)", p, apply);
    }

    void svg_data() { addRows(); }
    void svg()
    {
        QFETCH(int, steps);
        const Prepared p = prepared(steps);
        if (!p.chain)
            QSKIP("../shared/live-bootstrap/parts.rst is missing");
        QElapsedTimer t;
        QByteArray bytes;
        QBENCHMARK_ONCE {
            t.start();
            bytes = writeSvg(p.model);
        }
        report(qPrintable(QStringLiteral("SVG (%1 KiB)").arg(bytes.size() / 1024)), p, t.nsecsElapsed());
        QVERIFY(!bytes.isEmpty());
    }
};

QTEST_MAIN(BenchView)
#include "bench_view.moc"

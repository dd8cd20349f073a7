// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/layoutcache.h"
#include "layout/layoutengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/resource.h>
#include <future>
#include <thread>

using namespace Seedline;

Q_DECLARE_METATYPE(LayoutOptions::Backend)

namespace {
// a needs b, b needs c, a needs c, d needs b
LayoutGraph smallGraph(LayoutGraph::RankDir dir)
{
    LayoutGraph g;
    g.name = QStringLiteral("small");
    g.rankDir = dir;
    for (const char *id : {"a", "b", "c", "d"})
        g.nodes.append({QString::fromLatin1(id), QStringLiteral("step ") + QString::fromLatin1(id), 0, 0, QStringLiteral("box")});
    g.edges = {{0, 1, 0, true}, {1, 2, 1, true}, {0, 2, 2, true}, {3, 1, 3, true}};
    return g;
}

// A chain whose edges span many ranks: dot needs minutes on it.
LayoutGraph bigGraph(int n)
{
    LayoutGraph g;
    QRandomGenerator rng(7);
    for (int i = 0; i < n; ++i)
        g.nodes.append({QString::number(i), QStringLiteral("package-%1-1.0").arg(i), 0, 0, QStringLiteral("box")});
    for (int i = 1; i < n; ++i) {
        g.edges.append({i, i - 1, -1, true});
        for (int k = 0; k < 3; ++k)
            g.edges.append({i, int(rng.bounded(i)), -1, true});
    }
    return g;
}

bool near(const QPointF &p, const LayoutResult::NodeGeometry &node, double tolerance)
{
    const QRectF box(node.center - QPointF(node.size.width() / 2, node.size.height() / 2), node.size);
    return box.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p);
}

bool haveDot()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty();
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallGraph_data();
    void smallGraph();
    void orientation_data();
    void orientation();
    void fromChain();
    void enginePolicy();
    void layeredLayoutKeepsItsShape();
    void layeredLayoutOrdersLayers();
    void cancelStopsLayout();
    void timeout();
    void missingExecutableFallsBack();
    void processOnlyFailsWithoutExecutable();
    void runawayHelperFallsBack_data();
    void runawayHelperFallsBack();
    void outputLimit();
    void cache();
    void runsOffTheGuiThread();
};

void TestLayout::smallGraph_data()
{
    QTest::addColumn<LayoutOptions::Backend>("backend");
    QTest::addColumn<QString>("engine");
    QTest::addRow("process dot") << LayoutOptions::Backend::Process << "dot";
    QTest::addRow("process sfdp") << LayoutOptions::Backend::Process << "sfdp";
    QTest::addRow("in-process dot") << LayoutOptions::Backend::InProcess << "dot";
    QTest::addRow("in-process sfdp") << LayoutOptions::Backend::InProcess << "sfdp";
    QTest::addRow("instant") << LayoutOptions::Backend::Instant << "";
}

void TestLayout::smallGraph()
{
    QFETCH(LayoutOptions::Backend, backend);
    QFETCH(QString, engine);
    if (backend == LayoutOptions::Backend::Process && !haveDot())
        QSKIP("the Graphviz 'dot' executable is not installed");
    LayoutOptions options;
    options.backend = backend;
    options.engine = engine;
    const LayoutGraph g = ::smallGraph(LayoutGraph::TopToBottom);
    const LayoutResult r = layoutGraph(g, options);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.notes.isEmpty());
    QCOMPARE(r.nodes.size(), g.nodes.size());
    QCOMPARE(r.edges.size(), g.edges.size());
    QVERIFY(r.boundingBox.width() > 0 && r.boundingBox.height() > 0);
    const QRectF bounds = r.boundingBox.adjusted(-1, -1, 1, 1);
    for (const auto &n : r.nodes) {
        QVERIFY(n.size.width() > 10 && n.size.height() > 10);
        QVERIFY2(bounds.contains(n.center), qPrintable(QStringLiteral("%1,%2").arg(n.center.x()).arg(n.center.y())));
    }
    for (int i = 0; i < g.edges.size(); ++i) {
        const auto &e = r.edges[i];
        QVERIFY(e.points.size() >= 4);
        QCOMPARE((e.points.size() - 1) % 3, 0);
        const auto &tail = r.nodes[g.edges[i].from];
        const auto &head = r.nodes[g.edges[i].to];
        QVERIFY2(near(e.points.first(), tail, 4), qPrintable(QString::number(i)));
        // The spline ends at the arrow's base; the tip touches the head.
        QVERIFY(e.arrowTip.has_value());
        QVERIFY2(near(*e.arrowTip, head, 4), qPrintable(QString::number(i)));
        QVERIFY(near(e.points.last(), head, 14));
        QVERIFY(!near(e.points.first(), head, 0));
    }
}

void TestLayout::orientation_data()
{
    QTest::addColumn<LayoutOptions::Backend>("backend");
    QTest::addRow("process") << LayoutOptions::Backend::Automatic;
    QTest::addRow("in-process") << LayoutOptions::Backend::InProcess;
    QTest::addRow("instant") << LayoutOptions::Backend::Instant;
}

void TestLayout::orientation()
{
    QFETCH(LayoutOptions::Backend, backend);
    LayoutOptions options;
    options.backend = backend;
    const LayoutResult tb = layoutGraph(::smallGraph(LayoutGraph::TopToBottom), options);
    const LayoutResult lr = layoutGraph(::smallGraph(LayoutGraph::LeftToRight), options);
    QVERIFY2(tb.ok && lr.ok, qPrintable(tb.error + lr.error));
    // Dependencies first: c (needed by b, needed by a) above b above a; left of them in LR.
    QVERIFY(tb.nodes[2].center.y() < tb.nodes[1].center.y());
    QVERIFY(tb.nodes[1].center.y() < tb.nodes[0].center.y());
    QVERIFY(lr.nodes[2].center.x() < lr.nodes[1].center.x());
    QVERIFY(lr.nodes[1].center.x() < lr.nodes[0].center.x());
    QVERIFY(tb.boundingBox.height() > tb.boundingBox.width() || lr.boundingBox.width() > lr.boundingBox.height());

    options.dependenciesFirst = false;
    const LayoutResult reversed = layoutGraph(::smallGraph(LayoutGraph::TopToBottom), options);
    QVERIFY(reversed.ok);
    QVERIFY(reversed.nodes[0].center.y() < reversed.nodes[2].center.y());
}

void TestLayout::fromChain()
{
    Chain chain;
    for (const char *id : {"hex0", "tcc", "python", "gcc"}) {
        Step s;
        s.id = QString::fromLatin1(id);
        s.label = s.id.toUpper();
        chain.addStep(s);
    }
    chain.steps[0].kind = StepKind::Seed;
    chain.steps[2].excluded = true;
    chain.requirements = {{1, 0, RequirementKind::Sequence, {}},
                          {3, 1, RequirementKind::Toolchain, {}},
                          {3, 2, RequirementKind::Observed, {}}};
    const LayoutGraph all = layoutGraphFromChain(chain, allKinds(), true);
    QCOMPARE(all.nodes.size(), 4);
    QCOMPARE(all.edges.size(), 3);
    QCOMPARE(all.nodes[1].label, QStringLiteral("TCC"));
    QCOMPARE(all.nodes[0].shape, QStringLiteral("ellipse"));
    const LayoutGraph some = layoutGraphFromChain(chain, RequirementKind::Toolchain | RequirementKind::Observed, false);
    QCOMPARE(some.nodes.size(), 3);
    QCOMPARE(some.stepIndex, (QVector<int>{0, 1, 3}));
    QCOMPARE(some.edges.size(), 1); // the edge to the excluded python is gone
    QCOMPARE(some.edges[0].from, 2);
    QCOMPARE(some.edges[0].to, 1);
    QCOMPARE(some.edges[0].requirement, 1);
}

void TestLayout::enginePolicy()
{
    const EngineChoice small = chooseEngine(200, 600);
    QCOMPARE(small.engine, QStringLiteral("dot"));
    QVERIFY(!small.reason.isEmpty());
    const EngineChoice huge = chooseEngine(20000, 80000);
    QCOMPARE(huge.engine, QStringLiteral("layered")); // our own, not sfdp, above layeredNodeLimit
    QVERIFY(huge.reason.contains(QStringLiteral("20000 nodes")));
    // sfdp never scales the layout until no node overlaps: on the 21k-package Debian graph that made a
    // 42.8M x 29.7M pt canvas and 3.6 GB; prism0 runs only Prism's bounded scaling step.
    const EngineChoice big = chooseEngine(3000, 12000);
    QCOMPARE(big.engine, QStringLiteral("sfdp"));
    QCOMPARE(big.attributes.value(QStringLiteral("splines")), QStringLiteral("false"));
    QCOMPARE(big.attributes.value(QStringLiteral("overlap")), QStringLiteral("prism0"));
    QVERIFY2(big.reason.contains(QStringLiteral("overlap=prism0")), qPrintable(big.reason));
    // The same node count, but long edges make dot's work explode: the policy sees the spans.
    LayoutGraph sequence;
    for (int i = 0; i < 1500; ++i) {
        sequence.nodes.append({QString::number(i), QString::number(i), 0, 0, QStringLiteral("box")});
        if (i > 0)
            sequence.edges.append({i, i - 1, -1, true});
    }
    const EngineChoice plain = chooseEngine(sequence);
    QCOMPARE(plain.engine, QStringLiteral("dot"));
    QVERIFY(plain.attributes.isEmpty());
    QVERIFY2(plain.reason.contains(QStringLiteral("0 virtual nodes")), qPrintable(plain.reason));
    const EngineChoice tangled = chooseEngine(bigGraph(1500));
    QVERIFY(tangled.engine != QLatin1String("dot") || !tangled.attributes.isEmpty());

    LayoutOptions options;
    options.backend = LayoutOptions::Backend::Instant;
    const LayoutResult r = layoutGraph(bigGraph(3000), options);
    QVERIFY(r.ok);
    QCOMPARE(r.engine, QStringLiteral("instant"));
    const QRectF bounds = r.boundingBox.adjusted(-1, -1, 1, 1);
    for (const auto &n : r.nodes)
        QVERIFY(bounds.contains(n.center));
}

void TestLayout::layeredLayoutKeepsItsShape()
{
    // One package everything needs and 4,000 that need it: one layer of 4,000 nodes, which the old
    // instant layout drew as one 400,000 pt row.
    LayoutGraph fan;
    fan.nodes.append({QStringLiteral("libc6"), QStringLiteral("libc6"), 0, 0, QStringLiteral("box")});
    for (int i = 1; i <= 4000; ++i) {
        fan.nodes.append({QString::number(i), QStringLiteral("package-%1").arg(i), 0, 0, QStringLiteral("box")});
        fan.edges.append({i, 0, -1, true});
    }
    for (int sweeps : {0, layeredSweeps}) {
        LayoutOptions options;
        options.aspectRatio = 1.6;
        const LayoutResult r = layeredLayout(fan, options, sweeps);
        QVERIFY(r.ok);
        const double aspect = r.boundingBox.width() / r.boundingBox.height();
        QVERIFY2(aspect > 0.8 && aspect < 3.2, qPrintable(QString::number(aspect)));
        // Dependencies first: libc6 above every package that needs it; no two boxes overlap.
        QRectF root(r.nodes[0].center - QPointF(r.nodes[0].size.width() / 2, r.nodes[0].size.height() / 2), r.nodes[0].size);
        QVector<QRectF> boxes;
        for (const auto &n : r.nodes)
            boxes.append(QRectF(n.center - QPointF(n.size.width() / 2, n.size.height() / 2), n.size));
        for (int i = 1; i < boxes.size(); ++i)
            QVERIFY(boxes[i].top() > root.bottom());
        std::sort(boxes.begin(), boxes.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (int i = 0; i < boxes.size(); ++i)
            for (int j = i + 1; j < boxes.size() && boxes[j].left() < boxes[i].right(); ++j)
                QVERIFY(!boxes[i].intersects(boxes[j]));
        const QRectF bounds = r.boundingBox.adjusted(-1, -1, 1, 1);
        for (const auto &n : r.nodes)
            QVERIFY(bounds.contains(n.center));
    }
}

void TestLayout::layeredLayoutOrdersLayers()
{
    // Two interleaved families of chains: in step order the edges cross the whole width; ordered
    // by barycentre they become short.
    LayoutGraph g;
    const int width = 200, depth = 6;
    for (int l = 0; l < depth; ++l)
        for (int k = 0; k < width; ++k)
            g.nodes.append({QStringLiteral("%1-%2").arg(l).arg(k), QStringLiteral("p%1").arg(k), 0, 0, QStringLiteral("box")});
    for (int l = 1; l < depth; ++l)
        for (int k = 0; k < width; ++k) // node k of layer l needs a scrambled node of layer l-1
            g.edges.append({l * width + k, (l - 1) * width + (k * 73) % width, -1, true});
    const auto horizontal = [&](const LayoutResult &r) {
        double total = 0;
        for (const auto &e : g.edges)
            total += std::abs(r.nodes[e.from].center.x() - r.nodes[e.to].center.x());
        return total;
    };
    LayoutOptions options;
    options.aspectRatio = 100; // one row per layer
    const LayoutResult plain = layeredLayout(g, options, 0);
    const LayoutResult ordered = layeredLayout(g, options, layeredSweeps);
    QCOMPARE(ordered.engine, QStringLiteral("layered"));
    QVERIFY2(horizontal(ordered) < horizontal(plain) / 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(horizontal(ordered)).arg(horizontal(plain))));
}

void TestLayout::cancelStopsLayout()
{
    if (!haveDot())
        QSKIP("the Graphviz 'dot' executable is not installed");
    LayoutOptions options;
    options.backend = LayoutOptions::Backend::Process;
    options.engine = QStringLiteral("dot");
    options.timeoutMs = 0;
    std::atomic_bool cancel = false;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    const LayoutResult r = layoutGraph(bigGraph(1500), options, &cancel);
    canceller.join();
    qInfo() << "cancelled after" << timer.elapsed() << "ms";
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(!r.timedOut);
    QVERIFY(!r.error.isEmpty());
}

void TestLayout::timeout()
{
    if (!haveDot())
        QSKIP("the Graphviz 'dot' executable is not installed");
    LayoutOptions options;
    options.backend = LayoutOptions::Backend::Process;
    options.engine = QStringLiteral("dot");
    options.timeoutMs = 300;
    const LayoutResult r = layoutGraph(bigGraph(1500), options);
    QVERIFY(!r.ok);
    QVERIFY(r.timedOut);
    QVERIFY(!r.cancelled);
    QVERIFY2(r.error.contains(QStringLiteral("did not finish")), qPrintable(r.error));
}

void TestLayout::missingExecutableFallsBack()
{
    LayoutOptions options;
    options.executable = QStringLiteral("/nonexistent/seedline-test/dot");
    const LayoutResult r = layoutGraph(::smallGraph(LayoutGraph::TopToBottom), options);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.engine.contains(QStringLiteral("in-process")), qPrintable(r.engine));
    QVERIFY(r.notes.join(u' ').contains(QStringLiteral("not found")));
}

void TestLayout::processOnlyFailsWithoutExecutable()
{
    LayoutOptions options;
    options.backend = LayoutOptions::Backend::Process;
    options.executable = QStringLiteral("/nonexistent/seedline-test/dot");
    const LayoutResult r = layoutGraph(::smallGraph(LayoutGraph::TopToBottom), options);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("not found")));
}

void TestLayout::runawayHelperFallsBack_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addRow("endless stdout") << QByteArray("exec cat /dev/zero\n");
    QTest::addRow("endless stderr") << QByteArray("exec cat /dev/zero >&2\n");
    QTest::addRow("endless, not reading stdin") << QByteArray("exec 0<&-; while :; do echo '{\"x\": 1}'; done\n");
}

// A layout helper that writes without end is stopped at the output limit, and the graph is laid
// out with the instant layout instead of the process aborting on exhausted memory.
void TestLayout::runawayHelperFallsBack()
{
    QFETCH(QByteArray, script);
    QTemporaryDir dir;
    const QString helper = dir.filePath(QStringLiteral("dot"));
    QFile f(helper);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n" + script);
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    LayoutOptions options;
    options.backend = LayoutOptions::Backend::Process;
    options.executable = helper;
    options.maxOutputBytes = 4 * 1024 * 1024;
    rusage before{};
    ::getrusage(RUSAGE_SELF, &before);
    const LayoutResult r = layoutGraph(::smallGraph(LayoutGraph::TopToBottom), options);
    rusage after{};
    ::getrusage(RUSAGE_SELF, &after);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.outputOverflow);
    QCOMPARE(r.engine, QStringLiteral("instant"));
    QCOMPARE(r.nodes.size(), 4);
    QVERIFY2(r.notes.value(0).contains(QStringLiteral("wrote more than 4 MB")), qPrintable(r.notes.join(u'\n')));
    QVERIFY(r.notes.value(0).contains(QStringLiteral("the instant layout is shown instead")));
    // Bounded: the limit plus a read buffer, not gigabytes (ru_maxrss is in KB).
    QVERIFY2(after.ru_maxrss - before.ru_maxrss < 256 * 1024, qPrintable(QString::number(after.ru_maxrss - before.ru_maxrss)));
}

void TestLayout::outputLimit()
{
    LayoutOptions options;
    const LayoutGraph g = ::smallGraph(LayoutGraph::TopToBottom);
    QCOMPARE(layoutOutputLimit(g, options), qint64(64) * 1024 * 1024 + 4096 * 8);
    options.maxOutputBytes = 1000;
    QCOMPARE(layoutOutputLimit(g, options), qint64(1000));
    // The real output is far below the limit: dot's JSON for the small graph is a few KB.
    if (haveDot()) {
        options = {};
        options.backend = LayoutOptions::Backend::Process;
        options.maxOutputBytes = 64 * 1024;
        const LayoutResult r = layoutGraph(g, options);
        QVERIFY2(r.ok && !r.outputOverflow, qPrintable(r.error));
    }
}

void TestLayout::cache()
{
    LayoutCache cache;
    const LayoutGraph g = ::smallGraph(LayoutGraph::TopToBottom);
    LayoutOptions options;
    options.backend = LayoutOptions::Backend::Instant;
    QVERIFY(!cache.find(layoutKey(g, options)));
    const LayoutResult r = layoutGraph(g, options);
    cache.insert(layoutKey(g, options), r);
    const auto hit = cache.find(layoutKey(g, options));
    QVERIFY(hit.has_value());
    QCOMPARE(hit->nodes.size(), r.nodes.size());
    QCOMPARE(hit->nodes[1].center, r.nodes[1].center);
    QCOMPARE(cache.hits(), 1);
    LayoutOptions other = options;
    other.dependenciesFirst = false;
    QVERIFY(!cache.find(layoutKey(g, other)));
    LayoutGraph changed = g;
    changed.nodes[0].label = QStringLiteral("renamed");
    QVERIFY(!cache.find(layoutKey(changed, options)));
    QVERIFY(layoutKey(g, options) != layoutKey(changed, options));
    LayoutResult failed;
    cache.insert(layoutKey(changed, options), failed);
    QVERIFY(!cache.find(layoutKey(changed, options)));

    // Bounded: a tiny cache keeps only what fits.
    LayoutCache tiny(10);
    tiny.insert(layoutKey(g, options), r);  // 4 nodes + 4 edges
    tiny.insert(layoutKey(changed, options), r);
    QCOMPARE(tiny.count(), 1);
    QVERIFY(tiny.find(layoutKey(changed, options)));
}

void TestLayout::runsOffTheGuiThread()
{
    LayoutOptions options;
    const LayoutGraph g = ::smallGraph(LayoutGraph::LeftToRight);
    auto f1 = std::async(std::launch::async, [g, options] { return layoutGraph(g, options); });
    options.backend = LayoutOptions::Backend::InProcess;
    const LayoutOptions inProcess = options;
    auto f2 = std::async(std::launch::async, [g, inProcess] { return layoutGraph(g, inProcess); });
    auto f3 = std::async(std::launch::async, [g, inProcess] { return layoutGraph(g, inProcess); });
    const LayoutResult r1 = f1.get(), r2 = f2.get(), r3 = f3.get();
    QVERIFY(r1.ok);
    QVERIFY(r2.ok);
    QVERIFY(r3.ok);
    QCOMPARE(r2.nodes[0].center, r3.nodes[0].center);
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"

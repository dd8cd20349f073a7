// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Layout times: the engine chooseEngine() picks and the full layout through the child process,
// for generated sequence-like chains (each step needs the previous one plus ~3 earlier steps)
// and for live-bootstrap's parts.rst. Run: bench_layout [-iterations 1]
#include "layout/layoutengine.h"
#include "partsrst/partsrstloader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Seedline;

Q_DECLARE_METATYPE(LayoutOptions::Backend)

namespace {
// `window` bounds how far back the extra edges reach (0: anywhere before).
LayoutGraph generatedChain(int steps, int window)
{
    LayoutGraph g;
    QRandomGenerator rng(42);
    for (int i = 0; i < steps; ++i)
        g.nodes.append({QStringLiteral("step-%1").arg(i), QStringLiteral("package-%1-1.%2").arg(i).arg(i % 13), 0, 0,
                        QStringLiteral("box")});
    for (int i = 1; i < steps; ++i) {
        g.edges.append({i, i - 1, -1, true});
        const int lowest = window > 0 ? std::max(0, i - window) : 0;
        for (int k = 0; k < 3 && i - lowest > 1; ++k)
            g.edges.append({i, lowest + int(rng.bounded(i - 1 - lowest)), -1, true});
    }
    return g;
}
} // namespace

class BenchLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generated_data();
    void generated();
    void partsRst_data();
    void partsRst();
};

void BenchLayout::generated_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("window");
    QTest::addColumn<LayoutOptions::Backend>("backend");
    for (int steps : {1000, 5000, 20000}) {
        for (int window : {20, 0}) {
            QTest::addRow("%d steps, window %d, graphviz", steps, window) << steps << window << LayoutOptions::Backend::Automatic;
            QTest::addRow("%d steps, window %d, instant", steps, window) << steps << window << LayoutOptions::Backend::Instant;
        }
    }
}

void BenchLayout::generated()
{
    QFETCH(int, steps);
    QFETCH(int, window);
    QFETCH(LayoutOptions::Backend, backend);
    const LayoutGraph g = generatedChain(steps, window);
    LayoutOptions options;
    options.backend = backend;
    options.timeoutMs = qEnvironmentVariableIntValue("SEEDLINE_BENCH_TIMEOUT_MS") > 0
                            ? qEnvironmentVariableIntValue("SEEDLINE_BENCH_TIMEOUT_MS")
                            : 600000;
    LayoutResult r;
    QBENCHMARK_ONCE {
        r = layoutGraph(g, options);
    }
    qInfo().noquote() << QStringLiteral("%1 nodes %2 edges: %3 %4 in %5 ms; %6")
                             .arg(g.nodes.size())
                             .arg(g.edges.size())
                             .arg(r.engine, r.ok ? QStringLiteral("ok") : QStringLiteral("FAILED ") + r.error)
                             .arg(r.elapsedMs)
                             .arg(r.notes.join(QStringLiteral("; ")));
    QVERIFY2(r.ok || r.timedOut, qPrintable(r.error));
}

void BenchLayout::partsRst_data()
{
    QTest::addColumn<LayoutOptions::Backend>("backend");
    QTest::addRow("graphviz") << LayoutOptions::Backend::Automatic;
    QTest::addRow("instant") << LayoutOptions::Backend::Instant;
}

void BenchLayout::partsRst()
{
    QFETCH(LayoutOptions::Backend, backend);
    QFile f(QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/parts.rst"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("../shared/live-bootstrap/parts.rst is missing");
    const LoadResult loaded = loadPartsRst(f.readAll(), f.fileName());
    if (loaded.chain.steps.isEmpty())
        QSKIP("loadPartsRst gave no steps (not implemented yet?)");
    const LayoutGraph g = layoutGraphFromChain(loaded.chain, allKinds(), true);
    LayoutOptions options;
    options.backend = backend;
    LayoutResult r;
    QBENCHMARK_ONCE {
        r = layoutGraph(g, options);
    }
    qInfo().noquote() << QStringLiteral("parts.rst %1 nodes %2 edges: %3 in %4 ms; %5")
                             .arg(g.nodes.size())
                             .arg(g.edges.size())
                             .arg(r.engine)
                             .arg(r.elapsedMs)
                             .arg(r.notes.join(QStringLiteral("; ")));
    QVERIFY2(r.ok, qPrintable(r.error));
}

QTEST_GUILESS_MAIN(BenchLayout)
#include "bench_layout.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The loaders and the summary on large inputs, each timed against Graphviz reading the same file in
// the same run (`gc -n`: cgraph's parse and nothing else).
//
// - chainFileScaling: a generated graph of 20,000 and 50,000 steps (about 2.5 edges a step), as a
//   chain file and as DOT: the time per step of each, and the exponent between the two sizes (1.0 is
//   linear; the quadratic duplicate checks made it 1.86 to 2.47).
// - debianDot: the real Debian graph around python3 (SEEDLINE_DEBIAN_DOT=path, written by
//   ../shared/tools/debian-depends-dot.py; skipped without it): loadDot, and loadDot plus the summary
//   of what requires python3, against `gc -n`.
//
// - analysis: analyseChain (requirers of python and rust, witnesses, lengths) on both inputs.
// - commandLine: `seedline export` (SVG through Graphviz, SVG with --instant, DOT) and `seedline summary`
//   on the 50,000-step chain file and on the Debian graph, each run once, against Graphviz's `gc -n`,
//   `nop`, `sfdp -Tsvg` and `dot -Tsvg` on the same graph as DOT in the same run (dot is stopped after
//   SEEDLINE_BENCH_DOT_SECONDS, default 120 s). For medians over several runs, time the printed
//   commands with /usr/bin/time -v or hyperfine.
//
// The generated files are left in $TMPDIR/seedline-bench/ so the command line can be timed on them.
#include "analysis/chainanalysis.h"
#include "chainfile/chainfileloader.h"
#include "dot/dotloader.h"
#include "report/summary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Seedline;

namespace {

struct Graph
{
    int steps = 0;
    QVector<std::pair<int, int>> edges; // from needs to
};

// Steps need one to four earlier steps, mostly nearby ones, as a distribution's packages do.
Graph generate(int steps)
{
    QRandomGenerator rng(7);
    Graph g;
    g.steps = steps;
    for (int i = 1; i < steps; ++i) {
        const int needs = 1 + int(rng.bounded(4));
        QVector<int> seen;
        for (int k = 0; k < needs; ++k) {
            const int back = k == 0 ? 1 : 1 + int(rng.bounded(qMin(i, k == 1 ? 50 : i)));
            const int to = qMax(0, i - back);
            if (!seen.contains(to)) {
                seen << to;
                g.edges.append({i, to});
            }
        }
    }
    return g;
}

QString stepId(int i)
{
    return QStringLiteral("pkg%1-1.%2").arg(i).arg(i % 7);
}

QByteArray asChainFile(const Graph &g)
{
    QVector<QStringList> needs(g.steps);
    for (const auto &[from, to] : g.edges)
        needs[from] << u'"' + stepId(to) + u'"';
    QString out = QStringLiteral("format = 1\ntitle = \"generated\"\n");
    for (int i = 0; i < g.steps; ++i) {
        out += QStringLiteral("\n[[step]]\nid = \"%1\"\n").arg(stepId(i));
        if (!needs[i].isEmpty())
            out += QStringLiteral("requires = [%1]\n").arg(needs[i].join(QStringLiteral(", ")));
    }
    return out.toUtf8();
}

QByteArray asDot(const Graph &g)
{
    QString out = QStringLiteral("digraph generated {\n");
    for (int i = 0; i < g.steps; ++i)
        out += QStringLiteral("  \"%1\";\n").arg(stepId(i));
    for (const auto &[from, to] : g.edges)
        out += QStringLiteral("  \"%1\" -> \"%2\";\n").arg(stepId(from), stepId(to));
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

QString writeTemp(const QString &name, const QByteArray &bytes)
{
    const QString dir = QDir::tempPath() + QStringLiteral("/seedline-bench");
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

template<typename F>
double bestSeconds(int runs, F &&f)
{
    double best = 1e100;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

// The best of `runs` runs of Graphviz's `gc -n FILE`, or -1 when gc is missing.
double gcSeconds(const QString &path, int runs = 3)
{
    const QString gc = QStandardPaths::findExecutable(QStringLiteral("gc"));
    if (gc.isEmpty())
        return -1;
    return bestSeconds(runs, [&] {
        QProcess p;
        p.start(gc, {QStringLiteral("-n"), path});
        p.waitForFinished(120000);
    });
}

// Seconds of one run of `program arguments` (output thrown away), or -1 when it is missing or did not
// finish within `timeoutSeconds`.
[[maybe_unused]] double commandSeconds(const QString &program, const QStringList &arguments, int timeoutSeconds = 300)
{
    const QString path = program.contains(u'/') ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return -1;
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(path, arguments);
    if (!p.waitForFinished(timeoutSeconds * 1000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e9;
}

QString ratio(double a, double b)
{
    return b > 0 ? QString::number(a / b, 'f', 2) + u'x' : QStringLiteral("n/a");
}

} // namespace

class BenchLoaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainFileScaling()
    {
        const int sizes[2] = {20000, 50000};
        double chainSeconds[2] = {}, dotSeconds[2] = {};
        for (int k = 0; k < 2; ++k) {
            const Graph g = generate(sizes[k]);
            const QByteArray toml = asChainFile(g);
            const QByteArray dot = asDot(g);
            const QString dotPath = writeTemp(QStringLiteral("chain-%1.dot").arg(sizes[k]), dot);
            writeTemp(QStringLiteral("chain-%1.chain.toml").arg(sizes[k]), toml);
            const LoadOptions options;
            qsizetype steps = 0, edges = 0;
            chainSeconds[k] = bestSeconds(k == 0 ? 3 : 2, [&] {
                const LoadResult r = loadChainFile(toml, QStringLiteral("generated.chain.toml"), options);
                steps = r.chain.steps.size();
                edges = r.chain.requirements.size();
            });
            QCOMPARE(steps, qsizetype(sizes[k]));
            QCOMPARE(edges, g.edges.size());
            dotSeconds[k] = bestSeconds(3, [&] {
                const LoadResult r = loadDot(dot, QStringLiteral("generated.dot"), options);
                steps = r.chain.steps.size();
            });
            QCOMPARE(steps, qsizetype(sizes[k]));
            const double gc = gcSeconds(dotPath);
            qInfo("%d steps, %lld edges: chain file %.3f s (%.1f us/step), DOT %.3f s (%.1f us/step), "
                  "chain file / DOT %.2fx; gc -n %.3f s (DOT / gc %s, chain file / gc %s)",
                  sizes[k], qlonglong(g.edges.size()), chainSeconds[k], chainSeconds[k] * 1e6 / sizes[k],
                  dotSeconds[k], dotSeconds[k] * 1e6 / sizes[k], chainSeconds[k] / dotSeconds[k], gc,
                  qPrintable(ratio(dotSeconds[k], gc)), qPrintable(ratio(chainSeconds[k], gc)));
        }
        const double scale = std::log(double(sizes[1]) / sizes[0]);
        const double chainExponent = std::log(chainSeconds[1] / chainSeconds[0]) / scale;
        const double dotExponent = std::log(dotSeconds[1] / dotSeconds[0]) / scale;
        qInfo("exponent between 20k and 50k steps: chain file %.2f, DOT %.2f (1.0 is linear)", chainExponent,
              dotExponent);
        // Quadratic work shows as an exponent near 2 (1.86 in the issue, 2.47 here before the hashed
        // checks); a loaded machine gave 1.62 with them, so the bound sits between.
        QVERIFY2(chainExponent < 1.75, qPrintable(QStringLiteral("chain file exponent %1").arg(chainExponent)));
    }

    void analysis_data()
    {
        QTest::addColumn<QString>("path");
        const Graph g = generate(50000);
        QTest::addRow("50k-step chain file") << writeTemp(QStringLiteral("chain-50000.chain.toml"), asChainFile(g));
        const QString debian = qEnvironmentVariable("SEEDLINE_DEBIAN_DOT");
        if (!debian.isEmpty())
            QTest::addRow("Debian DOT") << debian;
    }

    void analysis()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        LoadOptions options;
        QVERIFY(options.families.setFamily(QStringLiteral("python3"), QStringLiteral("python3")));
        const LoadResult r = path.endsWith(QLatin1String(".dot")) ? loadDot(bytes, path, options)
                                                                  : loadChainFile(bytes, path, options);
        QVERIFY(r.chain.steps.size() > 10000);
        const ChainPtr chain = std::make_shared<const Chain>(r.chain);
        AnalysisOptions analysisOptions;
        analysisOptions.families = {QStringLiteral("python3")};
        AnalysisPtr a;
        const double seconds = bestSeconds(3, [&] { a = analyseChain(chain, analysisOptions); });
        QVERIFY(a && a->family(QStringLiteral("python3")));
        qInfo("%s: analyseChain %.3f s (%lld steps, %lld edges; %lld require python3)",
              qPrintable(QFileInfo(path).fileName()), seconds, qlonglong(chain->steps.size()),
              qlonglong(chain->requirements.size()), qlonglong(a->family(QStringLiteral("python3"))->steps.count()));
    }

    void commandLine_data()
    {
        QTest::addColumn<QString>("input"); // what seedline reads
        QTest::addColumn<QString>("dot");   // the same graph as DOT, for Graphviz
        const Graph g = generate(50000);
        QTest::addRow("50k-step chain file") << writeTemp(QStringLiteral("chain-50000.chain.toml"), asChainFile(g))
                                             << writeTemp(QStringLiteral("chain-50000.dot"), asDot(g));
        const QString debian = qEnvironmentVariable("SEEDLINE_DEBIAN_DOT");
        if (!debian.isEmpty())
            QTest::addRow("Debian DOT") << debian << debian;
    }

    void commandLine()
    {
#ifndef SEEDLINE_EXECUTABLE
        QSKIP("built without the seedline executable");
#else
        QFETCH(QString, input);
        QFETCH(QString, dot);
        const QString seedline = QStringLiteral(SEEDLINE_EXECUTABLE);
        const QString out = QDir::tempPath() + QStringLiteral("/seedline-bench/out");
        const int dotSeconds = qEnvironmentVariableIntValue("SEEDLINE_BENCH_DOT_SECONDS") > 0
            ? qEnvironmentVariableIntValue("SEEDLINE_BENCH_DOT_SECONDS")
            : 120;
        const double gc = commandSeconds(QStringLiteral("gc"), {QStringLiteral("-n"), dot});
        const double nop = commandSeconds(QStringLiteral("nop"), {dot});
        const double sfdp = commandSeconds(QStringLiteral("sfdp"), {QStringLiteral("-Tsvg"), dot});
        const double dotLayout = commandSeconds(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), dot}, dotSeconds);
        const double exportDot = commandSeconds(seedline, {QStringLiteral("export"), QStringLiteral("-o"), out + QStringLiteral(".dot"), input});
        const double exportInstant = commandSeconds(
            seedline, {QStringLiteral("export"), QStringLiteral("--instant"), QStringLiteral("-o"), out + QStringLiteral(".svg"), input});
        const double exportSvg = commandSeconds(seedline, {QStringLiteral("export"), QStringLiteral("-o"), out + QStringLiteral(".svg"), input});
        const double summary = commandSeconds(seedline, {QStringLiteral("summary"), input});
        QVERIFY2(exportDot > 0 && summary > 0, "seedline did not run");
        const auto row = [&](const char *what, double seconds) {
            qInfo("  %-34s %8.2f s   / gc -n %8s   / nop %8s   / sfdp %8s", what, seconds, qPrintable(ratio(seconds, gc)),
                  qPrintable(ratio(seconds, nop)), qPrintable(ratio(seconds, sfdp)));
        };
        qInfo("%s (Graphviz on %s):", qPrintable(QFileInfo(input).fileName()), qPrintable(QFileInfo(dot).fileName()));
        row("gc -n", gc);
        row("nop", nop);
        row("sfdp -Tsvg", sfdp);
        if (dotLayout < 0)
            qInfo("  %-34s not finished within %d s", "dot -Tsvg", dotSeconds);
        else
            row("dot -Tsvg", dotLayout);
        row("seedline export -o out.dot", exportDot);
        row("seedline export --instant -o out.svg", exportInstant);
        row("seedline export -o out.svg", exportSvg);
        row("seedline summary", summary);
#endif
    }

    void debianDot()
    {
        const QString path = qEnvironmentVariable("SEEDLINE_DEBIAN_DOT");
        if (path.isEmpty())
            QSKIP("set SEEDLINE_DEBIAN_DOT to a graph written by ../shared/tools/debian-depends-dot.py");
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        LoadOptions options;
        QVERIFY(options.families.setFamily(QStringLiteral("python3"), QStringLiteral("python3")));
        qsizetype steps = 0, edges = 0;
        const double load = bestSeconds(3, [&] {
            const LoadResult r = loadDot(bytes, path, options);
            steps = r.chain.steps.size();
            edges = r.chain.requirements.size();
        });
        SummaryOptions summaryOptions;
        summaryOptions.requiresFamilies = {QStringLiteral("python3")};
        int requiring = 0;
        const double summary = bestSeconds(3, [&] {
            const LoadResult r = loadDot(bytes, path, options);
            const SummaryReport report = buildSummary(r.chain, r.diagnostics, summaryOptions);
            requiring = int(report.json.value(QStringLiteral("requires"))
                                .toObject()
                                .value(QStringLiteral("python3"))
                                .toArray()
                                .size());
        });
        const double gc = gcSeconds(path);
        qInfo("%s: %lld steps, %lld edges, %d require python3; loadDot %.3f s (%s gc -n), loadDot + summary "
              "%.3f s (%s gc -n); gc -n %.3f s",
              qPrintable(QFileInfo(path).fileName()), qlonglong(steps), qlonglong(edges), requiring, load,
              qPrintable(ratio(load, gc)), summary, qPrintable(ratio(summary, gc)), gc);
    }
};

QTEST_GUILESS_MAIN(BenchLoaders)
#include "bench_loaders.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutengine.h"

#include "layoutinternal.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

namespace Seedline {

EngineChoice chooseEngine(int nodeCount, int edgeCount, qint64 virtualNodes)
{
    EngineChoice c;
    const bool estimated = virtualNodes < 0;
    if (estimated)
        virtualNodes = 4 * qint64(edgeCount);
    const qint64 work = nodeCount + virtualNodes;
    const QString size = QStringLiteral("%1 nodes, %2 edges, %3 virtual nodes for long edges%4 (work %5)")
                             .arg(nodeCount)
                             .arg(edgeCount)
                             .arg(virtualNodes)
                             .arg(estimated ? QStringLiteral(" (estimated)") : QString())
                             .arg(work);
    if (work <= dotFullWorkLimit) {
        c.engine = QStringLiteral("dot");
        c.reason = QStringLiteral("dot with spline edges: %1 is within %2").arg(size).arg(dotFullWorkLimit);
        return c;
    }
    if (work <= dotTunedWorkLimit) {
        c.engine = QStringLiteral("dot");
        c.attributes = {{QStringLiteral("splines"), QStringLiteral("line")},
                        {QStringLiteral("nslimit"), QStringLiteral("2")},
                        {QStringLiteral("nslimit1"), QStringLiteral("2")},
                        {QStringLiteral("mclimit"), QStringLiteral("0.2")},
                        {QStringLiteral("searchsize"), QStringLiteral("10")},
                        {QStringLiteral("remincross"), QStringLiteral("false")}};
        c.reason = QStringLiteral("tuned dot (straight edges, short crossing minimisation): %1 is above %2")
                       .arg(size)
                       .arg(dotFullWorkLimit);
        return c;
    }
    if (nodeCount > layeredNodeLimit) {
        c.engine = QStringLiteral("layered");
        c.reason = QStringLiteral("Seedline's layered layout (longest-path layers ordered by barycentre, long layers "
                                  "wrapped, straight edges): %1 nodes is above the %2 that sfdp lays out in a few seconds")
                       .arg(nodeCount)
                       .arg(layeredNodeLimit);
        return c;
    }
    // overlap=prism0, not scale: scale spread a 20,000-node graph over 42,800,000 pt and 3.6 GB.
    c.engine = QStringLiteral("sfdp");
    c.attributes = {{QStringLiteral("splines"), QStringLiteral("false")},
                    {QStringLiteral("overlap"), QStringLiteral("prism0")},
                    {QStringLiteral("maxiter"), nodeCount > 10000 ? QStringLiteral("50") : QStringLiteral("100")},
                    {QStringLiteral("outputorder"), QStringLiteral("edgesfirst")}};
    c.reason = QStringLiteral("sfdp (force-directed, straight edges, overlap=prism0, few iterations): %1 is above the "
                              "%2 that dot lays out in reasonable time")
                   .arg(size)
                   .arg(dotTunedWorkLimit);
    return c;
}

EngineChoice chooseEngine(const LayoutGraph &graph, bool dependenciesFirst)
{
    const QVector<int> layers = LayoutInternal::longestPathLayers(graph, dependenciesFirst);
    return chooseEngine(int(graph.nodes.size()), int(graph.edges.size()),
                        LayoutInternal::virtualNodeCount(graph, layers));
}

qint64 layoutOutputLimit(const LayoutGraph &graph, const LayoutOptions &options)
{
    if (options.maxOutputBytes > 0)
        return options.maxOutputBytes;
    return qint64(64) * 1024 * 1024 + qint64(4096) * (graph.nodes.size() + graph.edges.size());
}

LayoutResult layoutGraph(const LayoutGraph &graph, const LayoutOptions &options, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (options.engine == QLatin1String("bootstrap") || (options.engine.isEmpty() && graph.ordered))
        return bootstrapLayout(graph, options);
    if (options.backend == LayoutOptions::Backend::Instant)
        return instantLayout(graph, options);
    if (options.engine == QLatin1String("layered"))
        return layeredLayout(graph, options, layeredSweeps);
    if (cancel && cancel->load()) {
        LayoutResult r;
        r.cancelled = true;
        r.error = QStringLiteral("layout cancelled");
        return r;
    }

    EngineChoice choice = options.engine.isEmpty() ? chooseEngine(graph, options.dependenciesFirst) : EngineChoice{};
    if (!options.engine.isEmpty() && options.engine != choice.engine) {
        choice.engine = options.engine;
        choice.attributes.clear();
        choice.reason = QStringLiteral("engine %1 chosen by the caller").arg(options.engine);
    }
    QStringList notes{choice.reason};
    if (choice.engine == QLatin1String("layered")) {
        LayoutResult layered = layeredLayout(graph, options, layeredSweeps);
        layered.notes = notes + layered.notes;
        return layered;
    }

    QString program = options.executable;
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("dot"));
    else if (!QFileInfo(program).isAbsolute())
        program = QStandardPaths::findExecutable(program);
    const bool haveExecutable = !program.isEmpty() && QFileInfo(program).isExecutable();

    LayoutResult result;
    if (options.backend == LayoutOptions::Backend::InProcess ||
        (options.backend == LayoutOptions::Backend::Automatic && !haveExecutable)) {
        if (options.backend == LayoutOptions::Backend::Automatic)
            notes << QStringLiteral("the Graphviz executable '%1' was not found: laid out in-process (not cancellable)")
                         .arg(options.executable.isEmpty() ? QStringLiteral("dot") : options.executable);
        result = LayoutInternal::runInProcess(graph, options, choice);
    } else if (!haveExecutable) {
        result.engine = choice.engine + QStringLiteral(" (process)");
        result.error = QStringLiteral("the Graphviz executable '%1' was not found")
                           .arg(options.executable.isEmpty() ? QStringLiteral("dot") : options.executable);
    } else {
        result = LayoutInternal::runProcess(program, graph, options, choice, cancel);
    }
    result.notes = notes + result.notes;
    if (result.outputOverflow) {
        // A runaway helper: show the graph anyway, in the layout that needs no helper; say why first.
        LayoutResult instant = instantLayout(graph, options);
        instant.outputOverflow = true;
        instant.notes = QStringList{result.error + QStringLiteral("; the instant layout is shown instead")}
                        + result.notes + instant.notes;
        result = instant;
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutinternal.h"

#include "dot/graphvizglobal.h"

#include <QElapsedTimer>

namespace Seedline::LayoutInternal {

namespace {

// One Graphviz context for the whole process, created on first use under the Graphviz mutex and
// deliberately never freed. Graphviz 2.42/2.43's pango plugin keeps a pointer to the last font name
// it measured, and that name belongs to the context's font dictionary: freeing the context and
// laying out again in a new one reads freed memory (AddressSanitizer caught it in tst_layout).
GVC_t *sharedContext()
{
    static GVC_t *context = gvContext();
    return context;
}

} // namespace

LayoutResult runInProcess(const LayoutGraph &graph, const LayoutOptions &options, const EngineChoice &choice)
{
    using namespace Graphviz;
    LayoutResult result;
    result.engine = choice.engine + QStringLiteral(" (in-process)");
    const QByteArray input = graphvizInput(graph, options, choice);
    QElapsedTimer timer;
    timer.start();

    QByteArray json;
    QStringList messages;
    {
        std::lock_guard lock(graphvizMutex());
        ErrorCapture errors;
        GVC_t *const context = sharedContext();
        if (!context) {
            result.error = QStringLiteral("cannot create a Graphviz context");
            return result;
        }
        GraphHandle g = readGraph(input);
        if (!g) {
            result.error = QStringLiteral("Graphviz could not read the layout input: %1").arg(errors.messages().join(u' '));
            return result;
        }
        LayoutGuard layout(context, g.get()); // destroyed before g: gvFreeLayout before agclose
        const QByteArray engine = choice.engine.toUtf8();
        if (gvLayout(context, g.get(), engine.constData()) != 0) {
            result.error = QStringLiteral("Graphviz %1 layout failed: %2").arg(choice.engine, errors.messages().join(u' '));
            return result;
        }
        layout.activate();
        char *data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(context, g.get(), "json0", &data, &length) != 0 || !data) {
            result.error = QStringLiteral("Graphviz could not write its layout: %1").arg(errors.messages().join(u' '));
            return result;
        }
        json = QByteArray(data, qsizetype(length));
        gvFreeRenderData(data);
        messages = errors.messages();
    }
    result.elapsedMs = timer.elapsed();
    result.notes << messages.mid(0, 5);
    result.ok = parseJsonLayout(json, graph, options, result);
    return result;
}

} // namespace Seedline::LayoutInternal

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/dot and models/layout: never include this from a public header.
// Graphviz (cgraph, gvc) keeps global state (lexer buffers, error hooks, plugin
// registries), so every in-process call goes through graphvizMutex().

#include "grapharena.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QString>

#include <memory>
#include <mutex>

namespace Seedline::Graphviz {

std::mutex &graphvizMutex();

struct GraphCloser
{
    void operator()(Agraph_t *g) const
    {
        if (usesArena(g))
            releaseArena(g); // no agclose: its walk over every edge frees nothing an arena keeps
        else if (g)
            agclose(g);
    }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

struct ContextCloser
{
    void operator()(GVC_t *gvc) const
    {
        if (gvc)
            gvFreeContext(gvc);
    }
};
using ContextHandle = std::unique_ptr<GVC_t, ContextCloser>;

// Frees the layout of `graph` (gvFreeLayout) when it goes out of scope; declare it after the
// GraphHandle so that it is destroyed first (gvFreeLayout before agclose).
class LayoutGuard
{
public:
    LayoutGuard(GVC_t *gvc, Agraph_t *graph) : m_gvc(gvc), m_graph(graph) {}
    ~LayoutGuard()
    {
        if (m_active)
            gvFreeLayout(m_gvc, m_graph);
    }
    void activate() { m_active = true; }
    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;

private:
    GVC_t *m_gvc;
    Agraph_t *m_graph;
    bool m_active = false;
};

// Reads the first graph of a UTF-8 text from memory (no strlen: the length is explicit), then
// reads and drops the rest so that cgraph's lexer keeps no stale input; *extraGraphs counts the
// further graphs. Resets cgraph's line counter first. Hold graphvizMutex().
// GraphMemory::Arena: the graph allocates from an arena (grapharena.h), for a graph that is
// read, walked and dropped; not for one handed to a layout engine.
enum class GraphMemory { Heap, Arena };
GraphHandle readGraph(const QByteArray &utf8, int *extraGraphs = nullptr, int *messagesAfterFirst = nullptr,
                      GraphMemory memory = GraphMemory::Heap);

// Collects what cgraph/gvc report through agerr while alive (agseterrf), restores the previous
// handler afterwards. Hold graphvizMutex() for the whole lifetime.
class ErrorCapture
{
public:
    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    // Complete messages ("Error: syntax error in line 3 near 'x'"), one per line reported.
    QStringList messages() const;

private:
    agusererrf m_previous;
    int m_previousLevel;
};

} // namespace Seedline::Graphviz

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "layout/layoutgraph.h"
#include "layout/layoutresult.h"

#include <QCache>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Seedline {

// Lays out the document's chain off the GUI thread.
//
// setChain() or a settings change starts a new layout; older results are dropped (generation
// counter). Big graphs first get the instant fallback layout (ready(false)), then the Graphviz one
// (ready(true)). cancel() sets the job's cancel flag: the layout code kills the Graphviz child
// process and the job ends with cancelled(). Results are cached per laid-out graph and options.
class DocumentLayout : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        RequirementKinds shownKinds = allKinds();
        bool includeExcluded = false;
        LayoutGraph::RankDir rankDir = LayoutGraph::TopToBottom;
        LayoutOptions options;
        // Graphs with more nodes than this show the instant layout while Graphviz works.
        int instantFirstAbove = 150;
        bool operator==(const Settings &) const = default;
    };

    explicit DocumentLayout(QObject *parent = nullptr);
    ~DocumentLayout() override;

    void setChain(ChainPtr chain);
    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    void setRankDir(LayoutGraph::RankDir rankDir);

    // Lays out again (uses the cache when it can).
    void request();
    // Stops the layout under way; what is shown stays.
    void cancel();
    bool isRunning() const { return m_running; }

    // The chain, graph and geometry of the last result delivered by ready().
    ChainPtr chain() const { return m_resultChain; }
    const LayoutGraph &graph() const { return m_resultGraph; }
    const LayoutResult &result() const { return m_result; }
    bool isFinal() const { return m_final; }
    bool hasResult() const { return bool(m_resultChain); }
    // Time since the running layout started (ms), or the last one's total.
    qint64 elapsedMs() const;
    int nodeCount() const { return int(m_graph.nodes.size()); }
    int edgeCount() const { return int(m_graph.edges.size()); }
    int cacheSize() const { return int(m_cache.size()); }

Q_SIGNALS:
    void started(int nodes, int edges);
    void progress(qint64 elapsedMs);
    // A result is available: final is false for the instant layout shown while Graphviz works.
    void ready(bool final);
    void cancelled();
    void failed(const QString &message);

private:
    void deliver(quint64 generation, const LayoutResult &result, bool final, const QByteArray &key);
    QByteArray cacheKey() const;

    ChainPtr m_chain;
    Settings m_settings;
    LayoutGraph m_graph;
    quint64 m_generation = 0;
    quint64 m_finalGeneration = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QElapsedTimer m_elapsed;
    qint64 m_lastElapsed = 0;
    QTimer m_progressTimer;

    ChainPtr m_resultChain;
    LayoutGraph m_resultGraph;
    LayoutResult m_result;
    bool m_final = false;
    QCache<QByteArray, LayoutResult> m_cache{16};
};

} // namespace Seedline

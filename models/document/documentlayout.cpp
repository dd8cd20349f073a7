// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlayout.h"

#include "layout/layoutengine.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFutureWatcher>
#include <QIODevice>
#include <QtConcurrent/QtConcurrentRun>

namespace Seedline {

DocumentLayout::DocumentLayout(QObject *parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progress(elapsedMs()); });
}

DocumentLayout::~DocumentLayout()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true); // the worker stops the Graphviz child; its result is dropped
}

void DocumentLayout::setChain(ChainPtr chain)
{
    m_chain = std::move(chain);
    request();
}

void DocumentLayout::setSettings(const Settings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    request();
}

void DocumentLayout::setRankDir(LayoutGraph::RankDir rankDir)
{
    Settings settings = m_settings;
    settings.rankDir = rankDir;
    setSettings(settings);
}

qint64 DocumentLayout::elapsedMs() const
{
    return m_running ? m_elapsed.elapsed() : m_lastElapsed;
}

QByteArray DocumentLayout::cacheKey() const
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << int(m_graph.rankDir) << qint64(m_graph.nodes.size()) << qint64(m_graph.edges.size());
        for (const LayoutGraph::Node &node : m_graph.nodes)
            out << node.id << node.label << node.widthInches << node.heightInches << node.shape;
        for (const LayoutGraph::Edge &edge : m_graph.edges)
            out << edge.from << edge.to << edge.requirement << edge.constraint;
        const LayoutOptions &o = m_settings.options;
        out << int(o.backend) << o.engine << o.executable << o.timeoutMs << o.dependenciesFirst << o.graphAttributes;
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

void DocumentLayout::request()
{
    const quint64 generation = ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    if (!m_chain) {
        m_graph = {};
        m_running = false;
        m_progressTimer.stop();
        return;
    }
    m_graph = layoutGraphFromChain(*m_chain, m_settings.shownKinds, m_settings.includeExcluded);
    m_graph.rankDir = m_settings.rankDir;
    const QByteArray key = cacheKey();
    if (const LayoutResult *cached = m_cache.object(key)) {
        m_running = false;
        m_progressTimer.stop();
        m_lastElapsed = 0;
        deliver(generation, *cached, true, {});
        return;
    }

    m_running = true;
    m_elapsed.start();
    m_progressTimer.start();
    Q_EMIT started(int(m_graph.nodes.size()), int(m_graph.edges.size()));

    const LayoutGraph graph = m_graph;
    if (graph.nodes.size() > m_settings.instantFirstAbove && m_settings.options.backend != LayoutOptions::Backend::Instant) {
        const LayoutOptions instant = m_settings.options;
        auto *watcher = new QFutureWatcher<LayoutResult>(this);
        connect(watcher, &QFutureWatcher<LayoutResult>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            // Only while the real layout has not arrived yet.
            if (generation == m_generation && m_finalGeneration != generation)
                deliver(generation, watcher->result(), false, {});
        });
        watcher->setFuture(QtConcurrent::run([graph, instant] { return instantLayout(graph, instant); }));
    }

    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const LayoutOptions options = m_settings.options;
    auto *watcher = new QFutureWatcher<LayoutResult>(this);
    connect(watcher, &QFutureWatcher<LayoutResult>::finished, this, [this, watcher, generation, key] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // stale
        m_running = false;
        m_lastElapsed = m_elapsed.elapsed();
        m_progressTimer.stop();
        m_cancel.reset();
        const LayoutResult result = watcher->result();
        if (result.cancelled) {
            Q_EMIT cancelled();
            return;
        }
        if (!result.ok) {
            Q_EMIT failed(result.error.isEmpty() ? tr("the layout failed") : result.error);
            return;
        }
        deliver(generation, result, true, key);
    });
    watcher->setFuture(QtConcurrent::run([graph, options, cancel] { return layoutGraph(graph, options, cancel.get()); }));
}

void DocumentLayout::cancel()
{
    if (!m_running || !m_cancel)
        return;
    m_cancel->store(true);
}

void DocumentLayout::deliver(quint64 generation, const LayoutResult &result, bool final, const QByteArray &key)
{
    if (generation != m_generation)
        return;
    if (!key.isEmpty())
        m_cache.insert(key, new LayoutResult(result));
    m_resultChain = m_chain;
    m_resultGraph = m_graph;
    m_result = result;
    m_final = final;
    if (final)
        m_finalGeneration = generation;
    Q_EMIT ready(final);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace Seedline {

QByteArray layoutKey(const LayoutGraph &graph, const LayoutOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    QDataStream s(&buffer, QIODevice::WriteOnly);
    s << graph.name << int(graph.rankDir) << qint64(graph.nodes.size());
    for (const LayoutGraph::Node &n : graph.nodes)
        s << n.id << n.label << n.widthInches << n.heightInches << n.shape;
    s << qint64(graph.edges.size());
    for (const LayoutGraph::Edge &e : graph.edges)
        s << e.from << e.to << e.constraint;
    s << qint64(graph.stages.size());
    for (const LayoutGraph::Stage &st : graph.stages)
        s << st.id << st.title << st.nodes;
    s << int(options.backend) << options.engine << options.executable << options.dependenciesFirst
      << options.graphAttributes << options.aspectRatio;
    hash.addData(buffer);
    return hash.result();
}

LayoutCache::LayoutCache(qsizetype maxElements) : m_cache(maxElements) {}

std::optional<LayoutResult> LayoutCache::find(const LayoutGraph &graph, const LayoutOptions &options) const
{
    const QByteArray key = layoutKey(graph, options);
    QMutexLocker lock(&m_mutex);
    if (const LayoutResult *r = m_cache.object(key)) {
        ++m_hits;
        return *r;
    }
    return std::nullopt;
}

void LayoutCache::insert(const LayoutGraph &graph, const LayoutOptions &options, const LayoutResult &result)
{
    if (!result.ok)
        return;
    const QByteArray key = layoutKey(graph, options);
    const qsizetype cost = std::max<qsizetype>(1, result.nodes.size() + result.edges.size());
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key, new LayoutResult(result), cost);
}

void LayoutCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

int LayoutCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_cache.count());
}

int LayoutCache::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

} // namespace Seedline

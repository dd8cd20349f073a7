// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcache.h"

#include <QCryptographicHash>

#include <type_traits>

namespace Seedline {

namespace {
// The bytes of what is hashed, appended raw (lengths first, so that "ab"+"c" and "a"+"bc"
// differ): a QDataStream converted every character to big-endian one at a time, which took
// ~15% of building the Debian graph's first view.
struct KeyBytes
{
    QByteArray bytes;
    template<typename T>
    void raw(const T &value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void text(const QString &s)
    {
        raw(qint64(s.size()));
        bytes.append(reinterpret_cast<const char *>(s.constData()), s.size() * qsizetype(sizeof(QChar)));
    }
};
} // namespace

QByteArray layoutKey(const LayoutGraph &graph, const LayoutOptions &options)
{
    KeyBytes k;
    k.bytes.reserve(64 + graph.nodes.size() * 96 + graph.edges.size() * 9);
    k.text(graph.name);
    k.raw(int(graph.rankDir));
    k.raw(qint64(graph.nodes.size()));
    for (const LayoutGraph::Node &n : graph.nodes) {
        k.text(n.id);
        k.text(n.label);
        k.raw(n.widthInches);
        k.raw(n.heightInches);
        k.text(n.shape);
    }
    k.raw(qint64(graph.edges.size()));
    for (const LayoutGraph::Edge &e : graph.edges) {
        k.raw(e.from);
        k.raw(e.to);
        k.raw(e.constraint);
    }
    k.raw(qint64(graph.stages.size()));
    for (const LayoutGraph::Stage &st : graph.stages) {
        k.text(st.id);
        k.text(st.title);
        k.raw(qint64(st.nodes.size()));
        k.bytes.append(reinterpret_cast<const char *>(st.nodes.constData()), st.nodes.size() * qsizetype(sizeof(int)));
    }
    k.raw(int(options.backend));
    k.text(options.engine);
    k.text(options.executable);
    k.raw(options.dependenciesFirst);
    k.raw(qint64(options.graphAttributes.size()));
    for (auto it = options.graphAttributes.cbegin(); it != options.graphAttributes.cend(); ++it) {
        k.text(it.key());
        k.text(it.value());
    }
    k.raw(options.aspectRatio);
    return QCryptographicHash::hash(k.bytes, QCryptographicHash::Sha256);
}

LayoutCache::LayoutCache(qsizetype maxElements) : m_cache(maxElements) {}

std::optional<LayoutResult> LayoutCache::find(const QByteArray &key) const
{
    QMutexLocker lock(&m_mutex);
    if (const LayoutResult *r = m_cache.object(key)) {
        ++m_hits;
        return *r;
    }
    return std::nullopt;
}

void LayoutCache::insert(const QByteArray &key, const LayoutResult &result)
{
    if (!result.ok)
        return;
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

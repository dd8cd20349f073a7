// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutgraph.h"
#include "layoutresult.h"

#include <QByteArray>
#include <QCache>
#include <QMutex>

namespace Seedline {

// A hash of everything that changes a layout: the graph (names, labels, sizes, shapes, edges)
// and the options (backend, engine, attributes, direction). Not the timeout.
QByteArray layoutKey(const LayoutGraph &graph, const LayoutOptions &options);

// Successful layouts by layoutKey(); thread-safe; bounded by the total number of nodes and edges
// held (least recently used first out).
class LayoutCache
{
public:
    explicit LayoutCache(qsizetype maxElements = 2'000'000);

    // `key`: layoutKey() of the graph and options, computed once by the caller (the view plan).
    std::optional<LayoutResult> find(const QByteArray &key) const;
    // Stores ok results only.
    void insert(const QByteArray &key, const LayoutResult &result);
    void clear();
    int count() const;
    int hits() const;

private:
    mutable QMutex m_mutex;
    mutable QCache<QByteArray, LayoutResult> m_cache;
    mutable int m_hits = 0;
};

} // namespace Seedline

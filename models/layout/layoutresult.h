// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Seedline {

struct LayoutOptions
{
    enum class Backend {
        Automatic, // the Graphviz executable in a child process, in-process when it is missing
        Process,   // only the executable (fails when missing)
        InProcess, // gvc in this process, serialised by the global Graphviz mutex; not cancellable
        Instant,   // the C++ fallback layout only (layered, no Graphviz)
    };
    Backend backend = Backend::Automatic;
    QString engine;     // "bootstrap", "dot", "sfdp", ...; empty: bootstrap for staged graphs, else chooseEngine()
    QString executable; // the `dot` program; empty: found in PATH
    int timeoutMs = 120000; // the child process is killed after this (0: no limit)
    // The child process is killed when it writes more than this (0: automatic, see layoutOutputLimit);
    // layoutGraph() then falls back to the instant layout.
    qint64 maxOutputBytes = 0;
    // Rank dependencies before the steps that need them (seeds at the top / left).
    bool dependenciesFirst = true;
    QMap<QString, QString> graphAttributes; // extra graph attributes (-G), they win over the policy
    // The bootstrap layout: width / height of the whole picture it aims at.
    double aspectRatio = 1.6;

    bool operator==(const LayoutOptions &) const = default;
};

// Geometry in Qt coordinates: points (1/72 inch), y grows downwards.
struct LayoutResult
{
    struct NodeGeometry
    {
        QPointF center;
        QSizeF size;
    };
    struct EdgeGeometry
    {
        // Cubic Bézier control points from the tail (Edge::from) to the head (Edge::to):
        // start + 3n points; empty when the engine gave none.
        QVector<QPointF> points;
        std::optional<QPointF> arrowTip; // where the arrow head ends (at the head node)
    };

    // A titled box around a group of nodes: a bootstrap stage, a DOT cluster.
    struct Cluster
    {
        QString id;
        QString title;
        QRectF rect;
        QRectF titleRect; // where the title is written (inside rect, at its top)
        QVector<int> nodes; // indices into LayoutGraph::nodes
    };

    QRectF boundingBox;
    QVector<NodeGeometry> nodes; // parallel to LayoutGraph::nodes
    QVector<Cluster> clusters;
    QVector<EdgeGeometry> edges; // parallel to LayoutGraph::edges
    QString engine;              // "dot", "sfdp", "instant", with the backend: "dot (process)"
    QStringList notes;           // what was chosen and why, what was simplified
    qint64 elapsedMs = 0;
    bool ok = false;
    bool cancelled = false;
    bool timedOut = false;
    bool outputOverflow = false; // the Graphviz process wrote more than LayoutOptions::maxOutputBytes
    QString error;
};

} // namespace Seedline

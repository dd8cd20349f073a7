// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sceneindex.h"

#include "core/timinglog.h"
#include "scene/graphgeometry.h"

namespace Seedline {

SceneIndex buildSceneIndex(const GraphGeometry &geometry)
{
    const PhaseTimer timer("scene: index");
    SceneIndex index;
    QVector<QRectF> nodes;
    nodes.reserve(geometry.nodes.size());
    for (const GraphGeometry::Node &n : geometry.nodes)
        nodes.append(n.rect());
    index.nodes.build(nodes);
    QVector<QRectF> edges;
    edges.reserve(geometry.edges.size());
    for (const GraphGeometry::Edge &e : geometry.edges)
        edges.append(e.path.controlPointRect().adjusted(-arrowSize, -arrowSize, arrowSize, arrowSize));
    index.edges.build(edges);
    return index;
}

} // namespace Seedline

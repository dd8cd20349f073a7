// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scene/gridindex.h"

namespace Seedline {

struct GraphGeometry;

// The grid indexes the window culls and hit-tests a drawing with: over geometry.nodes (their
// boxes) and geometry.edges (their control points, with room for the arrow heads). Built with the
// scene off the GUI thread (a big graph: tens of milliseconds), copied by the view on arrival.
struct SceneIndex
{
    GridIndex nodes;
    GridIndex edges;
};

SceneIndex buildSceneIndex(const GraphGeometry &geometry);

} // namespace Seedline

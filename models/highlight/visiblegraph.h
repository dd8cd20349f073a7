// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight/highlight.h"
#include "layout/layoutgraph.h"

namespace Seedline {

// The part of a layout graph that a highlight leaves visible: nodes of hidden steps (focus mode,
// excluded steps) and edges of hidden requirements are dropped, so that focus mode is laid out
// compactly instead of leaving holes. stepIndex keeps mapping the remaining nodes to steps.
LayoutGraph visibleLayoutGraph(const LayoutGraph &graph, const HighlightResult &highlight);

} // namespace Seedline

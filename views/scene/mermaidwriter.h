// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scene/scenemodel.h"

#include <QByteArray>

namespace Seedline {

// A Mermaid flowchart of what a drawing model shows, to paste into a GitHub issue or a forum post:
// the shown steps (node ids n0, n1, … by shown step index, their labels quoted), stages as
// subgraphs, the shown edges as "A --> B" (A needs B; dashed for mentioned and what-if edges), and
// the highlight as class definitions (family-python, requires-rust, newly-requires-rust, …) in the
// palette's colours.
QByteArray writeMermaid(const SceneModel &model, bool leftToRight = false);

} // namespace Seedline

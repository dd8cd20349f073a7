// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/dot: a cgraph memory discipline that carves every allocation of one graph
// out of a few large zeroed blocks and frees nothing until the graph goes. Reading a graph
// that is only turned into a Chain and dropped then costs no malloc per node, edge and string,
// and dropping it costs a few free() calls instead of agclose's walk over every edge dictionary
// (on the 21k-node Debian graph: 12% of `seedline summary` in agclose alone).
//
// Only for graphs that are read, walked and dropped (the DOT loader): a graph that is edited at
// length would keep every freed byte until it is closed.

#include <graphviz/cgraph.h>

namespace Seedline::Graphviz {

extern Agmemdisc_t ArenaMemDisc;

// True if `g` (a root graph or one of its subgraphs) allocates from an arena.
bool usesArena(Agraph_t *g);

// Releases the whole arena of the root graph `g` and with it the graph, its subgraphs, nodes,
// edges, attributes and strings. `g` is invalid afterwards. Instead of agclose for such graphs.
void releaseArena(Agraph_t *g);

// For tests: while set, a released arena is overwritten with 0xA5 bytes before it is freed, so that
// a later use of its memory (a stale pointer kept by cgraph) fails at once instead of now and then.
void setPoisonReleasedArenas(bool poison);

} // namespace Seedline::Graphviz

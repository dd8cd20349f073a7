// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grapharena.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

namespace Seedline::Graphviz {

namespace {

// One graph's memory: a chain of blocks, the newest first. Allocations come from the newest
// block's free tail; a request bigger than a quarter of a block gets a block of its own
// (linked behind the newest, so the newest keeps its tail). Blocks come from calloc: zeroed,
// as cgraph expects of its allocator.
struct Block
{
    Block *next;
    std::size_t size; // usable bytes after the header
    std::size_t used;
};

struct Arena
{
    Block *blocks = nullptr;
    void *last = nullptr; // the most recent allocation, which resize may grow in place
    std::size_t lastSize = 0;
};

constexpr std::size_t kAlign = alignof(std::max_align_t);
constexpr std::size_t kBlockBytes = std::size_t(1) << 20;

std::size_t roundUp(std::size_t n)
{
    return (n + kAlign - 1) & ~(kAlign - 1);
}

constexpr std::size_t kHeader = (sizeof(Block) + kAlign - 1) & ~(kAlign - 1);

char *payload(Block *b)
{
    return reinterpret_cast<char *>(b) + kHeader;
}

Block *newBlock(std::size_t size)
{
    void *raw = std::calloc(1, kHeader + size);
    if (!raw)
        return nullptr;
    auto *b = static_cast<Block *>(raw);
    b->size = size;
    return b;
}

void *arenaOpen(Agdisc_t *)
{
    return new (std::nothrow) Arena;
}

void *arenaAlloc(void *state, std::size_t request)
{
    auto *a = static_cast<Arena *>(state);
    if (!a)
        return nullptr;
    const std::size_t n = roundUp(request ? request : 1);
    if (n > kBlockBytes / 4) {
        Block *own = newBlock(n);
        if (!own)
            return nullptr;
        own->used = n;
        if (a->blocks) {
            own->next = a->blocks->next;
            a->blocks->next = own;
        } else {
            a->blocks = own;
        }
        a->last = nullptr;
        return payload(own);
    }
    if (!a->blocks || a->blocks->size - a->blocks->used < n) {
        Block *b = newBlock(kBlockBytes);
        if (!b)
            return nullptr;
        b->next = a->blocks;
        a->blocks = b;
    }
    char *p = payload(a->blocks) + a->blocks->used;
    a->blocks->used += n;
    a->last = p;
    a->lastSize = n;
    return p;
}

void *arenaResize(void *state, void *ptr, std::size_t old, std::size_t request)
{
    auto *a = static_cast<Arena *>(state);
    if (!ptr)
        return arenaAlloc(state, request);
    if (roundUp(request) <= roundUp(old))
        return ptr; // within the rounding of the first request: those bytes are still zero
    // The newest allocation grows in place when its block has room (the tail is still zero).
    if (a && ptr == a->last && a->blocks) {
        const std::size_t n = roundUp(request);
        if (n > a->lastSize && a->blocks->used - a->lastSize + n <= a->blocks->size) {
            a->blocks->used += n - a->lastSize;
            a->lastSize = n;
            return ptr;
        }
    }
    void *grown = arenaAlloc(state, request);
    if (grown)
        std::memcpy(grown, ptr, old);
    return grown;
}

void arenaFree(void *, void *)
{
    // Nothing: the arena goes as a whole.
}

std::atomic<bool> s_poison{false};

void arenaClose(void *state)
{
    auto *a = static_cast<Arena *>(state);
    if (!a)
        return;
    const bool poison = s_poison.load(std::memory_order_relaxed);
    for (Block *b = a->blocks; b;) {
        Block *next = b->next;
        if (poison)
            std::memset(payload(b), 0xA5, b->size);
        std::free(b);
        b = next;
    }
    delete a;
}

} // namespace

Agmemdisc_t ArenaMemDisc = {arenaOpen, arenaAlloc, arenaResize, arenaFree, arenaClose};

bool usesArena(Agraph_t *g)
{
    return g && g->clos && g->clos->disc.mem == &ArenaMemDisc;
}

void setPoisonReleasedArenas(bool poison)
{
    s_poison.store(poison, std::memory_order_relaxed);
}

void releaseArena(Agraph_t *g)
{
    if (!usesArena(g))
        return;
    // Everything of the graph, the closure record included, lives in the arena.
    arenaClose(g->clos->state.mem);
}

} // namespace Seedline::Graphviz

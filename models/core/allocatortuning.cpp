// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocatortuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Seedline {

namespace {

constexpr int mebibyte = 1024 * 1024;

} // namespace

void tuneAllocatorForWindow()
{
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, 64 * mebibyte);
#endif
}

void tuneAllocatorForCommandLine()
{
#if defined(__GLIBC__)
    tuneAllocatorForWindow();
    // Fixing the threshold also stops glibc's own adjustment of it. 32 MiB is the most glibc
    // accepts on 64-bit systems (half a worker thread's 64 MiB arena); larger blocks are still
    // mapped, and returned, directly.
    mallopt(M_MMAP_THRESHOLD, 32 * mebibyte);
#endif
}

} // namespace Seedline

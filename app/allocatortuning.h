// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Seedline {

// Process-wide malloc settings for a command-line run, called from main() before a command runs.
//
// glibc hands each allocation above a moving threshold (128 KiB at first) its own mmap and
// returns it to the system on free, so every big vector and string of a load, a layout or a
// scene (the Debian graph's steps, edges and geometry: tens of MB each) is page-faulted in
// afresh, and on a virtual machine a page fault is dear. With the threshold at 32 MiB they come
// from the heap and freed memory is reused: `summary --requires python3` on the Debian graph
// took 8-12% less wall time, with 2.2 MB more peak memory. No effect outside glibc.
//
// Not for the window: there, on the same graph, the first view was no faster and a click's
// answer slower (22-30 ms against 13-19 ms, three runs each of bench_view_window), so the
// window keeps glibc's defaults.
void tuneAllocatorForCommandLine();

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Seedline {

// Process-wide malloc settings, called from main() before anything is loaded. No effect outside
// glibc.
//
// Opening a big graph builds and frees tens of MB at a time (the Debian graph's steps, edges,
// plan, layout and geometry) on worker threads. By default glibc grows a heap by what one
// allocation needs and gives freed memory back above 128 KiB, so the same memory is asked for
// and faulted in again and again; on a virtual machine a system call and a page fault are dear.
//
// The window: M_TOP_PAD 64 MiB (a heap grows, and keeps, 64 MiB of slack). bench_view_window on
// the Debian graph (20,994 nodes), three runs each: the first view 1035-1115 ms -> 882-916 ms, a
// click's answer 10-14 ms -> 13-17 ms (noise), peak memory 248-251 -> 249-252 MB. 16 and 32 MiB
// gave less (1034-1056 and 997-1014 ms); a fixed mmap threshold made a click slower (17-20 ms).
void tuneAllocatorForWindow();

// The command line: the window's slack, and the mmap threshold fixed at 32 MiB (glibc hands each
// allocation above a moving threshold, 128 KiB at first, its own mmap and unmaps it on free).
// `summary --requires python3` on the Debian graph: 2.1x -> 1.95x `gc -n` with the threshold,
// 2.00x -> 1.89x with the slack as well (farm-bench -n 7, medians).
void tuneAllocatorForCommandLine();

// On Linux with glibc 2.35 or newer and transparent huge pages in "madvise" mode (Debian's
// default), starts the program again at once (execv of /proc/self/exe with the same arguments)
// with GLIBC_TUNABLES=glibc.malloc.hugetlb=1, so that malloc asks for huge pages: a 2 MiB page
// fault instead of 512 faults of 4 KiB. The first thing main() does; returns when it does not
// apply (other systems, huge pages "always" or "never", the tunable already set, the second
// start, SEEDLINE_HUGE_PAGES=0 as under valgrind or heaptrack, or execv failing).
//
// On the Debian graph (this 2-core virtual machine): `summary --requires python3` 1.81x -> 0.98x
// `gc -n` (farm-bench -n 5, medians), the window's first view 842-862 -> 414-663 ms. The second
// start costs about 23 ms (`seedline --version`: 62 ms against 39 ms with SEEDLINE_HUGE_PAGES=0,
// farm-bench -n 10 medians). The second start puts GLIBC_TUNABLES back as it was, so that the
// programs Seedline starts (the highlighter helper, an editor) do not inherit it.
void restartWithHugePages(char **argv);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocatortuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <gnu/libc-version.h>
#include <malloc.h>
#endif
#if defined(__linux__)
#include <unistd.h>
#endif

#include <cstdio>
#include <cstring>
#include <string>

namespace Seedline {

namespace {

constexpr int mebibyte = 1024 * 1024;

// Set by the first start for the second: what GLIBC_TUNABLES was (maybe nothing).
constexpr const char *restartedMarker = "SEEDLINE_RESTARTED_TUNABLES";
constexpr const char *hugePagesTunable = "glibc.malloc.hugetlb=1";

#if defined(__GLIBC__) && defined(__linux__)
bool transparentHugePagesOnlyWhenAdvised()
{
    std::FILE *f = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "re");
    if (!f)
        return false;
    char text[128] = {};
    const std::size_t n = std::fread(text, 1, sizeof text - 1, f);
    std::fclose(f);
    text[n] = 0;
    return std::strstr(text, "[madvise]") != nullptr;
}

bool glibcHasHugePagesTunable()
{
    int major = 0, minor = 0;
    return std::sscanf(gnu_get_libc_version(), "%d.%d", &major, &minor) == 2 && (major > 2 || (major == 2 && minor >= 35));
}
#endif

} // namespace

void restartWithHugePages(char **argv)
{
#if defined(__GLIBC__) && defined(__linux__)
    if (const char *original = std::getenv(restartedMarker)) {
        // The second start: malloc has read its tunables; the environment goes back as it was.
        if (*original)
            setenv("GLIBC_TUNABLES", original, 1);
        else
            unsetenv("GLIBC_TUNABLES");
        unsetenv(restartedMarker);
        return;
    }
    if (const char *off = std::getenv("SEEDLINE_HUGE_PAGES"); off && std::strcmp(off, "0") == 0)
        return;
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb"))
        return; // the user's own choice
    if (!argv || !argv[0] || !glibcHasHugePagesTunable() || !transparentHugePagesOnlyWhenAdvised())
        return;
    const std::string original = tunables ? tunables : "";
    const std::string wanted = original.empty() ? std::string(hugePagesTunable) : original + ':' + hugePagesTunable;
    if (setenv(restartedMarker, original.c_str(), 1) != 0 || setenv("GLIBC_TUNABLES", wanted.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Not started again: go on as we are, with the environment as it was.
    if (tunables)
        setenv("GLIBC_TUNABLES", original.c_str(), 1);
    else
        unsetenv("GLIBC_TUNABLES");
    unsetenv(restartedMarker);
#else
    (void)argv;
#endif
}

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

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: DOT bytes -> loadDot -> writeDot -> loadDot. Seeds: tests/fixtures/dot/.
#include "dot/dotloader.h"
#include "dot/dotwriter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Seedline::LoadResult r = Seedline::loadDot(bytes, QStringLiteral("fuzz.dot"));
    if (!r.chain.steps.isEmpty()) {
        // What we write must read back without errors.
        const Seedline::LoadResult again = Seedline::loadDot(Seedline::writeDot(r.chain), QStringLiteral("again.dot"));
        if (Seedline::hasErrors(again.diagnostics))
            __builtin_trap();
    }
    return 0;
}

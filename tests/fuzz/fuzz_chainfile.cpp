// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the chain file loader. Includes and release tables are not read from the disk.
#include "chainfile/chainfileloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Seedline::ChainFileOptions fileOptions;
    fileOptions.readReferencedFiles = false;
    const Seedline::LoadResult result = Seedline::loadChainFile(bytes, QStringLiteral("fuzz.chain.toml"), {}, fileOptions);
    // Every edge must point at a step of the chain.
    for (const Seedline::Requirement &r : result.chain.requirements) {
        if (r.from < 0 || r.to < 0 || r.from >= result.chain.steps.size() || r.to >= result.chain.steps.size())
            __builtin_trap();
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/manifestloader.h"
#include "manifest/scriptscanner.h"
#include "manifest/toolproviders.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Seedline::LoadOptions options;
    if (size > 0 && (data[0] & 1))
        options.config.insert(QStringLiteral("CHROOT"), QStringLiteral("True"));
    const Seedline::LoadResult result = Seedline::loadManifest(bytes, QStringLiteral("fuzz"), options);
    // Every edge must point at a step.
    for (const Seedline::Requirement &r : result.chain.requirements) {
        if (r.from < 0 || r.to < 0 || r.from >= result.chain.steps.size() || r.to >= result.chain.steps.size())
            __builtin_trap();
    }
    // The same bytes as a build script.
    (void)Seedline::findToolInvocations(QString::fromUtf8(bytes), Seedline::isTrackedTool);
    return 0;
}

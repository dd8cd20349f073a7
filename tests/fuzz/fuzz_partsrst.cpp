// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partsrst/livebootstrapnames.h"
#include "partsrst/partsrstloader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const Seedline::LoadOptions options; // the family patterns are compiled once
    const Seedline::LoadResult result = Seedline::loadPartsRst(bytes, QStringLiteral("fuzz.rst"), options);
    // Every edge must point at steps that exist, and mentions never forward.
    for (const Seedline::Requirement &r : result.chain.requirements) {
        if (r.from < 0 || r.to < 0 || r.from >= result.chain.steps.size() || r.to >= result.chain.steps.size()
            || r.to >= r.from)
            __builtin_trap();
    }
    const QString text = QString::fromUtf8(bytes.left(256));
    (void)Seedline::liveBootstrapMatchKey(text, text);
    return 0;
}

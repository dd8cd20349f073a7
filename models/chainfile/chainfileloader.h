// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/loadoptions.h"

#include <QByteArray>
#include <QString>

namespace Seedline {

// Reads a Seedline chain file (*.chain.toml, see docs/chain-format.md). `fileName` is used for
// diagnostics and to resolve relative includes (a ":/..." resource path resolves inside resources).
LoadResult loadChainFile(const QByteArray &bytes, const QString &fileName, const LoadOptions &options = {});

// What only chain files need to know.
struct ChainFileOptions
{
    // When false, `include`s and release tables are not read (each is reported as an error instead):
    // for fuzzing and for previews of untrusted bytes.
    bool readReferencedFiles = true;
};

LoadResult loadChainFile(const QByteArray &bytes, const QString &fileName, const LoadOptions &options,
                         const ChainFileOptions &fileOptions);

} // namespace Seedline

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

} // namespace Seedline

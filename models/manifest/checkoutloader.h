// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/loadoptions.h"

#include <QString>

namespace Seedline {

// True when the directory looks like a live-bootstrap checkout (has steps/manifest).
bool isLiveBootstrapCheckout(const QString &directory);

// Reads a live-bootstrap checkout: steps/manifest joined with parts.rst, plus observed requirements
// from each step's scripts (steps/<pkg>/pass*.sh, *.kaem) and toolchain requirements.
LoadResult loadCheckout(const QString &directory, const LoadOptions &options = {});

} // namespace Seedline

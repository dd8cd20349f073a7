// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

namespace Seedline {

// Joins a manifest chain with a parts.rst chain. The manifest's steps are the truth: a parts.rst
// section with the same liveBootstrapMatchKey (the k-th section for the k-th directive of that key)
// gives its prose and proseOrigin; the parts.rst sections before the first matched one (the seed and
// stage0 stages) are put in front, with sequence edges, and toolchain edges from the first builds to
// the seed's compiler and shell; mentioned edges of parts.rst are kept between joined steps.
// Returns the number of manifest steps that received prose.
int joinManifestWithParts(Chain &manifest, const Chain &parts);

} // namespace Seedline

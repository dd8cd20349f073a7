// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chain.h"

namespace Seedline {

// The kernel a `jump:` step boots into: the last included build before it whose package is the
// jump's target ("jump: fiwix" -> fiwix-1.5.0-lb1, "jump: linux" -> linux-4.14.341-openela), else
// the last one whose id starts with "target-"; -1 when the jump is not a kernel change (`jump:
// break` pauses the build, `jump: move_disk` moves it to another disk) or `jumpStep` is no jump.
int kernelJumpTarget(const Chain &chain, int jumpStep);

// Whether the jump boots a kernel built before it (kernelJumpTarget() >= 0).
bool isKernelJump(const Chain &chain, int jumpStep);

} // namespace Seedline

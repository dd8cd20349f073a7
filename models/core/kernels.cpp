// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels.h"

namespace Seedline {

int kernelJumpTarget(const Chain &chain, int jumpStep)
{
    if (jumpStep < 0 || jumpStep >= chain.steps.size() || chain.steps[jumpStep].kind != StepKind::Jump)
        return -1;
    const Step &jump = chain.steps[jumpStep];
    QString target = jump.package.isEmpty() ? jump.id : jump.package;
    if (target.startsWith(QLatin1String("jump:")))
        target = target.mid(5).trimmed();
    if (target.startsWith(QLatin1String("jump-")))
        target = target.mid(5);
    if (target.isEmpty())
        return -1;
    int byPackage = -1;
    int byPrefix = -1;
    const QString prefix = target + u'-';
    for (int i = 0; i < jumpStep; ++i) {
        const Step &s = chain.steps[i];
        if (!s.isBuild() || s.excluded)
            continue;
        if (s.package == target)
            byPackage = i;
        else if (s.id.startsWith(prefix))
            byPrefix = i;
    }
    return byPackage >= 0 ? byPackage : byPrefix;
}

bool isKernelJump(const Chain &chain, int jumpStep)
{
    return kernelJumpTarget(chain, jumpStep) >= 0;
}

} // namespace Seedline

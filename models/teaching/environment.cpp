// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment.h"

namespace Seedline {

bool EnvironmentChange::isEmpty() const
{
    return installed.isEmpty() && replaced.isEmpty() && removed.isEmpty() && removedCommands.isEmpty()
        && !kernelChanged;
}

void EnvironmentChange::append(const EnvironmentChange &later)
{
    installed += later.installed;
    replaced += later.replaced;
    removed += later.removed;
    removedCommands += later.removedCommands;
    kernelChanged = kernelChanged || later.kernelChanged;
}

const EnvironmentTool *Environment::tool(const QString &package) const
{
    for (const EnvironmentTool &t : tools) {
        if (t.package == package)
            return &t;
    }
    return nullptr;
}

QVector<const EnvironmentTool *> Environment::toolsWithFamily(const QString &family) const
{
    QVector<const EnvironmentTool *> out;
    for (const EnvironmentTool &t : tools) {
        if (t.families.contains(family))
            out << &t;
    }
    return out;
}

const EnvironmentTool *Environment::current(const QString &family) const
{
    const EnvironmentTool *best = nullptr;
    for (const EnvironmentTool &t : tools) {
        if (t.families.contains(family) && (!best || t.step > best->step))
            best = &t;
    }
    return best;
}

int Environment::commandProvider(const QString &command) const
{
    return commands.value(command, -1);
}

QStringList Environment::families() const
{
    QStringList out;
    for (const EnvironmentTool &t : tools) {
        for (const QString &f : t.families) {
            if (!out.contains(f))
                out << f;
        }
    }
    return out;
}

bool Environment::isInstalled(int step) const
{
    for (const EnvironmentTool &t : tools) {
        if (t.step == step || t.olderSteps.contains(step))
            return true;
    }
    return false;
}

} // namespace Seedline

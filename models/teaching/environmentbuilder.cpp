// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentbuilder.h"

#include "core/kernels.h"
#include "manifest/toolproviders.h"

#include <algorithm>

namespace Seedline::TeachingDetail {

namespace {

// The build directory of a step, as live-bootstrap names it: "python-2.0.1" for python-2.0.1#2.
QString directoryOf(const Step &step)
{
    return splitPassSuffix(step.id).first;
}

// "fiwix" -> "Fiwix".
QString kernelName(const Step &build)
{
    const QString package = packageOf(build);
    return package.isEmpty() ? package : package.left(1).toUpper() + package.mid(1);
}

} // namespace

bool installs(const Step &step)
{
    if (step.excluded)
        return false;
    switch (step.kind) {
    case StepKind::Build:
        return true;
    case StepKind::Seed:
    case StepKind::Stage:
    case StepKind::Scenario:
        return !step.families.isEmpty();
    case StepKind::Improve:
    case StepKind::Define:
    case StepKind::Jump:
    case StepKind::Uninstall:
        break;
    }
    return false;
}

QString packageOf(const Step &step)
{
    if (!step.package.isEmpty())
        return step.package;
    return splitPackageVersion(directoryOf(step)).first;
}

KernelState initialKernel(const Chain &chain)
{
    const QString bootstrap = chain.configuration.value(QStringLiteral("KERNEL_BOOTSTRAP"));
    if (bootstrap == QLatin1String("False")) {
        const bool chroot = chain.configuration.value(QStringLiteral("CHROOT")) == QLatin1String("True");
        return KernelState{chroot ? QStringLiteral("host kernel (chroot)") : QStringLiteral("host kernel"), {}, -1, -1};
    }
    int builder = -1;
    for (int i = 0; i < chain.steps.size(); ++i) {
        const Step &s = chain.steps[i];
        if (s.excluded || !s.id.startsWith(QLatin1String("builder-hex0")))
            continue;
        // The stage-2 kernel runs the build; stage 1 only boots it.
        if (builder < 0 || s.id.contains(QLatin1String("stage2")))
            builder = i;
    }
    if (builder >= 0 || bootstrap == QLatin1String("True"))
        return KernelState{QStringLiteral("builder-hex0"), {}, builder, -1};
    return {};
}

EnvironmentBuilder::EnvironmentBuilder(const Chain &chain)
    : m_chain(chain)
    , m_kernel(initialKernel(chain))
{
}

void EnvironmentBuilder::applyUpTo(int index)
{
    index = std::min(index, int(m_chain.steps.size()) - 1);
    while (m_last < index)
        apply(m_last + 1);
}

EnvironmentChange EnvironmentBuilder::apply(int index)
{
    EnvironmentChange change;
    m_last = std::max(m_last, index);
    if (index < 0 || index >= m_chain.steps.size())
        return change;
    const Step &s = m_chain.steps[index];
    if (s.excluded)
        return change;
    if (s.kind == StepKind::Build) {
        ++m_counters.builds;
        if (s.facts->buildHours) {
            ++m_counters.buildsWithHours;
            m_counters.hours += *s.facts->buildHours;
        }
    }
    if (installs(s))
        install(index, change);
    else if (s.kind == StepKind::Uninstall)
        uninstall(index, change);
    else if (s.kind == StepKind::Jump) {
        const int target = kernelJumpTarget(m_chain, index);
        if (target >= 0) {
            const Step &kernel = m_chain.steps[target];
            m_kernel = KernelState{kernelName(kernel), kernel.version, target, index};
            change.kernelChanged = true;
        }
    }
    return change;
}

void EnvironmentBuilder::install(int index, EnvironmentChange &change)
{
    const Step &s = m_chain.steps[index];
    const QString directory = directoryOf(s);
    m_installed.install(index, directory, toolsProvidedBy(directory));
    const QString package = packageOf(s);
    QVector<int> &builds = m_builds[package];
    if (builds.isEmpty())
        m_packages << package;
    else
        change.replaced << builds.last();
    builds << index;
    change.installed << index;
}

void EnvironmentBuilder::uninstall(int index, EnvironmentChange &change)
{
    const InstalledSet::Removal removal = m_installed.uninstall(m_chain.steps[index].details->removes);
    for (int step : removal.steps) {
        const QString package = packageOf(m_chain.steps[step]);
        auto it = m_builds.find(package);
        if (it == m_builds.end())
            continue;
        it->removeAll(step);
        if (it->isEmpty()) {
            m_builds.erase(it);
            m_packages.removeAll(package);
        }
    }
    change.removed += removal.steps;
    change.removedCommands += removal.names;
}

Environment EnvironmentBuilder::snapshot(const QVector<First> &firsts) const
{
    Environment env;
    env.step = m_last;
    env.kernel = m_kernel;
    env.counters = m_counters;
    for (const First &f : firsts) {
        if (f.step <= m_last)
            env.firsts << f;
    }
    const QHash<QString, int> providers = m_installed.providers();
    QHash<QString, QStringList> commandsOf; // package -> commands
    for (auto it = providers.constBegin(); it != providers.constEnd(); ++it) {
        env.commands.insert(it.key(), it.value());
        commandsOf[packageOf(m_chain.steps[it.value()])] << it.key();
    }
    env.tools.reserve(m_packages.size());
    for (const QString &package : m_packages) {
        const QVector<int> &builds = m_builds.value(package);
        if (builds.isEmpty())
            continue;
        const int current = builds.last();
        const Step &s = m_chain.steps[current];
        EnvironmentTool tool;
        tool.package = package;
        tool.version = s.version;
        tool.step = current;
        tool.families = s.families;
        // One older build per other version: its last pass.
        const QString currentDirectory = directoryOf(s);
        QStringList seen{currentDirectory};
        for (auto b = builds.crbegin() + 1; b != builds.crend(); ++b) {
            const QString directory = directoryOf(m_chain.steps[*b]);
            if (seen.contains(directory))
                continue;
            seen << directory;
            tool.olderSteps.prepend(*b);
        }
        tool.commands = commandsOf.value(package);
        tool.commands.sort();
        env.tools << tool;
    }
    return env;
}

} // namespace Seedline::TeachingDetail

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include "core/chain.h"
#include "manifest/installedset.h"

#include <QHash>

// Replays a chain in build order, one step at a time. Internal to models/teaching.
namespace Seedline::TeachingDetail {

// Whether a step installs something: every included build, and seeds, stages and scenario steps
// that provide a family (hex0, cc_x86, M2-Planet); not markers such as "/sysa".
bool installs(const Step &step);

// The package a step's build belongs to: Step::package, else the name part of its id.
QString packageOf(const Step &step);

// The kernel in force before the first step: the host's under a chroot (KERNEL_BOOTSTRAP=False in
// the chain's configuration), builder-hex0 for a kernel bootstrap (KERNEL_BOOTSTRAP=True, or a
// step "builder-hex0..." in the chain), else unknown.
KernelState initialKernel(const Chain &chain);

class EnvironmentBuilder
{
public:
    explicit EnvironmentBuilder(const Chain &chain);

    // Takes step `index` into account (excluded steps change nothing) and says what it changed.
    EnvironmentChange apply(int index);
    // Applies every step up to and including `index`, from where the builder is.
    void applyUpTo(int index);

    int lastApplied() const { return m_last; }
    const KernelState &kernel() const { return m_kernel; }
    const BuildCounters &counters() const { return m_counters; }
    // The environment now; `firsts` are filtered to the steps applied.
    Environment snapshot(const QVector<First> &firsts = {}) const;

private:
    void install(int index, EnvironmentChange &change);
    void uninstall(int index, EnvironmentChange &change);

    const Chain &m_chain;
    InstalledSet m_installed; // the same reading of builds and uninstalls as the checkout's scanner
    QHash<QString, QVector<int>> m_builds; // package -> its installed builds, in build order
    QStringList m_packages;               // packages present, in the order they appeared
    KernelState m_kernel;
    BuildCounters m_counters;
    int m_last = -1;
};

} // namespace Seedline::TeachingDetail

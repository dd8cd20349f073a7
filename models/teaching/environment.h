// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firsts.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

// A package present in the environment at one moment of a bootstrap. A later build of the same
// package replaces the earlier one as the current build ("later versions replace earlier ones");
// `uninstall:` removes builds.
struct EnvironmentTool
{
    QString package;        // "python"
    QString version;        // of the current build: "3.11.1"
    int step = -1;          // the current build: the package's most recent build still installed (its last pass)
    QStringList families;   // what the current build provides: "python", "c-compiler", ...
    // Earlier builds of other versions of the package that are still installed (not uninstalled),
    // oldest first, one per version (its last pass). They may still provide versioned commands:
    // after python-3.11.1 and the manifest's uninstall of the old Pythons, python-2.5.6 is left.
    QVector<int> olderSteps;
    // The commands Seedline tracks (manifest/toolproviders.h) that run a build of this package now,
    // sorted: "python", "python2", "python2.5", "python3", "python3.11".
    QStringList commands;
    bool operator==(const EnvironmentTool &) const = default;
};

// The kernel in force: builder-hex0 from the start of a live-bootstrap kernel bootstrap, then the
// kernels its `jump:` steps boot (Fiwix, Linux); the host's kernel under a chroot.
struct KernelState
{
    QString name;    // "builder-hex0", "Fiwix", "Linux", "host kernel", "host kernel (chroot)"; empty: unknown
    QString version; // of the kernel's build: "1.5.0-lb1"; empty when unknown
    int build = -1;  // the step that built it; -1 when the chain does not build it
    int jump = -1;   // the `jump:` step that booted it; -1 when it is in force from the start
    bool isKnown() const { return !name.isEmpty(); }
    bool operator==(const KernelState &) const = default;
};

// Builds so far, and their hours where facts.buildHours is known.
struct BuildCounters
{
    int builds = 0;          // Build steps so far, every pass counting (excluded builds never run)
    int buildsWithHours = 0; // of those, the ones with facts.buildHours
    double hours = 0;        // the sum of the known build hours
    int buildsWithoutHours() const { return builds - buildsWithHours; }
    bool operator==(const BuildCounters &) const = default;
};

// What one step (or the steps one frame covers) did to the environment.
struct EnvironmentChange
{
    QVector<int> installed;      // builds that became the current build of their package
    QVector<int> replaced;       // builds that stopped being current: a later build of the package came
    QVector<int> removed;        // builds `uninstall:` removed
    QStringList removedCommands; // commands `uninstall: /usr/bin/NAME` removed
    bool kernelChanged = false;  // a kernel `jump:` booted another kernel
    bool isEmpty() const;
    void append(const EnvironmentChange &later);
    bool operator==(const EnvironmentChange &) const = default;
};

// The environment right after one step of a chain in build order: the tools present, the kernel
// in force, the counters and the firsts so far.
struct Environment
{
    int step = -1;                  // the last step taken into account; -1: before the first step
    QVector<EnvironmentTool> tools; // one per package present, in the order the packages first appeared
    KernelState kernel;
    BuildCounters counters;
    QVector<First> firsts;          // the firsts up to `step`, in build order
    QMap<QString, int> commands;    // every tracked command present -> the step whose build it runs

    // The tool of `package`, or nullptr.
    const EnvironmentTool *tool(const QString &package) const;
    // The tools whose current build provides `family`, in tool order.
    QVector<const EnvironmentTool *> toolsWithFamily(const QString &family) const;
    // The one in force: the most recently built tool providing `family` ("the C compiler"), or nullptr.
    const EnvironmentTool *current(const QString &family) const;
    // The step whose build runs when `command` is typed now, or -1.
    int commandProvider(const QString &command) const;
    // Every family the present tools provide, in tool order.
    QStringList families() const;
    // Whether `step` is installed now (a current or an older build of some tool).
    bool isInstalled(int step) const;
    bool operator==(const Environment &) const = default;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Seedline::Cli {

// True when the arguments name a command-line command (summary, drift, export, --help, --version).
bool isCommandLine(const QStringList &arguments);

// True when the command draws a chart (frames, timeline --chart): it needs a QApplication, on the
// offscreen platform when there is no display, instead of a QGuiApplication.
bool needsWidgets(const QStringList &arguments);

// Runs the command; arguments[0] is the program. Returns the process exit code.
int run(const QStringList &arguments);

} // namespace Seedline::Cli

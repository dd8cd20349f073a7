// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Seedline {

// The commands a live-bootstrap build installs that Seedline looks for in build scripts, from the
// package directory name: "python-3.11.1" -> python, python3, python3.11; "perl5.004-05" -> perl,
// perl5; "autoconf-2.69" -> autoconf, autoconf-2.69, autoreconf, autoreconf-2.69, autoheader, ...;
// "automake-1.16.3" -> automake, automake-1.16, aclocal, aclocal-1.16, ...
QStringList toolsProvidedBy(const QString &directoryName);

// Every command name toolsProvidedBy() can give for some version (used to spot invocations).
bool isTrackedTool(const QString &command);

} // namespace Seedline

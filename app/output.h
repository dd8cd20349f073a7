// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QString>

namespace Seedline::Cli {

void printOut(const QString &text);
void printErr(const QString &text);
// Prints every diagnostic as "file:line:column: severity: message" on stderr.
void printDiagnostics(const Diagnostics &diagnostics);

} // namespace Seedline::Cli

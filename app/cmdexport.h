// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Seedline::Cli {

// `seedline export [options] -o OUT FILE|DIR...`; arguments[0] is the program, arguments[1] "export".
int runExport(const QStringList &arguments);
QString exportUsage();

} // namespace Seedline::Cli

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Seedline::Cli {

// One convention for every command, as diff and grep use it:
enum ExitStatus : int {
    ExitSuccess = 0,     // done (drift: no drift)
    ExitDifferences = 1, // drift only: differences were found
    ExitError = 2,       // trouble: wrong options, an input that cannot be read, is empty, is not what it
                         // should be or has errors, nothing to export, a file that cannot be written
};

// The "Exit status" paragraph of a command's --help ("summary", "drift", "export", or empty for
// the main usage).
QString exitStatusHelp(const QString &command);

} // namespace Seedline::Cli

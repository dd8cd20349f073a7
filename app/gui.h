// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Seedline {

// Opens the main window on the files named on the command line (or the embedded default chains)
// and runs the event loop. Returns the exit code.
int runGui(QApplication &app);

} // namespace Seedline

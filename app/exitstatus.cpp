// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exitstatus.h"

namespace Seedline::Cli {

QString exitStatusHelp(const QString &command)
{
    const QString trouble = QStringLiteral(
        "  2  trouble: wrong options; an input that cannot be read (missing, a directory that is not a\n"
        "     checkout, a device, a FIFO nobody writes to, larger than --max-input-size), that is empty\n"
        "     or not what it should be, or that has errors");
    if (command == QLatin1String("drift"))
        return QStringLiteral("\nExit status (as for diff):\n"
                              "  0  no drift: parts.rst and the manifest agree\n"
                              "  1  drift found (listed on stdout)\n")
            + trouble + QStringLiteral("\n");
    if (command == QLatin1String("export"))
        return QStringLiteral("\nExit status:\n"
                              "  0  the file was written whole\n")
            + trouble
            + QStringLiteral(";\n     nothing to export; OUT cannot be written (an existing OUT is then left as it was)\n");
    if (command == QLatin1String("frames"))
        return QStringLiteral("\nExit status:\n"
                              "  0  every frame was written whole\n")
            + trouble
            + QStringLiteral(";\n     nothing to animate; DIR or a frame cannot be written (the frames before it stay)\n");
    if (command == QLatin1String("summary"))
        return QStringLiteral("\nExit status:\n"
                              "  0  the summary was printed\n")
            + trouble + QStringLiteral("; an unknown --target, --path or --scenario step\n");
    return QStringLiteral("\nExit status, the same for every command: 0 success, 1 drift found (drift only), 2 trouble\n"
                          "(wrong options, an input that cannot be read, is empty, is not a known kind or has\n"
                          "errors, an output that cannot be written).\n");
}

} // namespace Seedline::Cli

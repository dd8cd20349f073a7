// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <functional>

namespace Seedline {

// A tool run by a shell (or kaem) script: the command word and where it stands.
struct ToolInvocation
{
    QString tool;     // the command name ("python3"; "/usr/bin/python3" gives "python3")
    int line = 0;     // 1-based
    int column = 0;   // 1-based column of the command word
    QString lineText; // the trimmed line
};

// Finds the commands of a POSIX shell script that `isTool` accepts. A word counts only in command
// position: at the start of a command (line start, after ; & && || | ( $( ` and the keywords if,
// then, else, elif, do, while, until, !, {), after VAR=value assignments and after the prefixes sudo,
// env, exec, time, command, nohup, nice. Comments, quoted text (except $( ) and ` ` inside double
// quotes), heredoc bodies, case patterns and redirection targets are never invocations.
QVector<ToolInvocation> findToolInvocations(const QString &script, const std::function<bool(const QString &)> &isTool);

} // namespace Seedline

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

// Finds the commands of a POSIX shell script that `isTool` accepts, the way a shell runs them:
// - A word counts only in command position: at the start of a command (line start, after ; & && ||
//   | ( $( ` and the keywords if, then, else, elif, do, while, until, !, {), after NAME=value
//   assignments. Quoted command words count ("python3" x.py); quoting is removed as the shell does.
// - Wrappers run the command in their arguments, after their options and those options' values:
//   env, nice (-n N), timeout (DURATION), xargs (-L N, -n N, -I R...), exec (-a NAME), command (not
//   command -v/-V, which looks up), nohup, time, sudo, setsid, stdbuf, chroot; find's -exec, -execdir,
//   -ok and -okdir start a command.
// - Tools named through variables: a tool variable (AUTOMAKE, AUTOCONF, ACLOCAL, AUTOM4TE, PERL,
//   PYTHON, M4, BISON, YACC, LEX, MAKEINFO, ... see ShellWords::isToolVariable) assigned before a
//   command (`AUTOMAKE=automake-1.15 autoreconf-2.69`, also through env) or exported (`export
//   PYTHON=python3`, `declare -x`, `NAME=tool` followed later by `export NAME`) is an invocation of
//   the tool it names, at the value's position; `$NAME` or `${NAME}` as a command word runs the tool
//   NAME was set to earlier in the script. Plain `NAME=tool` alone, and NAME=tool as an argument
//   (`make PYTHON=python3`, `./configure PERL=perl`) are not invocations.
// - Never invocations: comments, quoted text (except $( ) and ` ` inside double quotes), heredoc
//   bodies, case patterns, redirection targets, the elements of arrays (`arr=(python3 x)`,
//   `declare -a z=(perl list)`), the arguments of export/declare/local/readonly.
// Invocations are returned in script order.
QVector<ToolInvocation> findToolInvocations(const QString &script, const std::function<bool(const QString &)> &isTool);

} // namespace Seedline

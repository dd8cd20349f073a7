// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/manifest: what the script scanner knows about shell words.

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Seedline::ShellWords {

// A command that runs the command given in its arguments: env, nice, timeout, xargs, exec...
struct Wrapper
{
    QStringList optionsWithValue; // "-n", "--adjustment": the next word is the option's value
    QStringList lookupOptions;    // command -v NAME: NAME is looked up, not run
    int positionals = 0;          // words before the command: timeout DURATION, chroot NEWROOT
};

// The wrapper named `command` ("nice", "/usr/bin/env"), or nullptr.
const Wrapper *wrapper(const QString &command);

// True when an option word of a wrapper consumes the next word ("-n" for nice; not "-n5", not
// "--adjustment=5").
bool takesValue(const Wrapper &w, QStringView option);

// Variables through which build systems are told which tool to run: AUTOCONF, AUTOMAKE, ACLOCAL,
// AUTOM4TE, PERL, PYTHON, M4, BISON, YACC, LEX, MAKEINFO, ... and their *_FOR_BUILD forms. Not CC,
// CXX or CPP: the compiler a step builds with is its toolchain requirement.
bool isToolVariable(QStringView name);

// "NAME=value" or "NAME+=value" with a valid shell name; *nameEnd is the index of '+' or '='.
bool isAssignment(QStringView word, qsizetype *nameEnd = nullptr);

// The command a variable's value runs: its first word, without a directory ("autoconf-2.69 -f" ->
// "autoconf-2.69", "${PREFIX}/bin/perl" -> "perl"); empty when it is computed ($(...), `...`, $VAR).
QString commandOfValue(QStringView value);

// "$NAME" or "${NAME}" -> "NAME"; empty for anything else.
QString variableReference(QStringView word);

} // namespace Seedline::ShellWords

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

// Characters that end an unquoted word: blanks, ; & | ( ) < > and the quotes.
bool isWordBreak(QChar c);

// From the opening character at `from` past its matching `close`, minding backslashes and nesting;
// returns the index after it (text.size() when unbalanced).
qsizetype skipBalanced(const QString &text, qsizetype from, QChar open, QChar close);

// A here-document operator at `at` ("<<EOF", "<<-'END'", "<< \"X\""): its delimiter with the
// quoting removed, whether tabs are stripped, and the index after it.
struct HeredocOperator
{
    QString delimiter;
    bool stripTabs = false;
    qsizetype end = 0;
};
HeredocOperator readHeredoc(const QString &text, qsizetype at);

// A word made of quoted and plain literal parts ("python3", 'py'thon3, "$PYTHON") starting at
// `from`, with the quoting removed; false when a part expands to something unknown ("$(...)",
// "a$b", a backslash) or is unterminated. *end is the index after the word.
bool readLiteralWord(const QString &text, qsizetype from, qsizetype *end, QString *word);

} // namespace Seedline::ShellWords

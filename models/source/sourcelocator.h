// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QString>
#include <QVector>

namespace Seedline {

// Why a file is shown for a step.
enum class SourceRole {
    Declaration, // where the step was declared: a chain file's [[step]], a manifest line, a DOT node
    Prose,       // its parts.rst section (when it was declared elsewhere)
    Evidence,    // a build script (or other file) where what it needs was seen
};

// Lines to mark in a file (1-based, inclusive).
struct SourceMark
{
    int line = 0;
    int endLine = 0;
    SourceRole role = SourceRole::Declaration;
    QString note; // "python3 gen-unicode.py (observed: python-3.11.1)"
    bool operator==(const SourceMark &) const = default;
};

// One file behind a step, and where in it.
struct StepSource
{
    QString file;  // as the chain records it ("steps/gcc-15.2.0/pass1.sh", "/abs/x.chain.toml")
    QString path;  // resolved: absolute or ":/..."; empty when no loaded input has it
    SourceRole role = SourceRole::Declaration;
    int line = 0;  // the line to scroll to (0: unknown)
    QVector<SourceMark> marks;
    bool isResolved() const { return !path.isEmpty(); }
};

// Where a file the chain names lies: absolute paths and ":/" resources as they are; a relative one
// (a checkout's "steps/manifest", "parts.rst", an evidence file "steps/gcc-15.2.0/pass1.sh") inside
// a loaded checkout, then beside a loaded chain file. Empty when no loaded input has it.
QString resolveSourceFile(const Chain &chain, const QString &file);

// The files behind a step, the declaration first, then its prose, then each file with evidence of
// what it needs (build scripts with the lines of the tools they run), in order of first mention.
QVector<StepSource> sourcesOfStep(const Chain &chain, int step);

// The step a line of a file belongs to (`path` resolved, as resolveSourceFile gives it): the
// tightest declaration or prose range holding the line, else a requirement whose evidence is on the
// line (its needing step), else the step whose evidence the file is (a build script, not a file
// that declares steps), else the last step declared above the line. -1 when the file has nothing to do with the chain.
int stepAtLine(const Chain &chain, const QString &path, int line);

// The first line of `text` that names `id` as a whole word (for inputs whose origins carry no
// line, such as DOT), or 0.
int findIdLine(const QString &text, const QString &id);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Seedline {

struct ChainAnalysis;

// The moments a class is shown: the first step (in build order, excluded steps never count) that...
enum class FirstKind {
    CCompiler,           // ... provides the family c-compiler (cc_x86 in the shipped chain, mes in a manifest)
    Libc,                // ... provides libc (musl 1.1.24)
    Python,              // ... provides python (python-2.0.1)
    CompilerNeedsPython, // ... provides c-compiler and requires python over the followed kinds (gcc-15.2.0)
    Rust,                // ... provides rust (rust-1.90.0, built by mrustc)
    CompilerNeedsRust,   // ... provides c-compiler and requires rust (only under a what-if such as
                         //     cpython-requires-rust)
};

struct First
{
    FirstKind kind = FirstKind::CCompiler;
    int step = -1; // index into Chain::steps
    bool operator==(const First &) const = default;
};

// A stable key for files and frames: "first-c-compiler", "first-libc", "first-python",
// "compiler-needs-python", "first-rust", "compiler-needs-rust".
QString firstKindKey(FirstKind kind);
// What the audience reads: "first C compiler", "the C compiler starts needing Python", ...
QString firstKindTitle(FirstKind kind);

// Every first of the analysed chain (analysis.chain), ordered by step and then by kind; a kind
// that never happens is absent. "Requires" is ChainAnalysis::stepRequires (a path of length >= 1
// over the analysis' followed kinds, scenario edges included).
QVector<First> findFirsts(const ChainAnalysis &analysis);

} // namespace Seedline

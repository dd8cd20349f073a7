// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/step.h"

#include <QString>
#include <QVector>

namespace Seedline {

// One step named by a parts.rst heading. "perl 5.17.2, 5.17.4" names two, "musl 1.1.24 and
// musl_target" names a build and an improve step, "tcc 0.9.27 (musl v2)" names one with a qualifier.
struct HeadingPart
{
    QString name;      // as written: "Linux kernel", "tinycc", "musl_target"
    QString package;   // liveBootstrapPackageName(name): "linux", "tcc", "musl_target"
    QString version;   // "4.14.341-openela", "" when the heading has none
    QString qualifier; // the parenthesised part without parentheses: "musl v2", "pass 2"
    QString label;     // the text this part stands for ("perl 5.17.4"), the whole heading when alone
    StepKind kind = StepKind::Build;
};

// Headings longer than this are kept whole (one step, no version) and reported by the loader.
inline constexpr qsizetype maxPartsHeadingLength = 200;

// Splits a heading into the steps it names. Never returns an empty vector for a non-empty title.
QVector<HeadingPart> parsePartsHeading(const QString &title);

// The kind of step a live-bootstrap name stands for (seed, stage marker, improve script, jump,
// stage0 tool or build). `rawTitle` is the heading text, to see markup such as ``/sysa``.
StepKind livebootstrapKindFor(const QString &package, const QString &version, const QString &rawTitle);

} // namespace Seedline

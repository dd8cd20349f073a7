// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstyle.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Seedline {

// What kate-syntax-highlighter's HTML (`-f html`) says: one entry per line of the input, with the
// line's text as the tool saw it (its hash goes with the spans) and the styled spans.
struct ParsedHighlight
{
    QVector<LineHighlight> lines;
    QVector<TextStyle> styles;
    QString error; // empty when the output was understood
};

// Parses the tool's output: `<pre>` holds one line of the input per line, each token a
// `<span style="color:#..;background-color:#..;font-weight:bold;font-style:italic;
// text-decoration:underline|line-through;">` around HTML-escaped text. Unknown tags and entities
// are taken literally, never crash.
ParsedHighlight parseKateHtml(const QByteArray &html);

// One `style` attribute as a TextStyle ("color:#0057ae;font-weight:bold;").
TextStyle parseKateStyle(QStringView css);

} // namespace Seedline

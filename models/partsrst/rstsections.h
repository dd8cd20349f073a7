// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVector>

namespace Seedline {

// A reStructuredText document split into lines and sections, tolerant of everything parts.rst
// used from 2021 to 2026 (and of some things it never did). Linear in the size of the input.
struct RstSection
{
    QString title;          // trimmed title text
    QChar adornment;        // the underline character
    int firstLine = 0;      // 1-based: the overline, or the title line when there is none
    int titleLine = 0;      // 1-based
    int titleColumn = 1;    // 1-based column of the first character of the title
    int lastLine = 0;       // 1-based: the last non-blank line of the section (at least the underline)
    qsizetype bodyBegin = 0; // offsets into RstDocument::text: the text between the heading and the next
    qsizetype bodyEnd = 0;
};

struct RstDocument
{
    QString text;                   // the decoded input
    QVector<qsizetype> lineStarts;  // offset of each line in text
    QVector<RstSection> sections;

    int lineCount() const { return int(lineStarts.size()); }
    // 0-based line index containing the offset.
    int lineIndexAt(qsizetype offset) const;
    QStringView line(int index) const; // without the line break and a trailing '\r'
};

// Decodes the bytes as UTF-8 (leniently, with a warning at the first bad byte), splits them into
// lines and finds the section titles: a non-empty text line underlined (and optionally overlined)
// with a line of one repeated punctuation character (= - ~ ^ " ' ` # * + . : _) at least 3 long,
// or at least as long as the title. Problems become diagnostics in `diagnostics`.
RstDocument parseRstSections(const QByteArray &bytes, const QString &fileName, Diagnostics &diagnostics);

} // namespace Seedline

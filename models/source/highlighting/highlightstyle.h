// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helperprotocol.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>
#include <QVector>

namespace Seedline {

// How a highlighted token looks, as every backend reports it (a KSyntaxHighlighting::Format under
// a theme). An invalid colour means "the default".
struct TextStyle
{
    QColor foreground;
    QColor background;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool strikeOut = false;

    QTextCharFormat toFormat() const;
    bool isPlain() const { return !foreground.isValid() && !background.isValid() && !bold && !italic && !underline && !strikeOut; }
    bool operator==(const TextStyle &) const = default;
};

// One highlighted token of a line: UTF-16 columns, and an index into the batch's styles.
struct StyledSpan
{
    int start = 0;
    int length = 0;
    int style = 0;
    bool operator==(const StyledSpan &) const = default;
};

// The highlighting of one line, for the text whose hash it carries: a result that arrives after
// the line was edited again is not applied to the new text.
struct LineHighlight
{
    size_t textHash = 0;
    QVector<StyledSpan> spans;
};

// What a backend delivers: lines [first, first + lines.size()) of a document.
struct HighlightBatch
{
    int first = 0;
    QVector<LineHighlight> lines;
    QVector<TextStyle> styles;
};

// Deterministic, the same in the KF5 helper (helperprotocol.h).
inline size_t lineHash(QStringView text)
{
    return size_t(HelperProtocol::lineHash(text));
}

} // namespace Seedline

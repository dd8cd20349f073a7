// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace Seedline {

// One line of a text file, decoded from UTF-8, with what was wrong with its bytes.
struct TextLine
{
    enum class Problem { None, InvalidUtf8, Binary };
    QString text;         // without the line break; invalid bytes become U+FFFD
    int number = 0;       // 1-based
    Problem problem = Problem::None;
    int problemColumn = 0; // 1-based column of the first bad byte
    int badByte = 0;

    QString problemMessage() const;
};

// Calls `visit` for every line of `bytes` (LF or CRLF line ends). A line holding NUL or other
// control characters (except tab and form feed) is reported as Binary, a line that is not valid
// UTF-8 as InvalidUtf8.
void forEachLine(const QByteArray &bytes, const std::function<void(const TextLine &)> &visit);

} // namespace Seedline

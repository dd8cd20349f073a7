// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlines.h"

#include <cstring>

namespace Seedline {

namespace {

// Byte offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const unsigned char *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned minimum = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

QString TextLine::problemMessage() const
{
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::InvalidUtf8:
        return QStringLiteral("invalid UTF-8 (byte 0x%1); expected UTF-8 text")
            .arg(badByte, 2, 16, QLatin1Char('0'));
    case Problem::Binary:
        return QStringLiteral("binary data (control byte 0x%1) in a text file; the line is skipped")
            .arg(badByte, 2, 16, QLatin1Char('0'));
    }
    return QString();
}

void forEachLine(const QByteArray &bytes, const std::function<void(const TextLine &)> &visit)
{
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype start = 0;
    int number = 0;
    TextLine line;
    while (start < size) {
        const char *nl = static_cast<const char *>(memchr(data + start, '\n', size_t(size - start)));
        qsizetype end = nl ? nl - data : size;
        const qsizetype next = end + 1;
        if (end > start && data[end - 1] == '\r')
            --end;
        ++number;
        const auto *p = reinterpret_cast<const unsigned char *>(data + start);
        const qsizetype n = end - start;
        line.number = number;
        line.problem = TextLine::Problem::None;
        line.problemColumn = 0;
        line.badByte = 0;
        bool ascii = true;
        for (qsizetype i = 0; i < n; ++i) {
            const unsigned char c = p[i];
            if (c >= 0x80) {
                ascii = false;
            } else if ((c < 0x20 && c != '\t' && c != '\f' && c != '\r') || c == 0x7F) {
                line.problem = TextLine::Problem::Binary;
                line.badByte = c;
                line.problemColumn = int(QString::fromUtf8(data + start, i).size()) + 1;
                break;
            }
        }
        if (line.problem == TextLine::Problem::None && !ascii) {
            const qsizetype bad = firstInvalidUtf8(p, n);
            if (bad >= 0) {
                line.problem = TextLine::Problem::InvalidUtf8;
                line.badByte = p[bad];
                line.problemColumn = int(QString::fromUtf8(data + start, bad).size()) + 1;
            }
        }
        if (ascii) {
            // One buffer for every line: resizing an unshared string keeps its capacity.
            line.text.resize(n);
            char16_t *out = reinterpret_cast<char16_t *>(line.text.data());
            for (qsizetype i = 0; i < n; ++i)
                out[i] = char16_t(p[i]);
        } else {
            line.text = QString::fromUtf8(data + start, n);
        }
        visit(line);
        start = next;
    }
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rstsections.h"

#include <algorithm>

namespace Seedline {

namespace {

Diagnostic makeDiagnostic(const QString &file, int line, int column, Severity severity, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.message = message;
    return d;
}

// Length of the valid UTF-8 sequence starting at bytes[i], or 0 when it is invalid.
int utf8SequenceLength(const unsigned char *bytes, qsizetype i, qsizetype size)
{
    const unsigned char b = bytes[i];
    if (b < 0x80)
        return 1;
    int length = 0;
    unsigned int minimum = 0;
    unsigned int value = 0;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        minimum = 0x80;
        value = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        minimum = 0x800;
        value = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        minimum = 0x10000;
        value = b & 0x07;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char c = bytes[i + k];
        if ((c & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (c & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    return length;
}

// Reports the first invalid UTF-8 byte and the first NUL byte (line and column in characters).
void checkEncoding(const QByteArray &bytes, qsizetype begin, const QString &file, Diagnostics &diagnostics)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    int line = 1;
    int column = 1;
    bool reportedInvalid = false;
    bool reportedNul = false;
    qsizetype invalidCount = 0;
    int firstInvalidLine = 0;
    int firstInvalidColumn = 0;
    unsigned int firstInvalidByte = 0;
    for (qsizetype i = begin; i < size;) {
        const unsigned char b = data[i];
        if (b == '\n') {
            ++line;
            column = 1;
            ++i;
            continue;
        }
        if (b == 0 && !reportedNul) {
            reportedNul = true;
            diagnostics.append(makeDiagnostic(file, line, column, Severity::Warning,
                                              QStringLiteral("NUL byte in the input: this looks like a binary file, "
                                                             "not reStructuredText text")));
        }
        const int length = utf8SequenceLength(data, i, size);
        if (length == 0) {
            ++invalidCount;
            if (!reportedInvalid) {
                reportedInvalid = true;
                firstInvalidLine = line;
                firstInvalidColumn = column;
                firstInvalidByte = b;
            }
            ++column;
            ++i;
            continue;
        }
        ++column;
        i += length;
    }
    if (reportedInvalid) {
        diagnostics.append(makeDiagnostic(
            file, firstInvalidLine, firstInvalidColumn, Severity::Warning,
            QStringLiteral("invalid UTF-8 (first bad byte 0x%1, %2 bad bytes in all); expected UTF-8 text, "
                           "decoded leniently with replacement characters")
                .arg(firstInvalidByte, 2, 16, QLatin1Char('0'))
                .arg(invalidCount)));
    }
}

bool isAdornmentChar(QChar c)
{
    switch (c.unicode()) {
    case '=':
    case '-':
    case '~':
    case '^':
    case '"':
    case '\'':
    case '`':
    case '#':
    case '*':
    case '+':
    case '.':
    case ':':
    case '_':
        return true;
    default:
        return false;
    }
}

QStringView trimmedRight(QStringView s)
{
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    return s.first(n);
}

bool isBlank(QStringView s)
{
    return trimmedRight(s).isEmpty();
}

// The adornment character when the line is one repeated adornment character (no indentation,
// trailing spaces allowed), else a null QChar. *length receives the adornment's length.
QChar adornmentOf(QStringView line, qsizetype *length)
{
    const QStringView s = trimmedRight(line);
    if (s.isEmpty() || !isAdornmentChar(s.at(0)))
        return QChar();
    const QChar c = s.at(0);
    for (const QChar x : s) {
        if (x != c)
            return QChar();
    }
    *length = s.size();
    return c;
}

constexpr qsizetype minimumAdornment = 3;

} // namespace

int RstDocument::lineIndexAt(qsizetype offset) const
{
    const auto it = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), offset);
    return std::max(0, int(it - lineStarts.cbegin()) - 1);
}

QStringView RstDocument::line(int index) const
{
    if (index < 0 || index >= lineStarts.size())
        return {};
    const qsizetype begin = lineStarts.at(index);
    qsizetype end = index + 1 < lineStarts.size() ? lineStarts.at(index + 1) - 1 : text.size();
    if (end > begin && text.at(end - 1) == u'\r')
        --end;
    return QStringView(text).sliced(begin, std::max<qsizetype>(0, end - begin));
}

RstDocument parseRstSections(const QByteArray &bytes, const QString &fileName, Diagnostics &diagnostics)
{
    RstDocument doc;
    qsizetype begin = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        begin = 3;
    checkEncoding(bytes, begin, fileName, diagnostics);
    doc.text = QString::fromUtf8(bytes.constData() + begin, bytes.size() - begin);

    doc.lineStarts.append(0);
    for (qsizetype i = 0; i < doc.text.size(); ++i) {
        if (doc.text.at(i) == u'\n')
            doc.lineStarts.append(i + 1);
    }
    // A final line break does not start another line.
    if (doc.lineStarts.size() > 1 && doc.lineStarts.constLast() == doc.text.size())
        doc.lineStarts.removeLast();

    struct Heading
    {
        int firstLine; // 0-based
        int titleLine;
        int underline;
        QString title;
        QChar adornment;
        int titleColumn;
    };
    QVector<Heading> headings;

    const int n = doc.lineCount();
    auto warn = [&](int line0, int column, Severity severity, const QString &message) {
        diagnostics.append(makeDiagnostic(fileName, line0 + 1, column, severity, message));
    };
    auto checkLength = [&](int underline0, qsizetype adornLength, QStringView title) {
        if (adornLength < title.size()) {
            warn(underline0, int(adornLength) + 1, Severity::Warning,
                 QStringLiteral("title adornment is shorter than the title (%1 < %2 characters); expected "
                                "a line at least as long as \"%3\"")
                     .arg(adornLength)
                     .arg(title.size())
                     .arg(title.toString()));
        }
    };

    for (int i = 0; i < n; ++i) {
        const QStringView current = doc.line(i);
        qsizetype length = 0;
        const QChar c = adornmentOf(current, &length);

        if (!c.isNull()) {
            // An overline: adornment, title, the same adornment.
            qsizetype underLength = 0;
            if (length >= minimumAdornment && i + 2 < n) {
                const QStringView titleLine = doc.line(i + 1);
                qsizetype titleAdornLength = 0;
                const bool titleIsAdornment = !adornmentOf(titleLine, &titleAdornLength).isNull();
                if (!titleIsAdornment && adornmentOf(doc.line(i + 2), &underLength) == c) {
                    const QStringView title = titleLine.trimmed();
                    if (title.isEmpty()) {
                        warn(i + 1, 1, Severity::Error,
                             QStringLiteral("heading with no name: the title line between the two '%1' lines "
                                            "is empty; expected a section title")
                                 .arg(c));
                    } else {
                        checkLength(i + 2, underLength, title);
                        const qsizetype indent = titleLine.size() - titleLine.trimmed().size()
                            - (titleLine.size() - trimmedRight(titleLine).size());
                        headings.append({i, i + 1, i + 2, title.toString(), c, int(indent) + 1});
                    }
                    i += 2;
                    continue;
                }
            }
            if (length >= minimumAdornment) {
                const bool afterBlank = i == 0 || isBlank(doc.line(i - 1));
                warn(i, 1, Severity::Warning,
                     afterBlank ? QStringLiteral("adornment line with no title above it (a transition?); expected "
                                                 "a section title directly above the '%1' line")
                                      .arg(c)
                                : QStringLiteral("adornment line directly after a heading; expected a section title "
                                                 "above the '%1' line")
                                      .arg(c));
            }
            continue;
        }

        if (i + 1 >= n || current.isEmpty())
            continue;
        qsizetype underLength = 0;
        const QChar under = adornmentOf(doc.line(i + 1), &underLength);
        if (under.isNull())
            continue;
        const QStringView title = current.trimmed();
        if (title.isEmpty()) {
            warn(i, 1, Severity::Error,
                 QStringLiteral("heading with no name: the line above the '%1' adornment holds only spaces; "
                                "expected a section title")
                     .arg(under));
            ++i;
            continue;
        }
        if (underLength < minimumAdornment && underLength < title.size())
            continue; // "::" or ".." under ordinary text: not a heading
        checkLength(i + 1, underLength, title);
        const int indent = int(current.size() - current.trimmed().size() - (current.size() - trimmedRight(current).size()));
        if (indent > 0) {
            warn(i, 1, Severity::Warning,
                 QStringLiteral("section title \"%1\" is indented; expected it to start in column 1")
                     .arg(title.toString()));
        }
        headings.append({i, i, i + 1, title.toString(), under, indent + 1});
        ++i;
    }

    doc.sections.reserve(headings.size());
    for (qsizetype h = 0; h < headings.size(); ++h) {
        const Heading &heading = headings.at(h);
        const int bodyFirst = heading.underline + 1;         // 0-based, may be n
        const int bodyLast = h + 1 < headings.size() ? headings.at(h + 1).firstLine - 1 : n - 1;
        RstSection section;
        section.title = heading.title;
        section.adornment = heading.adornment;
        section.firstLine = heading.firstLine + 1;
        section.titleLine = heading.titleLine + 1;
        section.titleColumn = heading.titleColumn;
        int last = bodyLast;
        while (last >= bodyFirst && isBlank(doc.line(last)))
            --last;
        section.lastLine = std::max(last, heading.underline) + 1;
        section.bodyBegin = bodyFirst < n ? doc.lineStarts.at(bodyFirst) : doc.text.size();
        section.bodyEnd = bodyLast + 1 < n ? doc.lineStarts.at(bodyLast + 1) : doc.text.size();
        if (section.bodyEnd < section.bodyBegin)
            section.bodyEnd = section.bodyBegin;
        doc.sections.append(section);
    }
    return doc;
}

} // namespace Seedline

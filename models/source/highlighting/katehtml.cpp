// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "katehtml.h"

#include <QHash>

namespace Seedline {

TextStyle parseKateStyle(QStringView css)
{
    TextStyle style;
    for (QStringView declaration : css.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView property = declaration.left(colon).trimmed();
        const QStringView value = declaration.mid(colon + 1).trimmed();
        if (property == u"color")
            style.foreground = QColor(value);
        else if (property == u"background-color")
            style.background = QColor(value);
        else if (property == u"font-weight")
            style.bold = value == u"bold";
        else if (property == u"font-style")
            style.italic = value == u"italic";
        else if (property == u"text-decoration") {
            style.underline = style.underline || value.contains(u"underline");
            style.strikeOut = style.strikeOut || value.contains(u"line-through");
        }
    }
    return style;
}

namespace {

// "&lt;" -> '<'; returns the characters consumed (0: not an entity, take '&' literally).
qsizetype decodeEntity(QStringView at, QString *out)
{
    const qsizetype semicolon = at.left(12).indexOf(u';');
    if (semicolon < 2)
        return 0;
    const QStringView name = at.mid(1, semicolon - 1);
    if (name == u"lt")
        *out += u'<';
    else if (name == u"gt")
        *out += u'>';
    else if (name == u"amp")
        *out += u'&';
    else if (name == u"quot")
        *out += u'"';
    else if (name == u"apos")
        *out += u'\'';
    else if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.startsWith(u"#x") || name.startsWith(u"#X") ? name.mid(2).toUInt(&ok, 16)
                                                                          : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return 0;
        const char32_t c = code;
        *out += QString::fromUcs4(&c, 1);
    } else {
        return 0;
    }
    return semicolon + 1;
}

} // namespace

ParsedHighlight parseKateHtml(const QByteArray &html)
{
    ParsedHighlight result;
    const QString text = QString::fromUtf8(html);
    qsizetype begin = text.indexOf(QLatin1String("<pre>"));
    const qsizetype end = text.lastIndexOf(QLatin1String("</pre>"));
    if (begin < 0 || end < begin) {
        result.error = QStringLiteral("the highlighter's output has no <pre> block");
        return result;
    }
    begin += 5;
    if (begin < end && text.at(begin) == u'\n')
        ++begin;

    QHash<QString, int> styleIndex;
    QVector<int> open; // the style of each open <span>, -1 for an unstyled one
    QString line;
    LineHighlight current;
    auto styleOf = [&](const QString &css) {
        auto it = styleIndex.constFind(css);
        if (it != styleIndex.cend())
            return *it;
        const TextStyle style = parseKateStyle(css);
        if (style.isPlain())
            return int(styleIndex.insert(css, -1).value());
        result.styles << style;
        return int(styleIndex.insert(css, int(result.styles.size()) - 1).value());
    };
    auto appendText = [&](const QString &piece) {
        if (piece.isEmpty())
            return;
        const int style = open.isEmpty() ? -1 : open.last();
        const int start = int(line.size());
        line += piece;
        if (style < 0)
            return;
        if (!current.spans.isEmpty()) {
            StyledSpan &last = current.spans.last();
            if (last.style == style && last.start + last.length == start) {
                last.length += int(piece.size());
                return;
            }
        }
        current.spans.append({start, int(piece.size()), style});
    };
    auto endLine = [&] {
        current.textHash = lineHash(line);
        result.lines << std::move(current);
        current = {};
        line.clear();
    };

    QString piece;
    for (qsizetype i = begin; i < end;) {
        const QChar c = text.at(i);
        if (c == u'<') {
            const qsizetype close = text.indexOf(u'>', i);
            if (close < 0 || close > end) {
                piece += c;
                ++i;
                continue;
            }
            appendText(std::exchange(piece, {}));
            const QStringView tag = QStringView(text).mid(i + 1, close - i - 1);
            if (tag.startsWith(QLatin1String("span"))) {
                const qsizetype quote = tag.indexOf(u'"');
                const qsizetype endQuote = quote < 0 ? -1 : tag.indexOf(u'"', quote + 1);
                open << (endQuote > quote ? styleOf(tag.mid(quote + 1, endQuote - quote - 1).toString()) : -1);
            } else if (tag == QLatin1String("/span")) {
                if (!open.isEmpty())
                    open.removeLast();
            }
            i = close + 1;
        } else if (c == u'&') {
            const qsizetype used = decodeEntity(QStringView(text).mid(i, end - i), &piece);
            if (used == 0) {
                piece += c;
                ++i;
            } else {
                i += used;
            }
        } else if (c == u'\n') {
            appendText(std::exchange(piece, {}));
            endLine();
            ++i;
        } else {
            piece += c;
            ++i;
        }
    }
    appendText(piece);
    if (!line.isEmpty() || !current.spans.isEmpty())
        endLine();
    return result;
}

} // namespace Seedline

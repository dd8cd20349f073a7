// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dottext.h"

#include "core/step.h"

#include <QRegularExpression>

#include <algorithm>

namespace Seedline::DotText {

DecodedInput decodeInput(const QByteArray &bytes)
{
    DecodedInput out;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    static const QRegularExpression charset(
        QStringLiteral("charset\\s*=\\s*\"?\\s*(latin-?1|iso-?8859-?1|l1)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Only look at the start of the file for the declaration: it is a graph attribute.
    out.declaredLatin1 = charset.match(QString::fromLatin1(data.left(64 * 1024))).hasMatch();
    if (out.declaredLatin1 || !data.isValidUtf8()) {
        out.utf8 = QString::fromLatin1(data).toUtf8();
        out.convertedFromLatin1 = true;
    } else {
        out.utf8 = data;
    }
    return out;
}

namespace {
QString collapse(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    text.replace(spaces, QStringLiteral(" "));
    QStringList lines = text.split(u'\n');
    for (QString &l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QString stripHtml(const QString &html)
{
    static const QRegularExpression br(QStringLiteral("<\\s*br\\s*/?\\s*>|</\\s*(tr|td)\\s*>"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(br, QStringLiteral("\n"));
    text.remove(tag);
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return collapse(text);
}

QString stripRecord(const QString &record, const QString &nodeName)
{
    QString out;
    bool inPort = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record[i];
        if (c == u'\\' && i + 1 < record.size()) {
            const QChar n = record[++i];
            if (n == u'N')
                out += nodeName;
            else if (n == u'n' || n == u'l' || n == u'r')
                out += u'\n';
            else
                out += n;
            continue;
        }
        if (inPort) {
            if (c == u'>')
                inPort = false;
            continue;
        }
        if (c == u'<')
            inPort = true;
        else if (c == u'|')
            out += u'\n';
        else if (c != u'{' && c != u'}')
            out += c;
    }
    return collapse(out);
}

QString unescape(const QString &label, const QString &nodeName)
{
    QString out;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label[i];
        if (c == u'\\' && i + 1 < label.size()) {
            const QChar n = label[++i];
            if (n == u'N')
                out += nodeName;
            else if (n == u'n' || n == u'l' || n == u'r')
                out += u'\n';
            else if (n == u'G' || n == u'E' || n == u'H' || n == u'T')
                out += u'\\', out += n;
            else
                out += n;
            continue;
        }
        out += c;
    }
    return collapse(out);
}
} // namespace

QString plainLabel(const QString &rawLabel, const QString &nodeName, bool html, bool record)
{
    if (rawLabel.isEmpty() || rawLabel == QLatin1String("\\N"))
        return nodeName;
    if (html)
        return stripHtml(rawLabel);
    if (record)
        return stripRecord(rawLabel, nodeName);
    return unescape(rawLabel, nodeName);
}

bool looksLikeStoreName(QStringView name)
{
    // A Nix or Guix store hash: 32 characters of nix-base32 (0-9 and a-z without e, o, t, u),
    // a dash, then at least one character. Checked by hand: it runs once for every DOT node.
    if (name.size() < 34 || name.at(32) != u'-' || name.at(33) == u'\n')
        return false;
    for (qsizetype i = 0; i < 32; ++i) {
        const char16_t c = name.at(i).unicode();
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = c >= u'a' && c <= u'z' && c != u'e' && c != u'o' && c != u't' && c != u'u';
        if (!digit && !letter)
            return false;
    }
    return true;
}

QString stripStorePrefix(const QString &name)
{
    QStringView n = name;
    for (const QLatin1StringView dir : {QLatin1StringView("/gnu/store/"), QLatin1StringView("/nix/store/")}) {
        if (n.startsWith(dir)) {
            n = n.mid(dir.size());
            break;
        }
    }
    if (looksLikeStoreName(n))
        n = n.mid(33);
    return n.size() == name.size() ? name : n.toString();
}

std::pair<QString, QString> splitNameVersion(const QString &name)
{
    // "name@1.2" and "name 1.2"; the regular expressions only run when their separator is there.
    static const QRegularExpression at(QStringLiteral("^(.+?)@v?(\\d.*)$"));
    static const QRegularExpression space(QStringLiteral("^(\\S+)\\s+v?(\\d\\S*)$"));
    if (name.contains(u'@')) {
        if (const auto m = at.match(name); m.hasMatch())
            return {m.captured(1), m.captured(2)};
    }
    const bool hasSpace = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isSpace(); });
    if (hasSpace) {
        if (const auto m = space.match(name); m.hasMatch())
            return {m.captured(1), m.captured(2)};
    }
    return splitPackageVersion(name);
}

QByteArray quoteId(const QString &id)
{
    static const QRegularExpression bare(QStringLiteral("^([A-Za-z_][A-Za-z_0-9]*|-?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?))$"));
    static const QStringList keywords = {QStringLiteral("node"), QStringLiteral("edge"), QStringLiteral("graph"),
                                         QStringLiteral("digraph"), QStringLiteral("subgraph"),
                                         QStringLiteral("strict")};
    if (bare.match(id).hasMatch() && !keywords.contains(id.toLower()))
        return id.toUtf8();
    return quoteValue(id, false);
}

QByteArray quoteValue(const QString &value, bool html)
{
    if (html)
        return '<' + value.toUtf8() + '>';
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '"') {
            out += "\\\"";
        } else if (c == '\\') {
            // Keep Graphviz escapes (\N, \n, \l, \r, \G...) as they are: they are part of the
            // attribute's value in DOT. A trailing backslash would escape the closing quote.
            if (i + 1 < utf8.size())
                out += c;
            else
                out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            // dropped: "\r\n" line breaks become "\n"
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

} // namespace Seedline::DotText

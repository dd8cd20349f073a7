// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellwords.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Seedline::ShellWords {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromLatin1(w);
    return out;
}

const QHash<QString, Wrapper> &wrappers()
{
    // Options that take a separate value, from the tools' manuals (GNU coreutils, findutils, sudo,
    // bash builtins). Flags need no entry: any other word starting with '-' is skipped.
    static const QHash<QString, Wrapper> table = {
        {QStringLiteral("env"), {words({"-u", "--unset", "-C", "--chdir", "-S", "--split-string"}), {}, 0}},
        {QStringLiteral("nice"), {words({"-n", "--adjustment"}), {}, 0}},
        {QStringLiteral("timeout"), {words({"-s", "--signal", "-k", "--kill-after"}), {}, 1}},
        {QStringLiteral("nohup"), {}},
        {QStringLiteral("setsid"), {}},
        {QStringLiteral("stdbuf"), {words({"-i", "--input", "-o", "--output", "-e", "--error"}), {}, 0}},
        {QStringLiteral("chroot"), {words({"--userspec", "--groups"}), {}, 1}},
        {QStringLiteral("exec"), {words({"-a"}), {}, 0}},
        {QStringLiteral("command"), {{}, words({"-v", "-V"}), 0}},
        {QStringLiteral("time"), {words({"-f", "--format", "-o", "--output"}), {}, 0}},
        {QStringLiteral("sudo"), {words({"-u", "--user", "-g", "--group", "-C", "--close-from", "-D", "--chdir", "-h",
                                        "--host", "-p", "--prompt", "-r", "--role", "-t", "--type", "-T",
                                        "--command-timeout", "-U", "--other-user"}),
                                  {},
                                  0}},
        {QStringLiteral("xargs"), {words({"-a", "--arg-file", "-d", "--delimiter", "-E", "-I", "-L", "-n", "--max-args",
                                         "-P", "--max-procs", "-s", "--max-chars", "--process-slot-var"}),
                                   {},
                                   0}},
    };
    return table;
}

} // namespace

const Wrapper *wrapper(const QString &command)
{
    const QString name = command.mid(command.lastIndexOf(u'/') + 1);
    const auto &table = wrappers();
    const auto it = table.find(name);
    return it == table.end() ? nullptr : &*it;
}

bool takesValue(const Wrapper &w, QStringView option)
{
    for (const QString &o : w.optionsWithValue) {
        if (option == o)
            return true;
    }
    return false;
}

bool isToolVariable(QStringView name)
{
    static const QRegularExpression re(QStringLiteral(
        "^(AUTOCONF|AUTOHEADER|AUTOM4TE|AUTOMAKE|ACLOCAL|AUTORECONF|AUTOPOINT|AUTOGEN|LIBTOOLIZE|LIBTOOL|M4|"
        "PERL[0-9.]*|PYTHON[0-9.]*|HOSTPYTHON|BISON|YACC|LEX|FLEX|GPERF|MAKEINFO|TEXI2ANY|HELP2MAN|MSGFMT|MSGMERGE|"
        "XGETTEXT|PKG_CONFIG|GUILE|AWK|GAWK)(_FOR_BUILD)?$"));
    return re.match(name).hasMatch();
}

bool isAssignment(QStringView word, qsizetype *nameEnd)
{
    const qsizetype eq = word.indexOf(u'=');
    if (eq <= 0)
        return false;
    const qsizetype end = word[eq - 1] == u'+' ? eq - 1 : eq;
    if (end == 0)
        return false;
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = word[i];
        const bool ok = c == u'_' || (c.isLetterOrNumber() && c.unicode() < 128 && !(i == 0 && c.isDigit()));
        if (!ok)
            return false;
    }
    if (nameEnd)
        *nameEnd = end;
    return true;
}

QString commandOfValue(QStringView value)
{
    value = value.trimmed();
    qsizetype end = 0;
    while (end < value.size() && !value[end].isSpace())
        ++end;
    QStringView first = value.left(end);
    const qsizetype slash = first.lastIndexOf(u'/');
    // A directory may be a variable (${PREFIX}/bin/perl); the command itself may not.
    const QStringView name = slash >= 0 ? first.mid(slash + 1) : first;
    if (name.isEmpty() || name.contains(u'$') || name.contains(u'`') || name.contains(u'(') || name.contains(u'"')
        || name.contains(u'\''))
        return {};
    return name.toString();
}

QString variableReference(QStringView word)
{
    static const QRegularExpression re(QStringLiteral("^\\$(?:([A-Za-z_][A-Za-z0-9_]*)|\\{([A-Za-z_][A-Za-z0-9_]*)\\})$"));
    const QRegularExpressionMatch m = re.match(word);
    if (!m.hasMatch())
        return {};
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

bool isWordBreak(QChar c)
{
    switch (c.unicode()) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case ';':
    case '&':
    case '|':
    case '(':
    case ')':
    case '<':
    case '>':
    case '`':
    case '"':
    case '\'':
        return true;
    default:
        return false;
    }
}

qsizetype skipBalanced(const QString &text, qsizetype from, QChar open, QChar close)
{
    qsizetype pos = from;
    int depth = 0;
    while (pos < text.size()) {
        const QChar c = text[pos++];
        if (c == u'\\') {
            ++pos;
        } else if (c == open) {
            ++depth;
        } else if (c == close && --depth <= 0) {
            return std::min(pos, text.size());
        }
    }
    return text.size();
}

HeredocOperator readHeredoc(const QString &text, qsizetype at)
{
    auto charAt = [&text](qsizetype i) { return i < text.size() ? text[i] : QChar(); };
    HeredocOperator op;
    qsizetype pos = at + 2; // "<<"
    if (charAt(pos) == u'-') {
        op.stripTabs = true;
        ++pos;
    }
    while (charAt(pos) == u' ' || charAt(pos) == u'\t')
        ++pos;
    while (pos < text.size() && !charAt(pos).isSpace() && charAt(pos) != u';' && charAt(pos) != u'&'
           && charAt(pos) != u'|' && charAt(pos) != u')' && charAt(pos) != u'<' && charAt(pos) != u'>') {
        const QChar c = charAt(pos);
        if (c == u'\'' || c == u'"') {
            const qsizetype close = text.indexOf(c, pos + 1);
            const qsizetype end = close < 0 ? text.size() : close;
            op.delimiter += text.mid(pos + 1, end - pos - 1);
            pos = end + 1;
        } else if (c == u'\\') {
            op.delimiter += charAt(pos + 1);
            pos += 2;
        } else {
            op.delimiter += c;
            ++pos;
        }
    }
    op.end = std::min(pos, text.size());
    return op;
}

bool readLiteralWord(const QString &text, qsizetype from, qsizetype *end, QString *word)
{
    qsizetype i = from;
    QString out;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            if (close < 0)
                return false;
            out += QStringView(text).mid(i + 1, close - i - 1);
            i = close + 1;
        } else if (c == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0)
                return false;
            const QStringView inside = QStringView(text).mid(i + 1, close - i - 1);
            const bool literal = !inside.contains(u'$') && !inside.contains(u'`') && !inside.contains(u'\\');
            if (!literal && variableReference(inside).isEmpty())
                return false;
            out += inside;
            i = close + 1;
        } else if (isWordBreak(c)) {
            break;
        } else if (c == u'$' || c == u'\\') {
            return false;
        } else {
            out += c;
            ++i;
        }
    }
    if (out.isEmpty() || out.contains(u'\n'))
        return false;
    *end = i;
    *word = out;
    return true;
}

} // namespace Seedline::ShellWords

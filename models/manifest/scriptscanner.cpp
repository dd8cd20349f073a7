// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptscanner.h"

#include <QRegularExpression>

#include <algorithm>

namespace Seedline {

namespace {

bool isAssignment(QStringView word)
{
    const qsizetype eq = word.indexOf(u'=');
    if (eq <= 0)
        return false;
    for (qsizetype i = 0; i < eq; ++i) {
        const QChar c = word[i];
        const bool ok = c == u'_' || (c.isLetterOrNumber() && c.unicode() < 128 && !(i == 0 && c.isDigit()));
        if (!ok)
            return false;
    }
    return true;
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

class Scanner
{
public:
    Scanner(const QString &text, const std::function<bool(const QString &)> &isTool) : m_text(text), m_isTool(isTool)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\n')
                m_lineStarts.append(i + 1);
        }
    }

    QVector<ToolInvocation> run()
    {
        m_contexts.append({Context::Top, false});
        const qsizetype n = m_text.size();
        while (m_pos < n)
            step();
        return m_out;
    }

private:
    struct Context
    {
        enum Type { Top, Subst, Subshell, Backtick, DQuote };
        Type type;
        bool cmdPosAfter; // command position once this context closes
    };

    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }

    void record(qsizetype start, const QString &word)
    {
        QString name = word;
        const qsizetype slash = name.lastIndexOf(u'/');
        if (slash >= 0)
            name = name.mid(slash + 1);
        if (name.isEmpty() || !m_isTool(name))
            return;
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), start);
        const int lineIndex = int(it - m_lineStarts.begin()) - 1;
        const qsizetype lineStart = m_lineStarts[lineIndex];
        qsizetype lineEnd = m_text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = m_text.size();
        m_out.append({name, lineIndex + 1, int(start - lineStart) + 1,
                      m_text.mid(lineStart, lineEnd - lineStart).trimmed()});
    }

    // At a line break outside quotes: skip pending heredoc bodies.
    void newline()
    {
        ++m_pos; // the '\n'
        for (const auto &[delimiter, stripTabs] : std::as_const(m_heredocs)) {
            while (m_pos < m_text.size()) {
                qsizetype end = m_text.indexOf(u'\n', m_pos);
                if (end < 0)
                    end = m_text.size();
                QStringView line = QStringView(m_text).mid(m_pos, end - m_pos);
                if (line.endsWith(u'\r'))
                    line.chop(1);
                if (stripTabs) {
                    while (line.startsWith(u'\t'))
                        line = line.mid(1);
                }
                m_pos = std::min(end + 1, m_text.size());
                if (line == delimiter)
                    break;
            }
        }
        m_heredocs.clear();
        m_cmdPos = true;
        m_prefix = false;
        m_redirect = false;
    }

    void readHeredocOperator()
    {
        m_pos += 2; // "<<"
        bool strip = false;
        if (at(m_pos) == u'-') {
            strip = true;
            ++m_pos;
        }
        while (at(m_pos) == u' ' || at(m_pos) == u'\t')
            ++m_pos;
        QString delimiter;
        while (m_pos < m_text.size() && !at(m_pos).isSpace() && at(m_pos) != u';' && at(m_pos) != u'&'
               && at(m_pos) != u'|' && at(m_pos) != u')' && at(m_pos) != u'<' && at(m_pos) != u'>') {
            const QChar c = at(m_pos);
            if (c == u'\'' || c == u'"') {
                const qsizetype close = m_text.indexOf(c, m_pos + 1);
                const qsizetype end = close < 0 ? m_text.size() : close;
                delimiter += m_text.mid(m_pos + 1, end - m_pos - 1);
                m_pos = end + 1;
            } else if (c == u'\\') {
                delimiter += at(m_pos + 1);
                m_pos += 2;
            } else {
                delimiter += c;
                ++m_pos;
            }
        }
        if (!delimiter.isEmpty())
            m_heredocs.append({delimiter, strip});
    }

    void skipBalanced(QChar open, QChar close)
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == u'\\') {
                ++m_pos;
            } else if (c == open) {
                ++depth;
            } else if (c == close && --depth <= 0) {
                return;
            }
        }
    }

    void stepInDoubleQuotes()
    {
        const QChar c = m_text[m_pos];
        if (c == u'\\') {
            m_pos += 2;
        } else if (c == u'"') {
            m_cmdPos = m_contexts.takeLast().cmdPosAfter;
            ++m_pos;
        } else if (c == u'$' && at(m_pos + 1) == u'(' && at(m_pos + 2) != u'(') {
            m_contexts.append({Context::Subst, false});
            m_pos += 2;
            m_cmdPos = true;
        } else if (c == u'`') {
            m_contexts.append({Context::Backtick, false});
            ++m_pos;
            m_cmdPos = true;
        } else {
            ++m_pos;
        }
    }

    void step()
    {
        const Context::Type top = m_contexts.back().type;
        if (top == Context::DQuote) {
            stepInDoubleQuotes();
            return;
        }
        const QChar c = m_text[m_pos];
        const QChar next = at(m_pos + 1);
        switch (c.unicode()) {
        case '\n':
            newline();
            return;
        case ' ':
        case '\t':
        case '\r':
            ++m_pos;
            return;
        case '#':
            while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
                ++m_pos;
            return;
        case '\'': {
            const qsizetype close = m_text.indexOf(u'\'', m_pos + 1);
            m_pos = close < 0 ? m_text.size() : close + 1;
            m_cmdPos = m_glued;
            m_glued = false;
            return;
        }
        case '"':
            m_contexts.append({Context::DQuote, m_glued});
            m_glued = false;
            m_cmdPos = false;
            ++m_pos;
            return;
        case '`':
            if (top == Context::Backtick) {
                m_cmdPos = m_contexts.takeLast().cmdPosAfter;
            } else {
                m_contexts.append({Context::Backtick, m_glued});
                m_glued = false;
                m_cmdPos = true;
            }
            ++m_pos;
            return;
        case '(':
            m_contexts.append({Context::Subshell, false});
            m_cmdPos = true;
            ++m_pos;
            return;
        case ')':
            if (top == Context::Subst || top == Context::Subshell)
                m_cmdPos = m_contexts.takeLast().cmdPosAfter;
            else
                m_cmdPos = true; // the end of a case pattern
            ++m_pos;
            return;
        case ';':
        case '&':
        case '|':
            while (at(m_pos) == u';' || at(m_pos) == u'&' || at(m_pos) == u'|')
                ++m_pos;
            m_cmdPos = true;
            m_prefix = false;
            return;
        case '<':
        case '>':
            if (c == u'<' && next == u'<' && at(m_pos + 2) != u'<') {
                readHeredocOperator();
                return;
            }
            while (at(m_pos) == u'<' || at(m_pos) == u'>' || at(m_pos) == u'&')
                ++m_pos;
            m_redirect = true;
            return;
        case '\\':
            if (next == u'\n') { // a line continuation keeps the command going
                m_pos += 2;
                return;
            }
            break;
        case '$':
            if (next == u'(' && at(m_pos + 2) != u'(') {
                m_contexts.append({Context::Subst, m_glued});
                m_glued = false;
                m_pos += 2;
                m_cmdPos = true;
                return;
            }
            break;
        default:
            break;
        }
        readWord();
    }

    void readWord()
    {
        const qsizetype start = m_pos;
        QString word;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (isWordBreak(c))
                break;
            if (c == u'\\') {
                word += at(m_pos + 1);
                m_pos += 2;
                continue;
            }
            if (c == u'$' && at(m_pos + 1) == u'(' && at(m_pos + 2) == u'(') {
                const qsizetype from = m_pos;
                ++m_pos;
                skipBalanced(u'(', u')');
                word += m_text.mid(from, m_pos - from);
                continue;
            }
            if (c == u'$' && at(m_pos + 1) == u'(')
                break;
            if (c == u'$' && at(m_pos + 1) == u'{') {
                const qsizetype from = m_pos;
                ++m_pos;
                skipBalanced(u'{', u'}');
                word += m_text.mid(from, m_pos - from);
                continue;
            }
            word += c;
            ++m_pos;
        }
        if (m_pos == start) { // a lone character no rule took: move on
            ++m_pos;
            return;
        }
        const QChar after = at(m_pos);
        const bool gluedToQuote = after == u'"' || after == u'\'' || after == u'`' || after == u'$';
        if (m_redirect) {
            m_redirect = false;
            return;
        }
        if (!m_cmdPos)
            return;
        if (isAssignment(word)) {
            m_glued = gluedToQuote; // VAR="..." keeps the command position after the quote
            return;
        }
        static const QStringList keywords = {QStringLiteral("if"),   QStringLiteral("then"),  QStringLiteral("else"),
                                             QStringLiteral("elif"), QStringLiteral("do"),    QStringLiteral("while"),
                                             QStringLiteral("until"), QStringLiteral("!"),    QStringLiteral("{"),
                                             QStringLiteral("}"),     QStringLiteral("fi"),   QStringLiteral("done"),
                                             QStringLiteral("esac")};
        static const QStringList prefixes = {QStringLiteral("sudo"),  QStringLiteral("env"),  QStringLiteral("exec"),
                                             QStringLiteral("time"),  QStringLiteral("command"), QStringLiteral("nohup"),
                                             QStringLiteral("nice")};
        if (keywords.contains(word))
            return;
        if (prefixes.contains(word)) {
            m_prefix = true;
            m_lookup = word == QLatin1String("command");
            return;
        }
        if (m_prefix && m_lookup && (word == QLatin1String("-v") || word == QLatin1String("-V"))) {
            m_prefix = false; // "command -v X" looks X up, it does not run it
            m_cmdPos = false;
            return;
        }
        if (m_prefix && word.startsWith(u'-'))
            return; // an option of the prefix: env -i, nice -n (its value is taken as the command; rare)
        m_prefix = false;
        m_cmdPos = false;
        if (word == QLatin1String("case") || word == QLatin1String("for") || word == QLatin1String("select"))
            return;
        // "python3)" in a case statement is a pattern, not a command.
        if (after == u')' && m_contexts.back().type == Context::Top)
            return;
        record(start, word);
    }

    const QString &m_text;
    const std::function<bool(const QString &)> &m_isTool;
    QVector<qsizetype> m_lineStarts;
    QVector<Context> m_contexts;
    QVector<std::pair<QString, bool>> m_heredocs;
    QVector<ToolInvocation> m_out;
    qsizetype m_pos = 0;
    bool m_cmdPos = true;
    bool m_prefix = false;
    bool m_lookup = false;
    bool m_redirect = false;
    bool m_glued = false;
};

} // namespace

QVector<ToolInvocation> findToolInvocations(const QString &script, const std::function<bool(const QString &)> &isTool)
{
    Scanner scanner(script, isTool);
    return scanner.run();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptscanner.h"

#include "shellwords.h"

#include <QHash>

#include <algorithm>

namespace Seedline {

using namespace ShellWords;

namespace {

QString baseName(const QString &word)
{
    return word.mid(word.lastIndexOf(u'/') + 1);
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
        endCommand();
        // Exported variables are recorded where they were assigned: keep the script's order.
        std::stable_sort(m_out.begin(), m_out.end(), [](const ToolInvocation &a, const ToolInvocation &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        m_out.erase(std::unique(m_out.begin(), m_out.end(),
                                [](const ToolInvocation &a, const ToolInvocation &b) {
                                    return a.tool == b.tool && a.line == b.line && a.column == b.column;
                                }),
                    m_out.end());
        return m_out;
    }

private:
    struct Context
    {
        enum Type { Top, Subst, Subshell, Backtick, DQuote, Array };
        Type type;
        bool cmdPosAfter; // command position once this context closes
    };

    // A variable assigned a tool ("AUTOMAKE=automake-1.15"), and where the tool is named.
    struct Assignment
    {
        QString name;
        QString tool;
        qsizetype at = 0;
    };

    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }
    Context::Type top() const { return m_contexts.back().type; }

    void record(qsizetype start, const QString &word)
    {
        const QString name = baseName(word);
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

    // The end of a simple command (a separator, a line break, a closing parenthesis): assignments
    // without a command are shell variables; the command's state starts afresh.
    void endCommand()
    {
        if (!m_sawCommand) {
            for (const Assignment &a : std::as_const(m_pending))
                m_variables.insert(a.name, a);
        }
        m_pending.clear();
        m_sawCommand = false;
        m_wrapper = nullptr;
        m_wrapperValue = false;
        m_wrapperPositionals = 0;
        m_exportArgs = false;
        m_declareArgs = false;
        m_find = false;
        m_redirect = false;
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
        if (top() == Context::Array)
            return; // the elements of an array may span lines
        endCommand();
        m_cmdPos = true;
    }

    void readHeredocOperator()
    {
        const HeredocOperator op = readHeredoc(m_text, m_pos);
        m_pos = op.end;
        if (!op.delimiter.isEmpty())
            m_heredocs.append({op.delimiter, op.stripTabs});
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

    // The words of a wrapper before its command (options, their values, positionals) are consumed
    // whether they are quoted or not.
    bool wrapperWantsAWord() const { return m_wrapper && m_cmdPos && (m_wrapperValue || m_wrapperPositionals > 0); }

    void quote(QChar c)
    {
        const qsizetype start = m_pos;
        if (m_cmdPos && !m_glued && !m_redirect) {
            qsizetype end = 0;
            QString word;
            if (readLiteralWord(m_text, start, &end, &word)) {
                m_pos = end;
                handleWord(start, word, at(end), true);
                return;
            }
            if (wrapperWantsAWord()) {
                handleWord(start, QStringLiteral("\"...\""), QChar(), true); // consumed; the command follows
                m_glued = true;
            }
        }
        if (c == u'\'') {
            const qsizetype close = m_text.indexOf(u'\'', m_pos + 1);
            m_pos = close < 0 ? m_text.size() : close + 1;
            m_cmdPos = m_glued;
            m_glued = false;
            return;
        }
        m_contexts.append({Context::DQuote, m_glued});
        m_glued = false;
        m_cmdPos = false;
        ++m_pos;
    }

    void step()
    {
        if (top() == Context::DQuote) {
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
        case '\'':
        case '"':
            quote(c);
            return;
        case '`':
            if (top() == Context::Backtick) {
                endCommand();
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
            if (top() == Context::Subst || top() == Context::Subshell) {
                endCommand();
                m_cmdPos = m_contexts.takeLast().cmdPosAfter;
            } else if (top() == Context::Array) {
                m_cmdPos = m_contexts.takeLast().cmdPosAfter;
            } else {
                m_cmdPos = true; // the end of a case pattern
            }
            ++m_pos;
            return;
        case ';':
        case '&':
        case '|':
            while (at(m_pos) == u';' || at(m_pos) == u'&' || at(m_pos) == u'|')
                ++m_pos;
            endCommand();
            m_cmdPos = true;
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
                m_pos = skipBalanced(m_text, m_pos, u'(', u')');
                word += m_text.mid(from, m_pos - from);
                continue;
            }
            if (c == u'$' && at(m_pos + 1) == u'(')
                break;
            if (c == u'$' && at(m_pos + 1) == u'{') {
                const qsizetype from = m_pos;
                ++m_pos;
                m_pos = skipBalanced(m_text, m_pos, u'{', u'}');
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
        handleWord(start, word, at(m_pos), false);
    }

    // The tool an assignment word names, looking into a quoted value that follows "NAME=".
    QString assignedTool(const QString &word, qsizetype start, qsizetype valueOffset, QChar after,
                         qsizetype *toolAt) const
    {
        const QStringView value = QStringView(word).mid(valueOffset);
        *toolAt = start + valueOffset;
        if (!value.isEmpty())
            return commandOfValue(value);
        if (after != u'"' && after != u'\'')
            return {};
        const qsizetype open = start + word.size();
        const qsizetype close = m_text.indexOf(after, open + 1);
        if (close < 0)
            return {};
        const QStringView inside = QStringView(m_text).mid(open + 1, close - open - 1);
        qsizetype skip = 0;
        while (skip < inside.size() && inside[skip].isSpace())
            ++skip;
        *toolAt = open + 1 + skip;
        return commandOfValue(inside);
    }

    void handleAssignment(qsizetype start, const QString &word, qsizetype nameEnd, QChar after, bool exported)
    {
        const qsizetype eq = word.indexOf(u'=');
        qsizetype toolAt = 0;
        const QString tool = assignedTool(word, start, eq + 1, after, &toolAt);
        if (tool.isEmpty() || !m_isTool(tool))
            return;
        const Assignment a{word.left(nameEnd), tool, toolAt};
        if (exported) { // export NAME=tool, declare -x NAME=tool: the tool runs wherever the build needs it
            m_variables.insert(a.name, a);
            if (isToolVariable(a.name))
                record(a.at, a.tool);
            return;
        }
        m_pending.append(a); // a prefix of the command that follows, or a shell variable
    }

    // Arguments of export, declare, typeset, local, readonly.
    void handleDeclarationArgument(qsizetype start, const QString &word, QChar after)
    {
        if (word.startsWith(u'-')) {
            if (m_declareArgs && word.size() > 1 && word.mid(1).contains(u'x'))
                m_exportArgs = true;
            if (!m_declareArgs && word == QLatin1String("-n"))
                m_exportArgs = false; // export -n removes the export
            return;
        }
        qsizetype nameEnd = 0;
        if (isAssignment(word, &nameEnd)) {
            if (m_exportArgs) {
                handleAssignment(start, word, nameEnd, after, true);
            } else {
                handleAssignment(start, word, nameEnd, after, false);
                for (const Assignment &a : std::as_const(m_pending))
                    m_variables.insert(a.name, a);
                m_pending.clear();
            }
            return;
        }
        // export NAME: a tool assigned earlier is now seen by the build.
        const auto it = m_variables.constFind(word);
        if (m_exportArgs && it != m_variables.constEnd() && isToolVariable(word))
            record(it->at, it->tool);
    }

    void handleWord(qsizetype start, const QString &word, QChar after, bool quoted)
    {
        const bool gluedToQuote = after == u'"' || after == u'\'' || after == u'`' || after == u'$';
        qsizetype nameEnd = 0;
        const bool assignment = !quoted && isAssignment(word, &nameEnd);
        // NAME=(a b c) is an array: its elements are words, not commands, wherever it stands
        // (also after declare -a, local -a).
        if (assignment && word.endsWith(u'=') && after == u'(' && !m_redirect) {
            m_contexts.append({Context::Array, m_cmdPos});
            m_cmdPos = false;
            ++m_pos;
            return;
        }
        if (m_redirect) {
            m_redirect = false;
            return;
        }
        if (!m_cmdPos) {
            if (top() == Context::Array)
                return;
            if (m_exportArgs || m_declareArgs)
                handleDeclarationArgument(start, word, after);
            else if (m_find && (word == QLatin1String("-exec") || word == QLatin1String("-execdir")
                                || word == QLatin1String("-ok") || word == QLatin1String("-okdir")))
                m_cmdPos = true; // find ... -exec COMMAND ... ;
            return;
        }
        if (assignment) {
            handleAssignment(start, word, nameEnd, after, false);
            m_glued = gluedToQuote; // NAME="..." keeps the command position after the quote
            return;
        }
        if (m_wrapper) {
            if (m_wrapperValue) {
                m_wrapperValue = false;
                return;
            }
            if (word.startsWith(u'-')) {
                if (m_wrapper->lookupOptions.contains(word)) { // command -v NAME looks NAME up
                    m_wrapper = nullptr;
                    m_cmdPos = false;
                    return;
                }
                m_wrapperValue = takesValue(*m_wrapper, word);
                return;
            }
            if (m_wrapperPositionals > 0) {
                --m_wrapperPositionals;
                return;
            }
            m_wrapper = nullptr; // this word is the wrapped command
        } else if (!quoted) {
            static const QStringList keywords = {
                QStringLiteral("if"),    QStringLiteral("then"), QStringLiteral("else"), QStringLiteral("elif"),
                QStringLiteral("do"),    QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("!"),
                QStringLiteral("{"),     QStringLiteral("}"),    QStringLiteral("fi"),   QStringLiteral("done"),
                QStringLiteral("esac")};
            if (keywords.contains(word))
                return;
        }
        commandWord(start, word, after);
    }

    void commandWord(qsizetype start, const QString &word, QChar after)
    {
        m_cmdPos = false;
        m_sawCommand = true;
        // NAME=tool before a command (also after env) is in the command's environment: the build
        // runs the tool.
        for (const Assignment &a : std::as_const(m_pending)) {
            if (isToolVariable(a.name))
                record(a.at, a.tool);
        }
        m_pending.clear();
        const QString name = baseName(word);
        if (const Wrapper *w = wrapper(name)) {
            m_wrapper = w;
            m_wrapperValue = false;
            m_wrapperPositionals = w->positionals;
            m_cmdPos = true;
            return;
        }
        if (name == QLatin1String("export")) {
            m_exportArgs = true;
            return;
        }
        if (name == QLatin1String("declare") || name == QLatin1String("typeset") || name == QLatin1String("local")
            || name == QLatin1String("readonly")) {
            m_declareArgs = true;
            return;
        }
        if (name == QLatin1String("case") || name == QLatin1String("for") || name == QLatin1String("select"))
            return;
        if (name == QLatin1String("find"))
            m_find = true;
        // "python3)" in a case statement is a pattern, not a command.
        if (after == u')' && top() == Context::Top)
            return;
        // $PYTHON x.py runs what PYTHON was set to.
        if (const QString variable = variableReference(word); !variable.isEmpty()) {
            const auto it = m_variables.constFind(variable);
            if (it != m_variables.constEnd())
                record(start, it->tool);
            return;
        }
        record(start, word);
    }

    const QString &m_text;
    const std::function<bool(const QString &)> &m_isTool;
    QVector<qsizetype> m_lineStarts;
    QVector<Context> m_contexts;
    QVector<std::pair<QString, bool>> m_heredocs;
    QVector<ToolInvocation> m_out;
    QVector<Assignment> m_pending;         // NAME=tool words of the current simple command
    QHash<QString, Assignment> m_variables; // shell variables holding a tool
    const Wrapper *m_wrapper = nullptr;    // the command word was a wrapper; its command is to come
    qsizetype m_pos = 0;
    int m_wrapperPositionals = 0;
    bool m_wrapperValue = false; // the next word is the value of a wrapper's option
    bool m_cmdPos = true;
    bool m_sawCommand = false; // the current simple command has its command word
    bool m_exportArgs = false; // export NAME=..., declare -x NAME=...
    bool m_declareArgs = false;
    bool m_find = false; // the command is find: -exec starts a command
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

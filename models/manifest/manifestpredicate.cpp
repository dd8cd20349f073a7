// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestpredicate.h"

namespace Seedline {

namespace {

struct Token
{
    enum Type { Open, Close, Eq, Ne, Or, And, Word, End };
    Type type = End;
    QString text;
    int column = 0;
};

QVector<Token> tokenize(const QString &text, int column)
{
    QVector<Token> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto twoChar = [&](qsizetype at) -> Token::Type {
        if (at + 1 >= n)
            return Token::End;
        const QChar a = text[at], b = text[at + 1];
        if (a == u'=' && b == u'=')
            return Token::Eq;
        if (a == u'!' && b == u'=')
            return Token::Ne;
        if (a == u'|' && b == u'|')
            return Token::Or;
        if (a == u'&' && b == u'&')
            return Token::And;
        return Token::End;
    };
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const int col = column + int(i);
        if (c == u'(' || c == u')') {
            out.append({c == u'(' ? Token::Open : Token::Close, QString(c), col});
            ++i;
            continue;
        }
        const Token::Type op = twoChar(i);
        if (op != Token::End) {
            out.append({op, text.mid(i, 2), col});
            i += 2;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text[i].isSpace() && text[i] != u'(' && text[i] != u')' && twoChar(i) == Token::End)
            ++i;
        out.append({Token::Word, text.mid(start, i - start), col});
    }
    return out;
}

QString describe(const Token &t)
{
    return t.type == Token::End ? QStringLiteral("the end of the line") : u'\'' + t.text + u'\'';
}

class Parser
{
public:
    Parser(QVector<Token> tokens, int endColumn, const QMap<QString, QString> &variables)
        : m_tokens(std::move(tokens)), m_endColumn(endColumn), m_vars(variables)
    {
    }

    PredicateResult run()
    {
        QString value;
        if (!primary(&value))
            return m_result;
        if (peek().type != Token::End)
            return fail(QStringLiteral("unexpected %1 after the predicate's closing ')'").arg(describe(peek())),
                        peek().column);
        m_result.ok = true;
        m_result.value = value;
        return m_result;
    }

private:
    const Token &peek() const
    {
        static const Token end;
        return m_pos < m_tokens.size() ? m_tokens[m_pos] : end;
    }
    int columnOf(const Token &t) const { return t.type == Token::End ? m_endColumn : t.column; }

    PredicateResult fail(const QString &message, int column)
    {
        if (peek().type == Token::End && !m_open.isEmpty()) {
            // Ran out of tokens: the innermost open parenthesis is what is missing its ')'.
            return failAt(QStringLiteral("unterminated predicate: the '(' at column %1 is never closed; expected ')'")
                              .arg(m_open.back()),
                          m_open.back());
        }
        return failAt(message, column);
    }

    PredicateResult failAt(const QString &message, int column)
    {
        if (m_result.error.isEmpty()) {
            m_result.ok = false;
            m_result.error = message;
            m_result.errorColumn = column;
        }
        return m_result;
    }

    bool primary(QString *value)
    {
        const Token open = peek();
        if (open.type != Token::Open) {
            fail(QStringLiteral("expected a predicate starting with '(', got %1").arg(describe(open)),
                 columnOf(open));
            return false;
        }
        if (++m_depth > 200) {
            fail(QStringLiteral("predicate nested too deeply"), open.column);
            return false;
        }
        ++m_pos;
        m_open.append(open.column);
        if (!logic(value))
            return false;
        m_open.removeLast();
        if (peek().type != Token::Close) {
            if (peek().type == Token::End)
                failAt(QStringLiteral("unterminated predicate: the '(' at column %1 is never closed; expected ')'")
                         .arg(open.column),
                     open.column);
            else
                failAt(QStringLiteral("expected ')' to close the '(' at column %1, got %2")
                         .arg(open.column)
                         .arg(describe(peek())),
                     columnOf(peek()));
            return false;
        }
        ++m_pos;
        --m_depth;
        return true;
    }

    QString lookup(const Token &name)
    {
        const auto it = m_vars.constFind(name.text);
        if (it != m_vars.constEnd())
            return *it;
        m_result.unknownVariables.append({name.text, name.column});
        return QString();
    }

    bool logic(QString *value)
    {
        QString lhs;
        const Token first = peek();
        if (first.type == Token::Open) {
            if (!primary(&lhs))
                return false;
        } else if (first.type == Token::Word) {
            ++m_pos;
            const Token op = peek();
            if (op.type == Token::Close) {
                *value = first.text; // a constant
                return true;
            }
            if (op.type != Token::Eq && op.type != Token::Ne) {
                fail(QStringLiteral("expected '==' or '!=' after '%1', got %2").arg(first.text, describe(op)),
                     columnOf(op));
                return false;
            }
            ++m_pos;
            const Token rhs = peek();
            if (rhs.type != Token::Word) {
                fail(QStringLiteral("expected a value after '%1', got %2").arg(op.text, describe(rhs)),
                     columnOf(rhs));
                return false;
            }
            ++m_pos;
            const bool equal = lookup(first) == rhs.text;
            lhs = (equal == (op.type == Token::Eq)) ? QStringLiteral("True") : QStringLiteral("False");
        } else {
            fail(QStringLiteral("expected a variable name or '(', got %1").arg(describe(first)), columnOf(first));
            return false;
        }

        const Token next = peek();
        if (next.type == Token::Close) {
            *value = lhs;
            return true;
        }
        if (next.type != Token::Or && next.type != Token::And) {
            fail(QStringLiteral("expected '||', '&&' or ')', got %1").arg(describe(next)), columnOf(next));
            return false;
        }
        ++m_pos;
        QString rhs;
        if (++m_depth > 200) {
            fail(QStringLiteral("predicate nested too deeply"), next.column);
            return false;
        }
        if (!logic(&rhs))
            return false;
        --m_depth;
        const bool a = lhs == QLatin1String("True"), b = rhs == QLatin1String("True");
        const bool r = next.type == Token::Or ? (a || b) : (a && b);
        *value = r ? QStringLiteral("True") : QStringLiteral("False");
        return true;
    }

    QVector<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QVector<int> m_open; // columns of the parentheses not closed yet
    int m_endColumn = 0;
    const QMap<QString, QString> &m_vars;
    PredicateResult m_result;
};

} // namespace

PredicateResult evaluatePredicate(const QString &text, int column, const QMap<QString, QString> &variables)
{
    Parser parser(tokenize(text, column), column + int(text.size()), variables);
    return parser.run();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

#include <QStringList>

namespace Seedline {

namespace {

// Splits into alternating runs of digits and non-digits, dropping separators '.', '-', '_'.
QStringList tokens(const QString &v)
{
    QStringList out;
    QString current;
    int currentDigit = -1;
    for (const QChar c : v) {
        if (c == u'.' || c == u'-' || c == u'_' || c == u'+' || c == u'~') {
            if (!current.isEmpty())
                out << current;
            current.clear();
            currentDigit = -1;
            continue;
        }
        const int digit = c.isDigit() ? 1 : 0;
        if (currentDigit != -1 && digit != currentDigit) {
            out << current;
            current.clear();
        }
        current += c;
        currentDigit = digit;
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && s.front().isDigit();
}

int compareNumeric(const QString &a, const QString &b)
{
    // Compare without converting so that huge runs cannot overflow.
    QString x = a, y = b;
    while (x.size() > 1 && x.front() == u'0')
        x.remove(0, 1);
    while (y.size() > 1 && y.front() == u'0')
        y.remove(0, 1);
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    return QString::compare(x, y);
}

} // namespace

int compareVersions(const QString &a, const QString &b)
{
    const QStringList ta = tokens(a);
    const QStringList tb = tokens(b);
    const qsizetype n = std::min(ta.size(), tb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool na = isNumber(ta[i]);
        const bool nb = isNumber(tb[i]);
        int c = 0;
        if (na && nb)
            c = compareNumeric(ta[i], tb[i]);
        else if (na != nb)
            c = na ? 1 : -1; // "1.0.1" > "1.0rc"
        else
            c = QString::compare(ta[i], tb[i], Qt::CaseInsensitive);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    if (ta.size() == tb.size())
        return 0;
    // "1.2" < "1.2.1"; but a trailing text run ("1.2-rc1") sorts before the release.
    const QStringList &longer = ta.size() > tb.size() ? ta : tb;
    const bool longerIsNumber = isNumber(longer[n]);
    const int sign = ta.size() > tb.size() ? 1 : -1;
    return longerIsNumber ? sign : -sign;
}

bool VersionConstraint::matches(const QString &version) const
{
    for (const Clause &c : clauses) {
        const int cmp = compareVersions(version, c.version);
        bool ok = true;
        switch (c.op) {
        case Op::Any:
            ok = true;
            break;
        case Op::Equal:
            ok = cmp == 0;
            break;
        case Op::NotEqual:
            ok = cmp != 0;
            break;
        case Op::Less:
            ok = cmp < 0;
            break;
        case Op::LessEqual:
            ok = cmp <= 0;
            break;
        case Op::Greater:
            ok = cmp > 0;
            break;
        case Op::GreaterEqual:
            ok = cmp >= 0;
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

QString VersionConstraint::toString() const
{
    QStringList parts;
    for (const Clause &c : clauses) {
        switch (c.op) {
        case Op::Any:
            parts << QStringLiteral("*");
            break;
        case Op::Equal:
            parts << QStringLiteral("= ") + c.version;
            break;
        case Op::NotEqual:
            parts << QStringLiteral("!= ") + c.version;
            break;
        case Op::Less:
            parts << QStringLiteral("< ") + c.version;
            break;
        case Op::LessEqual:
            parts << QStringLiteral("<= ") + c.version;
            break;
        case Op::Greater:
            parts << QStringLiteral("> ") + c.version;
            break;
        case Op::GreaterEqual:
            parts << QStringLiteral(">= ") + c.version;
            break;
        }
    }
    return parts.isEmpty() ? QStringLiteral("*") : parts.join(QStringLiteral(", "));
}

bool VersionConstraint::parse(const QString &text, VersionConstraint *out, QString *error, int *errorPos)
{
    VersionConstraint result;
    int pos = 0;
    const int n = int(text.size());
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        if (errorPos)
            *errorPos = pos;
        return false;
    };
    auto skipSpace = [&] {
        while (pos < n && text[pos].isSpace())
            ++pos;
    };
    skipSpace();
    if (pos == n || (text.mid(pos).trimmed() == QStringLiteral("*"))) {
        if (out)
            *out = result;
        return true;
    }
    while (pos < n) {
        skipSpace();
        Clause clause;
        auto startsWith = [&](const char *op) { return text.mid(pos).startsWith(QLatin1String(op)); };
        if (startsWith(">=")) {
            clause.op = Op::GreaterEqual;
            pos += 2;
        } else if (startsWith("<=")) {
            clause.op = Op::LessEqual;
            pos += 2;
        } else if (startsWith("==")) {
            clause.op = Op::Equal;
            pos += 2;
        } else if (startsWith("!=")) {
            clause.op = Op::NotEqual;
            pos += 2;
        } else if (startsWith(">")) {
            clause.op = Op::Greater;
            pos += 1;
        } else if (startsWith("<")) {
            clause.op = Op::Less;
            pos += 1;
        } else if (startsWith("=")) {
            clause.op = Op::Equal;
            pos += 1;
        } else if (pos < n && text[pos].isDigit()) {
            clause.op = Op::Equal;
        } else {
            return fail(QStringLiteral("expected a comparison (>=, >, <=, <, =, !=) followed by a version"));
        }
        skipSpace();
        const int start = pos;
        while (pos < n && !text[pos].isSpace() && text[pos] != u',')
            ++pos;
        clause.version = text.mid(start, pos - start);
        if (clause.version.isEmpty() || !clause.version.front().isLetterOrNumber())
            return fail(QStringLiteral("expected a version after the comparison"));
        result.clauses << clause;
        skipSpace();
        if (pos < n) {
            if (text[pos] != u',')
                return fail(QStringLiteral("expected ',' between clauses"));
            ++pos;
        }
    }
    if (out)
        *out = result;
    return true;
}

} // namespace Seedline

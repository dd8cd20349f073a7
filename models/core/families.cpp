// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "families.h"

namespace Seedline {

namespace {
QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("^(?:") + pattern + QStringLiteral(")$"),
                              QRegularExpression::CaseInsensitiveOption);
}

// Whether the pattern refers to a group by number, name or recursion: joined with others, its
// groups would be renumbered (or clash), so it is matched on its own.
bool refersToGroups(const QString &pattern)
{
    static const QRegularExpression reference(
        QStringLiteral(R"(\\(?:[1-9]|g|k)|\(\?(?:P[=>]|&|R|[+-]?[0-9]|<[A-Za-z_]|'|P<))"));
    return reference.match(pattern).hasMatch();
}
} // namespace

void FamilyPatterns::joinPatterns()
{
    m_any = QRegularExpression();
    if (m_patterns.isEmpty())
        return;
    QString joined;
    for (const Pattern &p : std::as_const(m_patterns)) {
        if (refersToGroups(p.regex.pattern()))
            return;
        if (!joined.isEmpty())
            joined += u'|';
        joined += p.regex.pattern(); // each anchored: "^(?:...)$"
    }
    QRegularExpression any(joined, QRegularExpression::CaseInsensitiveOption);
    if (any.isValid())
        m_any = any;
}

FamilyPatterns FamilyPatterns::defaults()
{
    FamilyPatterns p;
    // A version suffix: "-3.11.1", "3.11", "@1.2", "_2.0-rc1" (but not "-cryptography").
    const QString version = QStringLiteral("([-_.@ ]?v?[0-9][0-9A-Za-z.+~_-]*)?(-dev|-doc|-dbg)?");
    const std::pair<const char *, const char *> table[] = {
        {"python", "c?python|libpython|python-minimal|python-wrapper"},
        {"rust", "rustc?|rust-bootstrap|libstd-rust|rust-std|rust-src|rust-stage[0-9]"},
        {"mrustc", "mrustc"},
        {"c-compiler", "gcc|tcc|tinycc|mes|mescc|m2-planet|m2-mesoplanet|cc_x86|clang|cc"},
        {"cxx-compiler", "g\\+\\+|clang\\+\\+|clang"},
        {"libc", "musl|glibc|libc6?|mes-libc|uclibc"},
        {"perl", "perl"},
        {"shell", "bash|kaem|kaem-optional|dash|sh"},
        {"make", "make|gmake"},
        {"assembler", "binutils|hex0|hex1|hex2|mescc-tools"},
        {"meson", "meson"},
        {"llvm", "llvm|libllvm"},
    };
    for (const auto &[family, regex] : table)
        p.m_patterns.append({QString::fromLatin1(family),
                             anchored(QStringLiteral("(?:") + QString::fromLatin1(regex) + QStringLiteral(")") + version)});
    p.joinPatterns();
    return p;
}

bool FamilyPatterns::setFamily(const QString &family, const QString &regex, QString *error)
{
    QRegularExpression re = anchored(regex);
    if (!re.isValid()) {
        if (error)
            *error = QStringLiteral("invalid regular expression for family '%1': %2 (at offset %3)")
                         .arg(family, re.errorString())
                         .arg(re.patternErrorOffset());
        return false;
    }
    m_patterns.removeIf([&](const Pattern &p) { return p.family == family; });
    m_patterns.append({family, re});
    joinPatterns();
    return true;
}

bool FamilyPatterns::setFromAssignment(const QString &assignment, QString *error)
{
    const qsizetype eq = assignment.indexOf(u'=');
    if (eq <= 0) {
        if (error)
            *error = QStringLiteral("expected NAME=REGEX, got '%1'").arg(assignment);
        return false;
    }
    return setFamily(assignment.left(eq).trimmed(), assignment.mid(eq + 1), error);
}

QStringList FamilyPatterns::familiesFor(const QString &name) const
{
    QStringList out;
    if (m_any.isValid() && !m_any.match(name).hasMatch())
        return out;
    for (const Pattern &p : m_patterns) {
        if (!out.contains(p.family) && p.regex.match(name).hasMatch())
            out << p.family;
    }
    return out;
}

} // namespace Seedline

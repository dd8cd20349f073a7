// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

// Maps package or node names to the families they provide ("python3.11" -> python).
// Used for inputs that do not declare families: parts.rst, manifests, DOT.
class FamilyPatterns
{
public:
    struct Pattern
    {
        QString family;
        QRegularExpression regex; // matched case-insensitively against the whole name
    };

    // The built-in patterns: python, rust, c-compiler, cxx-compiler, libc, perl, shell, make, ...
    static FamilyPatterns defaults();

    // Replaces every pattern of `family` by `regex` (the --family NAME=REGEX option).
    // Returns false and sets *error when the regex is invalid.
    bool setFamily(const QString &family, const QString &regex, QString *error = nullptr);
    // Parses "NAME=REGEX" and calls setFamily.
    bool setFromAssignment(const QString &assignment, QString *error = nullptr);

    // All families whose pattern matches the name (in pattern order, no duplicates).
    QStringList familiesFor(const QString &name) const;
    const QVector<Pattern> &patterns() const { return m_patterns; }

private:
    // One regular expression for "does any pattern match?", tried first: most names of a big
    // graph match none, and then one match replaces one per pattern. Invalid (never used) when
    // the patterns cannot be joined without changing their meaning (back references).
    void joinPatterns();

    QVector<Pattern> m_patterns;
    QRegularExpression m_any;
};

} // namespace Seedline

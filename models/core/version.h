// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Seedline {

// Compares dotted versions the way people read them: numeric runs compare as numbers,
// other runs as text ("1.10.3" > "1.9.6", "5.004_05" < "5.6.2", "4.14.341-openela").
// Returns <0, 0 or >0.
int compareVersions(const QString &a, const QString &b);

// A version constraint such as ">= 3.7", "< 1.80, >= 1.74", "= 2.0.1" or "*".
struct VersionConstraint
{
    enum class Op { Any, Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };
    struct Clause
    {
        Op op = Op::Any;
        QString version;
        bool operator==(const Clause &) const = default;
    };
    QVector<Clause> clauses; // all must hold; empty = any version

    bool matches(const QString &version) const;
    QString toString() const;
    bool operator==(const VersionConstraint &) const = default;

    // Parses the text; on failure returns false and sets *error (with the 0-based offset in *errorPos).
    static bool parse(const QString &text, VersionConstraint *out, QString *error = nullptr,
                      int *errorPos = nullptr);
};

} // namespace Seedline

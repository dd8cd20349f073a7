// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QVector>

namespace Seedline {

// Evaluates live-bootstrap manifest logic the way seed/script-generator.c does:
//   logic = "(" ( word | word "==" value | word "!=" value ) [ ("||" | "&&") logic ] ")"
// The left-hand word of == / != is a variable (unset variables read as the empty string), the
// right-hand word a literal; a lone word is a constant. || and && have no precedence: the right
// operand is the whole rest of the expression ("A || B && C" is "A || (B && C)"), exactly as in
// live-bootstrap. As an extension, a nested "( ... )" may stand where a comparison stands.
// Operators and parentheses are recognised without surrounding spaces too.
struct PredicateResult
{
    bool ok = false;          // parsed completely
    QString value;            // "True"/"False" or the constant; empty when !ok
    QString error;            // what was expected, when !ok
    int errorColumn = 0;      // 1-based column in the line, when !ok
    struct Unknown
    {
        QString name;
        int column = 0;
    };
    QVector<Unknown> unknownVariables; // variables read that are not in the configuration

    bool isTrue() const { return ok && value == QLatin1String("True"); }
};

// `text` starts at 1-based `column` of its line and must be one whole "( ... )" logic.
PredicateResult evaluatePredicate(const QString &text, int column, const QMap<QString, QString> &variables);

} // namespace Seedline

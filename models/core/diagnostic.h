// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Seedline {

enum class Severity { Info, Warning, Error };

QString severityName(Severity severity);

// One message about an input: where (file, 1-based line and column; 0 = unknown) and what.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString message;

    // "file:line:column: error: message", the form compilers print.
    QString toString() const;
    bool operator==(const Diagnostic &other) const = default;
};

using Diagnostics = QVector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Seedline

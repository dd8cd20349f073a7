// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firsts.h"

#include "analysis/chainanalysis.h"

#include <algorithm>

namespace Seedline {

QString firstKindKey(FirstKind kind)
{
    switch (kind) {
    case FirstKind::CCompiler:
        return QStringLiteral("first-c-compiler");
    case FirstKind::Libc:
        return QStringLiteral("first-libc");
    case FirstKind::Python:
        return QStringLiteral("first-python");
    case FirstKind::CompilerNeedsPython:
        return QStringLiteral("compiler-needs-python");
    case FirstKind::Rust:
        return QStringLiteral("first-rust");
    case FirstKind::CompilerNeedsRust:
        return QStringLiteral("compiler-needs-rust");
    }
    return QString();
}

QString firstKindTitle(FirstKind kind)
{
    switch (kind) {
    case FirstKind::CCompiler:
        return QStringLiteral("first C compiler");
    case FirstKind::Libc:
        return QStringLiteral("first libc");
    case FirstKind::Python:
        return QStringLiteral("first Python");
    case FirstKind::CompilerNeedsPython:
        return QStringLiteral("the C compiler starts needing Python");
    case FirstKind::Rust:
        return QStringLiteral("first Rust");
    case FirstKind::CompilerNeedsRust:
        return QStringLiteral("the C compiler starts needing Rust");
    }
    return QString();
}

QVector<First> findFirsts(const ChainAnalysis &analysis)
{
    QVector<First> out;
    if (!analysis.chain)
        return out;
    const Chain &chain = *analysis.chain;
    const QString cCompiler = QStringLiteral("c-compiler");
    const QString python = QStringLiteral("python");
    const QString rust = QStringLiteral("rust");
    struct Rule
    {
        FirstKind kind;
        QString family;
        QString needs; // empty: providing the family is enough
    };
    const Rule rules[] = {
        {FirstKind::CCompiler, cCompiler, {}},
        {FirstKind::Libc, QStringLiteral("libc"), {}},
        {FirstKind::Python, python, {}},
        {FirstKind::CompilerNeedsPython, cCompiler, python},
        {FirstKind::Rust, rust, {}},
        {FirstKind::CompilerNeedsRust, cCompiler, rust},
    };
    for (const Rule &rule : rules) {
        for (int i = 0; i < chain.steps.size(); ++i) {
            const Step &s = chain.steps[i];
            if ((s.excluded && !analysis.options.includeExcluded) || !s.hasFamily(rule.family))
                continue;
            if (!rule.needs.isEmpty() && !analysis.stepRequires(i, rule.needs))
                continue;
            out << First{rule.kind, i};
            break;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const First &a, const First &b) { return a.step < b.step; });
    return out;
}

} // namespace Seedline

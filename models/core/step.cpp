// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "step.h"

#include <QRegularExpression>

namespace Seedline {

SourceFile::SourceFile(const QString &name)
{
    if (name.isEmpty())
        return;
    m_d = new Block;
    m_d->name = name;
}

const QString &SourceFile::name() const
{
    static const QString none;
    return m_d ? m_d->name : none;
}

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Seed:
        return QStringLiteral("seed");
    case StepKind::Build:
        return QStringLiteral("build");
    case StepKind::Improve:
        return QStringLiteral("improve");
    case StepKind::Define:
        return QStringLiteral("define");
    case StepKind::Jump:
        return QStringLiteral("jump");
    case StepKind::Uninstall:
        return QStringLiteral("uninstall");
    case StepKind::Stage:
        return QStringLiteral("stage");
    case StepKind::Scenario:
        return QStringLiteral("scenario");
    }
    return QStringLiteral("build");
}

std::optional<StepKind> stepKindFromName(const QString &name)
{
    for (StepKind k : {StepKind::Seed, StepKind::Build, StepKind::Improve, StepKind::Define, StepKind::Jump,
                       StepKind::Uninstall, StepKind::Stage, StepKind::Scenario}) {
        if (stepKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString stepDisplayLabel(const Step &step)
{
    QString label = step.label.isEmpty() ? step.id : step.label;
    if (step.pass > 1 && !label.contains(QLatin1String("pass"), Qt::CaseInsensitive)
        && !label.contains(QLatin1String("again"), Qt::CaseInsensitive)) {
        // "python-2.0.1#2" as a label reads "python-2.0.1 · pass 2".
        if (label == step.id)
            label = splitPassSuffix(step.id).first;
        label += QStringLiteral(" \u00B7 pass %1").arg(step.pass);
    }
    return label;
}

QString makeStepId(const QString &package, const QString &version, int pass)
{
    QString id = version.isEmpty() ? package : package + u'-' + version;
    if (pass > 1)
        id += u'#' + QString::number(pass);
    return id;
}

std::pair<QString, int> splitPassSuffix(const QString &id)
{
    const qsizetype hash = id.lastIndexOf(u'#');
    if (hash > 0) {
        bool ok = false;
        const int pass = id.mid(hash + 1).toInt(&ok);
        if (ok && pass >= 1)
            return {id.left(hash), pass};
    }
    return {id, 1};
}

std::pair<QString, QString> splitPackageVersion(const QString &name)
{
    // The version starts at the first '-' followed by a digit ("perl-5.000"); packages such as
    // "perl5.004-05" glue the version on directly after a letter run.
    // The expressions only run when the text has what they need (a leading letter; a dash
    // before a digit): this runs for every step of every loader.
    static const QRegularExpression glued(QStringLiteral("^([A-Za-z]+)(\\d+\\.[^/]*)$"));
    if (!name.isEmpty() && name.front().isLetter()) {
        const auto g = glued.match(name);
        if (g.hasMatch())
            return {g.captured(1), g.captured(2)};
    }
    static const QRegularExpression dashed(QStringLiteral("^(.+?)-(\\d[^/]*)$"));
    bool dashDigit = false;
    for (qsizetype i = 1; i + 1 < name.size() && !dashDigit; ++i)
        dashDigit = name.at(i) == u'-' && name.at(i + 1).isDigit();
    if (dashDigit) {
        const auto m = dashed.match(name);
        if (m.hasMatch())
            return {m.captured(1), m.captured(2)};
    }
    return {name, QString()};
}

} // namespace Seedline

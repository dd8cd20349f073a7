// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirement.h"

#include <QStringList>

namespace Seedline {

QString requirementKindName(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Sequence:
        return QStringLiteral("sequence");
    case RequirementKind::Declared:
        return QStringLiteral("declared");
    case RequirementKind::Observed:
        return QStringLiteral("observed");
    case RequirementKind::Mentioned:
        return QStringLiteral("mentioned");
    case RequirementKind::Toolchain:
        return QStringLiteral("toolchain");
    case RequirementKind::Scenario:
        return QStringLiteral("scenario");
    }
    return QStringLiteral("sequence");
}

std::optional<RequirementKind> requirementKindFromName(const QString &name)
{
    for (RequirementKind k : allRequirementKinds) {
        if (requirementKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

RequirementKinds defaultFollowedKinds()
{
    return RequirementKind::Declared | RequirementKind::Observed | RequirementKind::Mentioned
        | RequirementKind::Toolchain | RequirementKind::Scenario;
}

RequirementKinds allKinds()
{
    return defaultFollowedKinds() | RequirementKind::Sequence;
}

std::optional<RequirementKinds> parseRequirementKinds(const QString &commaSeparated)
{
    RequirementKinds kinds;
    const QStringList names = commaSeparated.split(u',', Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const QString n = name.trimmed();
        if (n == QStringLiteral("all")) {
            kinds |= allKinds();
            continue;
        }
        const auto k = requirementKindFromName(n);
        if (!k)
            return std::nullopt;
        kinds |= *k;
    }
    return kinds;
}

Evidence::Evidence(const QString &file, int line, int column, const QString &text) : line(line), column(column)
{
    if (!file.isEmpty() || !text.isEmpty()) {
        m_strings = new Strings;
        m_strings->file = file;
        m_strings->text = text;
    }
}

const QString &Evidence::file() const
{
    static const QString none;
    return m_strings ? m_strings->file : none;
}

const QString &Evidence::text() const
{
    static const QString none;
    return m_strings ? m_strings->text : none;
}

Evidence::Strings &Evidence::strings()
{
    if (!m_strings)
        m_strings = new Strings;
    else
        m_strings.detach();
    return *m_strings;
}

void Evidence::dropIfEmpty()
{
    if (m_strings && m_strings->isEmpty())
        m_strings.reset();
}

void Evidence::setFile(const QString &file)
{
    if (file.isEmpty() && !m_strings)
        return;
    strings().file = file;
    dropIfEmpty();
}

void Evidence::setText(const QString &text)
{
    if (text.isEmpty() && !m_strings)
        return;
    strings().text = text;
    dropIfEmpty();
}

const QMap<QString, QString> &Evidence::attributes() const
{
    static const QMap<QString, QString> none;
    return m_strings ? m_strings->attributes : none;
}

void Evidence::setAttributes(const QMap<QString, QString> &attributes)
{
    if (attributes.isEmpty() && !m_strings)
        return;
    strings().attributes = attributes;
    dropIfEmpty();
}

void Evidence::setAttribute(const QString &key, const QString &value)
{
    strings().attributes.insert(key, value);
}

bool Evidence::operator==(const Evidence &other) const
{
    return line == other.line && column == other.column
        && (m_strings == other.m_strings
            || (file() == other.file() && text() == other.text() && attributes() == other.attributes()));
}

QString Evidence::toString() const
{
    const QString &file = this->file();
    const QString &text = this->text();
    QString out = file;
    if (!file.isEmpty() && line > 0)
        out += u':' + QString::number(line);
    if (!text.isEmpty()) {
        if (!out.isEmpty())
            out += u' ';
        out += u'`' + text.trimmed() + u'`';
    }
    return out;
}

} // namespace Seedline

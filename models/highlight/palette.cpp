// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QHash>

#include <cmath>

namespace Seedline {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t) // t = share of b
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor white(0xff, 0xff, 0xff);

} // namespace

QString themeName(Theme theme)
{
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

std::optional<Theme> themeFromName(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Theme::Light;
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Theme::Dark;
    return std::nullopt;
}

qreal Palette::luminance(const QColor &c)
{
    auto lin = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

qreal Palette::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Palette::background() const { return isDark() ? QColor(0x1e, 0x20, 0x24) : white; }
QColor Palette::stepFill() const { return isDark() ? QColor(0x33, 0x36, 0x3c) : QColor(0xf2, 0xf2, 0xf2); }
QColor Palette::stepOutline() const { return isDark() ? QColor(0x9a, 0x9e, 0xa6) : QColor(0x55, 0x55, 0x55); }
QColor Palette::text() const { return isDark() ? QColor(0xe8, 0xe8, 0xea) : ink; }

QColor Palette::textOn(const QColor &fill)
{
    return contrast(ink, fill) >= contrast(white, fill) ? ink : white;
}

QColor Palette::familyColor(const QString &family) const
{
    // Dark: the same hues, lighter, so that they stand out of a dark background.
    struct Pair { QColor light, dark; };
    static const QHash<QString, Pair> known{
        {QStringLiteral("python"), {QColor(0x2b, 0x6c, 0xb0), QColor(0x4d, 0x9b, 0xe6)}},       // blue
        {QStringLiteral("rust"), {QColor(0xe0, 0x6c, 0x1f), QColor(0xf5, 0x9a, 0x3c)}},         // orange
        {QStringLiteral("c-compiler"), {QColor(0x00, 0x9e, 0x73), QColor(0x2e, 0xc4, 0x98)}},   // bluish green
        {QStringLiteral("cxx-compiler"), {QColor(0x56, 0xb4, 0xe9), QColor(0x86, 0xcc, 0xf2)}}, // sky blue
        {QStringLiteral("perl"), {QColor(0xcc, 0x79, 0xa7), QColor(0xe0, 0x9c, 0xc4)}},         // reddish purple
        {QStringLiteral("libc"), {QColor(0xb5, 0x9a, 0x00), QColor(0xd9, 0xbf, 0x2b)}},         // dark yellow
    };
    const auto it = known.constFind(family.toLower());
    if (it != known.constEnd())
        return isDark() ? it->dark : it->light;
    static const QColor others[] = {QColor(0x88, 0x55, 0xaa), QColor(0x66, 0x99, 0x33), QColor(0xaa, 0x44, 0x66),
                                    QColor(0x33, 0x88, 0x88), QColor(0x99, 0x66, 0x33)};
    const QColor c = others[qHash(family.toLower()) % std::size(others)];
    return isDark() ? c.lighter(150) : c;
}

QColor Palette::familyTint(const QString &family) const
{
    return mix(familyColor(family), background(), isDark() ? 0.6 : 0.72);
}

QColor Palette::bandFill() const { return isDark() ? QColor(0x26, 0x29, 0x2e) : QColor(0xf6, 0xf6, 0xf8); }
QColor Palette::bandOutline() const { return isDark() ? QColor(0x44, 0x48, 0x52) : QColor(0xd4, 0xd4, 0xdc); }
QColor Palette::bandTitle() const { return isDark() ? QColor(0xb4, 0xb8, 0xc6) : QColor(0x44, 0x44, 0x55); }

QColor Palette::selected() const { return isDark() ? white : QColor(0x00, 0x00, 0x00); }
QColor Palette::needed() const { return isDark() ? QColor(0x3f, 0xd1, 0xa4) : QColor(0x00, 0x7a, 0x5a); }
QColor Palette::needing() const { return isDark() ? QColor(0xc9, 0x8b, 0xe6) : QColor(0x8e, 0x3b, 0xa8); }
QColor Palette::witness() const { return isDark() ? QColor(0xff, 0x5c, 0xa8) : QColor(0xd4, 0x00, 0x6a); }

QColor Palette::dimmed(const QColor &color) const
{
    return mix(color, background(), isDark() ? 0.7 : 0.78);
}

QColor Palette::context(const QColor &color) const
{
    return mix(color, background(), isDark() ? 0.5 : 0.6);
}

QColor Palette::edgeColor(RequirementKind kind) const
{
    if (isDark()) {
        switch (kind) {
        case RequirementKind::Sequence: return QColor(0x6a, 0x6e, 0x76);
        case RequirementKind::Declared: return QColor(0xb8, 0xbc, 0xc4);
        case RequirementKind::Observed: return QColor(0xdc, 0xde, 0xe2);
        case RequirementKind::Mentioned: return QColor(0xa8, 0xac, 0xb4);
        case RequirementKind::Toolchain: return QColor(0x88, 0x8c, 0x94);
        case RequirementKind::Scenario: return QColor(0xf0, 0x5a, 0x92);
        }
        return QColor(0xb8, 0xbc, 0xc4);
    }
    switch (kind) {
    case RequirementKind::Sequence: return QColor(0xbb, 0xbb, 0xbb);
    case RequirementKind::Declared: return QColor(0x44, 0x44, 0x44);
    case RequirementKind::Observed: return QColor(0x22, 0x22, 0x22);
    case RequirementKind::Mentioned: return QColor(0x55, 0x55, 0x55);
    case RequirementKind::Toolchain: return QColor(0x77, 0x77, 0x77);
    case RequirementKind::Scenario: return QColor(0xc2, 0x18, 0x5b);
    }
    return QColor(0x44, 0x44, 0x44);
}

qreal Palette::edgeWidth(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Sequence: return 0.8;
    case RequirementKind::Declared: return 1.2;
    case RequirementKind::Observed: return 1.6;
    case RequirementKind::Mentioned: return 1.2;
    case RequirementKind::Toolchain: return 0.7;
    case RequirementKind::Scenario: return 2.2;
    }
    return 1.0;
}

Qt::PenStyle Palette::edgePenStyle(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Sequence: return Qt::DotLine;
    case RequirementKind::Mentioned: return Qt::DashLine;
    case RequirementKind::Scenario: return Qt::DashDotLine;
    default: return Qt::SolidLine;
    }
}

QString Palette::familyDisplayName(const QString &family)
{
    static const QHash<QString, QString> known{
        {QStringLiteral("python"), QStringLiteral("Python")},
        {QStringLiteral("rust"), QStringLiteral("Rust")},
        {QStringLiteral("perl"), QStringLiteral("Perl")},
        {QStringLiteral("c-compiler"), QStringLiteral("C compiler")},
        {QStringLiteral("cxx-compiler"), QStringLiteral("C++ compiler")},
    };
    const auto it = known.constFind(family);
    if (it != known.constEnd())
        return *it;
    QString name = family;
    name.replace(u'-', u' ');
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace Seedline

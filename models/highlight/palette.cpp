// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QHash>

namespace Seedline::Palette {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t) // t = share of b
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

qreal luminance(const QColor &c)
{
    auto lin = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

} // namespace

QColor background() { return QColor(0xff, 0xff, 0xff); }
QColor stepFill() { return QColor(0xf2, 0xf2, 0xf2); }
QColor stepOutline() { return QColor(0x55, 0x55, 0x55); }
QColor text() { return QColor(0x1a, 0x1a, 0x1a); }

QColor textOn(const QColor &fill)
{
    // Contrast ratio against black text vs white text; pick the larger.
    const qreal l = luminance(fill);
    const qreal withBlack = (l + 0.05) / 0.05;
    const qreal withWhite = 1.05 / (l + 0.05);
    return withBlack >= withWhite ? text() : QColor(0xff, 0xff, 0xff);
}

QColor familyColor(const QString &family)
{
    static const QHash<QString, QColor> known{
        {QStringLiteral("python"), QColor(0x2b, 0x6c, 0xb0)},       // blue
        {QStringLiteral("rust"), QColor(0xe0, 0x6c, 0x1f)},         // orange
        {QStringLiteral("c-compiler"), QColor(0x00, 0x9e, 0x73)},   // bluish green
        {QStringLiteral("cxx-compiler"), QColor(0x56, 0xb4, 0xe9)}, // sky blue
        {QStringLiteral("perl"), QColor(0xcc, 0x79, 0xa7)},         // reddish purple
        {QStringLiteral("libc"), QColor(0xb5, 0x9a, 0x00)},         // dark yellow
    };
    const auto it = known.constFind(family.toLower());
    if (it != known.constEnd())
        return *it;
    static const QColor others[] = {QColor(0x88, 0x55, 0xaa), QColor(0x66, 0x99, 0x33), QColor(0xaa, 0x44, 0x66),
                                    QColor(0x33, 0x88, 0x88), QColor(0x99, 0x66, 0x33)};
    return others[qHash(family.toLower()) % std::size(others)];
}

QColor familyTint(const QString &family)
{
    return mix(familyColor(family), background(), 0.72);
}

QColor bandFill() { return QColor(0xf6, 0xf6, 0xf8); }
QColor bandOutline() { return QColor(0xd4, 0xd4, 0xdc); }
QColor bandTitle() { return QColor(0x44, 0x44, 0x55); }

QColor selected() { return QColor(0x00, 0x00, 0x00); }
QColor needed() { return QColor(0x00, 0x7a, 0x5a); }
QColor needing() { return QColor(0x8e, 0x3b, 0xa8); }
QColor witness() { return QColor(0xd4, 0x00, 0x6a); }

QColor dimmed(const QColor &color)
{
    return mix(color, background(), 0.78);
}

QColor context(const QColor &color)
{
    return mix(color, background(), 0.6);
}

QColor edgeColor(RequirementKind kind)
{
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

qreal edgeWidth(RequirementKind kind)
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

Qt::PenStyle edgePenStyle(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Sequence: return Qt::DotLine;
    case RequirementKind::Mentioned: return Qt::DashLine;
    case RequirementKind::Scenario: return Qt::DashDotLine;
    default: return Qt::SolidLine;
    }
}

QString familyDisplayName(const QString &family)
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

} // namespace Seedline::Palette

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requirement.h"

#include <optional>

#include <QColor>
#include <QString>

namespace Seedline {

// Light paper or a dark desktop. An explicit value carried by the options of every drawing (no
// global state: `seedline export` draws off the GUI thread while the window draws in its theme).
enum class Theme : quint8 { Light, Dark };

QString themeName(Theme theme);                           // "light", "dark"
std::optional<Theme> themeFromName(const QString &name);  // nullopt for anything else

// The one palette shared by the screen and every export, in a light and a dark version. Colours
// follow the Okabe–Ito colour-blind-safe set where they can; every text colour has at least 4.5:1
// contrast on its fill, and the Python and Rust colours stay apart under deuteranopia and
// protanopia in both themes (tst_palette).
class Palette
{
public:
    constexpr explicit Palette(Theme theme = Theme::Light) : m_theme(theme) {}
    Theme theme() const { return m_theme; }
    bool isDark() const { return m_theme == Theme::Dark; }

    QColor background() const;
    QColor stepFill() const;      // a plain step
    QColor stepOutline() const;
    QColor text() const;          // on the background, plain fills and tints
    // Near-black or white, whichever reads better on `fill` (the same in both themes).
    static QColor textOn(const QColor &fill);

    // A family's colour: python blue, rust orange, the others from a fixed list by name.
    QColor familyColor(const QString &family) const;
    // The tint of a family colour used to fill the steps that require it (towards the background).
    QColor familyTint(const QString &family) const;

    QColor bandFill() const;      // the background of a stage band
    QColor bandOutline() const;
    QColor bandTitle() const;

    QColor selected() const;      // outline of the selected step
    QColor needed() const;        // outline of what the selected step needs
    QColor needing() const;       // outline of what needs the selected step
    QColor witness() const;       // the "why does A need B" path

    // Mixes a colour towards the background: used for dimmed steps and edges (no transparency, so
    // SVG, PDF and the screen agree).
    QColor dimmed(const QColor &color) const;
    // Less faded, for edges that do not lead into the highlighted story.
    QColor context(const QColor &color) const;

    // Edge pen by requirement kind.
    QColor edgeColor(RequirementKind kind) const;
    static qreal edgeWidth(RequirementKind kind);
    static Qt::PenStyle edgePenStyle(RequirementKind kind);

    // "Python" for "python", "C compiler" for "c-compiler".
    static QString familyDisplayName(const QString &family);

    // WCAG relative luminance and contrast ratio (1 … 21).
    static qreal luminance(const QColor &color);
    static qreal contrast(const QColor &a, const QColor &b);

private:
    Theme m_theme;
};

} // namespace Seedline

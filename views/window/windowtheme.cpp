// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowtheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleHints>

namespace Seedline {

namespace {

// The desktop's palette, kept the first time the window changes the application's (GUI thread).
struct Desktop
{
    bool overridden = false;
    QPalette palette;
};

Desktop &desktop()
{
    static Desktop d;
    return d;
}

QPalette darkPalette()
{
    const Palette graph(Theme::Dark);
    QPalette p;
    // Fusion outlines indicators in the window colour darkened: a base lighter than that outline
    // keeps check boxes in lists and tables visible.
    const QColor window(0x2a, 0x2d, 0x32), base(0x30, 0x33, 0x3a), text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x84, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x36, 0x39, 0x40));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x44, 0x48, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x46));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x32, 0x38));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, graph.familyColor(QStringLiteral("python")));
    p.setColor(QPalette::LinkVisited, graph.needing());
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

Theme themeOf(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Theme::Dark : Theme::Light;
}

} // namespace

Theme desktopTheme()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark: return Theme::Dark;
    case Qt::ColorScheme::Light: return Theme::Light;
    default: break;
    }
#endif
    return themeOf(desktop().overridden ? desktop().palette : QGuiApplication::palette());
}

Theme resolveTheme(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return Theme::Light;
    case ThemeChoice::Dark: return Theme::Dark;
    case ThemeChoice::System: break;
    }
    return desktopTheme();
}

void applyWindowTheme(ThemeChoice choice)
{
    Desktop &d = desktop();
    const Theme wanted = resolveTheme(choice);
    if (choice == ThemeChoice::System || wanted == desktopTheme()) {
        if (d.overridden) {
            QApplication::setPalette(d.palette);
            d.overridden = false;
        }
        return;
    }
    if (!d.overridden) {
        d.palette = QApplication::palette();
        d.overridden = true;
    }
    QApplication::setPalette(wanted == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace Seedline

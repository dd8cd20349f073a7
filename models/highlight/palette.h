// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requirement.h"

#include <QColor>
#include <QString>

namespace Seedline {

// The one palette shared by the screen and every export. Colours follow the Okabe–Ito
// colour-blind-safe set where they can, and every text colour has at least 4.5:1 contrast on its fill.
namespace Palette {

QColor background();      // white
QColor stepFill();        // a plain step
QColor stepOutline();
QColor text();            // on light fills
QColor textOn(const QColor &fill); // black or white, whichever reads better on `fill`

// A family's colour: python blue, rust orange, the others from a fixed list by name.
QColor familyColor(const QString &family);
// The light tint of a family colour used to fill the steps that require it.
QColor familyTint(const QString &family);

QColor bandFill();        // the background of a stage band
QColor bandOutline();
QColor bandTitle();

QColor selected();        // outline of the selected step
QColor needed();          // outline of what the selected step needs
QColor needing();         // outline of what needs the selected step
QColor witness();         // the "why does A need B" path

// Mixes a colour towards the background: used for dimmed steps and edges (no transparency, so SVG,
// PDF and the screen agree).
QColor dimmed(const QColor &color);
// Lighter, for edges that do not lead into the highlighted story (less than dimmed).
QColor context(const QColor &color);

// Edge pen by requirement kind.
QColor edgeColor(RequirementKind kind);
qreal edgeWidth(RequirementKind kind);
Qt::PenStyle edgePenStyle(RequirementKind kind);

// "Python" for "python", "C compiler" for "c-compiler".
QString familyDisplayName(const QString &family);

} // namespace Palette
} // namespace Seedline

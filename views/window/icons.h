// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStringList>

namespace Seedline::Icons {

// Seedline's line icons, used where the icon theme has none: resources/icons/toolbar/NAME.svg
// (":/icons/toolbar/NAME.svg" in resources/seedline.qrc), drawn with the application palette's text
// colour when they are painted, so they follow a palette change. Null for a name we have no file for.
QIcon icon(const QString &name);

// The names icon() knows: "zoom-in", "zoom-out", "zoom-fit-best", "edit-find", "why", "focus",
// "document-open", "view-refresh", "document-export".
QStringList names();

// The application icon: the icon theme's SEEDLINE_APP_ID (installed into hicolor) first, else ours
// from the resources (resources/icons/app/seedline.svg, and seedline-16.svg drawn for small sizes).
QIcon applicationIcon();

} // namespace Seedline::Icons

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"
#include "highlight/palette.h"

namespace Seedline {

// The desktop's theme: QStyleHints::colorScheme() where this Qt has it (6.5 and later) and knows,
// otherwise the lightness of the desktop palette's window colour (as it was before
// applyWindowTheme() changed it).
Theme desktopTheme();

// The theme a choice means on this desktop.
Theme resolveTheme(ThemeChoice choice);

// The application's widgets in the theme: a choice that differs from the desktop's gets Fusion's
// colours for it (a dark palette, or Fusion's light standard palette); System gives the desktop's
// palette back. GUI thread only.
void applyWindowTheme(ThemeChoice choice);

} // namespace Seedline

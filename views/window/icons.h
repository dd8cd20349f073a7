// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Seedline::Icons {

// Small line icons drawn from SVG held in the code (no resource file), used when the icon theme
// has none: "zoom-in", "zoom-out", "zoom-fit-best", "edit-find", "why", "focus".
QIcon icon(const QString &name);

} // namespace Seedline::Icons

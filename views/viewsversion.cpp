// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewsversion.h"

#include "seedline-config.h"

namespace Seedline {
QString viewsVersion()
{
    return QStringLiteral(SEEDLINE_VERSION_STRING);
}
} // namespace Seedline

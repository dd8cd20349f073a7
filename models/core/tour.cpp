// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour.h"

namespace Seedline {

QString tourZoomName(const TourZoom &zoom)
{
    switch (zoom.mode) {
    case TourZoom::Mode::Fit:
        return QStringLiteral("fit");
    case TourZoom::Mode::All:
        return QStringLiteral("all");
    case TourZoom::Mode::Factor:
        break;
    }
    return QString::number(zoom.factor);
}

} // namespace Seedline

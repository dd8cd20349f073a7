// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

namespace Seedline {

QString StepSelector::toString() const
{
    if (!id.isEmpty())
        return id;
    QString out = family;
    if (!version.clauses.isEmpty())
        out += u' ' + version.toString();
    if (pick == Pick::Newest)
        out += QStringLiteral(" (newest)");
    else if (pick == Pick::Oldest)
        out += QStringLiteral(" (oldest)");
    return out;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QJsonArray>
#include <QStringList>

namespace Seedline {

// The tours of a chain for `seedline summary --json`: [{ "name", "title", "description" (when set),
// "stops": [{ "caption", "steps" (ids, resolved on `chain`, in build order), "highlight" (families),
// "zoom" ("fit", "all" or a number), "scenarios" (names) }] }].
QJsonArray toursToJson(const Chain &chain);

// One line for the text summary: "2 tours: seed-to-gcc (9 stops), ..."; empty without tours.
QString toursSummaryLine(const Chain &chain);

} // namespace Seedline

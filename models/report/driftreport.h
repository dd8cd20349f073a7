// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partsrst/drift.h"

#include <QJsonObject>
#include <QString>

namespace Seedline {

// {"missing_from_parts": [...], "missing_from_manifest": [...], "version_mismatches": [...]}
QJsonObject driftToJson(const DriftReport &report);
// A short readable listing.
QString driftToText(const DriftReport &report, const QString &partsName, const QString &manifestName);

} // namespace Seedline

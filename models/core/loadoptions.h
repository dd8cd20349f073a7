// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families.h"

#include <QMap>
#include <QString>

namespace Seedline {

// Options every loader accepts.
struct LoadOptions
{
    // live-bootstrap configuration variables set by the user (VAR -> value), on top of the defaults.
    QMap<QString, QString> config;
    // Name patterns for inputs without declared families.
    FamilyPatterns families = FamilyPatterns::defaults();
    // Bytes above this are refused with a diagnostic instead of being parsed (a 50 MB file is fine).
    qint64 maxFileBytes = 256 * 1024 * 1024;
};

} // namespace Seedline

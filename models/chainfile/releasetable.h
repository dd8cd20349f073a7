// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/timeline.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Seedline {

// Reads a release table: tab-separated, a header row naming the columns `version`, `date` (YYYY-MM-DD)
// and optionally `source`, in any order; blank lines and lines starting with '#' are skipped.
// Every row becomes a Release of `family`; bad rows become diagnostics with line and column.
QVector<Release> parseReleaseTable(const QByteArray &bytes, const QString &fileName, const QString &family,
                                   Diagnostics *diagnostics);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Seedline {

// Levenshtein distance (case-insensitive); stops early and returns limit+1 once above `limit`.
int editDistance(const QString &a, const QString &b, int limit = 1 << 20);

// The candidates nearest to `word`, best first, at most `max`, and only reasonably close ones
// (distance at most max(2, len/3), or sharing a prefix of at least 3 characters).
QStringList nearestWords(const QString &word, const QStringList &candidates, int max = 3);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainanalysis.h"

#include <QString>
#include <QStringList>

namespace Seedline {

// What a real step looks like in the picture: the families of `families` it provides ("m:python")
// or needs ("r:python", "n:python" when only the what-if adds it). Steps that look alike may share
// a folded run.
QString stepLook(const ChainAnalysis &analysis, int step, const QStringList &families, bool tintRequirers = true,
                 bool markScenario = true);

// The families of `options` that are shown (not hidden), in order.
QStringList shownFamilies(const QStringList &families, const QSet<QString> &hidden);

} // namespace Seedline

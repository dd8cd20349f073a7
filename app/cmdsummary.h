// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Seedline::Cli {

int runSummary(const QStringList &arguments);
QString summaryUsage();

} // namespace Seedline::Cli

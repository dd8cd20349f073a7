// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Seedline::Cli {

int runDrift(const QStringList &arguments);
QString driftUsage();

} // namespace Seedline::Cli

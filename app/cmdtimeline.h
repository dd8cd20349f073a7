// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Seedline::Cli {

int runTimeline(const QStringList &arguments);
QString timelineUsage();

} // namespace Seedline::Cli

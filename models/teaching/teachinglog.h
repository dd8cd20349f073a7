// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Seedline {
Q_DECLARE_LOGGING_CATEGORY(lcTeaching)
} // namespace Seedline

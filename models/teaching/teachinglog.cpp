// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teachinglog.h"

namespace Seedline {
Q_LOGGING_CATEGORY(lcTeaching, "seedline.teaching", QtInfoMsg)
} // namespace Seedline

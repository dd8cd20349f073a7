// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelog.h"

namespace Seedline {
Q_LOGGING_CATEGORY(lcTimeline, "seedline.timeline", QtInfoMsg)
} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelog.h"

namespace Seedline {

Q_LOGGING_CATEGORY(lcSource, "seedline.source", QtWarningMsg)

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Seedline {

// models/source: buffers, recovery, syntax highlighting backends.
Q_DECLARE_LOGGING_CATEGORY(lcSource)

} // namespace Seedline

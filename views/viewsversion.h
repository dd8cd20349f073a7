// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
namespace Seedline {
QString viewsVersion();
}

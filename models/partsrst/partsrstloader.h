// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/loadoptions.h"

#include <QByteArray>
#include <QString>

namespace Seedline {

// Reads live-bootstrap's parts.rst: one step per section (2021-2026 layouts), extra passes from the
// prose, sequence edges in document order, mentioned edges where prose names an earlier step.
LoadResult loadPartsRst(const QByteArray &bytes, const QString &fileName, const LoadOptions &options = {});

} // namespace Seedline

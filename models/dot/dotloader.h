// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/loadoptions.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Seedline {

// Reads Graphviz DOT through cgraph (from memory). Node names map to families through
// options.families; node, edge and graph attributes are kept in Step::attributes,
// Requirement::attributes and Chain::graphAttributes.
LoadResult loadDot(const QByteArray &bytes, const QString &fileName, const LoadOptions &options = {});

} // namespace Seedline

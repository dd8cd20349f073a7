// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace Seedline {

struct DotWriteOptions
{
    enum class RankDir { TopToBottom, LeftToRight };

    QString graphName;      // empty: the chain's title, else an anonymous graph
    QString title;          // written as the graph label when set
    std::optional<RankDir> rankDir;      // unset: the chain's own rankdir attribute, if any
    RequirementKinds kinds = allKinds(); // which requirement kinds become edges
    bool includeExcluded = false;        // steps whose predicate is false (and their edges)
    bool legend = false;                 // a cluster explaining the edge kinds that occur
    // Extra attributes for highlighting, written after the kept ones (they win):
    QHash<int, QMap<QString, QString>> stepAttributes;        // by step index
    QHash<int, QMap<QString, QString>> requirementAttributes; // by requirement index
};

// Writes a chain as Graphviz DOT (UTF-8). Step ids become node names, requirements become
// edges "from -> to" (from needs to), every attribute kept from DOT input is written back,
// graph attributes included; nodes with a "seedline:cluster" attribute are grouped in their
// cluster. Strings are quoted with quotes, backslashes at the end and line breaks escaped.
// Attributes named "seedline:*" are Seedline's own bookkeeping: they steer the writer.
QByteArray writeDot(const Chain &chain, const DotWriteOptions &options = {});

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/loadoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Seedline {

enum class InputKind { Unknown, PartsRst, Manifest, Checkout, ChainFile, Dot };

QString inputKindName(InputKind kind);

// Decides what a path holds: a checkout directory, parts.rst, a manifest, a chain file or DOT.
// Uses the name first and sniffs the first bytes when the name says nothing.
InputKind detectInputKind(const QString &path, const QByteArray &head = {});
// What the first bytes of a file look like, whatever its name (Unknown when they say nothing).
InputKind sniffInputKind(const QByteArray &head);

// Loads one file or directory of any supported kind.
LoadResult loadPath(const QString &path, const LoadOptions &options = {});

// Loads several inputs and stitches them into one chain joined by ids.
// Whether a graph's edges look like "B is derived from A" rather than "A needs B": the steps that
// provide a C compiler, a libc or a shell point at many others and are pointed at by few.
bool looksReversed(const Chain &chain);

LoadResult loadPaths(const QStringList &paths, const LoadOptions &options = {});

// The chains Seedline ships, compiled in (chains/seedline.chain.toml and what it includes).
QString embeddedDefaultPath();
LoadResult loadEmbeddedDefault(const LoadOptions &options = {});

} // namespace Seedline

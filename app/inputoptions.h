// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/loadoptions.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Seedline::Cli {

// Adds --config VAR=VALUE and --family NAME=REGEX (both repeatable) and --max-input-size to a parser.
void addLoadOptions(QCommandLineParser &parser);
// Adds only --max-input-size SIZE (for commands that read inputs without a configuration).
void addReadOptions(QCommandLineParser &parser);

// Reads them back; on a malformed value returns nullopt and sets *error.
std::optional<LoadOptions> loadOptionsFrom(const QCommandLineParser &parser, QString *error);
// Reads --max-input-size into *options; false and *error on a malformed value.
bool readOptionsFrom(const QCommandLineParser &parser, LoadOptions *options, QString *error);

// Loads the inputs, or the shipped chains when there are none.
LoadResult loadInputsOrDefault(const QStringList &inputs, const LoadOptions &options);

// Turns "--path FROM TO" into "--path-from FROM --path-to TO" so QCommandLineParser can read it.
QStringList expandTwoValueOption(const QStringList &arguments, const QString &option);

} // namespace Seedline::Cli

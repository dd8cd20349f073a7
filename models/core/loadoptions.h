// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families.h"

#include <QMap>
#include <QString>

#include <memory>

namespace Seedline {

class FileProvider; // models/source/fileprovider.h

// The default size limit of one input file (the largest real input, parts.rst, is under 1 MB).
inline constexpr qint64 defaultMaxInputBytes = qint64(256) * 1024 * 1024;

// Options every loader accepts.
struct LoadOptions
{
    // live-bootstrap configuration variables set by the user (VAR -> value), on top of the defaults.
    QMap<QString, QString> config;
    // Name patterns for inputs without declared families.
    FamilyPatterns families = FamilyPatterns::defaults();
    // Bytes above this are refused with a diagnostic instead of being parsed (a 50 MB file is fine);
    // every input, include and build script is read with this bound (models/io/boundedread.h).
    qint64 maxFileBytes = defaultMaxInputBytes;
    // A pipe that sends nothing for this long, and a FIFO nobody writes to for this long, are given up.
    int streamTimeoutMs = 30000;
    int fifoTimeoutMs = 1000;
    // DOT inputs whose edges point from what is needed to what needs it ("derived from"): turned
    // round so that every edge reads "A needs B".
    bool reverseDotEdges = false;
    // Unsaved buffers read instead of the disk (the source pane's edits); null reads the disk only.
    std::shared_ptr<const FileProvider> files;
};

} // namespace Seedline

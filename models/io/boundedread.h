// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loadoptions.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Seedline {

// How much and how long readBounded() reads.
struct ReadLimits
{
    qint64 maxBytes = defaultMaxInputBytes;
    // A pipe (`<(...)`, or a FIFO someone writes to) that sends nothing for this long is given up.
    int streamTimeoutMs = 30000;
    // A FIFO that nobody has opened for writing is given up after this long.
    int fifoTimeoutMs = 1000;

    static ReadLimits from(const LoadOptions &options);
};

struct ReadResult
{
    enum class Failure {
        None,
        Missing,    // no such file
        NotAFile,   // a directory, a device node, a socket
        TooLarge,   // more than ReadLimits::maxBytes
        Timeout,    // a pipe or FIFO that sent nothing in time
        System,     // the system refused (permission, I/O error)
    };
    bool ok = false;
    QByteArray bytes;
    Failure failure = Failure::None;
    QString error; // why, as the end of a sentence without the path: "it is a character device ..."
};

// Reads a whole input with bounds: a regular file up to limits.maxBytes, or a readable stream (an
// anonymous pipe such as bash's `<(...)` or /dev/stdin, a FIFO someone writes to) until its end,
// within the size limit and the timeouts. Device nodes (/dev/zero, /dev/tty...), directories and
// sockets are refused without being opened; a FIFO that nobody writes to is given up after
// limits.fifoTimeoutMs. Never blocks longer than the timeouts, never allocates more than the limit
// (plus one read buffer).
ReadResult readBounded(const QString &path, const ReadLimits &limits = {});

// "256 MB", "1.5 GB", "64 KB", "100 bytes" (powers of 1024).
QString formatByteSize(qint64 bytes);
// "256M", "1G", "512k", "1.5G", "300MB", "1048576" (K, M, G are powers of 1024); nullopt when it is
// not a size greater than zero.
std::optional<qint64> parseByteSize(const QString &text);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Seedline {

// What writeFileAtomically did.
struct WriteResult
{
    bool ok = false;
    QString path;   // as given
    QString target; // the file that was (or would have been) replaced: `path` with symbolic links followed
    qint64 bytes = 0;
    QString reason; // the system's reason ("No space left on device") or ours ("it is a character device")
    int errorCode = 0; // errno when the system gave the reason, else 0

    // "cannot write out.svg: No space left on device" (empty when ok).
    QString message() const;
};

// Writes `bytes` to `path` so that afterwards the path holds exactly these bytes, or nothing changed:
// the bytes go to a temporary file beside the target, every write is checked (a short write is an
// error), the file is flushed to the disk and only then renamed over the target. On any failure the
// temporary file is removed and an existing file keeps its old content.
//
// Only regular files and new paths are written, also through symbolic links (a link is followed and
// its target replaced; the link stays): a directory, a device node (/dev/null), a FIFO or a socket is
// refused and left alone. An existing file keeps its permission bits. The command line and the
// window (exports, and Save of the chain file editor) both write through this.
WriteResult writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/safewrite.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace Seedline {

// The unsaved text of one buffer, as written for recovery.
struct RecoveryEntry
{
    QString path;           // the file it edits (or the name of an untitled one)
    bool untitled = false;
    QString text;
    QByteArray baseDigest;  // SHA-256 of the file the edits were made against
    qint64 pid = 0;         // the Seedline that wrote it
    qint64 processStart = 0; // and when that process started (a reused pid is not it)
    QDateTime written;
    QString recoveryFile;   // where it lies (filled in by entries())
};

// Recovery files: the unsaved edits of every buffer, written every few seconds while they are
// unsaved and removed when they are saved or discarded, so that a Seedline that crashed (or was
// killed) loses at most the last few seconds. The next Seedline offers the entries whose writer is
// gone (orphans()); entries of a Seedline still running are left to it.
//
// One JSON file per process and buffer in directory() (AppDataLocation/recovery by default),
// written with writeFileAtomically().
class RecoveryStore
{
public:
    explicit RecoveryStore(const QString &directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Writes this process's entry for `entry.path` (pid and start time are filled in).
    WriteResult write(RecoveryEntry entry) const;
    // Removes this process's entry for `path`.
    void remove(const QString &path) const;
    // Removes this process's entries.
    void removeAll() const;

    QVector<RecoveryEntry> entries() const;
    // The entries whose process is gone: what a crash left behind.
    QVector<RecoveryEntry> orphans() const;
    void discard(const RecoveryEntry &entry) const;

    static qint64 currentProcessStart();
    static bool isProcessRunning(qint64 pid, qint64 start);

private:
    QString fileFor(qint64 pid, const QString &path) const;
    QString m_directory;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QFileSystemWatcher;
class QTextDocument;

namespace Seedline {

class BufferSnapshot;
class SourceBuffer;

// The files open in the source pane. Watches them on disk (SourceBuffer::checkDisk() decides what a
// change means), writes the unsaved ones to the RecoveryStore a few seconds after each edit, and
// gives the loaders their unsaved text (snapshot()).
class SourceBuffers : public QObject
{
    Q_OBJECT
public:
    using DocumentFactory = std::function<QTextDocument *()>;

    explicit SourceBuffers(QObject *parent = nullptr);
    ~SourceBuffers() override;

    // Makes the QTextDocument of each new buffer (the view gives its documents a plain-text layout).
    void setDocumentFactory(DocumentFactory factory) { m_factory = std::move(factory); }
    void setRecoveryStore(const RecoveryStore &store) { m_recovery = store; }
    const RecoveryStore &recoveryStore() const { return m_recovery; }
    // How long after an edit the unsaved text is written for recovery (ms).
    void setRecoveryInterval(int ms) { m_recoveryTimer.setInterval(ms); }
    int recoveryInterval() const { return m_recoveryTimer.interval(); }
    // Files larger than this are not opened in the editor.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    // The buffer of a file, read when it is not open yet (see SourceBuffer::error()).
    SourceBuffer *open(const QString &path);
    SourceBuffer *find(const QString &path) const;
    // A new file with `text`, named `path` (which must not exist) until it is saved.
    SourceBuffer *createUntitled(const QString &path, const QString &text);
    // A buffer with recovered text (its file read first, then the recovered text put over it).
    SourceBuffer *restore(const RecoveryEntry &entry);
    void close(SourceBuffer *buffer);
    QVector<SourceBuffer *> buffers() const { return m_buffers; }
    QVector<SourceBuffer *> modifiedBuffers() const;

    // The unsaved text of every modified buffer, for LoadOptions::files.
    std::shared_ptr<const BufferSnapshot> snapshot() const;

    // Writes the recovery files of the modified buffers now (also done on a timer after edits).
    void writeRecovery();
    // Removes this process's recovery files (a clean exit, or the user discarded the edits).
    void discardRecovery();

Q_SIGNALS:
    // The unsaved text changed: an edit, a save, a reload, a buffer opened or closed.
    void unsavedTextChanged();
    void bufferSaved(const QString &path, const QByteArray &bytes);
    void bufferChangedOnDisk(Seedline::SourceBuffer *buffer, bool removed);
    void bufferReloaded(Seedline::SourceBuffer *buffer);
    void recoveryWritten(const QString &path);

private:
    void adopt(SourceBuffer *buffer);
    void watch(const QString &path);
    void onFileChanged(const QString &path);
    void checkChangedFiles();

    QVector<SourceBuffer *> m_buffers;
    DocumentFactory m_factory;
    RecoveryStore m_recovery;
    QTimer m_recoveryTimer;
    QHash<SourceBuffer *, quint64> m_recoveredRevision;
    QFileSystemWatcher *m_watcher = nullptr;
    QSet<QString> m_changedPaths;
    QTimer m_diskTimer;
    qint64 m_maxBytes = 16 * 1024 * 1024;
};

} // namespace Seedline

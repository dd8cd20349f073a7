// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcebuffers.h"

#include "fileprovider.h"
#include "sourcebuffer.h"
#include "sourcelog.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTextDocument>

namespace Seedline {

SourceBuffers::SourceBuffers(QObject *parent)
    : QObject(parent)
    , m_factory([] { return new QTextDocument; })
    , m_watcher(new QFileSystemWatcher(this))
{
    m_recoveryTimer.setSingleShot(true);
    m_recoveryTimer.setInterval(3000);
    connect(&m_recoveryTimer, &QTimer::timeout, this, &SourceBuffers::writeRecovery);
    m_diskTimer.setSingleShot(true);
    m_diskTimer.setInterval(150); // editors write in several steps: look once they are done
    connect(&m_diskTimer, &QTimer::timeout, this, &SourceBuffers::checkChangedFiles);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &SourceBuffers::onFileChanged);
}

SourceBuffers::~SourceBuffers() = default;

SourceBuffer *SourceBuffers::find(const QString &path) const
{
    for (SourceBuffer *b : m_buffers) {
        if (isSameFile(b->path(), path))
            return b;
    }
    return nullptr;
}

SourceBuffer *SourceBuffers::open(const QString &path)
{
    if (SourceBuffer *existing = find(path))
        return existing;
    auto *buffer = new SourceBuffer(m_factory(), this);
    buffer->load(normalizedPath(path), m_maxBytes);
    adopt(buffer);
    return buffer;
}

SourceBuffer *SourceBuffers::createUntitled(const QString &path, const QString &text)
{
    auto *buffer = new SourceBuffer(m_factory(), this);
    buffer->setUntitled(normalizedPath(path), text);
    adopt(buffer);
    Q_EMIT unsavedTextChanged();
    return buffer;
}

SourceBuffer *SourceBuffers::restore(const RecoveryEntry &entry)
{
    SourceBuffer *buffer = nullptr;
    if (entry.untitled || !QFileInfo::exists(entry.path)) {
        buffer = createUntitled(entry.path, entry.text);
    } else {
        buffer = open(entry.path);
        buffer->restore(entry.text, entry.baseDigest);
        // The file changed since the edits were made: asked about as a change while editing.
        buffer->checkDisk();
    }
    m_recovery.discard(entry);
    m_recoveredRevision.remove(buffer);
    m_recoveryTimer.start();
    Q_EMIT unsavedTextChanged();
    return buffer;
}

void SourceBuffers::adopt(SourceBuffer *buffer)
{
    m_buffers << buffer;
    watch(buffer->path());
    connect(buffer, &SourceBuffer::edited, this, [this] {
        if (!m_recoveryTimer.isActive())
            m_recoveryTimer.start();
        Q_EMIT unsavedTextChanged();
    });
    connect(buffer, &SourceBuffer::saved, this, [this, buffer](const QString &path, const QByteArray &bytes) {
        m_recovery.remove(path);
        m_recoveredRevision.remove(buffer);
        watch(path);
        Q_EMIT bufferSaved(path, bytes);
        Q_EMIT unsavedTextChanged();
    });
    connect(buffer, &SourceBuffer::pathChanged, this, [this, buffer](const QString &) {
        // A Save As: the recovery entry of the old name goes (the next write uses the new one).
        m_recovery.removeAll();
        m_recoveredRevision.clear();
        writeRecovery();
        watch(buffer->path());
    });
    connect(buffer, &SourceBuffer::reloaded, this, [this, buffer] {
        m_recovery.remove(buffer->path());
        m_recoveredRevision.remove(buffer);
        Q_EMIT bufferReloaded(buffer);
        Q_EMIT unsavedTextChanged();
    });
    connect(buffer, &SourceBuffer::changedOnDisk, this,
            [this, buffer](bool removed) { Q_EMIT bufferChangedOnDisk(buffer, removed); });
}

void SourceBuffers::close(SourceBuffer *buffer)
{
    if (!m_buffers.removeOne(buffer))
        return;
    m_recovery.remove(buffer->path());
    m_recoveredRevision.remove(buffer);
    if (!buffer->isUntitled() && !buffer->isResource() && !find(buffer->path()))
        m_watcher->removePath(buffer->path());
    const bool wasModified = buffer->isModified();
    buffer->deleteLater();
    if (wasModified)
        Q_EMIT unsavedTextChanged();
}

QVector<SourceBuffer *> SourceBuffers::modifiedBuffers() const
{
    QVector<SourceBuffer *> out;
    for (SourceBuffer *b : m_buffers) {
        if (b->isModified())
            out << b;
    }
    return out;
}

std::shared_ptr<const BufferSnapshot> SourceBuffers::snapshot() const
{
    auto snapshot = std::make_shared<BufferSnapshot>();
    for (SourceBuffer *b : m_buffers) {
        if (b->isModified() && !b->isResource())
            snapshot->insert(b->path(), b->bytes());
    }
    return snapshot;
}

void SourceBuffers::writeRecovery()
{
    for (SourceBuffer *b : std::as_const(m_buffers)) {
        if (!b->isModified()) {
            if (m_recoveredRevision.remove(b))
                m_recovery.remove(b->path());
            continue;
        }
        if (m_recoveredRevision.value(b, ~quint64(0)) == b->revision())
            continue;
        RecoveryEntry entry;
        entry.path = b->path();
        entry.untitled = b->isUntitled();
        entry.text = b->text();
        entry.baseDigest = b->baseDigest();
        const WriteResult written = m_recovery.write(entry);
        if (!written.ok) {
            qCWarning(lcSource) << "cannot write the recovery file:" << written.message();
            continue;
        }
        m_recoveredRevision.insert(b, b->revision());
        Q_EMIT recoveryWritten(b->path());
    }
}

void SourceBuffers::discardRecovery()
{
    m_recoveryTimer.stop();
    m_recovery.removeAll();
    m_recoveredRevision.clear();
}

void SourceBuffers::watch(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1String(":/")) || !QFileInfo::exists(path))
        return;
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void SourceBuffers::onFileChanged(const QString &path)
{
    m_changedPaths.insert(path);
    m_diskTimer.start();
}

void SourceBuffers::checkChangedFiles()
{
    const QSet<QString> paths = std::exchange(m_changedPaths, {});
    for (const QString &path : paths) {
        watch(path); // a file replaced by a rename (every atomic save) is watched again
        for (SourceBuffer *b : std::as_const(m_buffers)) {
            if (b->path() == path)
                b->checkDisk();
        }
    }
}

} // namespace Seedline

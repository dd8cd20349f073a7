// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcebuffer.h"

#include "sourcelog.h"

#include "io/boundedread.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTextDocument>

namespace Seedline {

SourceBuffer::SourceBuffer(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_writer(&writeFileAtomically)
{
    m_document->setParent(this);
    m_document->setUndoRedoEnabled(true);
    connect(m_document, &QTextDocument::modificationChanged, this, &SourceBuffer::modificationChanged);
    connect(m_document, &QTextDocument::contentsChanged, this, [this] {
        ++m_revision;
        Q_EMIT edited();
    });
}

SourceBuffer::~SourceBuffer() = default;

QString SourceBuffer::displayName() const
{
    return QFileInfo(m_path).fileName();
}

bool SourceBuffer::isModified() const
{
    return m_document->isModified();
}

QByteArray SourceBuffer::digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool SourceBuffer::decode(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    // Files with CRLF line endings keep them when saved; the editor works with \n.
    m_crlf = bytes.contains("\r\n") && bytes.count("\r\n") == bytes.count('\n');
    if (m_crlf)
        decoded.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    *text = std::move(decoded);
    return true;
}

void SourceBuffer::setText(const QString &text)
{
    const bool undo = m_document->isUndoRedoEnabled();
    m_document->setUndoRedoEnabled(false); // a freshly read file has nothing to undo
    m_document->setPlainText(text);
    m_document->setUndoRedoEnabled(undo);
    m_document->setModified(false);
}

bool SourceBuffer::load(const QString &path, qint64 maxBytes)
{
    m_path = path;
    m_untitled = false;
    m_maxBytes = maxBytes;
    m_error.clear();
    m_readOnlyReason.clear();
    m_conflict = false;
    QByteArray bytes;
    if (isResource()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("%1 is not compiled into this Seedline").arg(path);
            setText({});
            return false;
        }
        bytes = file.readAll();
        m_readOnlyReason = tr("a chain Seedline ships, compiled in: read-only");
    } else {
        ReadLimits limits;
        limits.maxBytes = maxBytes;
        ReadResult read = readBounded(path, limits);
        if (!read.ok) {
            m_error = QStringLiteral("cannot read %1: %2").arg(QFileInfo(path).fileName(), read.error);
            m_readOnlyReason = m_error;
            setText({});
            return false;
        }
        bytes = std::move(read.bytes);
    }
    QString text;
    if (!decode(bytes, &text)) {
        m_readOnlyReason = tr("not UTF-8 text: shown read-only so that saving cannot change its bytes");
        text = QString::fromLatin1(bytes);
    }
    m_baseDigest = digest(bytes);
    setText(text);
    qCDebug(lcSource) << "loaded" << path << bytes.size() << "bytes";
    return true;
}

void SourceBuffer::setUntitled(const QString &path, const QString &text)
{
    m_path = path;
    m_untitled = true;
    m_crlf = false;
    m_error.clear();
    m_readOnlyReason.clear();
    m_baseDigest.clear();
    setText(text);
    m_document->setModified(true); // a new file is unsaved until it is saved
    Q_EMIT pathChanged(m_path);
}

void SourceBuffer::restore(const QString &text, const QByteArray &baseDigest)
{
    m_document->setPlainText(text);
    m_document->setModified(true);
    m_baseDigest = baseDigest;
}

QString SourceBuffer::text() const
{
    return m_document->toPlainText();
}

QByteArray SourceBuffer::bytes() const
{
    QString text = m_document->toPlainText();
    if (m_crlf)
        text.replace(u'\n', QStringLiteral("\r\n"));
    return text.toUtf8();
}

WriteResult SourceBuffer::save()
{
    if (m_untitled || isResource() || isReadOnly()) {
        WriteResult result;
        result.path = m_path;
        result.reason = m_untitled ? tr("it has no file yet: use Save As") : m_readOnlyReason;
        return result;
    }
    const QByteArray out = bytes();
    const WriteResult result = m_writer ? m_writer(m_path, out) : writeFileAtomically(m_path, out);
    if (!result.ok) {
        qCWarning(lcSource) << result.message();
        return result; // the edits stay in the editor, modified
    }
    m_baseDigest = digest(out);
    m_conflict = false;
    m_document->setModified(false);
    Q_EMIT saved(m_path, out);
    return result;
}

WriteResult SourceBuffer::saveAs(const QString &path)
{
    const QString previous = m_path;
    const bool wasUntitled = m_untitled;
    const QString reason = m_readOnlyReason;
    m_path = path;
    m_untitled = false;
    m_readOnlyReason.clear();
    const WriteResult result = save();
    if (!result.ok) {
        m_path = previous;
        m_untitled = wasUntitled;
        m_readOnlyReason = reason;
        return result;
    }
    if (previous != path)
        Q_EMIT pathChanged(m_path);
    return result;
}

SourceBuffer::DiskState SourceBuffer::checkDisk()
{
    if (m_untitled || isResource() || !m_error.isEmpty())
        return DiskState::Same;
    ReadLimits limits;
    limits.maxBytes = m_maxBytes;
    const ReadResult read = readBounded(m_path, limits);
    if (!read.ok) {
        if (read.failure != ReadResult::Failure::Missing)
            return DiskState::Same; // unreadable for now: nothing to compare
        m_conflict = true;
        Q_EMIT changedOnDisk(true);
        return DiskState::Removed;
    }
    if (digest(read.bytes) == m_baseDigest)
        return DiskState::Same; // our own save, or a touch
    if (!isModified()) {
        QString text;
        if (!decode(read.bytes, &text)) {
            m_readOnlyReason = tr("not UTF-8 text: shown read-only so that saving cannot change its bytes");
            text = QString::fromLatin1(read.bytes);
        }
        m_baseDigest = digest(read.bytes);
        setText(text);
        Q_EMIT reloaded();
        return DiskState::Changed;
    }
    m_conflict = true;
    Q_EMIT changedOnDisk(false);
    return DiskState::Changed;
}

bool SourceBuffer::reloadFromDisk()
{
    const QString path = m_path;
    if (!load(path, m_maxBytes))
        return false;
    Q_EMIT reloaded();
    return true;
}

void SourceBuffer::keepEdits()
{
    m_conflict = false;
    ReadLimits limits;
    limits.maxBytes = m_maxBytes;
    const ReadResult read = readBounded(m_path, limits);
    // The edits now stand against what is on disk: asked again only when it changes again.
    m_baseDigest = read.ok ? digest(read.bytes) : QByteArray();
    m_document->setModified(true);
}

} // namespace Seedline

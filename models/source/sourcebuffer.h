// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/safewrite.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QTextDocument;

namespace Seedline {

// One file open in the source pane: its text (a QTextDocument, with undo and redo), what it was
// when read or saved last (to tell our own saves and touches from real changes on disk), and
// whether it may be edited.
//
// Nothing is lost: save() writes through writeFileAtomically() (the file holds the new text whole,
// or keeps the old one) and keeps the edits when the write fails, with the reason. A file that
// changed on disk is reloaded when there are no edits, and asked about (changedOnDisk()) when
// there are.
class SourceBuffer : public QObject
{
    Q_OBJECT
public:
    using Writer = std::function<WriteResult(const QString &path, const QByteArray &bytes)>;
    enum class DiskState { Same, Changed, Removed };

    // Takes the document (a QPlainTextEdit needs one with a QPlainTextDocumentLayout: the view makes it).
    explicit SourceBuffer(QTextDocument *document, QObject *parent = nullptr);
    ~SourceBuffer() override;

    // Reads a file (a ":/" resource is read-only). False, with error(), when it cannot be shown.
    bool load(const QString &path, qint64 maxBytes);
    // A new file that exists only here: saved with saveAs(). `path` names it for the loaders.
    void setUntitled(const QString &path, const QString &text);
    // Restores text recovered after a crash: the buffer is modified, based on `baseDigest`.
    void restore(const QString &text, const QByteArray &baseDigest);

    QString path() const { return m_path; }
    QString displayName() const;
    bool isUntitled() const { return m_untitled; }
    bool isResource() const { return m_path.startsWith(QLatin1String(":/")); }
    QTextDocument *document() const { return m_document; }
    bool isModified() const;
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString error() const { return m_error; }

    QString text() const;
    QByteArray bytes() const; // what save() writes (UTF-8, the file's line endings)
    // SHA-256 of the bytes read or saved last (empty for an untitled buffer).
    QByteArray baseDigest() const { return m_baseDigest; }
    // Counts edits: changes whenever the text does (for the recovery writer).
    quint64 revision() const { return m_revision; }

    // Saves to path() (an untitled buffer needs saveAs()). On failure the edits stay.
    WriteResult save();
    WriteResult saveAs(const QString &path);
    // Replaces the writer (tests simulate failures); an empty one restores writeFileAtomically().
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    // Compares the file with what was read or saved last: an unmodified buffer takes the new
    // content (reloaded()); a modified one emits changedOnDisk() and waits for reloadFromDisk()
    // or keepEdits().
    DiskState checkDisk();
    bool reloadFromDisk();
    // Keeps the edits against the file as it is on disk now (asked again only if it changes again).
    void keepEdits();
    bool isConflicted() const { return m_conflict; }

    static QByteArray digest(const QByteArray &bytes);

Q_SIGNALS:
    void modificationChanged(bool modified);
    void saved(const QString &path, const QByteArray &bytes);
    void reloaded();
    void changedOnDisk(bool removed);
    void pathChanged(const QString &path);
    void edited();

private:
    bool decode(const QByteArray &bytes, QString *text);
    void setText(const QString &text);

    QTextDocument *m_document;
    QString m_path;
    bool m_untitled = false;
    bool m_crlf = false;
    QString m_readOnlyReason;
    QString m_error;
    QByteArray m_baseDigest;
    quint64 m_revision = 0;
    bool m_conflict = false;
    qint64 m_maxBytes = 16 * 1024 * 1024;
    Writer m_writer;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightbackend.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Seedline {

// The application's syntax highlighting: which backend highlights (the first that works of
// KSyntaxHighlighting in-process (KF6), the KF5 helper process, the KF5 command-line tool), the
// definitions Seedline adds (resources/syntax/, e.g. live-bootstrap's manifest format), and what
// to tell the user when there is none. Documents get sessions of backend(); when a backend breaks
// (its process died) the next one takes over and backendChanged() asks every document to start a
// new session.
//
// SEEDLINE_HIGHLIGHTER=kf6|helper|cli|none in the environment picks one (or none) explicitly.
class SyntaxHighlighting : public QObject
{
    Q_OBJECT
public:
    enum class Kind { InProcess, Helper, CommandLine };
    Q_ENUM(Kind)

    explicit SyntaxHighlighting(QObject *parent = nullptr);
    // Only these backends, in this order (tests; an empty list means none).
    SyntaxHighlighting(const QVector<Kind> &candidates, QObject *parent = nullptr);
    ~SyntaxHighlighting() override;

    HighlightBackend *backend() const { return m_backend.get(); }
    bool isAvailable() const { return bool(m_backend); }
    std::optional<Kind> kind() const;
    // "Syntax highlighting by …", or why there is none (one line for the status bar).
    QString status() const { return m_status; }

    // The data directory that holds org.kde.syntax-highlighting/syntax/ with Seedline's own
    // definitions (for XDG_DATA_DIRS), and that folder itself (for Repository::addCustomSearchPath).
    QString dataDirectory() const { return m_dataDir; }
    QString searchPath() const;

    // The definition for a file: by its name first, with Seedline's guess of its kind as the
    // fallback (a manifest, parts.rst, a chain file, DOT, a build script).
    static SyntaxChoice syntaxFor(const QString &path, const QByteArray &head = {});

    static QVector<Kind> defaultCandidates();

Q_SIGNALS:
    // The backend changed (the previous one broke): sessions must be made again.
    void backendChanged(const QString &reason);

private:
    void extractDefinitions();
    void pick(const QString &reasonForChange);

    QVector<Kind> m_candidates;
    std::unique_ptr<HighlightBackend> m_backend;
    std::optional<Kind> m_kind;
    QStringList m_whyNot;
    QString m_status;
    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace Seedline

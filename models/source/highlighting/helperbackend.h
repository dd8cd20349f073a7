// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightbackend.h"

#include <QHash>
#include <QPointer>

class QProcess;

namespace Seedline {

class HelperSession;

// seedline-kf5-highlighter (helpers/kf5-highlighter): KF5SyntaxHighlighting in a Qt 5 process of
// its own, started once for every document. Each edit is sent as the lines it replaced
// (helperprotocol.h); the helper keeps every line's highlighting state and answers with the lines
// whose highlighting changed, usually the one being typed in. Nothing waits for it: requests are
// written without blocking and answers are read as they come. When the helper cannot start or
// dies, broken() lets the next backend take over.
class HelperHighlightBackend : public HighlightBackend
{
    Q_OBJECT
public:
    HelperHighlightBackend(const QString &program, const QString &definitionsDir, QObject *parent = nullptr);
    ~HelperHighlightBackend() override;

    QString name() const override;
    std::unique_ptr<HighlightSession> createSession(const SyntaxChoice &syntax, bool dark) override;

    // Where the helper is: beside the executable, in ../libexec/seedline, where this build put it.
    static QString findProgram();

    // Whether the helper said hello (it is started with the first session).
    bool isReady() const { return m_ready; }
    QString helperVersion() const { return m_version; }

private:
    friend class HelperSession;
    void start();
    void send(const QByteArray &line, const QByteArray &payload = {});
    void setDark(bool dark);
    int attach(HelperSession *session);
    void detach(int id);
    void readAnswers();
    bool handle(const QList<QByteArray> &words, const QByteArray &payload);
    void fail(const QString &why);

    QString m_program;
    QString m_definitions;
    QProcess *m_process = nullptr;
    QByteArray m_in;
    bool m_ready = false;
    bool m_failed = false;
    bool m_dark = false;
    bool m_themeSent = false;
    QString m_version;
    int m_nextId = 1;
    QHash<int, QPointer<HelperSession>> m_sessions;
    QHash<int, int> m_styleIndex; // helper style id -> index into m_styles
    QVector<TextStyle> m_styles;
};

} // namespace Seedline

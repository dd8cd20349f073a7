// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightbackend.h"

#include <QProcessEnvironment>

namespace Seedline {

// KF5's command-line highlighter (`kate-syntax-highlighter --stdin -s NAME -f html -t THEME`), for
// systems without a Qt 6 build of KSyntaxHighlighting (Debian 12). Each session runs the tool on
// the whole text, asynchronously, a short pause after the last edit (never more than one run at a
// time per document), with its output bounded and its run time limited, and maps its HTML onto
// styles. The definitions directory (Seedline's own definitions) is put first in XDG_DATA_DIRS.
class CliHighlightBackend : public HighlightBackend
{
    Q_OBJECT
public:
    CliHighlightBackend(const QString &program, const QString &definitionsDir, QObject *parent = nullptr);

    QString name() const override;
    std::unique_ptr<HighlightSession> createSession(const SyntaxChoice &syntax, bool dark) override;

    QString program() const { return m_program; }
    QProcessEnvironment environment() const { return m_environment; }
    // The pause after an edit before the tool runs again (ms).
    void setDebounce(int ms) { m_debounceMs = ms; }
    int debounce() const { return m_debounceMs; }

    // Searches PATH (and the path found at configure time) for kate-syntax-highlighter.
    static QString findProgram();

private:
    QString m_program;
    QProcessEnvironment m_environment;
    int m_debounceMs = 250;
};

} // namespace Seedline

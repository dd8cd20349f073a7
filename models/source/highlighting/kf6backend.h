// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Built only where CMake finds KF6SyntaxHighlighting (SEEDLINE_HAVE_KF6_SYNTAXHIGHLIGHTING).

#include "highlightbackend.h"

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Seedline {

// KSyntaxHighlighting in-process: one Repository for the whole application (with Seedline's own
// definitions added), one LineEngine per document keeping every line's state, so that an edit
// re-highlights only the lines it changed. Results are delivered from the event loop, never from
// inside the text change that caused them.
class Kf6HighlightBackend : public HighlightBackend
{
    Q_OBJECT
public:
    explicit Kf6HighlightBackend(const QString &definitionsDir, QObject *parent = nullptr);
    ~Kf6HighlightBackend() override;

    QString name() const override;
    std::unique_ptr<HighlightSession> createSession(const SyntaxChoice &syntax, bool dark) override;

    KSyntaxHighlighting::Repository &repository() { return *m_repository; }

private:
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
};

} // namespace Seedline

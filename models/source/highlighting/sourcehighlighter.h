// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightbackend.h"

#include <QPointer>
#include <QSyntaxHighlighter>

#include <memory>

namespace Seedline {

class SyntaxHighlighting;

// Highlights a QTextDocument with the application's backend, never making typing wait: each
// change of the text is passed on as the lines it replaced, results are applied when they arrive
// to the lines whose text they were made for (a line kept its last highlighting meanwhile).
// Without a backend the text stays plain.
class SourceHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SourceHighlighter(QTextDocument *document, SyntaxHighlighting *highlighting, const SyntaxChoice &syntax,
                      bool dark = false);
    ~SourceHighlighter() override;

    // Light or dark colours (the palette's lightness decides); highlights everything again.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    SyntaxChoice syntax() const { return m_syntax; }
    // Whether any highlighting has arrived since the text was set or the theme changed.
    bool hasHighlighting() const { return m_batches > 0; }
    int batchesApplied() const { return m_batches; }
    // Why this document is plain (no backend, no definition, the tool failed); empty otherwise.
    QString failure() const { return m_failure; }
    // The format the highlighting gives the character at (0-based) line and column.
    QTextCharFormat formatAt(int line, int column) const;

Q_SIGNALS:
    void highlightingArrived();
    void failedToHighlight(const QString &reason);

protected:
    void highlightBlock(const QString &text) override;

private:
    void startSession();
    void onContentsChange(int position, int removed, int added);
    void apply(const HighlightBatch &batch);

    QPointer<SyntaxHighlighting> m_highlighting;
    SyntaxChoice m_syntax;
    bool m_dark = false;
    std::unique_ptr<HighlightSession> m_session;
    QMetaObject::Connection m_contentsConnection;
    int m_lines = 0; // of the text the session knows
    int m_batches = 0;
    QString m_failure;
};

} // namespace Seedline

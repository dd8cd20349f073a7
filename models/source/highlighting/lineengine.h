// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Incremental highlighting with KSyntaxHighlighting: the lines of one document, each with the
// highlighting state at its end, so that an edit re-highlights from the first changed line only
// until the state at a line's end is what it was before (the way QSyntaxHighlighter works).
//
// Compiled twice: into the KF6 backend (Qt 6, in-process) and into seedline-kf5-highlighter (the
// Qt 5 helper process, helpers/kf5-highlighter). Uses only API that KF5 (5.103) and KF6 share.

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

class LineEngine : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        int start = 0;
        int length = 0;
        quint16 format = 0; // KSyntaxHighlighting::Format::id()
    };
    // Lines [first, end) were highlighted again.
    struct Range
    {
        int first = 0;
        int end = 0;
    };

    LineEngine();
    ~LineEngine() override;

    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;

    // Lines [first, first + removed) were replaced by `inserted`.
    Range edit(int first, int removed, const QStringList &inserted);
    // Everything again (a new theme or definition).
    Range rehighlightAll();

    int lineCount() const { return int(m_lines.size()); }
    const QString &line(int index) const { return m_lines.at(index); }
    const QVector<Span> &spans(int index) const { return m_spans.at(index); }
    // Every format seen, by id (to turn into colours with the theme).
    const QHash<quint16, KSyntaxHighlighting::Format> &formats() const { return m_formats; }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QStringList m_lines;
    QVector<KSyntaxHighlighting::State> m_states; // at the end of each line
    QVector<QVector<Span>> m_spans;
    QHash<quint16, KSyntaxHighlighting::Format> m_formats;
    QVector<Span> *m_current = nullptr;
};

} // namespace Seedline

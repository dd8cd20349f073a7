// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcehighlighter.h"

#include "syntaxhighlighting.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Seedline {

QTextCharFormat TextStyle::toFormat() const
{
    QTextCharFormat f;
    if (foreground.isValid())
        f.setForeground(foreground);
    if (background.isValid())
        f.setBackground(background);
    if (bold)
        f.setFontWeight(QFont::Bold);
    if (italic)
        f.setFontItalic(true);
    if (underline)
        f.setFontUnderline(true);
    if (strikeOut)
        f.setFontStrikeOut(true);
    return f;
}

namespace {

// The highlighting a block carries (it moves with the block when lines are added above it).
class BlockHighlight : public QTextBlockUserData
{
public:
    size_t textHash = 0;
    QVector<QTextLayout::FormatRange> formats;
};

QStringList blockTexts(const QTextDocument *document, int first, int last)
{
    QStringList lines;
    for (QTextBlock b = document->findBlockByNumber(first); b.isValid() && b.blockNumber() <= last; b = b.next())
        lines << b.text();
    return lines;
}

} // namespace

SourceHighlighter::SourceHighlighter(QTextDocument *document, SyntaxHighlighting *highlighting,
                                     const SyntaxChoice &syntax, bool dark)
    : QSyntaxHighlighter(document)
    , m_highlighting(highlighting)
    , m_syntax(syntax)
    , m_dark(dark)
{
    // After QSyntaxHighlighter's own connection: the blocks are up to date when this runs.
    m_contentsConnection = connect(document, &QTextDocument::contentsChange, this, &SourceHighlighter::onContentsChange);
    if (m_highlighting)
        connect(m_highlighting, &SyntaxHighlighting::backendChanged, this, &SourceHighlighter::startSession);
    startSession();
}

SourceHighlighter::~SourceHighlighter()
{
    // ~QSyntaxHighlighter clears the formats, which changes the document: not ours to follow.
    disconnect(m_contentsConnection);
    m_session.reset();
}

void SourceHighlighter::startSession()
{
    m_session.reset();
    m_failure.clear();
    m_lines = 0;
    HighlightBackend *backend = m_highlighting ? m_highlighting->backend() : nullptr;
    if (!backend) {
        m_failure = m_highlighting ? m_highlighting->status() : tr("No syntax highlighting");
        return;
    }
    if (m_syntax.definitionName.isEmpty() && m_syntax.fileName.isEmpty()) {
        m_failure = tr("no syntax definition for this file");
        return;
    }
    m_session = backend->createSession(m_syntax, m_dark);
    connect(m_session.get(), &HighlightSession::highlighted, this, &SourceHighlighter::apply);
    connect(m_session.get(), &HighlightSession::failed, this, [this](const QString &reason) {
        m_failure = reason;
        Q_EMIT failedToHighlight(reason);
    });
    QTextDocument *doc = document();
    m_lines = doc->blockCount();
    m_session->updateLines(0, 0, blockTexts(doc, 0, m_lines - 1));
}

void SourceHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_batches = 0;
    if (m_session)
        m_session->setDark(dark);
}

void SourceHighlighter::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed);
    if (!m_session)
        return;
    QTextDocument *doc = document();
    const int count = doc->blockCount();
    const int last = doc->characterCount() - 1;
    const int first = doc->findBlock(std::clamp(position, 0, last)).blockNumber();
    const int lastNew = doc->findBlock(std::clamp(position + added, 0, last)).blockNumber();
    const int insertedLines = lastNew - first + 1;
    const int removedLines = insertedLines - (count - m_lines);
    if (first < 0 || removedLines < 0 || first + removedLines > m_lines) {
        // Not a change we can follow line by line: start from the whole text again.
        m_session->updateLines(0, m_lines, blockTexts(doc, 0, count - 1));
    } else {
        m_session->updateLines(first, removedLines, blockTexts(doc, first, lastNew));
    }
    m_lines = count;
}

void SourceHighlighter::apply(const HighlightBatch &batch)
{
    QTextDocument *doc = document();
    QVector<QTextCharFormat> formats;
    formats.reserve(batch.styles.size());
    for (const TextStyle &style : batch.styles)
        formats << style.toFormat();
    QTextBlock block = doc->findBlockByNumber(batch.first);
    for (const LineHighlight &line : batch.lines) {
        if (!block.isValid())
            break;
        const QString text = block.text();
        if (lineHash(text) == line.textHash) {
            auto *data = static_cast<BlockHighlight *>(block.userData());
            if (!data) {
                data = new BlockHighlight;
                block.setUserData(data);
            }
            QVector<QTextLayout::FormatRange> ranges;
            ranges.reserve(line.spans.size());
            for (const StyledSpan &span : line.spans) {
                if (span.style >= 0 && span.style < formats.size() && span.start >= 0 && span.length > 0)
                    ranges.append({span.start, span.length, formats[span.style]});
            }
            const bool same = data->textHash == line.textHash && data->formats.size() == ranges.size()
                && std::equal(ranges.cbegin(), ranges.cend(), data->formats.cbegin(), [](const auto &a, const auto &b) {
                       return a.start == b.start && a.length == b.length && a.format == b.format;
                   });
            if (!same) {
                data->textHash = line.textHash;
                data->formats = std::move(ranges);
                rehighlightBlock(block);
            }
        }
        block = block.next();
    }
    ++m_batches;
    Q_EMIT highlightingArrived();
}

void SourceHighlighter::highlightBlock(const QString &text)
{
    const auto *data = static_cast<const BlockHighlight *>(currentBlockUserData());
    if (!data)
        return;
    // A line being edited keeps its last highlighting until the new one arrives.
    for (const QTextLayout::FormatRange &r : data->formats) {
        if (r.start >= text.size())
            break;
        setFormat(r.start, std::min(r.length, int(text.size()) - r.start), r.format);
    }
}

QTextCharFormat SourceHighlighter::formatAt(int line, int column) const
{
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid() || !block.layout())
        return {};
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    }
    return {};
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace Seedline {

namespace {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd0, 0x30, 0x30);
    case Severity::Warning:
        return QColor(0xd0, 0x8a, 0x10);
    case Severity::Info:
        break;
    }
    return QColor(0x30, 0x80, 0xd0);
}

QColor markColor(const QPalette &palette, SourceRole role, bool dark)
{
    // The palette's highlight, lightened for a light palette and darkened for a dark one; the
    // evidence lines in amber so that "where it was seen" stands out.
    QColor base = role == SourceRole::Evidence ? QColor(0xf0, 0xb0, 0x30) : palette.color(QPalette::Highlight);
    base.setAlpha(dark ? 90 : 60);
    return base;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineGutter(this))
{
    setObjectName(QStringLiteral("sourceEditor"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_centerPending = false; });
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 8);
    setMouseTracking(true);
    m_dark = isDarkPalette(palette());
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceEditor::updateGutter);
    connect(this, &QPlainTextEdit::textChanged, this, &SourceEditor::updateExtraSelections);
    updateGutterWidth();
}

SourceEditor::~SourceEditor() = default;

bool SourceEditor::isDark() const
{
    return m_dark;
}

void SourceEditor::setMarks(const QVector<SourceMark> &marks)
{
    m_marks = marks;
    updateExtraSelections();
    m_gutter->update();
}

void SourceEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    updateExtraSelections();
    m_gutter->update();
}

Diagnostics SourceEditor::diagnosticsAt(int line) const
{
    Diagnostics out;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.line == line)
            out << d;
    }
    return out;
}

void SourceEditor::goToLine(int line, bool center)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    // Centred again when the view gets its size (a dock being shown is laid out later), until the
    // user scrolls or clicks.
    m_centerPending = center;
    if (center)
        centerCursor();
    else
        ensureCursorVisible();
}

int SourceEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

std::pair<int, int> SourceEditor::visibleLines() const
{
    const QTextBlock first = firstVisibleBlock();
    int last = first.blockNumber();
    const qreal bottom = viewport()->height();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        if (blockBoundingGeometry(b).translated(contentOffset()).top() > bottom)
            break;
        last = b.blockNumber();
    }
    return {first.blockNumber() + 1, last + 1};
}

QString SourceEditor::lineToolTip(int line) const
{
    QStringList lines;
    for (const Diagnostic &d : diagnosticsAt(line))
        lines << QStringLiteral("%1: %2").arg(severityName(d.severity), d.message);
    if (lines.isEmpty()) {
        for (const SourceMark &m : m_marks) {
            if (line >= m.line && line <= m.endLine && !m.note.isEmpty())
                lines << m.note;
        }
    }
    return lines.join(u'\n');
}

void SourceEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = document();
    for (const SourceMark &m : std::as_const(m_marks)) {
        for (int line = m.line; line <= std::max(m.line, m.endLine); ++line) {
            const QTextBlock block = doc->findBlockByNumber(line - 1);
            if (!block.isValid())
                break;
            QTextEdit::ExtraSelection s;
            s.format.setBackground(markColor(palette(), m.role, m_dark));
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
            s.cursor = QTextCursor(block);
            selections << s;
        }
    }
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        const QTextBlock block = doc->findBlockByNumber(d.line - 1);
        if (!block.isValid() || d.line <= 0)
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(severityColor(d.severity));
        s.format.setToolTip(d.message);
        QTextCursor c(block);
        const QString text = block.text();
        int start = d.column > 0 ? std::min(d.column - 1, int(text.size())) : 0;
        // From the column to the end of the word there (the whole line without a column).
        int end = d.column > 0 ? start : int(text.size());
        while (d.column > 0 && end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end == start) { // at the end of the line or on a space: underline what is before it
            start = 0;
            end = int(text.size());
        }
        if (end == start && text.isEmpty())
            continue;
        c.setPosition(block.position() + start);
        c.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        s.cursor = c;
        selections << s;
    }
    setExtraSelections(selections);
}

int SourceEditor::gutterWidth() const
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    const int marker = fontMetrics().height();
    return 6 + marker + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits) + 6;
}

void SourceEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
    if (m_centerPending)
        centerCursor();
}

void SourceEditor::wheelEvent(QWheelEvent *event)
{
    m_centerPending = false;
    QPlainTextEdit::wheelEvent(event);
}

void SourceEditor::keyPressEvent(QKeyEvent *event)
{
    m_centerPending = false;
    QPlainTextEdit::keyPressEvent(event);
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        const bool dark = isDarkPalette(palette());
        updateExtraSelections();
        if (dark != m_dark) {
            m_dark = dark;
            Q_EMIT darkChanged(dark);
        }
    } else if (event->type() == QEvent::FontChange) {
        updateGutterWidth();
    }
}

void SourceEditor::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    m_centerPending = false;
    QPlainTextEdit::mousePressEvent(event);
}

void SourceEditor::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a drag that selected text.
    if (event->button() == Qt::LeftButton && (event->pos() - m_pressPos).manhattanLength() < 4
        && !textCursor().hasSelection())
        Q_EMIT lineClicked(cursorForPosition(event->pos()).blockNumber() + 1);
}

bool SourceEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString tip = lineToolTip(cursorForPosition(inViewport).blockNumber() + 1);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void SourceEditor::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    const QPalette pal = palette();
    p.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    const int markerSize = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= event->rect().top()) {
            // A bar beside the step's lines.
            for (const SourceMark &m : std::as_const(m_marks)) {
                if (line >= m.line && line <= std::max(m.line, m.endLine)) {
                    QColor c = markColor(pal, m.role, m_dark);
                    c.setAlpha(255);
                    p.fillRect(QRect(0, top, 3, height), c);
                }
            }
            // The worst diagnostic of the line.
            std::optional<Severity> worst;
            for (const Diagnostic &d : std::as_const(m_diagnostics)) {
                if (d.line == line && (!worst || int(d.severity) > int(*worst)))
                    worst = d.severity;
            }
            if (worst) {
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(severityColor(*worst));
                const int d = markerSize * 2 / 3;
                p.drawEllipse(QRect(5, top + (height - d) / 2, d, d));
                p.setRenderHint(QPainter::Antialiasing, false);
            }
            const bool current = line == currentLine();
            p.setPen(current ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(0, top, m_gutter->width() - 6, height), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

LineGutter::LineGutter(SourceEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("sourceGutter"));
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
}

QSize LineGutter::sizeHint() const
{
    return {m_editor->gutterWidth(), 0};
}

void LineGutter::paintEvent(QPaintEvent *event)
{
    m_editor->paintGutter(event);
}

void LineGutter::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QTextCursor c = m_editor->cursorForPosition(QPoint(0, event->pos().y()));
    Q_EMIT m_editor->lineClicked(c.blockNumber() + 1);
}

bool LineGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = m_editor->cursorForPosition(QPoint(0, help->pos().y())).blockNumber() + 1;
        const QString tip = m_editor->lineToolTip(line);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Seedline

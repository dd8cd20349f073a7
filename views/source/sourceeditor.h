// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "source/sourcelocator.h"

#include <QPlainTextEdit>

namespace Seedline {

class LineGutter;

// The source pane's text: a QPlainTextEdit with a gutter (line numbers, a bar beside the lines of
// the selected step, a marker on each line with a diagnostic), the step's lines tinted, each
// diagnostic underlined with a wavy line and explained in a tooltip. A click on a line (in the
// text or the gutter) emits lineClicked(); typing does not.
class SourceEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceEditor(QWidget *parent = nullptr);
    ~SourceEditor() override;

    // The lines to mark (1-based, SourceMark); the evidence ones stand out.
    void setMarks(const QVector<SourceMark> &marks);
    const QVector<SourceMark> &marks() const { return m_marks; }
    // The diagnostics of the file shown (1-based lines and columns).
    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostics diagnosticsAt(int line) const; // 1-based
    // Moves the cursor to a line (1-based) and brings it to the middle of the view.
    void goToLine(int line, bool center = true);
    int currentLine() const; // 1-based
    // The first and last line (1-based) the viewport shows.
    std::pair<int, int> visibleLines() const;
    // Whether the palette is dark (the theme of the highlighting follows it).
    bool isDark() const;
    LineGutter *gutter() const { return m_gutter; }
    int gutterWidth() const;
    // The text of the tooltip at a line (its diagnostics, else its marks).
    QString lineToolTip(int line) const;

Q_SIGNALS:
    void lineClicked(int line); // 1-based
    void darkChanged(bool dark);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    friend class LineGutter;
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void paintGutter(QPaintEvent *event);

    LineGutter *m_gutter = nullptr;
    QVector<SourceMark> m_marks;
    Diagnostics m_diagnostics;
    QPoint m_pressPos;
    bool m_dark = false;
    bool m_centerPending = false;
};

// The strip at the left of a SourceEditor.
class LineGutter : public QWidget
{
    Q_OBJECT
public:
    explicit LineGutter(SourceEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    SourceEditor *m_editor;
};

} // namespace Seedline

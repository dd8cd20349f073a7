// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teaching/playstyle.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

class QDockWidget;
class QLabel;

namespace Seedline {

class MainWindow;

// A thin line that fills as the playback advances.
class ProgressLine : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressLine(QWidget *parent = nullptr);
    void setProgress(int position, int count);
    int position() const { return m_position; }
    int count() const { return m_count; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_position = 0;
    int m_count = 0;
};

// Presentation mode (F11): the window full screen with its docks, tool bar, menu and status bar
// hidden; above the graph a high-contrast header in large type (the stop's caption or the step as
// the title, where it stands, the prose, the environment in one line), a progress line under it.
// Leaving it (F11 or Escape) restores what was shown. Made for a projector at 1280 × 720.
class Presentation : public QObject
{
    Q_OBJECT
public:
    explicit Presentation(MainWindow *window);
    ~Presentation() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    void toggle() { setActive(!m_active); }
    void setText(const TeachingText &text, int position, int count);

    QWidget *header() const { return m_header; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *subtitleLabel() const { return m_subtitle; }
    QLabel *proseLabel() const { return m_prose; }
    QLabel *environmentLabel() const { return m_environment; }
    ProgressLine *progressLine() const { return m_progress; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    MainWindow *m_window;
    bool m_active = false;
    QWidget *m_header = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_prose = nullptr;
    QLabel *m_environment = nullptr;
    ProgressLine *m_progress = nullptr;
    // What presentation mode hid, to show again.
    QList<QPointer<QWidget>> m_hidden;
    Qt::WindowStates m_windowState;
};

} // namespace Seedline

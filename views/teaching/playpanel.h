// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "teaching/playback.h"
#include "teaching/playstyle.h"
#include "teaching/tourplayback.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QSlider;
class QToolButton;

namespace Seedline {

class MainWindow;
class Presentation;

// Teaching mode's Play panel, a dock of the main window: the chain played in build order (or a
// guided tour, stop by stop). The current step is lit in the graph and the rest faded (the window's
// highlight restyled through GraphView::setHighlight, re-applied whenever the window draws); the
// step's prose is shown large, with the environment at that moment: the kernel (a jump marked),
// the tools present newest first (what the step installed in bold), what `uninstall:` removed, the
// C compiler, Python... in force, the firsts, the builds so far and their known hours.
//
// Keys while the dock is shown (or in presentation): Space play/pause, Left/Right a step, Home/End,
// + and - the speed; F11 presentation mode (Presentation). The slider scrubs.
class PlayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PlayPanel(MainWindow *window);
    ~PlayPanel() override;

    QDockWidget *dock() const { return m_dock; }
    Presentation *presentation() const { return m_presentation; }

    // 0: the chain in build order; 1 + i: the i-th tour of the loaded chain.
    int mode() const { return m_mode; }
    void setMode(int mode);
    bool selectTour(const QString &name); // false when the loaded chain has no such tour
    int position() const { return m_position; }
    int count() const;
    void setPosition(int position);
    void stepForward() { setPosition(m_position + 1); }
    void stepBack() { setPosition(m_position - 1); }
    void goHome() { setPosition(0); }
    void goEnd() { setPosition(count() - 1); }

    bool isPlaying() const { return m_timer.isActive(); }
    void setPlaying(bool playing);
    void togglePlaying() { setPlaying(!isPlaying()); }
    // Speed: steps per second is 2^speedLevel() / 1.5 (level 0: one step every 1.5 s).
    int speedLevel() const { return m_speed; }
    void faster();
    void slower();
    int intervalMs() const;
    // What the timer does: the next step, and a stop at the end.
    void tick();

    const Playback &playback() const { return m_playback; }
    const TourPlayback &tourPlayback() const { return m_tour; }
    // The real step the panel stands on (-1 for none) and what it lights (real steps, of the
    // window's chain).
    int currentStep() const { return m_current; }
    QVector<int> litSteps() const { return m_lit; }
    const TeachingText &text() const { return m_text; }

    QSlider *slider() const { return m_slider; }
    QListWidget *toolsList() const { return m_tools; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *proseLabel() const { return m_prose; }
    QLabel *kernelLabel() const { return m_kernel; }
    QLabel *countersLabel() const { return m_counters; }
    QLabel *removedLabel() const { return m_removed; }
    QLabel *firstsLabel() const { return m_firsts; }
    QAction *presentAction() const { return m_presentAction; }

Q_SIGNALS:
    void positionChanged(int position);

private:
    void rebuild(); // a new chain: play it again (keeps the position where it can)
    void showPosition(); // texts, environment, highlight, view
    void applyHighlight(); // the lit steps on the window's drawing
    void revealCurrent();
    void updateKeys();
    QAction *key(const QKeySequence &sequence, const QString &name, std::function<void()> slot);

    MainWindow *m_window;
    QDockWidget *m_dock = nullptr;
    Presentation *m_presentation = nullptr;
    QComboBox *m_modeBox = nullptr;
    QComboBox *m_firstsBox = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_prose = nullptr;
    QLabel *m_firsts = nullptr;
    QLabel *m_kernel = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_inForce = nullptr;
    QLabel *m_removed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QListWidget *m_tools = nullptr;
    QSlider *m_slider = nullptr;
    QToolButton *m_playButton = nullptr;
    QList<QAction *> m_keys;
    QAction *m_presentAction = nullptr;
    QTimer m_timer;

    ChainPtr m_chain; // the loaded chain the playback was built for
    QSet<QString> m_scenariosBeforeTour; // the what-ifs on before a tour switched its own on
    Playback m_playback;
    TourPlayback m_tour;
    int m_mode = 0;
    int m_position = 0;
    int m_speed = 0;
    int m_current = -1;
    QVector<int> m_lit;
    TourZoom m_zoom;
    TeachingText m_text;
};

} // namespace Seedline

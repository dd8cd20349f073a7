// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVector>

namespace Seedline {

// The clock of the growth animation: a date between the first and the last date of a timeline that
// moves forward while playing, at a speed in days per second, one tick per frame (30 per second).
// Nothing is drawn here: the growth view follows dateChanged(). Playing never blocks: a tick only
// moves the date, and a late tick moves it further (the speed holds when frames are slow).
class GrowthPlayer : public QObject
{
    Q_OBJECT
public:
    explicit GrowthPlayer(QObject *parent = nullptr);

    // The range and the dates on which something changes (the rows): stepping goes from one change
    // to the next. Keeps the date when it is in the new range, else moves it to the end.
    void setTimeline(const QDate &first, const QDate &last, const QVector<QDate> &changes);
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool isEmpty() const { return !m_first.isValid(); }

    QDate date() const { return m_date; }
    // Moves to a date (clamped into the range); pauses nothing.
    void setDate(const QDate &date);

    bool isPlaying() const { return m_timer.isActive(); }
    // Starts playing; from the first date when the date is the last one.
    void play();
    void pause();
    void togglePlaying();

    // Steps to the next / previous change (pauses), or to the ends.
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();

    // Speeds, slowest first: days per second.
    static const QVector<int> &speeds();
    // "1 week/s", "6 months/s", ...
    static QString speedName(int daysPerSecond);
    int speedIndex() const { return m_speed; }
    int daysPerSecond() const { return speeds().at(m_speed); }
    void setSpeedIndex(int index);
    void faster() { setSpeedIndex(m_speed + 1); }
    void slower() { setSpeedIndex(m_speed - 1); }

    // Frame interval (ms) of playback.
    static constexpr int frameMs = 33;
    // Moves the date as `ms` of playback would (what a tick does; for tests and benchmarks).
    void advance(qint64 ms);
    int ticks() const { return m_ticks; }

Q_SIGNALS:
    void dateChanged(const QDate &date);
    void playingChanged(bool playing);
    void speedChanged(int index);
    void reachedEnd();

private:
    void tick();

    QDate m_first, m_last, m_date;
    QVector<QDate> m_changes;
    double m_position = 0; // Julian day with its fraction, while playing
    int m_speed = 3;
    int m_ticks = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthplayer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Seedline {

GrowthPlayer::GrowthPlayer(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(frameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &GrowthPlayer::tick);
}

void GrowthPlayer::setTimeline(const QDate &first, const QDate &last, const QVector<QDate> &changes)
{
    m_first = first;
    m_last = last.isValid() && first.isValid() ? std::max(first, last) : QDate();
    if (!m_first.isValid() || !m_last.isValid()) {
        m_first = m_last = QDate();
        m_changes.clear();
        pause();
        m_date = QDate();
        Q_EMIT dateChanged(m_date);
        return;
    }
    m_changes = changes;
    std::sort(m_changes.begin(), m_changes.end());
    setDate(m_date.isValid() && m_date >= m_first && m_date <= m_last ? m_date : m_last);
}

void GrowthPlayer::setDate(const QDate &date)
{
    if (isEmpty())
        return;
    const QDate d = date.isValid() ? std::clamp(date, m_first, m_last) : m_last;
    m_position = double(d.toJulianDay());
    if (d == m_date)
        return;
    m_date = d;
    Q_EMIT dateChanged(m_date);
}

void GrowthPlayer::play()
{
    if (isEmpty() || isPlaying())
        return;
    if (m_date >= m_last)
        setDate(m_first);
    m_position = double(m_date.toJulianDay());
    m_clock.start();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void GrowthPlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void GrowthPlayer::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

void GrowthPlayer::stepForward()
{
    pause();
    const auto next = std::upper_bound(m_changes.cbegin(), m_changes.cend(), m_date);
    setDate(next == m_changes.cend() ? m_last : *next);
}

void GrowthPlayer::stepBack()
{
    pause();
    const auto at = std::lower_bound(m_changes.cbegin(), m_changes.cend(), m_date);
    setDate(at == m_changes.cbegin() ? m_first : *(at - 1));
}

void GrowthPlayer::toStart()
{
    pause();
    setDate(m_first);
}

void GrowthPlayer::toEnd()
{
    pause();
    setDate(m_last);
}

const QVector<int> &GrowthPlayer::speeds()
{
    static const QVector<int> days{7, 30, 91, 182, 365, 730};
    return days;
}

QString GrowthPlayer::speedName(int daysPerSecond)
{
    switch (daysPerSecond) {
    case 7: return QCoreApplication::translate("GrowthPlayer", "1 week/s");
    case 30: return QCoreApplication::translate("GrowthPlayer", "1 month/s");
    case 91: return QCoreApplication::translate("GrowthPlayer", "3 months/s");
    case 182: return QCoreApplication::translate("GrowthPlayer", "6 months/s");
    case 365: return QCoreApplication::translate("GrowthPlayer", "1 year/s");
    case 730: return QCoreApplication::translate("GrowthPlayer", "2 years/s");
    default: return QCoreApplication::translate("GrowthPlayer", "%n day(s)/s", nullptr, daysPerSecond);
    }
}

void GrowthPlayer::setSpeedIndex(int index)
{
    const int i = std::clamp(index, 0, int(speeds().size()) - 1);
    if (i == m_speed)
        return;
    m_speed = i;
    Q_EMIT speedChanged(m_speed);
}

void GrowthPlayer::advance(qint64 ms)
{
    if (isEmpty())
        return;
    ++m_ticks;
    m_position += double(daysPerSecond()) * double(std::max<qint64>(ms, 0)) / 1000.0;
    const qint64 day = std::min<qint64>(qint64(std::floor(m_position)), m_last.toJulianDay());
    const QDate d = QDate::fromJulianDay(day);
    const double keep = m_position;
    if (d != m_date) {
        m_date = d;
        Q_EMIT dateChanged(m_date);
    }
    m_position = keep;
    if (m_date >= m_last && isPlaying()) {
        pause();
        Q_EMIT reachedEnd();
    }
}

void GrowthPlayer::tick()
{
    // The time since the last tick, not the interval: a frame that came late moves further.
    const qint64 ms = m_clock.restart();
    advance(std::min<qint64>(ms, 250)); // after a stall (a debugger, a suspended laptop) no leap
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timinglog.h"

namespace Seedline {

Q_LOGGING_CATEGORY(lcTiming, "seedline.timing", QtWarningMsg)

PhaseTimer::PhaseTimer(const char *phase)
    : m_phase(phase)
{
    if (lcTiming().isInfoEnabled())
        m_clock.start();
}

PhaseTimer::~PhaseTimer()
{
    if (m_clock.isValid())
        qCInfo(lcTiming, "%s: %lld ms", m_phase, qint64(m_clock.elapsed()));
}

void PhaseTimer::lap(const char *phase)
{
    if (!m_clock.isValid())
        return;
    const qint64 now = m_clock.elapsed();
    qCInfo(lcTiming, "%s: %lld ms", phase, now - m_lapStart);
    m_lapStart = now;
}

} // namespace Seedline

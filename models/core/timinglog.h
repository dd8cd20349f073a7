// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Seedline {

// How long each phase of opening and showing a chain takes (parse, chain, analysis, plan,
// layout, scene), for profiling a big graph: QT_LOGGING_RULES="seedline.timing.info=true".
// Off by default.
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

// Logs "<phase>: N ms" (the whole time) when it goes out of scope, if the category is enabled;
// lap() logs the parts.
class PhaseTimer
{
public:
    explicit PhaseTimer(const char *phase);
    ~PhaseTimer();
    PhaseTimer(const PhaseTimer &) = delete;
    PhaseTimer &operator=(const PhaseTimer &) = delete;

    // Logs the time since the start or the last lap under its own name.
    void lap(const char *phase);

private:
    const char *m_phase;
    QElapsedTimer m_clock;
    qint64 m_lapStart = 0;
};

} // namespace Seedline

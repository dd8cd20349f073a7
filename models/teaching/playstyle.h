// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"
#include "highlight/highlight.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

struct Chain;
struct ChainProjection;
struct Playback;
struct TourPlayback;

// The look of one moment of teaching, shared by the Play panel, presentation mode and
// `seedline frames --play`: the `lit` shown steps keep their styles, every other step and every
// edge not between two lit steps fades (Palette::dimmed), and `current` is outlined as the
// selection. Indices are shown step indices of `shown` (ChainProjection::shown), whose requirements
// the edge styles follow.
HighlightResult teachingHighlight(
    const Chain &shown, HighlightResult base, const QVector<int> &lit, int current);

// The real steps lit while `step` plays: the step and what it needs directly over `followed`.
QVector<int> playLitSteps(const Chain &chain, int step, RequirementKinds followed);

// Real steps -> shown steps of a projection (a folded node once); without a projection, unchanged.
QVector<int> shownSteps(const ChainProjection *projection, const QVector<int> &realSteps);

// What the audience reads about one moment, as lines: shared by the Play panel's presentation
// header and the frames' environment panel.
struct TeachingText
{
    QString title; // "gcc-4.7.4" or the tour stop's caption
    QString subtitle; // "Build 112 of 170" / "Stop 3 of 7 · tour title"
    QString prose; // the step's prose (one paragraph, plain text)
    QString kernel; // "builder-hex0" / "Fiwix 1.5.0-lb1 (jump: fiwix)"
    bool kernelJumped = false;
    QString counters; // "112 builds so far · 31.5 h known for 40 of them"
    QStringList firsts; // "first C compiler: mes-0.27.1"
    QStringList installed; // ids of what the frame installed
    QStringList removed; // ids and commands the frame's uninstalls removed
    QStringList tools; // every tool present, newest first: "gcc 4.7.4"
    QStringList inForce; // "C compiler: gcc-4.7.4", "Python: python-3.11.1" ...
};

// The text of one played frame (position in playback) and of one tour stop.
TeachingText playFrameText(const Playback &playback, int position);
TeachingText tourFrameText(const TourPlayback &tour, int stop);
// The counters as a sentence: "112 builds so far · 31.5 h known for 40 of them".
QString countersText(const BuildCounters &counters);
// The kernel as the panel shows it: "Fiwix 1.5.0-lb1", "host kernel"; "unknown" when it is.
QString kernelText(const KernelState &kernel);

} // namespace Seedline

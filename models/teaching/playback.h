// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"
#include "firsts.h"

#include "core/chain.h"

#include <QVector>

namespace Seedline {

struct ChainAnalysis;

// Which steps of a chain in build order play (become a frame). The steps that do not play still
// change the environment: they are folded into the next frame.
struct PlaybackOptions
{
    // Every kind but Define (a configuration variable, nothing a class sees) by default:
    // seeds, stages, builds, improves, jumps, uninstalls and scenario steps.
    QVector<StepKind> kinds = defaultPlayedKinds();
    int from = -1; // the first step that may play (an index into Chain::steps); -1: the first step
    int to = -1;   // the last step that may play; -1: the last step

    static QVector<StepKind> defaultPlayedKinds();
    static QVector<StepKind> buildsOnly(); // one frame per build (what `frames --play` writes)
    bool operator==(const PlaybackOptions &) const = default;
};

// One moment of the playback: one step lights up.
struct PlaybackFrame
{
    int step = -1;      // the step that plays (an index into Chain::steps)
    int firstStep = -1; // the first step this frame covers (<= step): the steps after the previous
                        // frame's that do not play, and excluded ones, are folded into it
    EnvironmentChange change; // what the covered steps installed, replaced and removed, and kernel jumps
    KernelState kernel;       // in force after the step
    BuildCounters counters;   // after the step
    QVector<First> firsts;    // the firsts among the covered steps
    // What the step requires directly (over the followed kinds) that comes later in the build
    // order or never runs (excluded): the order cannot satisfy it. Empty for a real bootstrap; a
    // what-if such as "CPython requires Rust" fills it (python-3.11.1 needs a rustc built after it).
    QVector<int> notYetBuilt;
    bool operator==(const PlaybackFrame &) const = default;
};

// A chain played in build order: a plain value (the chain is shared and immutable).
struct Playback
{
    ChainPtr chain;               // the chain played: the analysis' chain (after its scenarios)
    PlaybackOptions options;
    QVector<PlaybackFrame> frames;
    QVector<First> firsts;        // every first of the chain, also those before options.from
    QVector<int> frameOfStep;     // per step of the chain: the frame that covers it, or -1

    int size() const { return int(frames.size()); }
    bool isEmpty() const { return frames.isEmpty(); }
    // The frame covering `step` (the frame it plays in, or the one it is folded into), or -1.
    int positionOf(int step) const;
    // The frame in which a first happens, or -1 (it does not happen, or not in the played range).
    int positionOf(FirstKind kind) const;
    // The environment right after frame `position` (everything up to its step, played or not);
    // position -1 is the environment before the first frame. Replays the chain from its start:
    // linear in the steps, a few microseconds per hundred steps.
    Environment environmentAt(int position) const;
};

// Plays analysis.chain in build order: one frame per step of options.kinds within [from, to],
// skipping excluded steps. The firsts use the analysis (ChainAnalysis::stepRequires).
Playback buildPlayback(const ChainAnalysis &analysis, const PlaybackOptions &options = {});
// The same with the chain analysed with the default options (python and rust, the default kinds).
Playback buildPlayback(ChainPtr chain, const PlaybackOptions &options = {});

// The environment right after `step` of `chain` (-1: before the first step); `firsts` are kept
// up to it (pass Playback::firsts or findFirsts()).
Environment environmentAfter(const Chain &chain, int step, const QVector<First> &firsts = {});

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback.h"

#include "environmentbuilder.h"
#include "teachinglog.h"

#include "analysis/chainanalysis.h"

#include <algorithm>

namespace Seedline {

using TeachingDetail::EnvironmentBuilder;

QVector<StepKind> PlaybackOptions::defaultPlayedKinds()
{
    return {StepKind::Seed, StepKind::Stage,     StepKind::Build,   StepKind::Improve,
            StepKind::Jump, StepKind::Uninstall, StepKind::Scenario};
}

QVector<StepKind> PlaybackOptions::buildsOnly()
{
    return {StepKind::Build};
}

int Playback::positionOf(int step) const
{
    return step >= 0 && step < frameOfStep.size() ? frameOfStep[step] : -1;
}

int Playback::positionOf(FirstKind kind) const
{
    for (const First &f : firsts) {
        if (f.kind == kind)
            return positionOf(f.step);
    }
    return -1;
}

Environment Playback::environmentAt(int position) const
{
    if (!chain)
        return {};
    if (position < 0 || frames.isEmpty()) {
        const int before = frames.isEmpty() ? (options.from >= 0 ? options.from : 0) : frames.front().firstStep;
        return environmentAfter(*chain, before - 1, firsts);
    }
    position = std::min(position, size() - 1);
    return environmentAfter(*chain, frames[position].step, firsts);
}

Environment environmentAfter(const Chain &chain, int step, const QVector<First> &firsts)
{
    EnvironmentBuilder builder(chain);
    builder.applyUpTo(step);
    return builder.snapshot(firsts);
}

Playback buildPlayback(const ChainAnalysis &analysis, const PlaybackOptions &options)
{
    Playback playback;
    playback.options = options;
    playback.chain = analysis.chain;
    if (!analysis.chain)
        return playback;
    const Chain &chain = *analysis.chain;
    const int n = int(chain.steps.size());
    playback.firsts = findFirsts(analysis);
    playback.frameOfStep.fill(-1, n);

    // Direct requirements over the followed kinds that point forward (or at steps that never run).
    QVector<QVector<int>> forward(n);
    for (const Requirement &r : chain.requirements) {
        if (r.from < 0 || r.from >= n || r.to < 0 || r.to >= n || !analysis.options.followed.testFlag(r.kind))
            continue;
        if ((r.to >= r.from || chain.steps[r.to].excluded) && !forward[r.from].contains(r.to))
            forward[r.from] << r.to;
    }

    const int from = std::max(0, options.from);
    const int to = options.to < 0 ? n - 1 : std::min(options.to, n - 1);
    EnvironmentBuilder builder(chain);
    builder.applyUpTo(from - 1);
    EnvironmentChange pending;
    int firstCovered = from;
    for (int i = from; i <= to; ++i) {
        const Step &s = chain.steps[i];
        pending.append(builder.apply(i));
        if (s.excluded || !options.kinds.contains(s.kind))
            continue;
        PlaybackFrame frame;
        frame.step = i;
        frame.firstStep = firstCovered;
        frame.change = pending;
        frame.kernel = builder.kernel();
        frame.counters = builder.counters();
        for (const First &f : std::as_const(playback.firsts)) {
            if (f.step >= firstCovered && f.step <= i)
                frame.firsts << f;
        }
        frame.notYetBuilt = forward[i];
        std::sort(frame.notYetBuilt.begin(), frame.notYetBuilt.end());
        const int position = int(playback.frames.size());
        for (int k = firstCovered; k <= i; ++k)
            playback.frameOfStep[k] = position;
        playback.frames << frame;
        pending = {};
        firstCovered = i + 1;
    }
    qCDebug(lcTeaching) << "playback:" << playback.frames.size() << "frames over" << n << "steps," << playback.firsts.size()
                        << "firsts";
    return playback;
}

Playback buildPlayback(ChainPtr chain, const PlaybackOptions &options)
{
    if (!chain)
        return {};
    const AnalysisPtr analysis = analyseChain(std::move(chain), AnalysisOptions{});
    return buildPlayback(*analysis, options);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "playstyle.h"

#include "playback.h"
#include "tourplayback.h"

#include "analysis/projection.h"
#include "core/chain.h"
#include "highlight/palette.h"

#include <QSet>

#include <algorithm>

namespace Seedline {

namespace {

constexpr qreal currentOutlineWidth = 4.0;
constexpr int proseLimit = 600; // characters of prose shown; the rest is elided

QString plainProse(const Step &step)
{
    QString text = step.details->prose.isEmpty() ? step.facts->notes : step.details->prose;
    // One paragraph: reStructuredText markup and line breaks are noise on a projector.
    text.replace(QStringLiteral("``"), QString());
    text.replace(u'\n', u' ');
    text = text.simplified();
    if (text.size() > proseLimit)
        text = text.left(proseLimit).section(u' ', 0, -2) + QStringLiteral(" …");
    return text;
}

QString toolText(const Chain &chain, const EnvironmentTool &tool)
{
    const Step &step = chain.steps[tool.step];
    QString text = tool.version.isEmpty() ? tool.package : tool.package + u' ' + tool.version;
    if (step.pass > 1)
        text += QStringLiteral(" (pass %1)").arg(step.pass);
    return text;
}

// What is in force for the families a class follows.
QStringList inForceText(const Chain &chain, const Environment &env)
{
    static const QList<std::pair<QString, QString>> families {
        { QStringLiteral("c-compiler"), QStringLiteral("C compiler") },
        { QStringLiteral("libc"), QStringLiteral("C library") },
        { QStringLiteral("shell"), QStringLiteral("Shell") },
        { QStringLiteral("make"), QStringLiteral("Make") },
        { QStringLiteral("perl"), QStringLiteral("Perl") },
        { QStringLiteral("python"), QStringLiteral("Python") },
        { QStringLiteral("rust"), QStringLiteral("Rust") },
    };
    QStringList out;
    for (const auto &[family, name] : families)
        if (const EnvironmentTool *tool = env.current(family))
            out << name + QStringLiteral(": ") + chain.steps[tool->step].id;
    return out;
}

void fillEnvironment(TeachingText &t, const Chain &chain, const Environment &env)
{
    t.kernel = kernelText(env.kernel);
    t.counters = countersText(env.counters);
    QVector<const EnvironmentTool *> tools;
    for (const EnvironmentTool &tool : env.tools)
        tools << &tool;
    // Newest first: what was just built is what the class looks for.
    std::sort(tools.begin(), tools.end(),
        [](const EnvironmentTool *a, const EnvironmentTool *b) { return a->step > b->step; });
    for (const EnvironmentTool *tool : std::as_const(tools))
        t.tools << toolText(chain, *tool);
    t.inForce = inForceText(chain, env);
}

void fillChange(TeachingText &t, const Chain &chain, const EnvironmentChange &change)
{
    for (int s : change.installed)
        t.installed << chain.steps[s].id;
    for (int s : change.removed)
        t.removed << chain.steps[s].id;
    for (const QString &command : change.removedCommands)
        t.removed << QStringLiteral("/usr/bin/") + command;
    t.kernelJumped = change.kernelChanged;
}

} // namespace

HighlightResult teachingHighlight(
    const Chain &shown, HighlightResult base, const QVector<int> &lit, int current)
{
    const Palette palette = base.palette();
    QSet<int> on(lit.cbegin(), lit.cend());
    if (current >= 0)
        on.insert(current);
    for (int i = 0; i < base.steps.size(); ++i) {
        StepStyle &s = base.steps[i];
        s.selected = i == current;
        s.needed = s.needing = s.onWitnessPath = false;
        if (s.hidden)
            continue;
        if (s.selected) {
            s.outline = palette.selected();
            s.outlineWidth = currentOutlineWidth;
        }
        if (!on.contains(i) && !s.dimmed) {
            s.dimmed = true;
            s.fill = palette.dimmed(s.fill);
            s.outline = palette.dimmed(s.outline);
            s.text = palette.dimmed(s.text);
            for (FamilyMark &fm : s.marks)
                fm.color = palette.dimmed(fm.color);
        } else if (on.contains(i) && s.dimmed) {
            s.dimmed = false; // a base that dimmed it (a selection) does not decide here
        }
    }
    for (int e = 0; e < base.edges.size() && e < shown.requirements.size(); ++e) {
        EdgeStyle &style = base.edges[e];
        const Requirement &q = shown.requirements[e];
        if (style.hidden || style.dimmed || (on.contains(q.from) && on.contains(q.to)))
            continue;
        style.dimmed = true;
        style.onWitnessPath = false;
        style.color = palette.dimmed(style.color);
    }
    base.selected = current;
    base.needed = {};
    base.needing = {};
    base.witnessPath.clear();
    base.shownWitnessPath.clear();
    return base;
}

QVector<int> playLitSteps(const Chain &chain, int step, RequirementKinds followed)
{
    QVector<int> out;
    if (step < 0 || step >= chain.steps.size())
        return out;
    out << step;
    for (const Requirement &r : chain.requirements)
        if (r.from == step && (followed & r.kind) && r.to >= 0 && !out.contains(r.to))
            out << r.to;
    return out;
}

QVector<int> shownSteps(const ChainProjection *projection, const QVector<int> &realSteps)
{
    if (!projection)
        return realSteps;
    QVector<int> out;
    for (int s : realSteps) {
        const int shown = projection->nodeOf.value(s, -1);
        if (shown >= 0 && !out.contains(shown))
            out << shown;
    }
    return out;
}

QString countersText(const BuildCounters &counters)
{
    QString text = counters.builds == 1 ? QStringLiteral("1 build so far")
                                        : QStringLiteral("%1 builds so far").arg(counters.builds);
    if (counters.buildsWithHours > 0)
        text += QStringLiteral(" · %1 h known for %2 of them")
                    .arg(QString::number(counters.hours, 'f', counters.hours < 10 ? 1 : 0))
                    .arg(counters.buildsWithHours);
    return text;
}

QString kernelText(const KernelState &kernel)
{
    if (!kernel.isKnown())
        return QStringLiteral("unknown");
    return kernel.version.isEmpty() ? kernel.name : kernel.name + u' ' + kernel.version;
}

TeachingText playFrameText(const Playback &playback, int position)
{
    TeachingText t;
    if (!playback.chain || position < 0 || position >= playback.size())
        return t;
    const Chain &chain = *playback.chain;
    const PlaybackFrame &frame = playback.frames[position];
    const Step &step = chain.steps[frame.step];
    t.title = stepDisplayLabel(step);
    const bool buildsOnly = playback.options.kinds == PlaybackOptions::buildsOnly();
    t.subtitle = QStringLiteral("%1 %2 of %3")
                     .arg(buildsOnly ? QStringLiteral("Build") : QStringLiteral("Step"))
                     .arg(position + 1)
                     .arg(playback.size());
    t.prose = plainProse(step);
    for (const First &f : frame.firsts)
        t.firsts << firstKindTitle(f.kind) + QStringLiteral(": ") + chain.steps[f.step].id;
    fillChange(t, chain, frame.change);
    fillEnvironment(t, chain, playback.environmentAt(position));
    return t;
}

TeachingText tourFrameText(const TourPlayback &tour, int stop)
{
    TeachingText t;
    if (stop < 0 || stop >= tour.size())
        return t;
    const TourFrame &frame = tour.frames[stop];
    const Chain &shown = frame.chain ? *frame.chain : *tour.chain;
    const QString caption = tour.tour.stops.value(frame.stop).caption;
    t.title = caption;
    t.subtitle = QStringLiteral("Stop %1 of %2 · %3").arg(stop + 1).arg(tour.size()).arg(tour.tour.title);
    if (!frame.scenarios.isEmpty())
        t.subtitle += QStringLiteral(" · what-if: ") + frame.scenarios.join(QStringLiteral(", "));
    if (frame.step >= 0 && frame.step < shown.steps.size()) {
        const Step &step = shown.steps[frame.step];
        const QString prose = plainProse(step);
        t.prose = prose.isEmpty() ? stepDisplayLabel(step)
                                  : stepDisplayLabel(step) + QStringLiteral(": ") + prose;
    }
    for (const First &f : frame.firsts)
        t.firsts << firstKindTitle(f.kind) + QStringLiteral(": ") + shown.steps[f.step].id;
    fillEnvironment(t, shown, frame.environment);
    return t;
}

} // namespace Seedline

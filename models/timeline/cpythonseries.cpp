// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpythonseries.h"

#include "analysis/graphindex.h"
#include "analysis/metrics.h"
#include "analysis/reachability.h"
#include "analysis/scenarioapply.h"
#include "core/version.h"
#include "timeline/datedchain.h"
#include "timeline/timelinelog.h"

namespace Seedline {

namespace {

const Scenario *findScenario(const Chain &chain, const QString &name)
{
    for (const Scenario &s : chain.scenarios) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

// The newest python step with a scenario edge to a step of `family`.
int scenarioTarget(const Chain &withScenario, const QString &family)
{
    int best = -1;
    for (const Requirement &r : withScenario.requirements) {
        if (r.kind != RequirementKind::Scenario || r.from < 0 || r.to < 0)
            continue;
        const Step &from = withScenario.steps[r.from];
        if (!from.hasFamily(QStringLiteral("python")) || !withScenario.steps[r.to].hasFamily(family))
            continue;
        if (best < 0 || compareVersions(from.version, withScenario.steps[best].version) > 0)
            best = r.from;
    }
    return best;
}

struct Reach
{
    int builds = -1;
    double hours = 0;
    QStringList missing;
};

Reach reach(const Chain &chain, RequirementKinds followed, int target)
{
    Reach out;
    const GraphIndex graph = GraphIndex::build(chain, followed);
    out.builds = buildsToReach(chain, graph, target);
    if (out.builds < 0)
        return out;
    Bitset set = dependencies(graph, target);
    set.set(target);
    set.forEach([&](int i) {
        const Step &s = chain.steps[i];
        if (!s.isBuild() || s.excluded)
            return;
        if (s.facts->buildHours)
            out.hours += *s.facts->buildHours;
        else
            out.missing << s.id;
    });
    return out;
}

void warn(Diagnostics *problems, const QString &message)
{
    if (problems)
        problems->append(Diagnostic { QString(), 0, 0, Severity::Warning, message });
}

} // namespace

CpythonFigures cpythonFiguresAt(const Chain &chain, const TimelineRow &row, const QString &family,
    const CpythonOptions &options, Diagnostics *problems)
{
    CpythonFigures figures;
    const Scenario *scenario = findScenario(chain, options.scenario);
    if (!scenario) {
        warn(problems,
            QStringLiteral("no scenario `%1` is loaded: the CPython-with-Rust figures are left out")
                .arg(options.scenario));
        return figures;
    }
    const Chain dated = chainAtDate(chain, row, family);
    const Chain with = applyScenario(dated, *scenario);
    const int target = options.target.isEmpty() ? scenarioTarget(with, family) : with.indexOf(options.target);
    if (target < 0) {
        warn(problems,
            options.target.isEmpty()
                ? QStringLiteral("the scenario `%1` makes no python step need %2: the CPython-with-Rust "
                                 "figures are left out")
                      .arg(options.scenario, family)
                : QStringLiteral("no step `%1`: the CPython-with-Rust figures are left out")
                      .arg(options.target));
        return figures;
    }
    figures.target = with.steps[target].id;
    const Reach r1 = reach(with, options.followed, target);
    const int plainTarget = dated.indexOf(figures.target);
    const Reach r0 = reach(dated, options.followed, plainTarget);
    if (r1.builds < 0 || r0.builds < 0)
        return figures;
    figures.available = true;
    figures.buildsWithRust = r1.builds;
    figures.buildsWithoutRust = r0.builds;
    figures.hoursWithRust = r1.hours;
    figures.hoursWithoutRust = r0.hours;
    figures.missingHoursWithRust = r1.missing;
    figures.missingHoursWithoutRust = r0.missing;
    return figures;
}

TimelineSeries computeTimeline(
    const Chain &chain, const TimelineOptions &options, const CpythonOptions &cpython)
{
    TimelineSeries series = computeTimeline(chain.timeline, options);
    if (hasErrors(series.problems) || series.rows.isEmpty())
        return series;
    Diagnostics once;
    for (TimelineRow &row : series.rows) {
        row.cpython = cpythonFiguresAt(chain, row, options.family, cpython, &once);
        if (!once.isEmpty())
            break; // the same reason holds for every row
    }
    series.problems += once;
    series.cpythonComputed = once.isEmpty();
    if (series.cpythonComputed) {
        const CpythonFigures &last = series.rows.back().cpython;
        if (!last.hoursRatio())
            series.problems.append(Diagnostic { QString(), 0, 0, Severity::Info,
                QStringLiteral(
                    "build hours are known for %1 of the %2 builds to reach %3 with Rust: the ratio of "
                    "build time with Rust to without cannot be computed")
                    .arg(last.buildsWithRust - int(last.missingHoursWithRust.size()))
                    .arg(last.buildsWithRust)
                    .arg(last.target) });
    }
    qCDebug(lcTimeline) << "cpython figures" << series.cpythonComputed;
    return series;
}

} // namespace Seedline

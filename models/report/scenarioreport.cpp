// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioreport.h"

#include "summary.h"

#include "analysis/familyrequirement.h"
#include "analysis/graphindex.h"
#include "analysis/metrics.h"
#include "analysis/scenarioapply.h"
#include "analysis/scenariodiff.h"

#include <QJsonArray>
#include <QSet>

namespace Seedline {

namespace {

QJsonArray ids(const Chain &chain, const QVector<int> &steps)
{
    QJsonArray a;
    for (int s : steps)
        a.append(chain.steps[s].id);
    return a;
}

QJsonArray edges(const Chain &chain, const QVector<int> &list)
{
    QJsonArray a;
    for (int e : list) {
        const Requirement &r = chain.requirements[e];
        QJsonObject o{{QStringLiteral("from"), chain.steps[r.from].id},
                      {QStringLiteral("to"), chain.steps[r.to].id},
                      {QStringLiteral("kind"), requirementKindName(r.kind)}};
        if (!r.evidence.text().isEmpty())
            o.insert(QStringLiteral("text"), r.evidence.text());
        if (!r.evidence.file().isEmpty())
            o.insert(QStringLiteral("file"), r.evidence.file());
        if (r.evidence.line > 0)
            o.insert(QStringLiteral("line"), r.evidence.line);
        a.append(o);
    }
    return a;
}

} // namespace

ScenarioReport applyScenarioForReport(const Chain &chain, const QString &name, const SummaryOptions &options,
                                      Diagnostics *problems)
{
    ScenarioReport report;
    const Scenario *scenario = nullptr;
    QStringList names;
    for (const Scenario &s : chain.scenarios) {
        names << s.name;
        if (s.name == name)
            scenario = &s;
    }
    if (!scenario) {
        QString message = QStringLiteral("--scenario: no scenario named '%1'").arg(name);
        message += names.isEmpty() ? QStringLiteral("; the inputs define no scenarios")
                                   : QStringLiteral("; the inputs define: %1").arg(names.join(QStringLiteral(", ")));
        problems->append(Diagnostic{QString(), 0, 0, Severity::Error, message});
        return report;
    }

    Diagnostics diags;
    report.after = applyScenario(chain, *scenario, &diags);
    problems->append(diags);
    report.applied = true;

    QStringList families{QStringLiteral("python"), QStringLiteral("rust")};
    for (const QString &f : options.requiresFamilies) {
        if (!families.contains(f))
            families << f;
    }
    const ScenarioDiff diff = diffScenario(chain, report.after, families, options.followed, options.target);

    QJsonObject json{{QStringLiteral("name"), scenario->name},
                     {QStringLiteral("title"), scenario->title},
                     {QStringLiteral("added"), int(diff.addedEdges.size())},
                     {QStringLiteral("removed"), int(diff.removedEdges.size())},
                     {QStringLiteral("added_edges"), edges(report.after, diff.addedEdges)},
                     {QStringLiteral("removed_edges"), edges(chain, diff.removedEdges)}};
    QStringList text;
    text << QStringLiteral("scenario %1%2: %3 edges added, %4 removed")
                .arg(scenario->name,
                     scenario->title.isEmpty() ? QString() : QStringLiteral(" (") + scenario->title + u')')
                .arg(diff.addedEdges.size())
                .arg(diff.removedEdges.size());

    QJsonObject newly, noLonger;
    for (const FamilyDelta &d : diff.families) {
        newly.insert(d.family, ids(report.after, d.newlyRequiring));
        noLonger.insert(d.family, ids(chain, d.noLongerRequiring));
        if (!d.newlyRequiring.isEmpty() || !d.noLongerRequiring.isEmpty()) {
            QStringList first;
            for (int s : d.newlyRequiring.mid(0, 12))
                first << report.after.steps[s].id;
            text << QStringLiteral("  %1 steps newly require %2 (%3 → %4 in all)%5")
                        .arg(d.newlyRequiring.size())
                        .arg(d.family)
                        .arg(d.requiringBefore)
                        .arg(d.requiringAfter)
                        .arg(first.isEmpty() ? QString()
                                             : QStringLiteral(": ") + first.join(QStringLiteral(", "))
                                     + (d.newlyRequiring.size() > 12 ? QStringLiteral(", …") : QString()));
        }
    }
    json.insert(QStringLiteral("newly_requires"), newly);
    json.insert(QStringLiteral("no_longer_requires"), noLonger);

    // What the scenario's edges start from (the Rust-requiring CPython), and the target.
    QJsonArray reach;
    for (const ReachChange &r : diff.reach) {
        reach.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("builds_to_reach_before"), r.buildsToReachWithout},
                                 {QStringLiteral("builds_to_reach_after"), r.buildsToReachWith},
                                 {QStringLiteral("builds_before"),
                                  QJsonObject{{QStringLiteral("without"), r.buildsBeforeWithout},
                                              {QStringLiteral("with"), r.buildsBeforeWith}}},
                                 {QStringLiteral("builds_needed"),
                                  QJsonObject{{QStringLiteral("without"), r.buildsNeededWithout},
                                              {QStringLiteral("with"), r.buildsNeededWith}}}});
        if (r.id == diff.target)
            continue;
        text << QStringLiteral("  builds to reach %1: %2 before, %3 with the scenario (needed over followed edges: "
                               "%4 → %5)")
                    .arg(r.id)
                    .arg(r.buildsToReachWithout)
                    .arg(r.buildsToReachWith)
                    .arg(r.buildsNeededWithout)
                    .arg(r.buildsNeededWith);
    }
    json.insert(QStringLiteral("reach"), reach);
    if (!diff.target.isEmpty()) {
        for (const ReachChange &r : diff.reach) {
            if (r.id != diff.target)
                continue;
            json.insert(QStringLiteral("target"), diff.target);
            json.insert(QStringLiteral("builds_before"), QJsonObject{{QStringLiteral("without"), r.buildsBeforeWithout},
                                                                     {QStringLiteral("with"), r.buildsBeforeWith}});
            json.insert(QStringLiteral("builds_needed"), QJsonObject{{QStringLiteral("without"), r.buildsNeededWithout},
                                                                     {QStringLiteral("with"), r.buildsNeededWith}});
            text << QStringLiteral("  %1: %2 builds come before it without the scenario, %3 with it (needed: %4 → %5)")
                        .arg(r.id)
                        .arg(r.buildsBeforeWithout)
                        .arg(r.buildsBeforeWith)
                        .arg(r.buildsNeededWithout)
                        .arg(r.buildsNeededWith);
        }
    }

    QJsonArray cycles;
    QJsonArray cyclePaths;
    for (const Cycle &c : diff.newCycles) {
        cycles.append(ids(report.after, c.steps));
        cyclePaths.append(QJsonObject{{QStringLiteral("steps"), ids(report.after, c.steps)},
                                      {QStringLiteral("path"), edges(report.after, c.edges)}});
        text << QStringLiteral("  new cycle of %1 steps: %2")
                    .arg(c.steps.size())
                    .arg(describeWitness(report.after, Witness{c.edges}));
    }
    json.insert(QStringLiteral("new_cycles"), cycles);
    json.insert(QStringLiteral("new_cycle_paths"), cyclePaths);
    report.json = json;
    report.text = text.join(u'\n');
    return report;
}

} // namespace Seedline

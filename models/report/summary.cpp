// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include "analysis/collapse.h"
#include "analysis/cycles.h"
#include "analysis/familyrequirement.h"
#include "analysis/graphindex.h"
#include "analysis/metrics.h"
#include "analysis/reachability.h"
#include "report/scenarioreport.h"
#include "report/toursreport.h"

#include <QJsonArray>

#include <algorithm>
#include <numeric>
#include <optional>

namespace Seedline {

QJsonObject diagnosticToJson(const Diagnostic &d)
{
    return QJsonObject{{QStringLiteral("file"), d.file},
                       {QStringLiteral("line"), d.line},
                       {QStringLiteral("column"), d.column},
                       {QStringLiteral("severity"), severityName(d.severity)},
                       {QStringLiteral("message"), d.message}};
}

namespace {

QJsonObject edgeToJson(const Chain &chain, int requirement)
{
    const Requirement &r = chain.requirements[requirement];
    QJsonObject o{{QStringLiteral("from"), chain.steps[r.from].id},
                  {QStringLiteral("to"), chain.steps[r.to].id},
                  {QStringLiteral("kind"), requirementKindName(r.kind)}};
    if (!r.evidence.file().isEmpty())
        o.insert(QStringLiteral("file"), r.evidence.file());
    if (r.evidence.line > 0)
        o.insert(QStringLiteral("line"), r.evidence.line);
    if (!r.evidence.text().isEmpty())
        o.insert(QStringLiteral("text"), r.evidence.text());
    return o;
}

QJsonArray edgesToJson(const Chain &chain, const QVector<int> &edges)
{
    QJsonArray a;
    for (int e : edges)
        a.append(edgeToJson(chain, e));
    return a;
}

// Every family any step provides, in first-seen order.
QStringList familiesOf(const Chain &chain)
{
    QStringList out;
    for (const Step &s : chain.steps) {
        for (const QString &f : s.families) {
            if (!out.contains(f))
                out << f;
        }
    }
    return out;
}

// {id: [edges of its witness]} for the listed steps. A QJsonObject keeps its keys sorted and inserts
// by moving what follows, so the keys go in sorted: each insert is then an append.
QJsonObject witnessesToJson(const Chain &chain, const FamilyRequirement &fr,
                            const QVector<std::pair<QString, int>> &listed)
{
    QVector<int> order(listed.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return listed[a].first < listed[b].first; });
    QJsonObject out;
    for (int i : std::as_const(order))
        out.insert(listed[i].first, edgesToJson(chain, fr.witness(listed[i].second).edges));
    return out;
}

Diagnostic optionProblem(const QString &message)
{
    return Diagnostic{QString(), 0, 0, Severity::Error, message};
}

QString unknownStepMessage(const Chain &chain, const QString &what, const QString &id)
{
    QString message = QStringLiteral("%1: no step with the id '%2'").arg(what, id);
    const QStringList near = chain.nearestIds(id);
    if (!near.isEmpty())
        message += QStringLiteral("; did you mean %1?").arg(near.join(QStringLiteral(", ")));
    return message;
}

} // namespace

SummaryReport buildSummary(const Chain &input, const Diagnostics &loadDiagnostics, const SummaryOptions &options)
{
    SummaryReport report;
    QJsonObject &json = report.json;
    QStringList text;

    // Scenario and collapse change the chain the rest of the summary describes.
    Chain chain = input;
    if (!options.scenario.isEmpty()) {
        ScenarioReport sr = applyScenarioForReport(input, options.scenario, options, &report.problems);
        if (sr.applied) {
            chain = sr.after;
            json.insert(QStringLiteral("scenario"), sr.json);
            text << sr.text;
        }
    }
    // Collapsing is a view: every figure below is computed on the real chain; only the `requires`
    // and `why` listings name the shown nodes (a series needs a family when one of its members does).
    std::optional<ChainProjection> collapsed;
    if (options.collapse)
        collapsed = collapseSeries(chain);

    const GraphIndex followed = GraphIndex::build(chain, options.followed);

    json.insert(QStringLiteral("title"), chain.title);
    json.insert(QStringLiteral("steps"), int(chain.steps.size()));
    json.insert(QStringLiteral("requirements"), int(chain.requirements.size()));
    const int builds = chain.buildCount();
    json.insert(QStringLiteral("builds"), builds);
    int excluded = 0;
    for (const Step &s : chain.steps)
        excluded += s.excluded ? 1 : 0;
    if (excluded)
        json.insert(QStringLiteral("excluded"), excluded);
    if (!chain.configuration.isEmpty()) {
        QJsonObject config;
        for (auto it = chain.configuration.begin(); it != chain.configuration.end(); ++it)
            config.insert(it.key(), it.value());
        json.insert(QStringLiteral("configuration"), config);
    }
    text << QStringLiteral("%1: %2 steps, %3 builds (counting passes), %4 requirements")
                .arg(chain.title.isEmpty() ? QStringLiteral("chain") : chain.title)
                .arg(chain.steps.size())
                .arg(builds)
                .arg(chain.requirements.size());
    if (excluded)
        text << QStringLiteral("%1 steps excluded under this configuration").arg(excluded);

    // Families: builds and versions.
    QJsonObject families;
    QStringList familyLines;
    for (const QString &family : familiesOf(chain)) {
        int n = 0;
        QStringList versions;
        for (const Step &s : chain.steps) {
            if (!s.isBuild() || s.excluded || !s.hasFamily(family))
                continue;
            ++n;
            if (!s.version.isEmpty() && !versions.contains(s.version))
                versions << s.version;
        }
        families.insert(family, QJsonObject{{QStringLiteral("builds"), n},
                                            {QStringLiteral("versions"), QJsonArray::fromStringList(versions)}});
        if (n > 0)
            familyLines << QStringLiteral("%1 %2").arg(family).arg(n);
    }
    json.insert(QStringLiteral("families"), families);
    if (!familyLines.isEmpty())
        text << QStringLiteral("builds per family: ") + familyLines.join(QStringLiteral(", "));

    // Target.
    if (!options.target.isEmpty()) {
        const int t = chain.indexOf(options.target);
        if (t < 0) {
            report.problems << optionProblem(unknownStepMessage(chain, QStringLiteral("--target"), options.target));
        } else {
            const GraphIndex everything = GraphIndex::build(chain, allKinds());
            const int before = buildsToReach(chain, everything, t) - (chain.steps[t].isBuild() && !chain.steps[t].excluded ? 1 : 0);
            const int needed = buildsToReach(chain, followed, t);
            QJsonObject familyBuilds;
            QStringList fb;
            for (const QString &family : familiesOf(chain)) {
                const FamilyChain fc = familyChain(chain, everything, t, family);
                if (fc.length() == 0)
                    continue;
                familyBuilds.insert(family, fc.length());
                fb << QStringLiteral("%1 %2").arg(family).arg(fc.length());
            }
            QJsonObject target{{QStringLiteral("id"), chain.steps[t].id},
                               {QStringLiteral("builds_before"), before},
                               {QStringLiteral("builds_needed"), needed},
                               {QStringLiteral("family_builds"), familyBuilds}};
            if (chain.steps[t].excluded)
                target.insert(QStringLiteral("excluded"), true);
            const CriticalPath cp = criticalPathByHours(chain, followed, t);
            if (cp.totalHours > 0) {
                QJsonArray steps;
                for (int s : cp.steps)
                    steps.append(chain.steps[s].id);
                target.insert(QStringLiteral("critical_path"),
                              QJsonObject{{QStringLiteral("hours"), cp.totalHours}, {QStringLiteral("steps"), steps}});
            }
            json.insert(QStringLiteral("target"), target);
            text << QStringLiteral("%1: %2 builds come before it; %3 builds are needed over %4 edges")
                        .arg(chain.steps[t].id)
                        .arg(before)
                        .arg(needed)
                        .arg(QStringLiteral("followed"));
            if (!fb.isEmpty())
                text << QStringLiteral("  builds of each family up to it: ") + fb.join(QStringLiteral(", "));
        }
    }

    // Requires family, with witnesses.
    QStringList wanted{QStringLiteral("python"), QStringLiteral("rust")};
    for (const QString &f : options.requiresFamilies) {
        if (!wanted.contains(f))
            wanted << f;
    }
    QJsonObject requiresJson;
    QJsonObject why;
    const QStringList known = familiesOf(chain);
    for (const QString &family : wanted) {
        // A name asked for that is no family of this chain but a step (the package python3 of a
        // Debian graph, not the family python): what requires that step.
        const int step = options.requiresFamilies.contains(family) && !known.contains(family) ? chain.indexOf(family) : -1;
        const FamilyRequirement fr = step >= 0 ? requiresStep(chain, followed, step) : requiresFamily(chain, followed, family);
        // The steps listed: real steps, or under --collapse the shown nodes with the witness of
        // their first requiring member.
        QVector<std::pair<QString, int>> listed; // shown id, the real step whose witness explains it
        if (collapsed) {
            QVector<int> witnessOf(collapsed->shown.steps.size(), -1);
            fr.steps.forEach([&](int s) {
                const int node = collapsed->nodeOf.value(s, -1);
                if (node >= 0 && witnessOf[node] < 0)
                    witnessOf[node] = s;
            });
            for (int node = 0; node < witnessOf.size(); ++node) {
                if (witnessOf[node] >= 0)
                    listed.append({collapsed->shown.steps[node].id, witnessOf[node]});
            }
        } else {
            fr.steps.forEach([&](int s) { listed.append({chain.steps[s].id, s}); });
        }
        if (options.json) {
            QJsonArray ids;
            for (const auto &[id, s] : std::as_const(listed))
                ids.append(id);
            requiresJson.insert(family, ids);
            why.insert(family, witnessesToJson(chain, fr, listed));
        }
        text << QStringLiteral("%1 %2 require %3%4 (over %5 edges)")
                    .arg(listed.size())
                    .arg(collapsed ? QStringLiteral("shown nodes") : QStringLiteral("steps"))
                    .arg(step >= 0 ? QStringLiteral("the step ") : QString(), family)
                    .arg(QStringLiteral("observed, declared, mentioned, toolchain and scenario"));
        if (step < 0 && !known.contains(family) && options.requiresFamilies.contains(family))
            text << QStringLiteral("  (no step is of the family %1, and no step is called %1)").arg(family);
        if (options.text && (options.why || options.requiresFamilies.contains(family))) {
            for (const auto &[id, s] : std::as_const(listed)) {
                QString line = QStringLiteral("  ") + id;
                if (id != chain.steps[s].id)
                    line += QStringLiteral(" (") + chain.steps[s].id + u')';
                if (options.why)
                    line += QStringLiteral(": ") + describeWitness(chain, fr.witness(s));
                text << line;
            }
        }
    }
    json.insert(QStringLiteral("requires"), requiresJson);
    json.insert(QStringLiteral("why"), why);
    if (collapsed) {
        QJsonArray series;
        for (const FoldGroup &g : std::as_const(collapsed->groups)) {
            QJsonArray members;
            for (int m : g.members)
                members.append(chain.steps[m].id);
            series.append(QJsonObject{{QStringLiteral("id"), g.id},
                                      {QStringLiteral("label"), collapsed->shown.steps[g.node].label},
                                      {QStringLiteral("members"), members}});
        }
        json.insert(QStringLiteral("collapsed"), QJsonObject{{QStringLiteral("shown_steps"), int(collapsed->shown.steps.size())},
                                                             {QStringLiteral("series"), series}});
        text << QStringLiteral("version series collapsed for the listings: %1 series, %2 nodes shown; every count is of "
                               "the real chain")
                    .arg(collapsed->groups.size())
                    .arg(collapsed->shown.steps.size());
    }

    // Shortest path.
    if (!options.pathFrom.isEmpty() || !options.pathTo.isEmpty()) {
        const int from = chain.indexOf(options.pathFrom);
        const int to = chain.indexOf(options.pathTo);
        if (from < 0)
            report.problems << optionProblem(unknownStepMessage(chain, QStringLiteral("--path"), options.pathFrom));
        if (to < 0)
            report.problems << optionProblem(unknownStepMessage(chain, QStringLiteral("--path"), options.pathTo));
        if (from >= 0 && to >= 0) {
            const auto path = shortestPath(followed, from, to);
            QJsonObject p{{QStringLiteral("from"), options.pathFrom}, {QStringLiteral("to"), options.pathTo}};
            if (path) {
                p.insert(QStringLiteral("edges"), edgesToJson(chain, *path));
                text << QStringLiteral("path %1 → %2 (%3 edges): %4")
                            .arg(options.pathFrom, options.pathTo)
                            .arg(path->size())
                            .arg(describeWitness(chain, Witness{*path}));
            } else {
                p.insert(QStringLiteral("edges"), QJsonValue::Null);
                text << QStringLiteral("%1 does not need %2 over the followed edges").arg(options.pathFrom, options.pathTo);
            }
            json.insert(QStringLiteral("path"), p);
        }
    }

    // Cycles.
    const QVector<Cycle> cycles = stronglyConnectedComponents(followed);
    QJsonArray cyclesJson;
    for (const Cycle &c : cycles) {
        QJsonArray members;
        for (int s : c.steps)
            members.append(chain.steps[s].id);
        cyclesJson.append(QJsonObject{{QStringLiteral("steps"), members},
                                      {QStringLiteral("path"), edgesToJson(chain, c.edges)}});
        text << QStringLiteral("cycle of %1 steps: %2").arg(c.steps.size()).arg(describeWitness(chain, Witness{c.edges}));
    }
    json.insert(QStringLiteral("cycles"), cyclesJson);

    // Tours, for teaching.
    json.insert(QStringLiteral("tours"), toursToJson(chain));
    if (const QString line = toursSummaryLine(chain); !line.isEmpty())
        text << line;

    // Diagnostics: the loaders' and the options'.
    QJsonArray diagnostics;
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : loadDiagnostics + report.problems) {
        diagnostics.append(diagnosticToJson(d));
        errors += d.severity == Severity::Error ? 1 : 0;
        warnings += d.severity == Severity::Warning ? 1 : 0;
    }
    json.insert(QStringLiteral("diagnostics"), diagnostics);
    if (errors || warnings)
        text << QStringLiteral("%1 errors, %2 warnings (see above)").arg(errors).arg(warnings);

    report.text = text.join(u'\n') + u'\n';
    return report;
}

} // namespace Seedline

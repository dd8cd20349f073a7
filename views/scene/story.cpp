// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story.h"

#include "analysis/collapse.h"
#include "highlight/palette.h"
#include "layout/layoutgraph.h"
#include "scene/steplook.h"
#include "scene/viewpipeline.h"

#include <QSet>

#include <algorithm>

namespace Seedline {

namespace {

constexpr int minimumRun = 3;
constexpr int sourcesShown = 8;

// "chains/rust-mrustc.chain.toml" for the embedded ":/chains/rust-mrustc.chain.toml".
QString sourceName(const QString &file)
{
    return file.startsWith(QLatin1String(":/")) ? file.mid(2) : file;
}

// Splits a series around the steps that must stay open; parts of at least two members fold.
void addSeriesParts(const Chain &chain, const FoldGroup &series, const Bitset &inStory, const QSet<int> &keepOpen,
                    QVector<FoldGroup> &groups, QVector<bool> &taken)
{
    QVector<int> part;
    auto close = [&] {
        if (part.size() >= 2) {
            FoldGroup g = series;
            g.members = part;
            const bool whole = part == series.members;
            g.id = whole ? series.id
                         : series.package + QChar(0x00D7) + QString::number(part.size()) + u'@'
                    + chain.steps[part.first()].version;
            for (int m : std::as_const(part))
                taken[m] = true;
            groups.append(g);
        }
        part.clear();
    };
    for (int m : series.members) {
        if (!inStory.test(m) || keepOpen.contains(m)) {
            close();
            continue;
        }
        part.append(m);
    }
    close();
}

} // namespace

QString storyCaption(const ChainAnalysis &a, const QStringList &families)
{
    QStringList parts;
    for (const QString &f : families) {
        const FamilyRequirement *r = a.family(f);
        if (!r)
            continue;
        // The same count as `seedline summary`: every step that needs the family to be
        // built, its own later builds included (python-3.11.1 is built with Python).
        int needing = 0, newly = 0;
        r->steps.forEach([&](int s) {
            ++needing;
            newly += a.stepNewlyRequires(s, f) ? 1 : 0;
        });
        if (needing == 0)
            continue;
        QString part = QStringLiteral("%1 steps need %2").arg(needing).arg(Palette::familyDisplayName(f));
        if (newly > 0)
            part += QStringLiteral(", %1 of them because of the what-if").arg(newly);
        parts << part;
    }
    if (a.scenario) {
        for (const ReachChange &r : a.scenario->diff.reach)
            if (r.buildsToReachWithout >= 0 && r.buildsToReachWith >= 0)
                parts << QStringLiteral("%1 \u2192 %2 builds to reach %3")
                             .arg(r.buildsToReachWithout)
                             .arg(r.buildsToReachWith)
                             .arg(r.id);
    }
    return parts.join(QStringLiteral("; "));
}

Story buildStory(const ChainAnalysis &a, const ViewOptions &options)
{
    Story story;
    const Chain &chain = *a.chain;
    const int n = int(chain.steps.size());
    story.steps = Bitset(n);
    const QStringList families = shownFamilies(options.highlight.families, options.highlight.hiddenFamilies);

    // The targets, if any: steps by id.
    QVector<int> targets;
    for (const QString &id : options.storyTargets) {
        const int t = chain.indexOf(id);
        if (t < 0)
            story.problems << QStringLiteral("no step with the id '%1'").arg(id);
        else
            targets << t;
    }
    // The steps and the witness edges that explain them.
    auto addWitness = [&](int s, const FamilyRequirement &r) {
        story.steps.set(s);
        for (int e : r.witness(s).edges) {
            story.edges.insert(e);
            story.steps.set(chain.requirements[e].from);
            story.steps.set(chain.requirements[e].to);
        }
    };
    for (const QString &f : families) {
        const FamilyRequirement *r = a.family(f);
        if (!r)
            continue;
        if (!targets.isEmpty()) {
            for (int t : std::as_const(targets)) {
                story.steps.set(t);
                if (r->steps.test(t))
                    addWitness(t, *r);
            }
            continue;
        }
        r->familySteps.forEach([&](int s) { story.steps.set(s); });
        r->steps.forEach([&](int s) { addWitness(s, *r); });
    }
    // What a family's own steps are built from, among the steps drawn (rust 1.90.0 needs mrustc).
    const RequirementKinds told = RequirementKind::Declared | RequirementKind::Observed | RequirementKind::Mentioned
        | RequirementKind::Scenario;
    for (int e = 0; e < chain.requirements.size(); ++e) {
        const Requirement &q = chain.requirements[e];
        if (!told.testFlag(q.kind) || !story.steps.test(q.from) || !story.steps.test(q.to))
            continue;
        for (const QString &f : families)
            if (chain.steps[q.from].hasFamily(f))
                story.edges.insert(e);
    }

    // What stays open: the targets and the steps a what-if starts from.
    QSet<int> keepOpen(targets.begin(), targets.end());
    if (a.scenario) {
        for (int e : a.scenario->diff.addedEdges)
            keepOpen.insert(chain.requirements[e].from);
    }
    QVector<bool> taken(n, false);
    for (const FoldGroup &series : findSeries(chain))
        addSeriesParts(chain, series, story.steps, keepOpen, story.groups, taken);

    // Runs: consecutive story steps of one stage that look alike and take the same next step.
    QVector<int> stageOf(n, -1);
    const QVector<ChainStage> stages = bootstrapStages(chain);
    for (int s = 0; s < stages.size(); ++s)
        for (int step : stages[s].steps)
            stageOf[step] = s;
    auto nextHops = [&](int s) {
        QString hops;
        for (const QString &f : families) {
            const FamilyRequirement *r = a.family(f);
            if (r && r->steps.test(s))
                hops += QString::number(r->nextStep[s]) + u',';
        }
        return hops;
    };
    QVector<int> run;
    QString runKey;
    auto closeRun = [&] {
        if (run.size() >= minimumRun) {
            FoldGroup g;
            g.kind = FoldGroup::Kind::Run;
            g.members = run;
            g.id = QStringLiteral("run:%1").arg(chain.steps[run.first()].id);
            g.title = QStringLiteral("%1 \u2026 %2").arg(stepDisplayLabel(chain.steps[run.first()]),
                                                         stepDisplayLabel(chain.steps[run.last()]));
            if (!options.fold.expanded.contains(g.id)) {
                for (int m : std::as_const(run))
                    taken[m] = true;
                story.groups.append(g);
            }
        }
        run.clear();
    };
    for (int s = 0; s < n; ++s) {
        if (!story.steps.test(s) || (chain.steps[s].excluded && !options.highlight.showExcluded))
            continue;
        bool member = false;
        for (const QString &f : families)
            member = member || chain.steps[s].hasFamily(f);
        if (taken[s] || member || keepOpen.contains(s)) {
            closeRun();
            continue;
        }
        const QString key = QString::number(stageOf[s]) + u'|'
            + stepLook(a, s, families, true, options.highlight.markScenario) + u'|' + nextHops(s);
        if (!run.isEmpty() && key != runKey)
            closeRun();
        runKey = key;
        run.append(s);
    }
    closeRun();
    // Groups the user opened again stay open.
    story.groups.erase(std::remove_if(story.groups.begin(), story.groups.end(),
                                      [&options](const FoldGroup &g) { return options.fold.expanded.contains(g.id); }),
                       story.groups.end());

    story.caption = storyCaption(a, families);
    QStringList files;
    for (int e : std::as_const(story.edges)) {
        const QString file = chain.requirements[e].evidence.file();
        if (!file.isEmpty() && !files.contains(sourceName(file)))
            files << sourceName(file);
    }
    files.sort();
    if (!files.isEmpty()) {
        const int more = int(files.size()) - sourcesShown;
        story.sources = QStringLiteral("Sources: ") + files.mid(0, sourcesShown).join(QStringLiteral(", "))
            + (more > 0 ? QStringLiteral(" and %1 more").arg(more) : QString());
    }
    return story;
}

} // namespace Seedline

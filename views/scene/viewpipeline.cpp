// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewpipeline.h"

#include "analysis/collapse.h"
#include "highlight/visiblegraph.h"
#include "layout/layoutcache.h"
#include "layout/layoutengine.h"
#include "scene/steplook.h"
#include "scene/story.h"

#include <QCryptographicHash>
#include <QHash>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <optional>

namespace Seedline {

namespace {

bool usesBootstrapLayout(const Chain &chain, const ViewOptions &options)
{
    return hasBuildOrder(chain) && (options.layout.engine.isEmpty() || options.layout.engine == QLatin1String("bootstrap"));
}

// Runs of at least `minimum` consecutive steps of one stage that look alike and provide no
// highlighted family, outside the groups already taken. Steps that explain the story stay open:
// those with a drawn requirement (a shown kind) on a step that provides or needs a highlighted
// family (meson needs python, systemd needs meson). What folds is the mass around them: plain
// steps, and steps that need a family only through edges that are not drawn (everything the final
// GCC builds needs Python through the compiler).
QVector<FoldGroup> findRuns(const ChainAnalysis &a, const ViewOptions &options, const QVector<int> &stageOf,
                            const QVector<bool> &taken)
{
    QVector<FoldGroup> runs;
    const Chain &chain = *a.chain;
    const QStringList families = shownFamilies(options.highlight.families, options.highlight.hiddenFamilies);
    const int n = int(chain.steps.size());
    const int minimum = std::max(2, options.fold.minimumRun);
    // Steps with a drawn edge into the story.
    QVector<bool> explains(n, false);
    const RequirementKinds drawn = options.highlight.shownEdgeKinds;
    auto important = [&](int i) {
        for (const QString &f : families)
            if (chain.steps[i].hasFamily(f) || (options.highlight.tintRequirers && a.stepRequires(i, f)))
                return true;
        return false;
    };
    for (const Requirement &r : chain.requirements) {
        if (r.from >= 0 && r.from < n && r.to >= 0 && r.to < n && drawn.testFlag(r.kind) && important(r.to))
            explains[r.from] = true;
    }
    auto foldable = [&](int i) {
        const Step &s = chain.steps[i];
        if (taken[i] || explains[i] || s.kind == StepKind::Jump || s.kind == StepKind::Seed)
            return false;
        if (s.excluded && !options.highlight.showExcluded)
            return false;
        for (const QString &f : families)
            if (s.hasFamily(f))
                return false;
        return true;
    };
    int begin = -1;
    QString look;
    auto close = [&](int end) {
        if (begin >= 0 && end - begin >= minimum) {
            FoldGroup g;
            g.kind = FoldGroup::Kind::Run;
            g.members.reserve(end - begin);
            for (int k = begin; k < end; ++k)
                g.members.append(k);
            g.id = QStringLiteral("run:%1").arg(chain.steps[begin].id);
            g.title = QStringLiteral("%1 \u2026 %2").arg(stepDisplayLabel(chain.steps[begin]),
                                                         stepDisplayLabel(chain.steps[end - 1]));
            if (!options.fold.expanded.contains(g.id))
                runs.append(g);
        }
        begin = -1;
    };
    for (int i = 0; i < n; ++i) {
        // Excluded steps are not drawn; they neither break nor join a run.
        if (chain.steps[i].excluded && !options.highlight.showExcluded && !taken[i])
            continue;
        if (!foldable(i)) {
            close(i);
            continue;
        }
        const QString l = stepLook(a, i, families, options.highlight.tintRequirers, options.highlight.markScenario);
        if (begin >= 0 && (l != look || stageOf.value(i) != stageOf.value(begin))) {
            // Excluded steps inside the run are skipped above; the run ends before i.
            int end = i;
            close(end);
        }
        if (begin < 0) {
            begin = i;
            look = l;
        }
    }
    close(n);
    // Runs whose members are not contiguous because excluded steps sat between them keep only the
    // drawn ones (excluded members are hidden anyway).
    for (FoldGroup &g : runs) {
        QVector<int> kept;
        for (int m : std::as_const(g.members))
            if (!chain.steps[m].excluded || options.highlight.showExcluded)
                kept.append(m);
        g.members = kept;
    }
    runs.erase(std::remove_if(runs.begin(), runs.end(), [minimum](const FoldGroup &g) { return g.members.size() < minimum; }),
               runs.end());
    return runs;
}

void appendKey(QDataStream &out, const HighlightOptions &h)
{
    out << h.families << QStringList(h.hiddenFamilies.begin(), h.hiddenFamilies.end()) << h.tintRequirers
        << h.markScenario;
}

} // namespace

QVector<FoldGroup> foldGroupsFor(const ChainAnalysis &analysis, const ViewOptions &options)
{
    QVector<FoldGroup> groups;
    if (!analysis.chain)
        return groups;
    const Chain &chain = *analysis.chain;
    const int n = int(chain.steps.size());
    QVector<bool> taken(n, false);
    QVector<int> stageOf(n, -1);
    const bool ordered = hasBuildOrder(chain);
    if (ordered) {
        const QVector<ChainStage> stages = bootstrapStages(chain);
        for (int s = 0; s < stages.size(); ++s) {
            for (int step : stages[s].steps)
                stageOf[step] = s;
            if (!options.fold.stages.contains(stages[s].id) || options.fold.expanded.contains(stages[s].id))
                continue;
            FoldGroup g;
            g.kind = FoldGroup::Kind::Stage;
            g.id = stages[s].id;
            g.title = stages[s].title;
            g.members = stages[s].steps;
            for (int m : std::as_const(g.members))
                taken[m] = true;
            groups.append(g);
        }
    }
    if (options.fold.series) {
        CollapseOptions co;
        co.keepExpanded = QStringList(options.fold.expanded.begin(), options.fold.expanded.end());
        for (FoldGroup g : findSeries(chain, co)) {
            // A series never spans a folded stage's steps.
            g.members.erase(std::remove_if(g.members.begin(), g.members.end(), [&taken](int m) { return taken[m]; }),
                            g.members.end());
            if (g.members.size() < 2)
                continue;
            for (int m : std::as_const(g.members))
                taken[m] = true;
            groups.append(g);
        }
    }
    if (options.fold.runs && ordered)
        groups += findRuns(analysis, options, stageOf, taken);
    return groups;
}

QByteArray viewLayoutKey(const ViewOptions &options, const Chain &chain)
{
    const bool bootstrap = usesBootstrapLayout(chain, options);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const FoldOptions &f = options.fold;
    out << f.series << f.runs << QStringList(f.stages.begin(), f.stages.end())
        << QStringList(f.expanded.begin(), f.expanded.end()) << f.minimumRun;
    if (f.runs || options.story)
        appendKey(out, options.highlight); // runs depend on what the steps look like
    out << options.story << options.storyTargets;
    out << bootstrap << options.highlight.showExcluded << options.layoutFocusOnly;
    if (!bootstrap)
        out << int(options.rankDir) << int(options.highlight.shownEdgeKinds);
    if (options.layoutFocusOnly && options.highlight.focus)
        out << options.selectedId << int(options.highlight.direction) << options.highlight.depth
            << options.whyFromId << options.whyToId;
    const LayoutOptions &o = options.layout;
    out << int(o.backend) << o.engine << o.executable << o.dependenciesFirst << o.graphAttributes << o.aspectRatio;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

namespace {

// The story draws its steps and its edges only.
void hideOutsideStory(HighlightResult &h, const ChainProjection &p, const Story &story)
{
    for (int node = 0; node < h.steps.size(); ++node) {
        bool in = false;
        for (int m : p.members.value(node))
            in = in || story.steps.test(m);
        if (!in)
            h.steps[node].hidden = true;
    }
    for (int e = 0; e < h.edges.size(); ++e) {
        bool in = false;
        for (int r : p.requirementsOf.value(e))
            in = in || story.edges.contains(r);
        const Requirement &q = p.shown.requirements[e];
        if (!in || h.steps.value(q.from).hidden || h.steps.value(q.to).hidden) {
            h.edges[e].hidden = true;
        } else {
            h.edges[e].hidden = false; // a witness edge is drawn whatever kinds are shown
            h.edges[e].context = false;
        }
    }
}

void fillIndices(HighlightOptions &h, const ChainProjection &p, const ViewOptions &options)
{
    h.selected = options.selectedId.isEmpty() ? -1 : p.shownIndexOf(options.selectedId);
    h.selectedMember = options.selectedId.isEmpty() ? -1 : p.real.indexOf(options.selectedId);
    h.whyFrom = options.whyFromId.isEmpty() ? -1 : p.shownIndexOf(options.whyFromId);
    h.whyTo = options.whyToId.isEmpty() ? -1 : p.shownIndexOf(options.whyToId);
    if (h.whyFrom < 0 || h.whyTo < 0)
        h.whyFrom = h.whyTo = -1;
}

} // namespace

ViewPlan planView(const AnalysisPtr &analysis, const ViewOptions &options)
{
    ViewPlan plan;
    if (!analysis || !analysis->chain)
        return plan;
    plan.analysis = analysis;
    const Chain &real = *analysis->chain;
    std::optional<Story> story;
    if (options.story)
        story = buildStory(*analysis, options);
    const QVector<FoldGroup> groups = story ? story->groups : foldGroupsFor(*analysis, options);
    auto projection = std::make_shared<ChainProjection>(foldGroups(real, groups));
    plan.projection = projection;
    const Chain &shown = projection->shown;

    HighlightOptions h = options.highlight;
    fillIndices(h, *projection, options);
    plan.highlightCache = std::make_shared<HighlightCache>();
    plan.highlight = computeHighlight(*analysis, *projection, h, plan.highlightCache.get());
    if (story) {
        hideOutsideStory(plan.highlight, *projection, *story);
        plan.caption = story->caption;
        plan.sources = story->sources;
        plan.problems = story->problems;
    }
    if (!options.caption.isEmpty())
        plan.caption = options.caption;

    plan.bootstrap = usesBootstrapLayout(real, options);
    if (plan.bootstrap) {
        // Every kind is laid out: edges do not shape this layout, so showing one moves nothing.
        plan.graph = layoutGraphFromChain(shown, allKinds(), h.showExcluded);
        // Stages of the real chain; a folded node is in the stage of its first member.
        const QVector<ChainStage> stages = bootstrapStages(real);
        QVector<int> nodeOf(shown.steps.size(), -1);
        for (int k = 0; k < plan.graph.stepIndex.size(); ++k)
            nodeOf[plan.graph.stepIndex[k]] = k;
        QVector<int> stageOfShown(shown.steps.size(), -1);
        for (int s = 0; s < stages.size(); ++s)
            for (int step : stages[s].steps) {
                const int node = projection->nodeOf.value(step, -1);
                if (node >= 0 && stageOfShown[node] < 0)
                    stageOfShown[node] = s;
            }
        QVector<LayoutGraph::Stage> layoutStages(stages.size());
        for (int s = 0; s < stages.size(); ++s) {
            layoutStages[s].id = stages[s].id;
            layoutStages[s].title = stages[s].title;
        }
        for (int node = 0; node < shown.steps.size(); ++node)
            if (stageOfShown[node] >= 0 && nodeOf[node] >= 0)
                layoutStages[stageOfShown[node]].nodes.append(nodeOf[node]);
        for (const LayoutGraph::Stage &s : std::as_const(layoutStages))
            if (!s.nodes.isEmpty())
                plan.graph.stages.append(s);
        plan.graph.ordered = true;
    } else {
        plan.graph = layoutGraphFromChain(shown, h.shownEdgeKinds, h.showExcluded);
        // DOT clusters, drawn as titled boxes.
        QHash<QString, int> clusterIndex;
        for (int k = 0; k < plan.graph.stepIndex.size(); ++k) {
            const QString cluster = shown.steps[plan.graph.stepIndex[k]].details->attributes.value(QStringLiteral("seedline:cluster"));
            if (cluster.isEmpty())
                continue;
            auto it = clusterIndex.find(cluster);
            if (it == clusterIndex.end()) {
                const QString label = shown.graphAttributes.value(QStringLiteral("seedline:cluster-label:") + cluster);
                it = clusterIndex.insert(cluster, int(plan.graph.stages.size()));
                plan.graph.stages.append(LayoutGraph::Stage{cluster, label.isEmpty() ? cluster : label, {}});
            }
            plan.graph.stages[*it].nodes.append(k);
        }
    }
    plan.graph.rankDir = options.rankDir;
    if ((options.layoutFocusOnly && h.focus) || story)
        plan.graph = visibleLayoutGraph(plan.graph, plan.highlight);
    plan.layoutOptions = options.layout;
    if (plan.bootstrap)
        plan.layoutOptions.engine = QStringLiteral("bootstrap");
    plan.layoutKey = layoutKey(plan.graph, plan.layoutOptions);

    int series = 0, runs = 0, stages = 0;
    for (const FoldGroup &g : projection->groups) {
        series += g.kind == FoldGroup::Kind::Series;
        runs += g.kind == FoldGroup::Kind::Run;
        stages += g.kind == FoldGroup::Kind::Stage;
    }
    if (!projection->groups.isEmpty())
        plan.notes << QStringLiteral("%1 of %2 steps shown: %3 series, %4 runs and %5 stages folded")
                          .arg(shown.steps.size())
                          .arg(real.steps.size())
                          .arg(series)
                          .arg(runs)
                          .arg(stages);
    return plan;
}

bool restylePlan(ViewPlan &plan, const ViewOptions &options)
{
    if (plan.isEmpty())
        return false;
    HighlightOptions h = options.highlight;
    fillIndices(h, *plan.projection, options);
    if (!plan.highlightCache)
        plan.highlightCache = std::make_shared<HighlightCache>();
    plan.highlight = computeHighlight(*plan.analysis, *plan.projection, h, plan.highlightCache.get());
    if (options.story)
        hideOutsideStory(plan.highlight, *plan.projection, buildStory(*plan.analysis, options));
    return true;
}

SceneModel assembleScene(const ViewPlan &plan, const LayoutResult &layout)
{
    if (plan.isEmpty())
        return {};
    const auto shown = std::shared_ptr<const Chain>(plan.projection, &plan.projection->shown);
    SceneModel m = buildSceneModel(shown, geometryFromLayout(plan.graph, layout, int(shown->steps.size())), plan.highlight,
                        plan.caption, plan.sources);
    m.projection = plan.projection;
    return m;
}

SceneModel buildScene(const AnalysisPtr &analysis, const ViewOptions &options, QString *warning,
                      const std::atomic_bool *cancel, bool layOut)
{
    const ViewPlan plan = planView(analysis, options);
    if (!layOut) {
        LayoutResult none;
        none.ok = true;
        none.engine = QStringLiteral("none");
        none.nodes.resize(plan.graph.nodes.size());
        for (LayoutResult::NodeGeometry &n : none.nodes)
            n.size = QSizeF(1, 1);
        none.edges.resize(plan.graph.edges.size());
        none.boundingBox = QRectF(0, 0, 1, 1);
        return assembleScene(plan, none);
    }
    LayoutResult layout = layoutGraph(plan.graph, plan.layoutOptions, cancel);
    if (!layout.ok) {
        if (warning)
            *warning = QStringLiteral("the Graphviz layout failed (%1); using the instant layout")
                           .arg(layout.error.isEmpty() ? QStringLiteral("no reason given") : layout.error);
        layout = instantLayout(plan.graph, plan.layoutOptions);
    }
    return assembleScene(plan, layout);
}

} // namespace Seedline

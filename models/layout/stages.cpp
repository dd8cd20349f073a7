// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The stages of a chain in build order, for the bootstrap layout.
#include "layoutgraph.h"

#include "core/kernels.h"

#include <QHash>

namespace Seedline {

namespace {

const QString stageAttribute = QStringLiteral("stage");

// The step a build is compiled with: the target of its toolchain edge to a C compiler (the first
// one), or -1.
QVector<int> compilerOf(const Chain &chain)
{
    const int n = int(chain.steps.size());
    QVector<int> compiler(n, -1);
    for (const Requirement &r : chain.requirements) {
        if (r.kind != RequirementKind::Toolchain || r.from < 0 || r.from >= n || r.to < 0 || r.to >= n)
            continue;
        if (compiler[r.from] >= 0)
            continue;
        const Step &target = chain.steps[r.to];
        if (target.hasFamily(QStringLiteral("c-compiler")) || target.hasFamily(QStringLiteral("cxx-compiler")))
            compiler[r.from] = r.to;
    }
    return compiler;
}

// "gcc 4.7.4" for every pass of gcc-4.7.4.
QString compilerName(const Step &step)
{
    if (!step.package.isEmpty())
        return step.version.isEmpty() ? step.package : step.package + u' ' + step.version;
    return splitPassSuffix(step.id).first;
}

} // namespace

bool hasBuildOrder(const Chain &chain)
{
    if (chain.sources.isEmpty())
        return !chain.steps.isEmpty();
    for (const ChainSource &s : chain.sources) {
        if (s.kind == ChainSource::Kind::Dot)
            return false;
    }
    return true;
}

QVector<ChainStage> bootstrapStages(const Chain &chain)
{
    QVector<ChainStage> stages;
    const int n = int(chain.steps.size());
    if (n == 0)
        return stages;
    const QVector<int> compiler = compilerOf(chain);
    const QString seeds = QStringLiteral("Seeds and stage0-posix");
    bool seenBuild = false;
    QString currentTitle;
    QString currentFile;
    QString declared;    // the last `stage` attribute in force in this file
    QString compilerKey; // the C compiler in force
    QString base;        // the title before the kernel it runs on
    QString jump;        // the last kernel jump in force
    QVector<int> leading; // excluded steps before the first stage
    QHash<QString, int> uses; // how often a title was used, for "(continued)"
    for (int i = 0; i < n; ++i) {
        const Step &s = chain.steps[i];
        // A step excluded by the configuration is not built: it joins the stage it is in and
        // changes nothing.
        if (s.excluded) {
            if (stages.isEmpty())
                leading.append(i);
            else
                stages.last().steps.append(i);
            continue;
        }
        if (s.origin.file != currentFile) {
            currentFile = s.origin.file;
            declared.clear();
        }
        if (s.details->attributes.contains(stageAttribute))
            declared = s.details->attributes.value(stageAttribute);
        if (s.kind == StepKind::Build)
            seenBuild = true;
        if (!declared.isEmpty()) {
            base = declared;
        } else if (!seenBuild && (s.kind == StepKind::Seed || s.kind == StepKind::Stage)) {
            base = seeds;
        } else {
            if (compiler[i] >= 0)
                compilerKey = compilerName(chain.steps[compiler[i]]);
            if (!compilerKey.isEmpty())
                base = QStringLiteral("Built with %1").arg(compilerKey);
            else if (s.kind == StepKind::Stage)
                base = s.label.isEmpty() ? s.id : s.label;
            else if (base.isEmpty())
                base = chain.title.isEmpty() ? QStringLiteral("Steps") : chain.title;
        }
        QString title = base;
        if (declared.isEmpty() && base != seeds && !jump.isEmpty())
            title += QStringLiteral(" \u00B7 after %1").arg(jump);
        // The kernel jump itself ends the stage before it; what follows runs on the new kernel.
        if (s.kind == StepKind::Jump && isKernelJump(chain, i))
            jump = s.label.isEmpty() ? s.id : s.label;
        if (stages.isEmpty() || title != currentTitle) {
            ChainStage stage;
            const int used = uses.value(title, 0);
            uses[title] = used + 1;
            stage.title = used == 0 ? title : QStringLiteral("%1 (continued)").arg(title);
            stage.id = QStringLiteral("stage-%1").arg(stages.size() + 1);
            if (stages.isEmpty())
                stage.steps = leading;
            stages.append(stage);
            currentTitle = title;
        }
        stages.last().steps.append(i);
    }
    if (stages.isEmpty() && !leading.isEmpty())
        stages.append(ChainStage{QStringLiteral("stage-1"), chain.title.isEmpty() ? QStringLiteral("Steps") : chain.title,
                                 leading});
    return stages;
}

LayoutGraph bootstrapLayoutGraph(const Chain &chain, RequirementKinds shownKinds, bool includeExcluded)
{
    LayoutGraph g = layoutGraphFromChain(chain, shownKinds, includeExcluded);
    g.ordered = true;
    QVector<int> nodeOf(chain.steps.size(), -1);
    for (int k = 0; k < g.stepIndex.size(); ++k)
        nodeOf[g.stepIndex[k]] = k;
    for (const ChainStage &stage : bootstrapStages(chain)) {
        LayoutGraph::Stage s;
        s.id = stage.id;
        s.title = stage.title;
        for (int step : stage.steps) {
            if (nodeOf[step] >= 0)
                s.nodes.append(nodeOf[step]);
        }
        if (!s.nodes.isEmpty())
            g.stages.append(s);
    }
    return g;
}

} // namespace Seedline

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
    bool seenBuild = false;
    QString currentKey;
    QString currentFile;
    QString declared;  // the last `stage` attribute in force in this file
    QString compilerKey;
    QString jump;      // the last kernel jump in force
    QHash<QString, int> uses; // how often a title was used, for "(continued)"
    for (int i = 0; i < n; ++i) {
        const Step &s = chain.steps[i];
        if (s.origin.file != currentFile) {
            currentFile = s.origin.file;
            declared.clear();
        }
        if (s.attributes.contains(stageAttribute))
            declared = s.attributes.value(stageAttribute);
        if (s.kind == StepKind::Build)
            seenBuild = true;
        if (s.kind == StepKind::Jump && !s.excluded && isKernelJump(chain, i))
            jump = s.label.isEmpty() ? s.id : s.label;
        QString title;
        if (!declared.isEmpty()) {
            title = declared;
        } else if (!seenBuild && (s.kind == StepKind::Seed || s.kind == StepKind::Stage)) {
            title = QStringLiteral("Seeds and stage0-posix");
        } else {
            if (compiler[i] >= 0)
                compilerKey = compilerName(chain.steps[compiler[i]]);
            if (!compilerKey.isEmpty())
                title = QStringLiteral("Built with %1").arg(compilerKey);
            else if (s.kind == StepKind::Stage)
                title = s.label.isEmpty() ? s.id : s.label;
            else if (stages.isEmpty())
                title = chain.title.isEmpty() ? QStringLiteral("Steps") : chain.title;
            else
                title = stages.last().title;
            if (!jump.isEmpty() && s.kind != StepKind::Jump)
                title += QStringLiteral(" \u00B7 after %1").arg(jump);
        }
        const QString key = title;
        if (stages.isEmpty() || key != currentKey) {
            ChainStage stage;
            const int used = uses.value(title, 0);
            uses[title] = used + 1;
            stage.title = used == 0 ? title : QStringLiteral("%1 (continued)").arg(title);
            stage.id = QStringLiteral("stage-%1").arg(stages.size() + 1);
            stages.append(stage);
            currentKey = key;
        }
        stages.last().steps.append(i);
    }
    return stages;
}

LayoutGraph bootstrapLayoutGraph(const Chain &chain, RequirementKinds shownKinds, bool includeExcluded)
{
    LayoutGraph g = layoutGraphFromChain(chain, shownKinds, includeExcluded);
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

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainanalysis.h"

namespace Seedline {

QStringList analysedFamilies(const QStringList &families)
{
    QStringList out{QStringLiteral("python"), QStringLiteral("rust")};
    for (const QString &f : families) {
        if (!f.isEmpty() && !out.contains(f))
            out << f;
    }
    return out;
}

int ChainAnalysis::familyIndex(const QString &name) const
{
    for (int i = 0; i < families.size(); ++i) {
        if (families[i].family == name)
            return i;
    }
    return -1;
}

const FamilyRequirement *ChainAnalysis::family(const QString &name) const
{
    const int i = familyIndex(name);
    return i >= 0 ? &families[i] : nullptr;
}

bool ChainAnalysis::stepRequires(int step, const QString &name) const
{
    const FamilyRequirement *f = family(name);
    return f && step >= 0 && step < f->steps.size() && f->steps.test(step);
}

bool ChainAnalysis::stepNewlyRequires(int step, const QString &name) const
{
    if (!scenario)
        return false;
    const int i = familyIndex(name);
    if (i < 0 || i >= scenario->newlyRequiring.size())
        return false;
    const Bitset &b = scenario->newlyRequiring[i];
    return step >= 0 && step < b.size() && b.test(step);
}

QStringList ChainAnalysis::requiredFamilies(int step) const
{
    QStringList out;
    for (const FamilyRequirement &f : families) {
        if (step >= 0 && step < f.steps.size() && f.steps.test(step))
            out << f.family;
    }
    return out;
}

AnalysisPtr analyseChain(ChainPtr chain, const AnalysisOptions &options, ChainPtr before,
                         const QStringList &scenarioNames, const QString &target)
{
    auto a = std::make_shared<ChainAnalysis>();
    if (!chain)
        chain = std::make_shared<const Chain>();
    chain->indexOf(QString()); // build the id index now rather than in the first thread that looks up
    a->chain = chain;
    a->options = options;
    a->options.families = analysedFamilies(options.families);
    a->index = GraphIndex::build(*chain, options.followed, options.includeExcluded);
    a->families.reserve(a->options.families.size());
    for (const QString &f : std::as_const(a->options.families))
        a->families.append(requiresFamily(*chain, a->index, f));

    if (before) {
        before->indexOf(QString());
        ScenarioEffect effect;
        effect.names = scenarioNames;
        for (const QString &name : scenarioNames) {
            QString title = name;
            for (const Scenario &s : chain->scenarios) {
                if (s.name == name && !s.title.isEmpty())
                    title = s.title;
            }
            effect.titles << title;
        }
        effect.before = before;
        effect.diff = diffScenario(*before, *chain, a->options.families, options.followed, target);
        const int n = int(chain->steps.size());
        for (const QString &f : std::as_const(a->options.families)) {
            Bitset newly(n);
            if (const FamilyDelta *d = effect.diff.family(f)) {
                for (int s : d->newlyRequiring)
                    newly.set(s);
            }
            effect.newlyRequiring.append(newly);
        }
        a->scenario = std::move(effect);
    }
    return a;
}

} // namespace Seedline

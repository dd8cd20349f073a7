// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight.h"

#include "analysis/familyrequirement.h"
#include "analysis/graphindex.h"
#include "analysis/reachability.h"
#include "core/chain.h"
#include "highlight/palette.h"

namespace Seedline {

namespace {

constexpr qreal plainOutlineWidth = 1.0;
constexpr qreal memberOutlineWidth = 1.4;
constexpr qreal requirerOutlineWidth = 2.4;
constexpr qreal selectedOutlineWidth = 4.0;
constexpr qreal neighbourOutlineWidth = 3.0;
constexpr qreal witnessWidth = 3.5;

StepStyle plainStepStyle()
{
    StepStyle s;
    s.fill = Palette::stepFill();
    s.outline = Palette::stepOutline();
    s.outlineWidth = plainOutlineWidth;
    s.text = Palette::text();
    return s;
}

EdgeStyle edgeStyleFor(RequirementKind kind)
{
    EdgeStyle e;
    e.color = Palette::edgeColor(kind);
    e.width = Palette::edgeWidth(kind);
    e.penStyle = Palette::edgePenStyle(kind);
    return e;
}

QString kindLegendText(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Sequence: return QStringLiteral("script order only");
    case RequirementKind::Declared: return QStringLiteral("declared");
    case RequirementKind::Observed: return QStringLiteral("observed in a build script");
    case RequirementKind::Mentioned: return QStringLiteral("mentioned in the prose");
    case RequirementKind::Toolchain: return QStringLiteral("toolchain");
    case RequirementKind::Scenario: return QStringLiteral("what-if scenario");
    }
    return requirementKindName(kind);
}

QString stepName(const Chain &chain, int i)
{
    const Step &s = chain.steps[i];
    return s.id;
}

} // namespace

QVector<int> HighlightResult::stepsWithRole(StepRole role, const QString &family) const
{
    QVector<int> out;
    for (int i = 0; i < steps.size(); ++i)
        if (steps[i].role == role && (family.isEmpty() || steps[i].family == family))
            out.append(i);
    return out;
}

QVector<int> HighlightResult::highlightedSteps() const
{
    QVector<int> out;
    for (int i = 0; i < steps.size(); ++i) {
        const StepStyle &s = steps[i];
        if (!s.hidden && !s.dimmed && (s.selected || s.needed || s.needing || s.onWitnessPath))
            out.append(i);
    }
    return out;
}

HighlightResult plainHighlight(const Chain &chain)
{
    HighlightResult r;
    r.steps = QVector<StepStyle>(chain.steps.size(), plainStepStyle());
    r.edges.reserve(chain.requirements.size());
    for (const Requirement &q : chain.requirements)
        r.edges.append(edgeStyleFor(q.kind));
    r.title = chain.title;
    return r;
}

HighlightResult computeHighlight(const Chain &chain, const HighlightOptions &options)
{
    const int n = int(chain.steps.size());
    const int m = int(chain.requirements.size());
    HighlightResult r = plainHighlight(chain);
    r.title = options.title;
    r.needed = Bitset(n);
    r.needing = Bitset(n);

    const GraphIndex index = GraphIndex::build(chain, options.followedKinds, options.showExcluded);

    // Excluded steps (false predicates) are not part of the picture unless asked for.
    for (int i = 0; i < n; ++i)
        if (chain.steps[i].excluded && !options.showExcluded)
            r.steps[i].hidden = true;

    // Families: members first (in priority order), then the steps that require them.
    QStringList active;
    for (const QString &f : options.families)
        if (!f.isEmpty() && !options.hiddenFamilies.contains(f) && !active.contains(f))
            active.append(f);

    QVector<FamilyRequirement> requirements;
    requirements.reserve(active.size());
    for (const QString &family : active)
        requirements.append(requiresFamily(chain, index, family));

    QStringList legendFamilies;
    QSet<QString> familiesWithRequirers;
    for (int f = 0; f < active.size(); ++f) {
        const QString &family = active[f];
        for (int i = 0; i < n; ++i) {
            StepStyle &s = r.steps[i];
            if (s.role == StepRole::Plain && !s.hidden && chain.steps[i].hasFamily(family)) {
                s.role = StepRole::FamilyMember;
                s.family = family;
                s.fill = Palette::familyColor(family);
                s.outline = Palette::familyColor(family).darker(140);
                s.outlineWidth = memberOutlineWidth;
                s.text = Palette::textOn(s.fill);
                if (!legendFamilies.contains(family))
                    legendFamilies.append(family);
            }
        }
    }
    for (int f = 0; f < active.size(); ++f) {
        const QString &family = active[f];
        requirements[f].steps.forEach([&](int i) {
            if (i >= n)
                return;
            StepStyle &s = r.steps[i];
            s.requiredFamilies.append(family);
            if (!options.tintRequirers || s.hidden)
                return;
            if (s.role == StepRole::Plain) {
                s.role = StepRole::RequiresFamily;
                s.family = family;
                s.fill = Palette::familyTint(family);
                s.outline = Palette::familyColor(family);
                s.outlineWidth = requirerOutlineWidth;
                s.text = Palette::text();
                familiesWithRequirers.insert(family);
                if (!legendFamilies.contains(family))
                    legendFamilies.append(family);
            } else if (s.role == StepRole::FamilyMember && s.family != family
                       && s.outlineWidth < requirerOutlineWidth) {
                // A member of one family that needs another (CPython needing Rust): outline it.
                s.outline = Palette::familyColor(family);
                s.outlineWidth = requirerOutlineWidth;
                familiesWithRequirers.insert(family);
            }
        });
    }

    // Selection and its neighbourhood.
    const bool hasSelection = options.selected >= 0 && options.selected < n && index.isIncluded(options.selected);
    if (hasSelection) {
        r.selected = options.selected;
        if (options.direction != HighlightOptions::NeededBy)
            r.needed = dependencies(index, options.selected, options.depth);
        if (options.direction != HighlightOptions::Needs)
            r.needing = dependents(index, options.selected, options.depth);
    }

    // The witness path of "why does A need B".
    Bitset onPath(n);
    const bool wantsPath = options.whyFrom >= 0 && options.whyFrom < n && options.whyTo >= 0 && options.whyTo < n;
    if (wantsPath) {
        const auto path = shortestPath(index, options.whyFrom, options.whyTo);
        if (path && !path->isEmpty()) {
            r.witnessPath = *path;
            for (int e : std::as_const(r.witnessPath)) {
                onPath.set(chain.requirements[e].from);
                onPath.set(chain.requirements[e].to);
            }
        } else {
            r.note = QStringLiteral("%1 does not need %2 over the followed kinds")
                         .arg(stepName(chain, options.whyFrom), stepName(chain, options.whyTo));
        }
    }
    const bool hasPath = !r.witnessPath.isEmpty();

    if (hasSelection || hasPath) {
        for (int i = 0; i < n; ++i) {
            StepStyle &s = r.steps[i];
            if (s.hidden)
                continue;
            s.selected = hasSelection && i == options.selected;
            s.needed = r.needed.test(i);
            s.needing = r.needing.test(i);
            s.onWitnessPath = onPath.test(i);
            if (s.selected) {
                s.outline = Palette::selected();
                s.outlineWidth = selectedOutlineWidth;
            } else if (s.onWitnessPath) {
                s.outline = Palette::witness();
                s.outlineWidth = neighbourOutlineWidth;
            } else if (s.needed) {
                s.outline = Palette::needed();
                s.outlineWidth = neighbourOutlineWidth;
            } else if (s.needing) {
                s.outline = Palette::needing();
                s.outlineWidth = neighbourOutlineWidth;
            } else if (options.focus) {
                s.hidden = true;
            } else {
                s.dimmed = true;
                s.fill = Palette::dimmed(s.fill);
                s.outline = Palette::dimmed(s.outline);
                s.text = Palette::dimmed(s.text);
            }
        }
    }

    // Edges.
    QSet<RequirementKind> kindsShown;
    for (int j = 0; j < m; ++j) {
        const Requirement &q = chain.requirements[j];
        EdgeStyle &e = r.edges[j];
        const bool endpointsValid = q.from >= 0 && q.from < n && q.to >= 0 && q.to < n;
        if (!endpointsValid || !(options.shownEdgeKinds & q.kind) || r.steps[q.from].hidden || r.steps[q.to].hidden) {
            e.hidden = true;
            continue;
        }
        if (r.steps[q.from].dimmed || r.steps[q.to].dimmed) {
            e.dimmed = true;
            e.color = Palette::dimmed(e.color);
        }
        kindsShown.insert(q.kind);
    }
    for (int e : std::as_const(r.witnessPath)) {
        EdgeStyle &s = r.edges[e];
        s.onWitnessPath = true;
        s.hidden = false;
        s.dimmed = false;
        s.color = Palette::witness();
        s.width = witnessWidth;
        s.penStyle = Qt::SolidLine;
    }

    // Legend: families, then the selection, then the edge kinds on screen.
    for (const QString &family : std::as_const(legendFamilies)) {
        const QString name = Palette::familyDisplayName(family);
        LegendEntry member;
        member.text = name;
        member.fill = Palette::familyColor(family);
        member.outline = member.fill.darker(140);
        member.width = memberOutlineWidth;
        r.legend.append(member);
        if (familiesWithRequirers.contains(family)) {
            LegendEntry req;
            req.text = QStringLiteral("needs %1 (transitively)").arg(name);
            req.fill = Palette::familyTint(family);
            req.outline = Palette::familyColor(family);
            req.width = requirerOutlineWidth;
            r.legend.append(req);
        }
    }
    if (hasSelection) {
        const QString sel = stepName(chain, options.selected);
        r.legend.append({LegendEntry::Shape::Step, QStringLiteral("selected: %1").arg(sel), Palette::stepFill(),
                         Palette::selected(), selectedOutlineWidth, Qt::SolidLine});
        const QString depth = options.depth >= 0 ? QStringLiteral(" (depth %1)").arg(options.depth) : QString();
        if (options.direction != HighlightOptions::NeededBy)
            r.legend.append({LegendEntry::Shape::Step, QStringLiteral("needed by %1%2").arg(sel, depth),
                             Palette::stepFill(), Palette::needed(), neighbourOutlineWidth, Qt::SolidLine});
        if (options.direction != HighlightOptions::Needs)
            r.legend.append({LegendEntry::Shape::Step, QStringLiteral("needs %1%2").arg(sel, depth),
                             Palette::stepFill(), Palette::needing(), neighbourOutlineWidth, Qt::SolidLine});
    }
    if (hasPath)
        r.legend.append({LegendEntry::Shape::Line,
                         QStringLiteral("why %1 needs %2").arg(stepName(chain, options.whyFrom),
                                                               stepName(chain, options.whyTo)),
                         QColor(), Palette::witness(), witnessWidth, Qt::SolidLine});
    for (RequirementKind kind : allRequirementKinds) {
        if (!kindsShown.contains(kind))
            continue;
        r.legend.append({LegendEntry::Shape::Line, kindLegendText(kind), QColor(), Palette::edgeColor(kind),
                         Palette::edgeWidth(kind), Palette::edgePenStyle(kind)});
    }
    return r;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight.h"

#include "analysis/chainanalysis.h"
#include "analysis/projection.h"
#include "analysis/reachability.h"
#include "core/chain.h"
#include "highlight/palette.h"

#include <mutex>
#include <vector>

namespace Seedline {

namespace {

constexpr qreal plainOutlineWidth = 1.0;
constexpr qreal memberOutlineWidth = 1.4;
constexpr qreal requirerOutlineWidth = 2.4;
constexpr qreal selectedOutlineWidth = 4.0;
constexpr qreal neighbourOutlineWidth = 3.0;
constexpr qreal witnessWidth = 3.5;

StepStyle plainStepStyle(const Palette &palette)
{
    StepStyle s;
    s.fill = palette.stepFill();
    s.outline = palette.stepOutline();
    s.outlineWidth = plainOutlineWidth;
    s.text = palette.text();
    return s;
}

EdgeStyle edgeStyleFor(const Palette &palette, RequirementKind kind)
{
    EdgeStyle e;
    e.color = palette.edgeColor(kind);
    e.width = Palette::edgeWidth(kind);
    e.penStyle = Palette::edgePenStyle(kind);
    return e;
}

QString kindLegendText(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Sequence: return QStringLiteral("comes after (script order only)");
    case RequirementKind::Declared: return QStringLiteral("needs (declared in a chain file)");
    case RequirementKind::Observed: return QStringLiteral("needs (observed in a build script)");
    case RequirementKind::Mentioned: return QStringLiteral("needs (mentioned in the prose)");
    case RequirementKind::Toolchain: return QStringLiteral("built with (toolchain)");
    case RequirementKind::Scenario: return QStringLiteral("needs (what-if scenario)");
    }
    return requirementKindName(kind);
}

FamilyMark mark(const Palette &palette, const QString &family, bool member, bool newly)
{
    FamilyMark m;
    m.family = family;
    m.badge = (newly ? QStringLiteral("+") : QString()) + familyBadge(family);
    m.color = palette.familyColor(family);
    m.member = member;
    m.newly = newly;
    return m;
}

// A colour function over the few distinct colours of a highlight, made once per colour (keyed by
// its 16-bit RGBA: colours equal on screen give equal results).
class ColorMemo
{
public:
    template<typename Make>
    QColor get(const QColor &color, Make &&make)
    {
        const quint64 key = quint64(color.rgba64());
        for (const auto &[from, to] : m_entries)
            if (from == key)
                return to;
        QColor made = make();
        if (m_entries.size() < 64)
            m_entries.emplace_back(key, made);
        return made;
    }

private:
    std::vector<std::pair<quint64, QColor>> m_entries;
};

// The real steps a shown step stands for, as a bitset over the real chain.
Bitset membersBitset(const ChainProjection &p, int node, int realCount)
{
    Bitset b(realCount);
    for (int m : p.members.value(node))
        b.set(m);
    return b;
}

// Shown steps with at least one member in `real`.
Bitset project(const ChainProjection &p, const Bitset &real)
{
    Bitset shown(int(p.shown.steps.size()));
    real.forEach([&](int i) {
        const int s = p.nodeOf.value(i, -1);
        if (s >= 0)
            shown.set(s);
    });
    return shown;
}

} // namespace

QString familyBadge(const QString &family)
{
    if (family == QLatin1String("python"))
        return QStringLiteral("Py");
    if (family == QLatin1String("rust"))
        return QStringLiteral("Rs");
    const QString name = Palette::familyDisplayName(family);
    QString badge;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        badge += word.front().toUpper();
    if (badge.size() < 2 && name.size() >= 2)
        badge = name.left(1).toUpper() + name.mid(1, 1).toLower();
    return badge.left(3);
}

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

HighlightResult plainHighlight(const Chain &chain, Theme theme)
{
    const Palette palette(theme);
    HighlightResult r;
    r.theme = theme;
    r.steps = QVector<StepStyle>(chain.steps.size(), plainStepStyle(palette));
    r.edges.reserve(chain.requirements.size());
    for (const Requirement &q : chain.requirements)
        r.edges.append(edgeStyleFor(palette, q.kind));
    r.title = chain.title;
    return r;
}

HighlightResult computeHighlight(const Chain &chain, const HighlightOptions &options, RequirementKinds followed)
{
    auto shared = std::make_shared<const Chain>(chain);
    AnalysisOptions ao;
    ao.families = options.families;
    ao.followed = followed;
    ao.includeExcluded = options.showExcluded;
    const AnalysisPtr analysis = analyseChain(shared, ao);
    return computeHighlight(*analysis, identityProjection(chain), options);
}

namespace {

// What the base of a highlight depends on: the options a click does not change.
HighlightOptions baseKey(const HighlightOptions &options)
{
    HighlightOptions key;
    key.families = options.families;
    key.hiddenFamilies = options.hiddenFamilies;
    key.tintRequirers = options.tintRequirers;
    key.showExcluded = options.showExcluded;
    key.markScenario = options.markScenario;
    key.theme = options.theme;
    return key;
}

} // namespace

struct HighlightBase
{
    HighlightResult result; // family styles, excluded steps hidden, edges plain by kind
    QStringList active;     // the families coloured, in legend order
    struct FamilyUse
    {
        bool members = false, requirers = false, newly = false;
    };
    QVector<FamilyUse> used;
    bool anyTwoFamilies = false;
};

namespace {

// Everything of a highlight that does not depend on the selection, the why-path or focus: a pass
// over every shown step and its members, the bulk of the work on a big chain.
HighlightBase computeBase(const ChainAnalysis &analysis, const ChainProjection &projection,
                          const HighlightOptions &options)
{
    const Chain &shown = projection.shown;
    const int n = int(shown.steps.size());
    const int realCount = int(projection.real.steps.size());
    const Palette palette(options.theme);
    HighlightBase base;
    HighlightResult &r = base.result;
    r = plainHighlight(shown, options.theme);
    const bool analysisFits = analysis.chain && analysis.index.nodeCount() == realCount;

    // Excluded steps (false predicates) are not part of the picture unless asked for.
    for (int i = 0; i < n; ++i)
        if (shown.steps[i].excluded && !options.showExcluded)
            r.steps[i].hidden = true;

    QStringList &active = base.active;
    for (const QString &f : options.families)
        if (!f.isEmpty() && !options.hiddenFamilies.contains(f) && !active.contains(f))
            active.append(f);

    // Families: every shown step gets a mark per family it provides or needs. A folded node needs a
    // family when one of its members does, and needs it "newly" when every member that needs it
    // needs it only because of the what-ifs.
    QVector<HighlightBase::FamilyUse> &used = base.used;
    used.resize(active.size());
    bool &anyTwoFamilies = base.anyTwoFamilies;
    // The marks of a family are the same on every step that has them: made once each.
    QVector<FamilyMark> memberMarks, requirerMarks, newlyMarks;
    for (const QString &family : std::as_const(active)) {
        memberMarks.append(mark(palette, family, true, false));
        requirerMarks.append(mark(palette, family, false, false));
        newlyMarks.append(mark(palette, family, false, true));
    }
    for (int i = 0; i < n; ++i) {
        StepStyle &s = r.steps[i];
        if (s.hidden)
            continue;
        const QVector<int> &members = projection.members.value(i);
        for (int f = 0; f < active.size(); ++f) {
            const QString &family = active[f];
            const bool member = shown.steps[i].hasFamily(family);
            bool needsIt = false;
            bool onlyNewly = true;
            if (analysisFits) {
                for (int mIndex : members) {
                    if (!analysis.stepRequires(mIndex, family))
                        continue;
                    needsIt = true;
                    if (!analysis.stepNewlyRequires(mIndex, family))
                        onlyNewly = false;
                }
            }
            const bool newly = needsIt && onlyNewly && options.markScenario && analysis.scenario.has_value();
            if (member)
                s.memberFamilies << family;
            if (needsIt) {
                s.requiredFamilies << family;
                if (newly)
                    s.newlyRequiredFamilies << family;
            }
            if (member || (needsIt && options.tintRequirers))
                s.marks << (member ? memberMarks[f] : newly ? newlyMarks[f] : requirerMarks[f]);
            used[f].members = used[f].members || member;
            used[f].requirers = used[f].requirers || (needsIt && !member && options.tintRequirers);
            used[f].newly = used[f].newly || (newly && !member && options.tintRequirers);
        }
        if (s.marks.size() >= 2)
            anyTwoFamilies = true;
        // Fill and outline: the first family it provides fills it; otherwise the tint of the first
        // family it needs. The outline is the first needed family's colour; the other marks are
        // drawn as extra rings and badges by the painter.
        if (!s.memberFamilies.isEmpty()) {
            s.role = StepRole::FamilyMember;
            s.family = s.memberFamilies.first();
            s.fill = palette.familyColor(s.family);
            s.outline = s.fill.darker(140);
            s.outlineWidth = memberOutlineWidth;
            s.text = Palette::textOn(s.fill);
            for (const QString &f : std::as_const(s.requiredFamilies)) {
                if (!s.memberFamilies.contains(f) && options.tintRequirers) {
                    s.outline = palette.familyColor(f);
                    s.outlineWidth = requirerOutlineWidth;
                    break;
                }
            }
        } else if (!s.requiredFamilies.isEmpty() && options.tintRequirers) {
            s.role = StepRole::RequiresFamily;
            s.family = s.requiredFamilies.first();
            s.fill = palette.familyTint(s.family);
            s.outline = palette.familyColor(s.family);
            s.outlineWidth = requirerOutlineWidth;
            s.text = palette.text();
        }
    }

    return base;
}

} // namespace

HighlightCache::HighlightCache() = default;
HighlightCache::~HighlightCache() = default;

std::shared_ptr<const HighlightBase> HighlightCache::base(const ChainAnalysis &analysis,
                                                          const ChainProjection &projection,
                                                          const HighlightOptions &options)
{
    const HighlightOptions key = baseKey(options);
    {
        std::lock_guard lock(m_mutex);
        if (m_base && m_analysis == &analysis && m_projection == &projection && m_key == key)
            return m_base;
    }
    auto made = std::make_shared<const HighlightBase>(computeBase(analysis, projection, options));
    std::lock_guard lock(m_mutex);
    m_analysis = &analysis;
    m_projection = &projection;
    m_key = key;
    m_base = made;
    return made;
}

HighlightResult computeHighlight(const ChainAnalysis &analysis, const ChainProjection &projection,
                                 const HighlightOptions &options, HighlightCache *cache)
{
    const std::shared_ptr<const HighlightBase> base =
        cache ? cache->base(analysis, projection, options)
              : std::make_shared<const HighlightBase>(computeBase(analysis, projection, options));
    const Chain &shown = projection.shown;
    const Chain &real = projection.real;
    const int n = int(shown.steps.size());
    const int realCount = int(real.steps.size());
    const int m = int(shown.requirements.size());
    const Palette palette(options.theme);
    HighlightResult r = base->result;
    r.title = options.title;
    r.needed = Bitset(n);
    r.needing = Bitset(n);
    const GraphIndex &index = analysis.index;
    const bool analysisFits = analysis.chain && index.nodeCount() == realCount;
    const QStringList &active = base->active;
    const QVector<HighlightBase::FamilyUse> &used = base->used;
    const bool anyTwoFamilies = base->anyTwoFamilies;

    // Selection and its neighbourhood, computed on the real chain.
    const bool hasSelection = options.selected >= 0 && options.selected < n && !r.steps[options.selected].hidden;
    Bitset selectedReal(realCount);
    if (hasSelection && analysisFits) {
        r.selected = options.selected;
        const QVector<int> &members = projection.members.value(options.selected);
        if (options.selectedMember >= 0 && members.contains(options.selectedMember))
            selectedReal.set(options.selectedMember);
        else
            selectedReal = membersBitset(projection, options.selected, realCount);
        if (options.direction != HighlightOptions::NeededBy)
            r.needed = project(projection, dependencies(index, selectedReal, options.depth));
        if (options.direction != HighlightOptions::Needs)
            r.needing = project(projection, dependents(index, selectedReal, options.depth));
        r.needed.reset(options.selected);
        r.needing.reset(options.selected);
    } else if (hasSelection) {
        r.selected = options.selected;
    }

    // The witness path of "why does A need B", on the real chain, drawn on the shown edges.
    Bitset onPath(n);
    const bool wantsPath = options.whyFrom >= 0 && options.whyFrom < n && options.whyTo >= 0 && options.whyTo < n;
    auto shownName = [&](int i) { return shown.steps[i].id; };
    if (wantsPath && analysisFits) {
        const auto path = shortestPath(index, membersBitset(projection, options.whyFrom, realCount),
                                       membersBitset(projection, options.whyTo, realCount));
        if (path && !path->isEmpty()) {
            r.witnessPath = *path;
            for (int e : std::as_const(r.witnessPath)) {
                const Requirement &q = real.requirements[e];
                onPath.set(projection.nodeOf[q.from]);
                onPath.set(projection.nodeOf[q.to]);
                const int se = projection.shownRequirementOf.value(e, -1);
                if (se >= 0 && !r.shownWitnessPath.contains(se))
                    r.shownWitnessPath.append(se);
            }
        } else {
            r.note = QStringLiteral("%1 does not need %2 over the followed kinds")
                         .arg(shownName(options.whyFrom), shownName(options.whyTo));
        }
    }
    const bool hasPath = !r.witnessPath.isEmpty();

    // A chain has a handful of colours: each is dimmed or faded once.
    ColorMemo dimmedMemo, contextMemo;
    const auto dimmed = [&](const QColor &c) { return dimmedMemo.get(c, [&] { return palette.dimmed(c); }); };
    const auto faded = [&](const QColor &c) { return contextMemo.get(c, [&] { return palette.context(c); }); };
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
                s.outline = palette.selected();
                s.outlineWidth = selectedOutlineWidth;
            } else if (s.onWitnessPath) {
                s.outline = palette.witness();
                s.outlineWidth = neighbourOutlineWidth;
            } else if (s.needed) {
                s.outline = palette.needed();
                s.outlineWidth = neighbourOutlineWidth;
            } else if (s.needing) {
                s.outline = palette.needing();
                s.outlineWidth = neighbourOutlineWidth;
            } else if (options.focus) {
                s.hidden = true;
            } else {
                s.dimmed = true;
                s.fill = dimmed(s.fill);
                s.outline = dimmed(s.outline);
                s.text = dimmed(s.text);
                for (FamilyMark &fm : s.marks)
                    fm.color = dimmed(fm.color);
            }
        }
    }

    // Edges.
    RequirementKinds kindsShown;
    for (int j = 0; j < m; ++j) {
        const Requirement &q = shown.requirements[j];
        EdgeStyle &e = r.edges[j];
        const bool endpointsValid = q.from >= 0 && q.from < n && q.to >= 0 && q.to < n;
        const bool kindShown = (options.shownEdgeKinds & q.kind)
            || (options.revealSelectedEdges && hasSelection && (q.from == options.selected || q.to == options.selected));
        if (!endpointsValid || !kindShown || r.steps[q.from].hidden || r.steps[q.to].hidden) {
            e.hidden = true;
            continue;
        }
        if (r.steps[q.from].dimmed || r.steps[q.to].dimmed) {
            e.dimmed = true;
            e.color = dimmed(e.color);
        } else if (!active.isEmpty() && r.steps[q.to].marks.isEmpty() && !r.steps[q.to].selected
                   && !r.steps[q.from].selected && q.kind != RequirementKind::Scenario) {
            // It does not lead into what the highlighted families explain: background.
            e.context = true;
            e.color = faded(e.color);
            e.width *= 0.8;
        }
        kindsShown |= q.kind;
    }
    for (int e : std::as_const(r.shownWitnessPath)) {
        EdgeStyle &s = r.edges[e];
        s.onWitnessPath = true;
        s.hidden = false;
        s.dimmed = false;
        s.color = palette.witness();
        s.width = witnessWidth;
        s.penStyle = Qt::SolidLine;
        kindsShown |= shown.requirements[e].kind;
    }

    // Legend: families (members, requirers, both, newly), then the selection, then the edge kinds
    // on screen. Only what is used.
    for (int f = 0; f < active.size(); ++f) {
        const QString &family = active[f];
        const QString name = Palette::familyDisplayName(family);
        if (used[f].members) {
            LegendEntry member;
            member.text = name;
            member.fill = palette.familyColor(family);
            member.outline = member.fill.darker(140);
            member.width = memberOutlineWidth;
            member.marks = {mark(palette, family, true, false)};
            member.cssClass = QStringLiteral("family-") + family;
            r.legend.append(member);
        }
        if (used[f].requirers) {
            LegendEntry req;
            req.text = QStringLiteral("needs %1 (transitively)").arg(name);
            req.fill = palette.familyTint(family);
            req.outline = palette.familyColor(family);
            req.width = requirerOutlineWidth;
            req.marks = {mark(palette, family, false, false)};
            req.cssClass = QStringLiteral("requires-") + family;
            r.legend.append(req);
        }
    }
    if (anyTwoFamilies) {
        // Which two families: the first step with two marks shows the pair.
        for (const StepStyle &s : std::as_const(r.steps)) {
            if (s.hidden || s.marks.size() < 2)
                continue;
            LegendEntry both;
            QStringList names;
            for (const FamilyMark &fm : s.marks)
                names << Palette::familyDisplayName(fm.family);
            both.text = QStringLiteral("%1: one ring and badge each").arg(names.join(QStringLiteral(" and ")));
            both.fill = s.memberFamilies.isEmpty() ? palette.familyTint(s.marks.first().family)
                                                   : palette.familyColor(s.marks.first().family);
            both.outline = s.marks.first().color;
            both.width = requirerOutlineWidth;
            for (FamilyMark fm : s.marks) {
                fm.newly = false;
                fm.badge = familyBadge(fm.family);
                fm.color = palette.familyColor(fm.family);
                both.marks << fm;
            }
            both.cssClass = QStringLiteral("requires-several");
            r.legend.append(both);
            break;
        }
    }
    for (int f = 0; f < active.size(); ++f) {
        if (!used[f].newly)
            continue;
        const QString name = Palette::familyDisplayName(active[f]);
        LegendEntry newly;
        newly.text = QStringLiteral("newly needs %1 (the what-if adds it)").arg(name);
        newly.fill = palette.familyTint(active[f]);
        newly.outline = palette.familyColor(active[f]);
        newly.width = requirerOutlineWidth;
        newly.penStyle = Qt::DashLine;
        newly.marks = {mark(palette, active[f], false, true)};
        newly.cssClass = QStringLiteral("newly-requires-") + active[f];
        r.legend.append(newly);
    }
    if (hasSelection) {
        const QString sel = shownName(options.selected);
        r.legend.append({LegendEntry::Shape::Step, QStringLiteral("selected: %1").arg(sel), palette.stepFill(),
                         palette.selected(), selectedOutlineWidth, Qt::SolidLine, {}, QStringLiteral("selected")});
        const QString depth = options.depth >= 0 ? QStringLiteral(" (depth %1)").arg(options.depth) : QString();
        if (r.needed.any())
            r.legend.append({LegendEntry::Shape::Step, QStringLiteral("what %1 needs%2").arg(sel, depth),
                             palette.stepFill(), palette.needed(), neighbourOutlineWidth, Qt::SolidLine, {},
                             QStringLiteral("needed")});
        if (r.needing.any())
            r.legend.append({LegendEntry::Shape::Step, QStringLiteral("what needs %1%2").arg(sel, depth),
                             palette.stepFill(), palette.needing(), neighbourOutlineWidth, Qt::SolidLine, {},
                             QStringLiteral("needing")});
    }
    if (hasPath)
        r.legend.append({LegendEntry::Shape::Line,
                         QStringLiteral("why %1 needs %2").arg(shownName(options.whyFrom), shownName(options.whyTo)),
                         QColor(), palette.witness(), witnessWidth, Qt::SolidLine, {}, QStringLiteral("witness")});
    for (RequirementKind kind : allRequirementKinds) {
        if (!kindsShown.testFlag(kind))
            continue;
        r.legend.append({LegendEntry::Shape::Line, kindLegendText(kind), QColor(), palette.edgeColor(kind),
                         Palette::edgeWidth(kind), Palette::edgePenStyle(kind), {},
                         QStringLiteral("kind-") + requirementKindName(kind)});
    }
    return r;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/bitset.h"
#include "core/requirement.h"
#include "highlight/palette.h"

#include <memory>
#include <mutex>

#include <QColor>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

struct Chain;
struct ChainAnalysis;
struct ChainProjection;

// What the window (or `seedline export`) asks to highlight. Step indices are indices of the shown
// chain (ChainProjection::shown); a folded node stands for all its members.
struct HighlightOptions
{
    // Families coloured, in legend order. Every family is shown on every step that has it: a step
    // needing Python and Rust gets both marks; the order never hides one.
    QStringList families{QStringLiteral("python"), QStringLiteral("rust")};
    QSet<QString> hiddenFamilies;        // toggled off: not coloured, not tinted, not in the legend
    RequirementKinds shownEdgeKinds = allKinds(); // edges of other kinds are hidden...
    bool revealSelectedEdges = true;     // ...except those of the selected step (what compiler built it)
    bool tintRequirers = true;           // tint the steps that transitively require a family
    bool showExcluded = false;           // steps excluded by the configuration: hidden unless set
    bool markScenario = true;            // mark what the enabled what-ifs changed

    int selected = -1;                   // shown step index
    int selectedMember = -1;             // optional: the real step of a folded node that was chosen
    enum Direction { Needs, NeededBy, Both } direction = Both;
    int depth = -1;                      // neighbourhood depth (in real edges), -1 = unlimited
    bool focus = false;                  // show only the selection and its neighbourhood

    int whyFrom = -1, whyTo = -1;        // "why does whyFrom need whyTo": the witness path (shown)
    QString title;                       // drawn above the graph; empty = none
    Theme theme = Theme::Light;          // the palette of every colour below (exports: light)
    bool operator==(const HighlightOptions &) const = default;
};

enum class StepRole : quint8 {
    Plain,          // nothing special
    FamilyMember,   // provides a highlighted family
    RequiresFamily, // requires a highlighted family transitively (tint + outline)
};

// One family a step provides or needs, drawn as a ring and a lettered badge ("Py", "Rs") so that
// both families stay visible, in print and for colour-blind readers.
struct FamilyMark
{
    QString family;
    QString badge;        // "Py", "Rs"; "+Rs" when only the what-if makes the step need it
    QColor color;
    bool member = false;  // provides the family (otherwise: needs it)
    bool newly = false;   // needs it only because of the enabled what-ifs
    bool operator==(const FamilyMark &) const = default;
};

// How one step is drawn.
struct StepStyle
{
    StepRole role = StepRole::Plain;
    QString family;          // the family of the role (member or required), empty for Plain
    QStringList memberFamilies;   // highlighted families it provides
    QStringList requiredFamilies; // highlighted families it requires (a folded node: any member does)
    QStringList newlyRequiredFamilies; // of those, the ones only the what-ifs add
    QVector<FamilyMark> marks;    // every family above, in HighlightOptions::families order
    QColor fill;
    QColor outline;
    qreal outlineWidth = 1.0;
    QColor text;
    bool selected = false;   // the selected step
    bool needed = false;     // in what the selected step needs (its dependencies)
    bool needing = false;    // in what needs the selected step (its dependents)
    bool onWitnessPath = false;
    bool dimmed = false;     // outside the selection's neighbourhood
    bool hidden = false;     // hidden by focus mode, or excluded by the configuration
};

// How one requirement (edge) is drawn.
struct EdgeStyle
{
    QColor color;
    qreal width = 1.0;
    Qt::PenStyle penStyle = Qt::SolidLine;
    bool onWitnessPath = false;
    bool dimmed = false;
    bool hidden = false;
    bool context = false; // leads to a step outside the highlighted story: drawn lighter
};

// One line of the legend.
struct LegendEntry
{
    enum class Shape { Step, Line };
    Shape shape = Shape::Step;
    QString text;
    QColor fill;          // Step
    QColor outline;       // Step outline, or the Line colour
    qreal width = 1.0;
    Qt::PenStyle penStyle = Qt::SolidLine;
    QVector<FamilyMark> marks; // Step: the rings and badges of the swatch
    QString cssClass;     // "requires-python", "kind-observed": what the entry stands for
    bool operator==(const LegendEntry &) const = default;
};

struct HighlightResult
{
    QVector<StepStyle> steps;        // per step index
    QVector<EdgeStyle> edges;        // per shown requirement index
    QVector<LegendEntry> legend;
    QString title;
    Bitset needed;                   // shown steps among the dependencies of the selection (within depth)
    Bitset needing;                  // shown steps among its dependents (within depth)
    QVector<int> witnessPath;        // real requirement indices of the why-path, in order
    QString note;                    // e.g. "gcc does not need rust over the followed kinds"
    int selected = -1;               // shown step index
    QVector<int> shownWitnessPath;   // the why-path as shown requirement indices
    Theme theme = Theme::Light;      // the palette the colours above come from (background, bands, text)
    Palette palette() const { return Palette(theme); }

    bool isEmpty() const { return steps.isEmpty(); }
    // Steps with a role (member or requirer) of this family.
    QVector<int> stepsWithRole(StepRole role, const QString &family = {}) const;
    // Visible steps that are neither dimmed nor hidden while a selection or focus is active.
    QVector<int> highlightedSteps() const;
};

// The plain style of a chain: every step plain, every edge styled by kind, no legend.
HighlightResult plainHighlight(const Chain &chain, Theme theme = Theme::Light);

class HighlightCache;

// Styles the shown chain of a projection from the analysis of the real chain: every answer is the
// real one projected (a folded node needs a family when one of its members does). The analysis
// must be of projection.real. O(V + E) per selection plus the projection. With a cache, the part that
// does not depend on the selection is made once (see HighlightCache).
HighlightResult computeHighlight(const ChainAnalysis &analysis, const ChainProjection &projection,
                                 const HighlightOptions &options, HighlightCache *cache = nullptr);

struct HighlightBase;

// Keeps the part of a highlight that a click does not change (every step's family marks, fill and
// outline, the excluded steps hidden, the plain edges), for the last options it was asked with. A
// click on a big chain then costs the selection's neighbourhood and one pass over the styles, not
// the family pass again (on a 21,000-step Debian graph, most of the time). It remembers the
// analysis and projection it was made for by address: keep it beside them (a view plan does).
// Thread-safe: copies of a plan restyled on several threads share one.
class HighlightCache
{
public:
    HighlightCache();
    ~HighlightCache();
    HighlightCache(const HighlightCache &) = delete;
    HighlightCache &operator=(const HighlightCache &) = delete;

    std::shared_ptr<const HighlightBase> base(const ChainAnalysis &analysis, const ChainProjection &projection,
                                              const HighlightOptions &options);

private:
    std::mutex m_mutex;
    const ChainAnalysis *m_analysis = nullptr;
    const ChainProjection *m_projection = nullptr;
    HighlightOptions m_key;
    std::shared_ptr<const HighlightBase> m_base;
};

// For a chain shown as it is (no folding): analyses it over `followed` and highlights it.
HighlightResult computeHighlight(const Chain &chain, const HighlightOptions &options,
                                 RequirementKinds followed = defaultFollowedKinds());

// The lettered badge of a family: "Py", "Rs", "Pe"...
QString familyBadge(const QString &family);

} // namespace Seedline

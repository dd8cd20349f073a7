// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/bitset.h"
#include "core/requirement.h"

#include <QColor>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

struct Chain;

// What the window (or `seedline export`) asks to highlight.
struct HighlightOptions
{
    // Families coloured, in priority order (a step of both gets the first one's colour).
    QStringList families{QStringLiteral("python"), QStringLiteral("rust")};
    QSet<QString> hiddenFamilies;        // toggled off: not coloured, not tinted, not in the legend
    RequirementKinds shownEdgeKinds = allKinds(); // edges of other kinds are hidden
    RequirementKinds followedKinds = defaultFollowedKinds(); // for "requires", neighbourhoods, paths
    bool tintRequirers = true;           // tint the steps that transitively require a family
    bool showExcluded = false;           // steps excluded by the configuration: hidden unless set

    int selected = -1;                   // step index
    enum Direction { Needs, NeededBy, Both } direction = Both;
    int depth = -1;                      // neighbourhood depth, -1 = unlimited
    bool focus = false;                  // show only the selection and its neighbourhood

    int whyFrom = -1, whyTo = -1;        // "why does whyFrom need whyTo": the witness path
    QString title;                       // drawn above the graph; empty = none
};

enum class StepRole : quint8 {
    Plain,          // nothing special
    FamilyMember,   // provides a highlighted family
    RequiresFamily, // requires a highlighted family transitively (tint + outline)
};

// How one step is drawn.
struct StepStyle
{
    StepRole role = StepRole::Plain;
    QString family;          // the family of the role (member or required), empty for Plain
    QStringList requiredFamilies; // every highlighted family it requires (for tooltips)
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
    bool operator==(const LegendEntry &) const = default;
};

struct HighlightResult
{
    QVector<StepStyle> steps;        // per step index
    QVector<EdgeStyle> edges;        // per requirement index
    QVector<LegendEntry> legend;
    QString title;
    Bitset needed;                   // dependencies of the selection (within depth)
    Bitset needing;                  // dependents of the selection (within depth)
    QVector<int> witnessPath;        // requirement indices of the why-path, in order
    QString note;                    // e.g. "gcc does not need rust over the followed kinds"
    int selected = -1;

    bool isEmpty() const { return steps.isEmpty(); }
    // Steps with a role (member or requirer) of this family.
    QVector<int> stepsWithRole(StepRole role, const QString &family = {}) const;
    // Visible steps that are neither dimmed nor hidden while a selection or focus is active.
    QVector<int> highlightedSteps() const;
};

// The plain style of a chain: every step plain, every edge styled by kind, no legend.
HighlightResult plainHighlight(const Chain &chain);

// Computes every style at once: O(families × (V + E)) plus the neighbourhood BFS.
HighlightResult computeHighlight(const Chain &chain, const HighlightOptions &options);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanations.h"

#include <QCoreApplication>
#include <QWidget>

namespace Seedline::Explanations {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seedline::Explanations", text);
}

QString whatsThis(const QString &title, const QString &body)
{
    return QStringLiteral("<h4>%1</h4><p>%2</p>").arg(title.toHtmlEscaped(), body);
}

constexpr auto followed = "Whether a step <i>needs</i> a family follows every kind of edge but "
                          "<i>sequence</i>, shown or not: hiding a kind only declutters the picture. "
                          "The selected step's own edges are drawn whatever is hidden.";

} // namespace

QString edgeKindToolTip(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Sequence:
        return tr("Sequence: only the order of a script. The step comes after the other in a build script or a "
                  "list, which says nothing about what it really uses");
    case RequirementKind::Declared:
        return tr("Declared: written in a chain file (a step's requires, or a series member needing the one "
                  "before it)");
    case RequirementKind::Observed:
        return tr("Observed: a tool invoked in a build script, with the file, line and the line itself as "
                  "evidence (gcc-15.2.0's script runs python3)");
    case RequirementKind::Mentioned:
        return tr("Mentioned: the prose (live-bootstrap's parts.rst) names an earlier step in this step's section");
    case RequirementKind::Toolchain:
        return tr("Toolchain: built with the C compiler, libc, make or shell current at that step (\"built with\")");
    case RequirementKind::Scenario:
        return tr("Scenario: added by an enabled what-if, not by the real inputs");
    }
    return {};
}

QString edgeKindWhatsThis(RequirementKind kind)
{
    QString body;
    switch (kind) {
    case RequirementKind::Sequence:
        body = tr("An edge of order only: in a live-bootstrap <tt>steps/manifest</tt>, a parts.rst or a chain "
                  "file with <tt>sequence = true</tt>, each step comes after the one before it. It is no evidence "
                  "that the step uses the other, so it never makes a step need a family. In a build order it is "
                  "everywhere, and hidden unless you tick it.");
        break;
    case RequirementKind::Declared:
        body = tr("A requirement written down in a Seedline chain file: a step's <tt>requires</tt>, or, in a "
                  "version series, each member needing its predecessor (rustc 1.91 is built with rustc 1.90).");
        break;
    case RequirementKind::Observed:
        body = tr("A tool the step's build script really invokes: Seedline reads "
                  "<tt>steps/&lt;package&gt;/pass*.sh</tt> (or <tt>.kaem</tt>) of a live-bootstrap checkout, or a "
                  "chain file records it. Its evidence is the file, the line and the text of the line; the "
                  "Inspector shows it and opens it in the Source panel.");
        break;
    case RequirementKind::Mentioned:
        body = tr("The prose of live-bootstrap's <tt>parts.rst</tt> names an earlier step in this step's section "
                  "(\"built with Perl 5.6.2\"). Its evidence is the sentence. Prose can mention a step for other "
                  "reasons, so this is weaker evidence than an observed tool.");
        break;
    case RequirementKind::Toolchain:
        body = tr("\"Built with\": the C compiler, libc, make or shell that is current at that step, that is the "
                  "latest earlier step that provides it. Every build has one, so in a build order these edges "
                  "are hidden unless you tick them; select a step to see what built it.");
        break;
    case RequirementKind::Scenario:
        body = tr("An edge a what-if adds: a <tt>[[scenario]]</tt> of a chain file, enabled under Scenarios "
                  "(\"CPython requires Rust\"). It is not part of the real inputs; the What-if panel lists what "
                  "it changes.");
        break;
    }
    return whatsThis(tr("Edge kind: %1").arg(requirementKindName(kind)),
                     body + QStringLiteral(" ") + tr(followed));
}

QString familyToolTip(const QString &family, const QString &displayName)
{
    Q_UNUSED(family)
    return tr("Highlight %1: the steps that provide it get its colour, a ring and a badge; the steps that need "
              "it, directly or through other steps, are tinted")
        .arg(displayName);
}

QString familyWhatsThis(const QString &family, const QString &displayName)
{
    return whatsThis(
        tr("Family: %1").arg(displayName),
        tr("A family is what a step provides (<tt>%1</tt>). With the box ticked, the steps that provide %2 are "
           "filled with its colour and carry its badge, and every step that needs %2 <i>transitively</i> (has a "
           "path of requirements, over every edge kind but <i>sequence</i>, to a step that provides it) is "
           "tinted and outlined. A step that needs two families shows both rings and badges. Untick it to leave "
           "%2 uncoloured; the analysis does not change.")
            .arg(family.toHtmlEscaped(), displayName.toHtmlEscaped()));
}

QString optionToolTip(const QString &name)
{
    if (name == QLatin1String("foldRuns"))
        return tr("Draws consecutive steps of a stage that need the same highlighted families (or none) as one node "
                  "with a count. Nothing is added: a folded node needs a family only when one of its steps does. "
                  "Double-click a folded node to open it.");
    if (name == QLatin1String("collapseSeries"))
        return tr("Draws a chain of builds of one package (rust 1.90.0 → 1.91.1 → …) as one node. Every answer is "
                  "still the real chain's.");
    if (name == QLatin1String("unfoldAll"))
        return tr("Opens every folded stage, run and series");
    if (name == QLatin1String("rankDir"))
        return tr("Which way the graph reads: the build order from top to bottom, or from left to right");
    if (name == QLatin1String("selectionDirection"))
        return tr("What a selected step lights up: what it needs, what needs it, or both");
    if (name == QLatin1String("selectionDepth"))
        return tr("How many requirements away from the selected step to light up (unlimited: all of them)");
    if (name == QLatin1String("focusMode"))
        return tr("Show and lay out only the selected step and its neighbourhood (direction and depth above); "
                  "F toggles it");
    if (name == QLatin1String("scenarioList"))
        return tr("What-if scenarios of the chain files: tick one to see the chain as if it were true");
    if (name == QLatin1String("stepsFilter"))
        return tr("Show only the steps whose id, label or package contains this text");
    if (name == QLatin1String("stepsRegex"))
        return tr("Read the filter as a regular expression");
    if (name == QLatin1String("stepsFamilyFilter"))
        return tr("Show only the steps that provide or need this family");
    return {};
}

QString optionWhatsThis(const QString &name)
{
    if (name == QLatin1String("foldRuns"))
        return whatsThis(tr("Overview"),
                         tr("Folds look-alike runs: consecutive steps of one stage that need the same highlighted "
                            "families (or none) become one node with a count, so that a chain of hundreds of "
                            "builds fits a screen. Folding hides detail but never adds a requirement: a folded "
                            "node needs a family only when one of its steps does. Double-click a folded node to "
                            "open it, or use Unfold All."));
    if (name == QLatin1String("collapseSeries"))
        return whatsThis(tr("Fold version series"),
                         tr("A version series is a chain of builds of one package, each built with the one "
                            "before (rustc 1.90.0 → 1.91.1 → …). Folded, it is drawn as one node that says how "
                            "many builds it stands for. Chain lengths, witnesses and the Inspector still answer "
                            "for the real chain."));
    if (name == QLatin1String("unfoldAll"))
        return whatsThis(tr("Unfold All"),
                         tr("Opens every folded stage, look-alike run and version series and turns both folding "
                            "options off (Ctrl+Shift+U)."));
    if (name == QLatin1String("rankDir"))
        return whatsThis(tr("Direction"),
                         tr("The direction the graph is laid out in. A build chain reads in build order, with "
                            "its stages as bands: from top to bottom, or from left to right (better on a wide "
                            "screen or in a slide)."));
    if (name == QLatin1String("selectionDirection"))
        return whatsThis(tr("Selection shows"),
                         tr("Click a step to select it. <i>What it needs</i> outlines the steps it needs, "
                            "<i>What needs it</i> those that need it, <i>Both</i> both, each in its own colour "
                            "(the legend says which). With Focus on, it is also what stays on screen."));
    if (name == QLatin1String("selectionDepth"))
        return whatsThis(tr("Depth"),
                         tr("How far the selection's neighbourhood reaches, in requirements: 1 is only the steps "
                            "it needs (or that need it) directly, 2 adds theirs, and so on. <i>unlimited</i> (0) "
                            "follows every path to its end."));
    if (name == QLatin1String("focusMode"))
        return whatsThis(tr("Focus on the neighbourhood"),
                         tr("Shows only the selected step and its neighbourhood, in the direction and to the "
                            "depth chosen above, and lays them out again, so that a step among thousands can be "
                            "read. View ▸ Focus on Selection (F) toggles the same option."));
    if (name == QLatin1String("scenarioList"))
        return whatsThis(tr("Scenarios"),
                         tr("Named what-ifs from the chain files' <tt>[[scenario]]</tt> tables, such as "
                            "<i>cpython-requires-rust</i>. A ticked scenario adds or removes requirements; the "
                            "chain is analysed again with it, the steps that newly need a family get a dashed "
                            "outline and a \"+\" badge, and the What-if panel lists what changed."));
    if (name == QLatin1String("growthPolicy"))
        return whatsThis(tr("When an mrustc release counts"),
                         tr("The growth chart counts the rustc builds from what mrustc can build to the newest "
                            "Rust. <i>From their release</i>: an mrustc release counts from the day it was "
                            "released. <i>From when a project adopted them</i>: from the first observed chain of "
                            "that project (dtolnay/bootstrap by default) that starts from it, which is when the "
                            "project was seen to switch."));
    if (name == QLatin1String("growthProjection"))
        return whatsThis(tr("The projection"),
                         tr("After the newest release in the data the timeline is projected: a Rust release "
                            "every 42 days, and mrustc learning a newer target at its average pace so far, "
                            "every 12 months, or never again. Projected dates are drawn dashed on a shaded "
                            "background."));
    if (name == QLatin1String("growthSpeed"))
        return whatsThis(tr("Playback speed"),
                         tr("How much time passes per second while the chart plays (+ and - change it)."));
    if (name == QLatin1String("growthSlider"))
        return whatsThis(tr("Scrub through time"),
                         tr("Drag to any date: the chart draws up to it and the graph beside it shows the chain "
                            "of that date. Left and Right go to the previous and next change, Home and End to "
                            "the ends."));
    if (name == QLatin1String("showStory"))
        return whatsThis(tr("Show the Story"),
                         tr("Draws only the steps that need the highlighted families, the family steps and the "
                            "edges of their witness paths, with the what-if's counts as the caption: the picture "
                            "for a proposal (View ▸ Story, Ctrl+T)."));
    if (name == QLatin1String("stepsFilter") || name == QLatin1String("stepsRegex")
        || name == QLatin1String("stepsFamilyFilter"))
        return whatsThis(tr("Filtering the steps"),
                         tr("The Steps table lists every step of the chain. The text filter keeps the steps whose "
                            "id, label or package matches (a regular expression with Regex ticked); the family "
                            "list keeps those that provide or need a family. Click a row to select its step."));
    return {};
}

void explain(QWidget *widget, const QString &toolTip, const QString &whatsThisText)
{
    widget->setToolTip(toolTip);
    widget->setWhatsThis(whatsThisText);
}

void explain(QWidget *widget)
{
    explain(widget, optionToolTip(widget->objectName()), optionWhatsThis(widget->objectName()));
}

} // namespace Seedline::Explanations

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariopanel.h"

#include "explanations.h"

#include "highlight/palette.h"

#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Seedline {

namespace {

const QLatin1String stepScheme("seedline-step");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const Chain &chain, int step)
{
    if (step < 0 || step >= chain.steps.size())
        return QStringLiteral("?");
    const QString &id = chain.steps[step].id;
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(stepScheme, QString::fromLatin1(QUrl::toPercentEncoding(id)), esc(id));
}

QString edgeHtml(const Chain &chain, int e)
{
    const Requirement &r = chain.requirements.at(e);
    QString s = link(chain, r.from) + QStringLiteral(" \u2192 ") + link(chain, r.to) + QStringLiteral(" <i>(")
        + esc(requirementKindName(r.kind)) + QStringLiteral(")</i>");
    const QString evidence = r.evidence.toString();
    if (!evidence.isEmpty())
        s += QStringLiteral("<br/>&nbsp;&nbsp;<small>") + esc(evidence) + QStringLiteral("</small>");
    return s;
}

} // namespace

ScenarioPanel::ScenarioPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *story = new QPushButton(tr("Show the Story"), this);
    story->setObjectName(QStringLiteral("showStory"));
    story->setToolTip(tr("Only what needs the families and why, with the what-if's counts as the caption: "
                         "the picture for a proposal (View \u25B8 Story, Ctrl+T)"));
    story->setWhatsThis(Explanations::optionWhatsThis(story->objectName()));
    layout->addWidget(story);
    layout->addWidget(m_browser);
    connect(story, &QPushButton::clicked, this, &ScenarioPanel::storyRequested);
    m_browser->setObjectName(QStringLiteral("scenarioEffectText"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == stepScheme)
            Q_EMIT stepActivated(QUrl::fromPercentEncoding(url.path().toUtf8()));
    });
    setAnalysis({});
}

void ScenarioPanel::setAnalysis(AnalysisPtr analysis, const QStringList &families)
{
    m_analysis = std::move(analysis);
    m_families = families;
    refresh();
}

void ScenarioPanel::setFamilies(const QStringList &families)
{
    if (families == m_families)
        return;
    m_families = families;
    refresh();
}

void ScenarioPanel::refresh()
{
    if (!hasScenario()) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(esc(tr("No what-if is enabled. Tick a scenario under Configuration & scenarios "
                                           "to see what it changes."))));
        return;
    }
    m_browser->setHtml(effectHtml(*m_analysis, m_families));
}

QString ScenarioPanel::plainText() const
{
    return m_browser->toPlainText();
}

QString ScenarioPanel::effectHtml(const ChainAnalysis &analysis, const QStringList &families)
{
    const auto shown = [&families](const FamilyDelta &d) { return families.isEmpty() || families.contains(d.family); };
    if (!analysis.scenario || !analysis.chain)
        return {};
    const ScenarioEffect &effect = *analysis.scenario;
    const ScenarioDiff &diff = effect.diff;
    const Chain &after = *analysis.chain;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("What-if: %1").arg(effect.titles.join(QStringLiteral(", ")))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%n requirement(s) added", nullptr, int(diff.addedEdges.size())) + QStringLiteral(", ")
                         + tr("%n removed", nullptr, int(diff.removedEdges.size()))));

    html += QStringLiteral("<table>");
    for (const FamilyDelta &d : diff.families) {
        if ((d.requiringBefore == 0 && d.requiringAfter == 0) || !shown(d))
            continue;
        const int change = d.requiringAfter - d.requiringBefore;
        html += QStringLiteral("<tr><td style=\"padding-right:8px\"><b><span style=\"color:%1\">%2</span></b></td>"
                               "<td>%3</td></tr>")
                    .arg(Palette().familyColor(d.family).name(),
                         esc(tr("need %1").arg(Palette::familyDisplayName(d.family))),
                         esc(tr("%1 \u2192 %2 steps (%3)")
                                 .arg(d.requiringBefore)
                                 .arg(d.requiringAfter)
                                 .arg(change > 0 ? QStringLiteral("+%1").arg(change) : QString::number(change))));
    }
    html += QStringLiteral("</table>");

    for (const ReachChange &r : diff.reach) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Builds to reach %1: %2 \u2192 %3 (what it really needs: %4 \u2192 %5)")
                                 .arg(r.id)
                                 .arg(r.buildsToReachWithout)
                                 .arg(r.buildsToReachWith)
                                 .arg(r.buildsNeededWithout)
                                 .arg(r.buildsNeededWith)));
    }

    for (const FamilyDelta &d : diff.families) {
        if (d.newlyRequiring.isEmpty() || !shown(d))
            continue;
        html += QStringLiteral("<h4>%1</h4><p>")
                    .arg(esc(tr("Newly need %1 (%2)").arg(Palette::familyDisplayName(d.family)).arg(d.newlyRequiring.size())));
        QStringList links;
        for (int s : d.newlyRequiring)
            links << link(after, s);
        html += links.join(QStringLiteral(", ")) + QStringLiteral("</p>");
    }
    for (const FamilyDelta &d : diff.families) {
        if (d.noLongerRequiring.isEmpty() || !effect.before || !shown(d))
            continue;
        html += QStringLiteral("<h4>%1</h4><p>")
                    .arg(esc(tr("No longer need %1 (%2)")
                                 .arg(Palette::familyDisplayName(d.family))
                                 .arg(d.noLongerRequiring.size())));
        QStringList ids;
        for (int s : d.noLongerRequiring)
            ids << esc(effect.before->steps[s].id);
        html += ids.join(QStringLiteral(", ")) + QStringLiteral("</p>");
    }
    if (!diff.newCycles.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("New cycles (%1)").arg(diff.newCycles.size())));
        for (const Cycle &c : diff.newCycles) {
            html += QStringLiteral("<p>%1</p><ol>").arg(esc(tr("%n step(s) that need each other:", nullptr,
                                                                int(c.steps.size()))));
            for (int e : c.edges)
                html += QStringLiteral("<li>") + edgeHtml(after, e) + QStringLiteral("</li>");
            html += QStringLiteral("</ol>");
        }
    }
    if (!diff.addedEdges.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Requirements the what-if adds")));
        for (int e : diff.addedEdges)
            html += QStringLiteral("<li>") + edgeHtml(after, e) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace Seedline

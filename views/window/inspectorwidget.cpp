// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorwidget.h"

#include "analysis/graphindex.h"
#include "highlight/palette.h"

#include <QLocale>
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

QString stepLink(const Chain &chain, int index)
{
    if (index < 0 || index >= chain.steps.size())
        return QStringLiteral("?");
    const QString &id = chain.steps[index].id;
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(stepScheme, QString::number(index), esc(id));
}

QString where(const QString &file, int line)
{
    if (file.isEmpty())
        return {};
    return line > 0 ? file + u':' + QString::number(line) : file;
}

void row(QString &html, const QString &name, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return;
    html += QStringLiteral("<tr><td style=\"padding-right:8px\"><b>%1</b></td><td>%2</td></tr>").arg(esc(name), valueHtml);
}

QString requirementLine(const Chain &chain, const Requirement &r, int other)
{
    QString line = stepLink(chain, other) + QStringLiteral(" <i>(") + esc(requirementKindName(r.kind))
        + QStringLiteral(")</i>");
    const QString at = where(r.evidence.file, r.evidence.line);
    if (!at.isEmpty())
        line += QStringLiteral("<br/>&nbsp;&nbsp;<tt>") + esc(at) + QStringLiteral("</tt>");
    if (!r.evidence.text.isEmpty())
        line += QStringLiteral("<br/>&nbsp;&nbsp;<code>") + esc(r.evidence.text.trimmed()) + QStringLiteral("</code>");
    return line;
}

} // namespace

InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setObjectName(QStringLiteral("inspectorText"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == stepScheme) {
            bool ok = false;
            const int index = url.path().toInt(&ok);
            if (ok)
                Q_EMIT stepLinkActivated(index);
        }
    });
    refresh();
}

InspectorWidget::~InspectorWidget() = default;

void InspectorWidget::setChain(ChainPtr chain, RequirementKinds followed)
{
    m_chain = std::move(chain);
    m_followed = followed;
    m_requirements.clear();
    m_graph.reset();
    if (m_chain)
        m_graph = std::make_unique<GraphIndex>(GraphIndex::build(*m_chain, m_followed, true));
    if (!m_chain || m_step >= m_chain->steps.size())
        m_step = -1;
    refresh();
}

void InspectorWidget::setFamilies(const QStringList &families)
{
    if (families == m_families)
        return;
    m_families = families;
    refresh();
}

void InspectorWidget::setStep(int index)
{
    m_step = m_chain && index >= 0 && index < m_chain->steps.size() ? index : -1;
    refresh();
}

QString InspectorWidget::plainText() const
{
    return m_browser->toPlainText();
}

const FamilyRequirement &InspectorWidget::requirementOf(const QString &family)
{
    auto it = m_requirements.find(family);
    if (it == m_requirements.end())
        it = m_requirements.insert(family, requiresFamily(*m_chain, *m_graph, family));
    return *it;
}

void InspectorWidget::refresh()
{
    if (!m_chain || m_step < 0) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Select a step to see its facts, "
                                                                          "requirements and evidence."))));
        return;
    }
    m_browser->setHtml(stepHtml(*m_chain, m_step, m_families,
                                [this](const QString &family) -> const FamilyRequirement & {
                                    return requirementOf(family);
                                }));
}

QString InspectorWidget::stepHtml(const Chain &chain, int index, const QStringList &families,
                                  const std::function<const FamilyRequirement &(const QString &)> &requirementOf)
{
    const Step &step = chain.steps.at(index);
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(step.id));
    if (!step.label.isEmpty() && step.label != step.id)
        html += QStringLiteral("<p>%1</p>").arg(esc(step.label));

    html += QStringLiteral("<table>");
    row(html, tr("Package"), esc(step.package));
    row(html, tr("Version"), esc(step.version));
    if (step.pass > 1)
        row(html, tr("Pass"), QString::number(step.pass));
    row(html, tr("Kind"), esc(stepKindName(step.kind)));
    QStringList familyNames;
    for (const QString &family : step.families)
        familyNames << QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(Palette::familyColor(family).name(), esc(Palette::familyDisplayName(family)));
    row(html, tr("Provides"), familyNames.join(QStringLiteral(", ")));
    if (step.facts.released)
        row(html, tr("Released"), esc(QLocale::c().toString(*step.facts.released, QStringLiteral("yyyy-MM-dd"))));
    if (step.facts.buildHours)
        row(html, tr("Build time"), esc(tr("%1 h").arg(*step.facts.buildHours)));
    if (step.facts.seedBytes)
        row(html, tr("Seed size"), esc(tr("%1 bytes").arg(*step.facts.seedBytes)));
    if (!step.facts.url.isEmpty())
        row(html, tr("URL"), QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(step.facts.url)));
    if (!step.predicate.isEmpty())
        row(html, tr("Predicate"), QStringLiteral("<tt>%1</tt>%2").arg(esc(step.predicate),
                                                                       step.excluded ? esc(tr(" (false: excluded)")) : QString()));
    else if (step.excluded)
        row(html, tr("Excluded"), esc(tr("yes")));
    row(html, tr("Declared at"), esc(where(step.origin.file, step.origin.line)));
    row(html, tr("Prose at"), esc(where(step.proseOrigin.file, step.proseOrigin.line)));
    if (!step.removes.isEmpty())
        row(html, tr("Removes"), esc(step.removes.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");

    // Why it needs each highlighted family.
    for (const QString &family : families) {
        const FamilyRequirement &requirement = requirementOf(family);
        const QString name = Palette::familyDisplayName(family);
        if (requirement.steps.size() <= index || !requirement.steps.test(index))
            continue;
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Why it needs %1").arg(name)));
        const Witness witness = requirement.witness(index);
        html += QStringLiteral("<ol>");
        for (int e : witness.edges) {
            if (e < 0 || e >= chain.requirements.size())
                continue;
            const Requirement &r = chain.requirements[e];
            html += QStringLiteral("<li>") + stepLink(chain, r.from) + QStringLiteral(" needs ")
                + requirementLine(chain, r, r.to) + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }

    if (!step.prose.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Description")));
        QString prose = esc(step.prose);
        prose.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
        html += QStringLiteral("<p>") + prose + QStringLiteral("</p>");
    }
    if (!step.facts.notes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(step.facts.notes));

    QStringList needs;
    QStringList neededBy;
    for (const Requirement &r : chain.requirements) {
        if (r.from == index)
            needs << QStringLiteral("<li>") + requirementLine(chain, r, r.to) + QStringLiteral("</li>");
        else if (r.to == index)
            neededBy << QStringLiteral("<li>") + requirementLine(chain, r, r.from) + QStringLiteral("</li>");
    }
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Needs (%1)").arg(needs.size())));
    if (!needs.isEmpty())
        html += QStringLiteral("<ul>") + needs.join(QString()) + QStringLiteral("</ul>");
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Needed by (%1)").arg(neededBy.size())));
    if (!neededBy.isEmpty())
        html += QStringLiteral("<ul>") + neededBy.join(QString()) + QStringLiteral("</ul>");
    return html;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorwidget.h"

#include "highlight/palette.h"

#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Seedline {

namespace {

// Above this many shown steps setStep() refreshes in the next pass of the event loop.
constexpr int backgroundAbove = 4000; // steps shown: the text is written on a worker thread

const QLatin1String stepScheme("seedline-step");
const QLatin1String sourceScheme("seedline-source");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stepLink(const Chain &chain, int index)
{
    if (index < 0 || index >= chain.steps.size())
        return QStringLiteral("?");
    const QString &id = chain.steps[index].id;
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(stepScheme, QString::fromLatin1(QUrl::toPercentEncoding(id)), esc(id));
}

QString where(const QString &file, int line)
{
    if (file.isEmpty())
        return {};
    return line > 0 ? file + u':' + QString::number(line) : file;
}

// "steps/gcc-15.2.0/pass1.sh:197" as a link the Source panel opens at that line.
QString sourceLink(const QString &file, int line)
{
    const QString text = where(file, line);
    if (text.isEmpty())
        return {};
    return QStringLiteral("<a href=\"%1:%2#%3\"><tt>%4</tt></a>")
        .arg(sourceScheme, QString::fromLatin1(QUrl::toPercentEncoding(file, "/")), QString::number(line), esc(text));
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
    const QString at = sourceLink(r.evidence.file(), r.evidence.line);
    if (!at.isEmpty())
        line += QStringLiteral("<br/>&nbsp;&nbsp;") + at;
    if (!r.evidence.text().isEmpty())
        line += QStringLiteral("<br/>&nbsp;&nbsp;<code>") + esc(r.evidence.text().trimmed()) + QStringLiteral("</code>");
    return line;
}

QString familySpan(const QString &family)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(Palette().familyColor(family).name(), esc(Palette::familyDisplayName(family)));
}

void factRows(QString &html, const Step &step)
{
    row(html, InspectorWidget::tr("Package"), esc(step.package));
    row(html, InspectorWidget::tr("Version"), esc(step.version));
    if (step.pass > 1)
        row(html, InspectorWidget::tr("Pass"), QString::number(step.pass));
    row(html, InspectorWidget::tr("Kind"), esc(stepKindName(step.kind)));
    QStringList familyNames;
    for (const QString &family : step.families)
        familyNames << familySpan(family);
    row(html, InspectorWidget::tr("Provides"), familyNames.join(QStringLiteral(", ")));
    if (step.facts->released)
        row(html, InspectorWidget::tr("Released"),
            esc(QLocale::c().toString(*step.facts->released, QStringLiteral("yyyy-MM-dd"))));
    if (step.facts->buildHours)
        row(html, InspectorWidget::tr("Build time"), esc(InspectorWidget::tr("%1 h").arg(*step.facts->buildHours)));
    if (step.facts->seedBytes)
        row(html, InspectorWidget::tr("Seed size"), esc(InspectorWidget::tr("%1 bytes").arg(*step.facts->seedBytes)));
    if (!step.facts->url.isEmpty())
        row(html, InspectorWidget::tr("URL"), QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(step.facts->url)));
    if (!step.details->predicate.isEmpty())
        row(html, InspectorWidget::tr("Predicate"),
            QStringLiteral("<tt>%1</tt>%2").arg(esc(step.details->predicate),
                                                 step.excluded ? esc(InspectorWidget::tr(" (false: excluded)")) : QString()));
    else if (step.excluded)
        row(html, InspectorWidget::tr("Excluded"), esc(InspectorWidget::tr("yes")));
    row(html, InspectorWidget::tr("Declared at"), sourceLink(step.origin.file, step.origin.line));
    row(html, InspectorWidget::tr("Prose at"), sourceLink(step.details->proseOrigin.file, step.details->proseOrigin.line));
    if (!step.details->removes.isEmpty())
        row(html, InspectorWidget::tr("Removes"), esc(step.details->removes.join(QStringLiteral(", "))));
}

// Why a real step needs each family, from the analysis.
void whySections(QString &html, const ChainAnalysis &analysis, int step, const QStringList &families)
{
    const Chain &chain = *analysis.chain;
    for (const QString &family : families) {
        const FamilyRequirement *requirement = analysis.family(family);
        if (!requirement || !analysis.stepRequires(step, family))
            continue;
        const QString name = Palette::familyDisplayName(family);
        html += QStringLiteral("<h4>%1</h4>").arg(esc(InspectorWidget::tr("Why it needs %1").arg(name)));
        if (analysis.stepNewlyRequires(step, family) && analysis.scenario)
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(esc(InspectorWidget::tr("Only because of the what-if: %1")
                                     .arg(analysis.scenario->titles.join(QStringLiteral(", ")))));
        html += QStringLiteral("<ol>");
        for (int e : requirement->witness(step).edges) {
            if (e < 0 || e >= chain.requirements.size())
                continue;
            const Requirement &r = chain.requirements[e];
            html += QStringLiteral("<li>") + stepLink(chain, r.from) + QStringLiteral(" needs ")
                + requirementLine(chain, r, r.to) + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
}

// What a real step needs (every kind but script order), what it merely comes after, and the
// reverse of both.
void edgeSections(QString &html, const Chain &chain, int index)
{
    QStringList needs, after, neededBy, before;
    for (const Requirement &r : chain.requirements) {
        const bool order = r.kind == RequirementKind::Sequence;
        if (r.from == index)
            (order ? after : needs) << QStringLiteral("<li>") + requirementLine(chain, r, r.to) + QStringLiteral("</li>");
        else if (r.to == index)
            (order ? before : neededBy) << QStringLiteral("<li>") + requirementLine(chain, r, r.from)
                    + QStringLiteral("</li>");
    }
    // A list of thousands (everything in Debian that needs python3) would take seconds to lay out
    // as rich text on every click: the first ones are listed, the heading keeps the whole count.
    constexpr qsizetype listed = 150;
    auto section = [&html](const QString &title, const QStringList &items) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(title));
        if (items.isEmpty())
            return;
        html += QStringLiteral("<ul>") + items.mid(0, listed).join(QString()) + QStringLiteral("</ul>");
        if (items.size() > listed)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(InspectorWidget::tr("… and %1 more, not listed here (the graph and the Steps panel "
                                                     "show them all).")
                                     .arg(items.size() - listed)));
    };
    section(InspectorWidget::tr("Needs (%1)").arg(needs.size()), needs);
    section(InspectorWidget::tr("Needed by (%1)").arg(neededBy.size()), neededBy);
    if (!after.isEmpty() || !before.isEmpty()) {
        section(InspectorWidget::tr("Comes after, in script order only (%1)").arg(after.size()), after);
        section(InspectorWidget::tr("Comes before, in script order only (%1)").arg(before.size()), before);
    }
}

QString realStepHtml(const ChainAnalysis &analysis, int index, const QStringList &families)
{
    const Chain &chain = *analysis.chain;
    const Step &step = chain.steps.at(index);
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(step.id));
    if (const QString shown = stepDisplayLabel(step); !step.label.isEmpty() && shown != step.id)
        html += QStringLiteral("<p>%1</p>").arg(esc(shown));
    html += QStringLiteral("<table>");
    factRows(html, step);
    html += QStringLiteral("</table>");
    whySections(html, analysis, index, families);
    if (!step.details->prose.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(InspectorWidget::tr("Description")));
        QString prose = esc(step.details->prose);
        prose.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
        html += QStringLiteral("<p>") + prose + QStringLiteral("</p>");
    }
    if (!step.facts->notes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(step.facts->notes));
    edgeSections(html, chain, index);
    return html;
}

QString groupHtml(const ChainAnalysis &analysis, const ChainProjection &projection, int node,
                  const QStringList &families)
{
    const Chain &chain = *analysis.chain;
    const Step &shown = projection.shown.steps.at(node);
    const QVector<int> members = projection.members.value(node);
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(shown.label));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(InspectorWidget::tr("%n step(s) folded into one node. It needs a family when one of its "
                                             "members does; double-click it or pick a member to see the member alone.",
                                             nullptr, int(members.size()))));
    QStringList needed;
    for (const QString &family : families) {
        for (int m : members) {
            if (analysis.stepRequires(m, family)) {
                needed << familySpan(family);
                break;
            }
        }
    }
    html += QStringLiteral("<table>");
    row(html, InspectorWidget::tr("Id"), esc(shown.id));
    row(html, InspectorWidget::tr("Needs"), needed.join(QStringLiteral(", ")));
    if (shown.facts->buildHours)
        row(html, InspectorWidget::tr("Build time"), esc(InspectorWidget::tr("%1 h in all").arg(*shown.facts->buildHours)));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h4>%1</h4><table>").arg(esc(InspectorWidget::tr("Members")));
    for (int m : members) {
        const Step &s = chain.steps[m];
        QStringList facts;
        if (s.facts->released)
            facts << esc(QLocale::c().toString(*s.facts->released, QStringLiteral("yyyy-MM-dd")));
        if (s.facts->buildHours)
            facts << esc(InspectorWidget::tr("%1 h").arg(*s.facts->buildHours));
        QStringList needs;
        for (const QString &family : families) {
            if (analysis.stepRequires(m, family))
                needs << familySpan(family) + (analysis.stepNewlyRequires(m, family) ? QStringLiteral(" (what-if)")
                                                                                       : QString());
        }
        if (!needs.isEmpty())
            facts << esc(InspectorWidget::tr("needs")) + u' ' + needs.join(QStringLiteral(", "));
        html += QStringLiteral("<tr><td style=\"padding-right:8px\">%1</td><td>%2</td></tr>")
                    .arg(stepLink(chain, m), facts.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("</table>");
    // Why the node needs each family: the witness of its first requiring member.
    for (const QString &family : families) {
        for (int m : members) {
            if (!analysis.stepRequires(m, family))
                continue;
            QString section;
            whySections(section, analysis, m, {family});
            section.replace(QStringLiteral("<h4>%1</h4>").arg(esc(InspectorWidget::tr("Why it needs %1")
                                                                      .arg(Palette::familyDisplayName(family)))),
                            QStringLiteral("<h4>%1</h4>")
                                .arg(esc(InspectorWidget::tr("Why it needs %1: %2 does")
                                             .arg(Palette::familyDisplayName(family), chain.steps[m].id))));
            html += section;
            break;
        }
    }
    return html;
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
        if (url.scheme() == stepScheme)
            Q_EMIT stepLinkActivated(QUrl::fromPercentEncoding(url.path().toUtf8()));
        else if (url.scheme() == sourceScheme)
            Q_EMIT sourceLinkActivated(QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8()),
                                       url.fragment().toInt());
        else if (url.scheme().startsWith(QLatin1String("http")))
            Q_EMIT urlActivated(url);
    });
    refresh();
}

InspectorWidget::~InspectorWidget() = default;

void InspectorWidget::setAnalysis(AnalysisPtr analysis, std::shared_ptr<const ChainProjection> projection)
{
    m_analysis = std::move(analysis);
    m_projection = std::move(projection);
    if (!m_projection || m_step >= m_projection->shown.steps.size())
        m_step = -1;
    if (!m_analysis || !m_analysis->chain || m_member >= m_analysis->chain->steps.size())
        m_member = -1;
    refresh();
}

void InspectorWidget::setFamilies(const QStringList &families)
{
    if (families == m_families)
        return;
    m_families = families;
    refresh();
}

void InspectorWidget::setStep(int shownIndex, int member)
{
    m_step = m_projection && shownIndex >= 0 && shownIndex < m_projection->shown.steps.size() ? shownIndex : -1;
    m_member = m_step >= 0 && m_projection->members.value(m_step).contains(member) ? member : -1;
    if (m_step >= 0 && m_analysis && m_projection->shown.steps.size() > backgroundAbove)
        refreshInBackground();
    else
        refresh();
}

QString InspectorWidget::plainText() const
{
    if (m_htmlJob.isRunning())
        const_cast<InspectorWidget *>(this)->refresh(); // what it is about to show
    return m_browser->toPlainText();
}

void InspectorWidget::refreshInBackground()
{
    // The heading at once, so that the panel never names the previous step; the lists follow.
    const Step &shown = m_projection->shown.steps.at(m_step);
    m_browser->setHtml(QStringLiteral("<h3>%1</h3><p><i>%2</i></p>")
                           .arg(esc(shown.id), esc(tr("Listing what it needs and what needs it…"))));
    m_htmlJob.start(
        [analysis = m_analysis, projection = m_projection, step = m_step, member = m_member,
         families = m_families](const std::atomic_bool &) {
            return stepHtml(*analysis, *projection, step, member, families);
        },
        [this](const QString &html) { m_browser->setHtml(html); });
}

void InspectorWidget::refresh()
{
    m_htmlJob.cancel();
    if (!m_analysis || !m_projection || m_step < 0) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Select a step to see its facts, "
                                                                          "requirements and evidence."))));
        return;
    }
    m_browser->setHtml(stepHtml(*m_analysis, *m_projection, m_step, m_member, m_families));
}

QString InspectorWidget::stepHtml(const ChainAnalysis &analysis, const ChainProjection &projection, int shownIndex,
                                  int member, const QStringList &families)
{
    if (!analysis.chain || shownIndex < 0 || shownIndex >= projection.shown.steps.size())
        return {};
    const QVector<int> members = projection.members.value(shownIndex);
    if (member >= 0 && members.contains(member))
        return realStepHtml(analysis, member, families);
    if (projection.groupAt(shownIndex) || members.size() != 1)
        return groupHtml(analysis, projection, shownIndex, families);
    return realStepHtml(analysis, members.first(), families);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "legenduse.h"

namespace Seedline {

namespace {

const QString kindPrefix = QStringLiteral("kind-");

} // namespace

LegendUse::LegendUse(const SceneModel &model)
    : m_model(model)
    , m_plain(model.stepStyle(-1))
{
    for (const LegendEntry &e : model.highlight.legend) {
        if (e.cssClass == QLatin1String("witness"))
            m_wantsWitness = true;
        for (RequirementKind kind : allRequirementKinds)
            if (e.cssClass == kindPrefix + requirementKindName(kind))
                m_wantedKinds |= int(kind);
    }
}

void LegendUse::addStyle(const StepStyle &s)
{
    if (s.hidden)
        return;
    for (const QString &f : s.memberFamilies)
        m_members.insert(f);
    for (const QString &f : s.requiredFamilies)
        if (!s.memberFamilies.contains(f))
            (s.newlyRequiredFamilies.contains(f) ? m_newly : m_required).insert(f);
    m_several = m_several || s.marks.size() >= 2;
    m_selected = m_selected || s.selected;
    m_needed = m_needed || s.needed;
    m_needing = m_needing || s.needing;
}

void LegendUse::addEdge(int edge)
{
    if (!m_model.isEdgeShown(edge))
        return;
    const GraphGeometry::Edge &e = m_model.geometry.edges[edge];
    if (e.requirement >= 0 && e.requirement < m_model.highlight.edges.size()
        && m_model.highlight.edges[e.requirement].onWitnessPath)
        m_witness = true;
    if (m_model.chain && e.requirement >= 0 && e.requirement < m_model.chain->requirements.size())
        m_kinds |= int(m_model.chain->requirements[e.requirement].kind);
}

QVector<LegendEntry> LegendUse::entries() const
{
    QSet<QString> used;
    for (const QString &f : m_members)
        used.insert(QStringLiteral("family-") + f);
    for (const QString &f : m_required)
        used.insert(QStringLiteral("requires-") + f);
    for (const QString &f : m_newly)
        used.insert(QStringLiteral("newly-requires-") + f);
    const std::pair<bool, const char *> flags[] = {{m_several, "requires-several"}, {m_selected, "selected"},
                                                   {m_needed, "needed"},           {m_needing, "needing"},
                                                   {m_witness, "witness"}};
    for (const auto &[on, name] : flags)
        if (on)
            used.insert(QLatin1String(name));
    for (RequirementKind kind : allRequirementKinds)
        if (m_kinds & int(kind))
            used.insert(kindPrefix + requirementKindName(kind));
    QVector<LegendEntry> out;
    for (const LegendEntry &e : m_model.highlight.legend)
        if (used.contains(e.cssClass))
            out.append(e);
    return out;
}

QVector<LegendEntry> usedLegend(const SceneModel &m)
{
    LegendUse use(m);
    for (const GraphGeometry::Node &n : m.geometry.nodes)
        use.addStep(n.step);
    for (int e = 0; e < m.geometry.edges.size() && !use.edgesComplete(); ++e)
        use.addEdge(e);
    return use.entries();
}

} // namespace Seedline

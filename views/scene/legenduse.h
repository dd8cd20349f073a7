// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scene/scenemodel.h"

#include <QSet>

namespace Seedline {

// Which entries of a drawing's legend what is drawn uses: the roles of shown steps (or folded
// band summaries), the kinds and the why-path of shown edges. Collects names, not strings built
// per step, so that it can run over a whole big graph on every repaint.
class LegendUse
{
public:
    explicit LegendUse(const SceneModel &model);

    void addStyle(const StepStyle &style);
    void addStep(int step)
    {
        addStyle(step >= 0 && step < m_model.highlight.steps.size() ? m_model.highlight.steps[step] : m_plain);
    }
    void addEdge(int edge);
    // Whether every edge entry of the legend is already used: more edges add nothing.
    bool edgesComplete() const { return (m_kinds & m_wantedKinds) == m_wantedKinds && (m_witness || !m_wantsWitness); }
    // The used entries, in the legend's order.
    QVector<LegendEntry> entries() const;

private:
    const SceneModel &m_model;
    StepStyle m_plain;
    QSet<QString> m_members, m_required, m_newly;
    bool m_several = false, m_selected = false, m_needed = false, m_needing = false, m_witness = false;
    int m_kinds = 0;
    int m_wantedKinds = 0;
    bool m_wantsWitness = false;
};

// The legend entries the whole drawing uses.
QVector<LegendEntry> usedLegend(const SceneModel &model);

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/scenemodel.h"

#include <QGraphicsScene>

namespace Seedline {

class EdgeItem;
class LegendItem;
class StepItem;
class TitleItem;

// The scene of one chain: a StepItem per laid-out step, an EdgeItem per laid-out requirement, the
// legend and the title, all drawn from one SceneModel.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);

    // Rebuilds every item.
    void setModel(SceneModel model);
    // Restyles the existing items; no item is created or destroyed.
    void setHighlight(HighlightResult highlight);
    void clearGraph();

    const SceneModel &model() const { return m_model; }
    StepItem *stepItem(int step) const { return step >= 0 && step < m_stepItems.size() ? m_stepItems[step] : nullptr; }
    const QVector<EdgeItem *> &edgeItems() const { return m_edgeItems; }
    LegendItem *legendItem() const { return m_legend; }
    TitleItem *titleItem() const { return m_title; }

Q_SIGNALS:
    void modelChanged();

private:
    void applyStyles();

    SceneModel m_model;
    QVector<StepItem *> m_stepItems; // by step index, nullptr when not laid out
    QVector<EdgeItem *> m_edgeItems;
    LegendItem *m_legend = nullptr;
    TitleItem *m_title = nullptr;
};

} // namespace Seedline

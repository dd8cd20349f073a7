// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphscene.h"

#include "graph/graphitems.h"
#include "highlight/palette.h"

namespace Seedline {

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Palette::background());
    setItemIndexMethod(BspTreeIndex);
}

void GraphScene::clearGraph()
{
    clear(); // deletes every item
    m_stepItems.clear();
    m_edgeItems.clear();
    m_legend = nullptr;
    m_title = nullptr;
    m_model = SceneModel();
    setSceneRect(QRectF());
    Q_EMIT modelChanged();
}

void GraphScene::setModel(SceneModel model)
{
    clear();
    m_stepItems.clear();
    m_edgeItems.clear();
    m_model = std::move(model);

    const int stepCount = m_model.chain ? int(m_model.chain->steps.size()) : 0;
    m_stepItems = QVector<StepItem *>(stepCount, nullptr);
    // Adding many items to an indexed scene is quadratic-ish; index once at the end.
    setItemIndexMethod(NoIndex);
    for (const GraphGeometry::Node &n : std::as_const(m_model.geometry.nodes)) {
        if (n.step < 0 || n.step >= stepCount)
            continue;
        auto *item = new StepItem(n.step, n.size, m_model.label(n.step));
        item->setPos(n.center);
        addItem(item);
        m_stepItems[n.step] = item;
    }
    m_edgeItems.reserve(m_model.geometry.edges.size());
    for (const GraphGeometry::Edge &e : std::as_const(m_model.geometry.edges)) {
        auto *item = new EdgeItem(e.requirement, e.from, e.to, e.path);
        addItem(item);
        m_edgeItems.append(item);
    }
    m_legend = new LegendItem(&m_model);
    addItem(m_legend);
    m_title = new TitleItem(&m_model);
    addItem(m_title);
    applyStyles();
    setItemIndexMethod(BspTreeIndex);
    setSceneRect(m_model.sceneRect);
    Q_EMIT modelChanged();
}

void GraphScene::setHighlight(HighlightResult highlight)
{
    restyleSceneModel(m_model, std::move(highlight));
    applyStyles();
    setSceneRect(m_model.sceneRect);
    Q_EMIT modelChanged();
}

void GraphScene::applyStyles()
{
    for (StepItem *item : std::as_const(m_stepItems))
        if (item)
            item->setStyle(m_model.stepStyle(item->step()));
    for (EdgeItem *item : std::as_const(m_edgeItems)) {
        EdgeStyle style = m_model.edgeStyle(item->requirement());
        // An edge to a step that is not shown is not shown either.
        const StepItem *a = stepItem(item->fromStep());
        const StepItem *b = stepItem(item->toStep());
        if (!a || !b || !a->isVisible() || !b->isVisible())
            style.hidden = true;
        item->setStyle(style);
    }
    if (m_legend)
        m_legend->setFromModel(&m_model);
    if (m_title)
        m_title->setFromModel(&m_model);
}

} // namespace Seedline

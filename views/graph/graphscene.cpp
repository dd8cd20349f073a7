// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphscene.h"

#include "core/timinglog.h"
#include "graph/graphlayers.h"
#include "highlight/palette.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace Seedline {

namespace {

constexpr qreal layerMargin = 40; // rings, badges, tags above boxes, arcs over rows

QPointF noPoint()
{
    return QPointF(std::numeric_limits<qreal>::quiet_NaN(), std::numeric_limits<qreal>::quiet_NaN());
}

bool isPoint(const QPointF &p)
{
    return !std::isnan(p.x());
}

} // namespace

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Palette(Theme::Light).background()); // until a drawing brings its theme
    // Our own grid indexes do the culling; Qt's BSP index over a few layer items would only cost.
    setItemIndexMethod(NoIndex);
    m_bands = new BandLayer(this);
    m_edges = new EdgeLayer(this);
    m_nodes = new NodeLayer(this);
    m_bands->setZValue(0);
    m_edges->setZValue(1);
    m_nodes->setZValue(2);
    addItem(m_bands);
    addItem(m_edges);
    addItem(m_nodes);
    m_animation.setDuration(350);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toReal();
        update();
    });
    connect(&m_animation, &QVariantAnimation::finished, this, [this] {
        m_progress = 1.0;
        m_ghosts.clear();
        m_from.fill(noPoint());
        update();
        Q_EMIT animationFinished();
    });
}

GraphScene::~GraphScene() = default;

void GraphScene::clearGraph()
{
    m_animation.stop();
    m_model = SceneModel();
    m_ghosts.clear();
    m_from.clear();
    m_current = -1;
    m_progress = 1.0;
    ++m_generation;
    rebuildIndexes();
    updateBounds();
    update();
    Q_EMIT modelChanged();
}

void GraphScene::setModel(SceneModel model, bool animate)
{
    m_animation.stop();
    ++m_generation;
    // Where each step id was, in the drawing being replaced.
    QHash<QString, int> before;
    if (animate && m_model.chain) {
        before.reserve(m_model.geometry.nodes.size());
        for (int i = 0; i < m_model.geometry.nodes.size(); ++i) {
            const int step = m_model.geometry.nodes[i].step;
            if (!m_model.isStepHidden(step))
                before.insert(m_model.chain->steps[step].id, i);
        }
    }
    const SceneModel previous = std::move(m_model);
    m_model = std::move(model);
    setBackgroundBrush(m_model.highlight.palette().background());
    m_ghosts.clear();
    m_from = QVector<QPointF>(m_model.geometry.nodes.size(), noPoint());
    bool anyMove = false;
    if (!before.isEmpty() && m_model.chain) {
        QSet<QString> kept;
        for (int i = 0; i < m_model.geometry.nodes.size(); ++i) {
            const QString &id = m_model.chain->steps[m_model.geometry.nodes[i].step].id;
            const auto it = before.constFind(id);
            if (it == before.constEnd())
                continue;
            m_from[i] = previous.geometry.nodes[*it].center;
            kept.insert(id);
            anyMove = anyMove || m_from[i] != m_model.geometry.nodes[i].center;
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (kept.contains(it.key()))
                continue;
            const GraphGeometry::Node &n = previous.geometry.nodes[it.value()];
            m_ghosts.append(Ghost{n.rect(), previous.label(n.step), previous.stepStyle(n.step)});
        }
    }
    if (m_current >= 0 && (!m_model.chain || m_current >= m_model.chain->steps.size()))
        m_current = -1;
    rebuildIndexes();
    updateBounds();
    if (anyMove || !m_ghosts.isEmpty()) {
        m_progress = 0.0;
        m_animation.start();
    } else {
        m_progress = 1.0;
        m_from.fill(noPoint());
    }
    update();
    Q_EMIT modelChanged();
}

void GraphScene::setHighlight(HighlightResult highlight)
{
    PhaseTimer timer("restyle: the view's scene");
    restyleSceneModel(m_model, std::move(highlight));
    ++m_generation;
    setBackgroundBrush(m_model.highlight.palette().background());
    update();
    Q_EMIT restyled();
}

void GraphScene::finishAnimation()
{
    if (isAnimating())
        m_animation.setCurrentTime(m_animation.duration());
}

void GraphScene::rebuildIndexes()
{
    // Made with the scene off the GUI thread when it came from a SceneBuilder.
    const SceneIndex index = m_model.index ? *m_model.index : buildSceneIndex(m_model.geometry);
    m_nodeIndex = index.nodes;
    m_edgeIndex = index.edges;
}

void GraphScene::updateBounds()
{
    QRectF graph = m_model.graphRect.isValid() ? m_model.graphRect : m_model.geometry.bounds;
    for (const Ghost &g : std::as_const(m_ghosts))
        graph |= g.rect;
    const QRectF bounds = graph.adjusted(-layerMargin, -layerMargin, layerMargin, layerMargin);
    m_bands->setBounds(bounds);
    m_edges->setBounds(bounds);
    m_nodes->setBounds(bounds);
    // Room around the graph so that zooming under the pointer never runs into the scroll limits.
    const qreal room = std::max(bounds.width(), bounds.height()) + 2000;
    setSceneRect(bounds.isValid() ? bounds.adjusted(-room, -room, room, room) : QRectF());
}

QRectF GraphScene::stepRect(int step) const
{
    const GraphGeometry::Node *n = m_model.geometry.node(step);
    if (!n)
        return {};
    const int i = m_model.geometry.nodeOfStep[step];
    if (m_progress < 1.0 && i < m_from.size() && isPoint(m_from[i])) {
        const QPointF c = m_from[i] + (n->center - m_from[i]) * m_progress;
        return QRectF(c.x() - n->size.width() / 2, c.y() - n->size.height() / 2, n->size.width(), n->size.height());
    }
    return n->rect();
}

int GraphScene::stepAt(const QPointF &scenePos) const
{
    for (int i : m_nodeIndex.query(QRectF(scenePos - QPointF(1, 1), QSizeF(2, 2)))) {
        const GraphGeometry::Node &n = m_model.geometry.nodes[i];
        if (!m_model.isStepHidden(n.step) && stepRect(n.step).contains(scenePos))
            return n.step;
    }
    return -1;
}

QVector<int> GraphScene::stepsIn(const QRectF &sceneRect) const
{
    QVector<int> out;
    for (int i : m_nodeIndex.query(sceneRect)) {
        const int step = m_model.geometry.nodes[i].step;
        if (!m_model.isStepHidden(step))
            out.append(step);
    }
    return out;
}

QVector<int> GraphScene::edgesIn(const QRectF &sceneRect) const
{
    QVector<int> out;
    for (int i : m_edgeIndex.query(sceneRect))
        if (m_model.isEdgeShown(i))
            out.append(i);
    return out;
}

int GraphScene::bandTitleAt(const QPointF &scenePos) const
{
    for (int b = 0; b < m_model.bands.size(); ++b)
        if (m_model.bands[b].titleRect.contains(scenePos) && !m_model.bands[b].summary.hidden)
            return b;
    return -1;
}

bool GraphScene::isFoldedAt(qreal levelOfDetail) const
{
    return !m_model.bands.isEmpty() && !labelReadable(levelOfDetail);
}

bool GraphScene::isImportant(int step) const
{
    return isImportant(m_model, step, m_current);
}

bool GraphScene::isImportant(const SceneModel &model, int step, int current)
{
    if (step == current)
        return true;
    if (step < 0 || step >= model.highlight.steps.size()) // a plain style
        return false;
    const StepStyle &s = model.highlight.steps[step]; // no copy: asked per edge on every repaint
    return s.role != StepRole::Plain || s.selected || s.onWitnessPath || s.needed || s.needing;
}

void GraphScene::setCurrentStep(int step)
{
    if (step == m_current)
        return;
    m_current = step;
    ++m_generation;
    update();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayers.h"

#include "graph/graphscene.h"
#include "highlight/palette.h"
#include "scene/farsteps.h"
#include "scene/scenepainter.h"

#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Seedline {

namespace {

constexpr qreal currentFrameMargin = 5;

qreal levelOfDetail(const QPainter *painter, const QStyleOptionGraphicsItem *option)
{
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

QRectF exposed(const QStyleOptionGraphicsItem *option, qreal margin)
{
    return option->exposedRect.adjusted(-margin, -margin, margin, margin);
}

// Where tags (the labels of important steps when labels are too small to read) already are, on
// screen: a tag that would cover another is left out, so that a far-away view of thousands of
// steps shows a few readable names instead of a smear of overlapping ones.
class TagSpace
{
public:
    // Takes the place on screen of the tag of `label` above `box` (scene units; about 10 px type),
    // roughly; false when another tag has it.
    bool take(const QPainter *painter, const QRectF &box, const QString &label)
    {
        const QPointF top = painter->worldTransform().map(QPointF(box.center().x(), box.top()));
        const qreal w = 6.5 * label.size() + 8;
        return take(QRectF(top.x() - w / 2, top.y() - 16, w, 15));
    }

private:
    bool take(const QRectF &r)
    {
        const int x0 = int(std::floor(r.left() / cellW)), x1 = int(std::floor(r.right() / cellW));
        const int y0 = int(std::floor(r.top() / cellH)), y1 = int(std::floor(r.bottom() / cellH));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                // constFind, not value(): no copy of the cell (an atomic count each), asked for
                // every important step of a fitted view (18,000 on the Debian graph).
                const auto cell = m_cells.constFind(key(x, y));
                if (cell == m_cells.constEnd())
                    continue;
                for (const QRectF &o : *cell)
                    if (o.intersects(r))
                        return false;
            }
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_cells[key(x, y)].append(r);
        return true;
    }

    static constexpr qreal cellW = 96, cellH = 16;
    static quint64 key(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }
    QHash<quint64, QVector<QRectF>> m_cells;
};

} // namespace

SceneLayer::SceneLayer(const GraphScene *scene)
    : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton); // clicks go to the view
}

void SceneLayer::setBounds(const QRectF &bounds)
{
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void BandLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const SceneModel &m = m_scene->model();
    const qreal lod = levelOfDetail(painter, option);
    const bool folded = m_scene->isFoldedAt(lod);
    const QRectF area = exposed(option, 4);
    for (const SceneModel::Band &band : m.bands)
        if (band.rect.intersects(area))
            paintBand(painter, m.highlight.palette(), band, folded, lod);
}

EdgeLayer::EdgeLayer(const GraphScene *scene)
    : SceneLayer(scene)
{
    QObject::connect(&m_backdrop, &EdgeBackdrop::ready, &m_backdrop, [this] { update(); });
}

QVector<std::pair<int, EdgeStyle>> EdgeLayer::orderedEdges(const SceneModel &m, int current, const QVector<int> &visible,
                                                            bool folded)
{
    QVector<std::pair<int, EdgeStyle>> layers[3];
    for (int i : visible) {
        const GraphGeometry::Edge &e = m.geometry.edges[i];
        EdgeStyle s = m.edgeStyle(e.requirement);
        if (folded && !s.onWitnessPath
            && !(GraphScene::isImportant(m, e.from, current) && GraphScene::isImportant(m, e.to, current)))
            continue;
        layers[s.onWitnessPath ? 2 : s.dimmed ? 0 : 1].append({i, s});
    }
    layers[0].append(layers[1]);
    layers[0].append(layers[2]);
    return layers[0];
}

void EdgeLayer::requestBackdrop(const QRectF &visible, qreal lod, bool folded)
{
    // Half a view more on every side, for panning, as far as 4096 px each way allow.
    const qreal maxSide = 4096 / lod;
    const qreal padX = std::max<qreal>(0, std::min(visible.width() / 2, (maxSide - visible.width()) / 2));
    const qreal padY = std::max<qreal>(0, std::min(visible.height() / 2, (maxSide - visible.height()) / 2));
    QRectF rect = visible.adjusted(-padX, -padY, padX, padY).intersected(m_bounds);
    if (rect.isEmpty())
        rect = visible;
    // What to draw is chosen on the drawing thread too, from a copy of the model (its containers
    // are shared, not copied): listing a hundred thousand edges is no work for the GUI thread.
    m_backdrop.request(m_scene->drawingGeneration(), rect, lod,
                       [model = m_scene->model(), rects = m_scene->edgeRects(), current = m_scene->currentStep(), rect,
                        folded] {
                           QVector<int> visible;
                           for (int i = 0; i < rects.size(); ++i)
                               if (rects[i].intersects(rect) && model.isEdgeShown(i))
                                   visible.append(i);
                           QVector<EdgeBackdrop::Edge> edges;
                           const auto ordered = orderedEdges(model, current, visible, folded);
                           edges.reserve(ordered.size());
                           for (const auto &[i, s] : ordered)
                               edges.append({model.geometry.edges[i].path, model.geometry.edges[i].arrow, s});
                           return edges;
                       });
}

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const SceneModel &m = m_scene->model();
    const qreal lod = levelOfDetail(painter, option);
    const bool folded = m_scene->isFoldedAt(lod);
    const bool moving = m_scene->animationProgress() < 1.0;
    m_drewBackdrop = false;
    // The edges on screen, listed only as far as the limit: crowded, listing them all would be
    // most of the work, and they come from a picture drawn off the GUI thread instead.
    QVector<int> visible;
    if (!moving)
        m_scene->forEachEdgeIn(exposed(option, 4), [&visible](int e) {
            visible.append(e);
            return visible.size() <= backdropEdges;
        });
    if (visible.size() > backdropEdges) {
        const QRectF view = painter->worldTransform().inverted().mapRect(QRectF(painter->viewport()));
        if (!m_backdrop.isCurrent(m_scene->drawingGeneration(), view.intersected(m_bounds), lod))
            requestBackdrop(view, lod, folded);
        m_backdrop.paint(painter, m_scene->drawingGeneration(), exposed(option, 1));
        m_edgesDrawn = m_backdrop.edgesDrawn();
        m_drewBackdrop = true;
        m_hairlines = true;
        return;
    }
    std::sort(visible.begin(), visible.end()); // the order of geometry.edges, as always
    const auto edges = orderedEdges(m_scene->model(), m_scene->currentStep(), visible, folded);
    m_edgesDrawn = int(edges.size());
    // Crowded: thousands of edges on screen are hairlines (see paintEdge).
    const bool hairline = m_edgesDrawn > hairlineEdges;
    m_hairlines = hairline;
    const QRectF clipArea = exposed(option, 4 + 8 / std::max<qreal>(lod, 0.05)); // wider than any pen
    for (const auto &[i, s] : edges) {
        const GraphGeometry::Edge &e = m.geometry.edges[i];
        paintEdgeIn(painter, clipArea, m_scene->edgeRect(i), e.path, e.arrow, s, lod, hairline);
    }
    if (!moving)
        return;
    // On the move: straight lines between where the steps are now.
    for (const GraphGeometry::Edge &e : m.geometry.edges) {
        const EdgeStyle s = m.edgeStyle(e.requirement);
        if (s.hidden || m.isStepHidden(e.from) || m.isStepHidden(e.to))
            continue;
        const QRectF a = m_scene->stepRect(e.from), b = m_scene->stepRect(e.to);
        if (a.isNull() || b.isNull())
            continue;
        QPainterPath path(a.center());
        path.lineTo(b.center());
        paintEdge(painter, path, {}, s, std::min<qreal>(lod, 0.19));
    }
}

void NodeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const SceneModel &m = m_scene->model();
    const qreal lod = levelOfDetail(painter, option);
    const bool folded = m_scene->isFoldedAt(lod);
    const qreal progress = m_scene->animationProgress();
    const QRectF area = exposed(option, 30);
    m_labelsDrawn = 0;
    m_stepsDrawn = 0;
    // Steps leaving fade out; steps arriving fade in.
    for (const GraphScene::Ghost &g : m_scene->m_ghosts) {
        if (!g.rect.intersects(area) || g.style.hidden)
            continue;
        painter->setOpacity(1.0 - progress);
        paintStep(painter, m.highlight.palette(), g.rect, g.label, g.style, lod);
    }
    painter->setOpacity(1.0);
    const QVector<int> steps = progress < 1.0 ? QVector<int>() : m_scene->stepsIn(area);
    if (progress >= 1.0 && lod < farStepsBelow) {
        paintFar(painter, steps, lod, folded);
        return;
    }
    TagSpace tags;
    auto draw = [&](int step) {
        const StepStyle s = m.stepStyle(step);
        if (s.hidden)
            return;
        const bool important = m_scene->isImportant(step);
        if (folded && !important)
            return;
        const QRectF box = m_scene->stepRect(step);
        if (box.isNull())
            return;
        const int node = m.geometry.nodeOfStep[step];
        const bool arriving = progress < 1.0 && node < m_scene->m_from.size() && std::isnan(m_scene->m_from[node].x());
        painter->setOpacity(arriving ? progress : 1.0);
        ++m_stepsDrawn;
        const bool tag = important && (labelReadable(lod) || tags.take(painter, box, m.label(step)));
        if (paintStep(painter, m.highlight.palette(), box, m.label(step), s, lod, tag))
            ++m_labelsDrawn;
        if (step == m_scene->currentStep())
            paintCurrentFrame(painter, lod);
    };
    if (progress < 1.0) {
        for (const GraphGeometry::Node &n : m.geometry.nodes)
            draw(n.step);
    } else {
        // Important steps last, so that their tags are on top.
        for (int step : steps)
            if (!m_scene->isImportant(step))
                draw(step);
        for (int step : steps)
            if (m_scene->isImportant(step))
                draw(step);
    }
    painter->setOpacity(1.0);
}

void NodeLayer::paintFar(QPainter *painter, const QVector<int> &steps, qreal lod, bool folded)
{
    const SceneModel &m = m_scene->model();
    const Palette palette = m.highlight.palette();
    const StepStyle plain = m.stepStyle(-1);
    FarSteps boxes(lod), importantBoxes(lod);
    QVector<int> tagged;
    for (int step : steps) {
        const StepStyle &s = step < m.highlight.steps.size() ? m.highlight.steps[step] : plain; // no copies
        if (s.hidden)
            continue;
        const bool important = m_scene->isImportant(step);
        if (folded && !important)
            continue;
        const QRectF box = m_scene->stepRect(step);
        if (box.isNull())
            continue;
        (important ? importantBoxes : boxes).add(box, s, palette);
        if (important)
            tagged.append(step);
    }
    boxes.paint(painter);
    importantBoxes.paint(painter);
    m_stepsDrawn = boxes.count() + importantBoxes.count();
    // The names of important steps, where they do not cover one another.
    TagSpace tags;
    const QFont font = stepTagFont(lod);
    for (int step : tagged) {
        const QRectF box = m_scene->stepRect(step);
        const QString label = m.label(step);
        if (!tags.take(painter, box, label))
            continue;
        paintStepTag(painter, palette, box, label, step < m.highlight.steps.size() ? m.highlight.steps[step] : plain, lod, font);
        ++m_labelsDrawn;
    }
    paintCurrentFrame(painter, lod);
}

void NodeLayer::paintCurrentFrame(QPainter *painter, qreal lod) const
{
    const int step = m_scene->currentStep();
    const QRectF box = step >= 0 ? m_scene->stepRect(step) : QRectF();
    if (box.isNull() || m_scene->model().isStepHidden(step))
        return;
    painter->setPen(QPen(m_scene->model().highlight.palette().selected(), 1.2 / std::max<qreal>(lod, 0.2), Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    const qreal margin = currentFrameMargin - 1;
    painter->drawRoundedRect(box.adjusted(-margin, -margin, margin, margin), stepCornerRadius + 2, stepCornerRadius + 2);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scene/sceneindex.h"
#include "scene/scenemodel.h"

#include <QGraphicsScene>
#include <QVariantAnimation>

namespace Seedline {

class BandLayer;
class EdgeLayer;
class NodeLayer;

// The scene of one drawing model: three painted layers (stage bands, edges, steps) instead of an
// item per step and edge, with grid indexes of our own for culling and hit tests, so that big
// graphs cost only what is on screen.
//
// setModel() keeps positions by step id: steps present before move from where they were to where
// they are now, new ones fade in, removed ones fade out (animated unless asked not to).
// Zoomed far out (labels unreadable), the picture folds: stage bands show their summary and only
// highlighted or selected steps are drawn, with their labels.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    void setModel(SceneModel model, bool animate = true);
    // New styles on the same geometry.
    void setHighlight(HighlightResult highlight);
    void clearGraph();

    const SceneModel &model() const { return m_model; }
    bool hasGraph() const { return !m_model.isEmpty(); }

    // The rectangle a shown step is drawn in now (during an animation: where it is on its way),
    // or a null rectangle when it is not laid out.
    QRectF stepRect(int step) const;
    // The visible step under a scene position, or -1.
    int stepAt(const QPointF &scenePos) const;
    // Visible steps whose boxes intersect a scene rectangle.
    QVector<int> stepsIn(const QRectF &sceneRect) const;
    // Visible edges (indices into model().geometry.edges) whose bounds intersect a scene rectangle.
    QVector<int> edgesIn(const QRectF &sceneRect) const;
    // The bounds of an edge (its path's control points and its arrow).
    QRectF edgeRect(int edge) const { return m_edgeIndex.rect(edge); }
    // The band (index into model().bands) whose title is at a scene position, or -1.
    int bandTitleAt(const QPointF &scenePos) const;

    bool isAnimating() const { return m_animation.state() == QAbstractAnimation::Running; }
    void finishAnimation();
    qreal animationProgress() const { return m_progress; }
    void setAnimationDuration(int ms) { m_animation.setDuration(ms); }

    // Whether the picture is folded at this level of detail (device px per scene unit).
    bool isFoldedAt(qreal levelOfDetail) const;
    // Steps drawn even when folded: a family role, the selection and what it reaches, the why-path.
    bool isImportant(int step) const;
    // The same for a copy of a model (off the GUI thread) with `current` as the current step.
    static bool isImportant(const SceneModel &model, int step, int current);
    // Calls `visit(index)` for each shown step (each edge of geometry.edges) in `sceneRect`, in no
    // particular order, until it returns false.
    template<typename Visit>
    void forEachStepIn(const QRectF &sceneRect, Visit visit) const
    {
        m_nodeIndex.forEachIn(sceneRect, [&](int node) {
            const int step = m_model.geometry.nodes[node].step;
            return m_model.isStepHidden(step) || visit(step);
        });
    }
    template<typename Visit>
    void forEachEdgeIn(const QRectF &sceneRect, Visit visit) const
    {
        m_edgeIndex.forEachIn(sceneRect, [&](int edge) { return !m_model.isEdgeShown(edge) || visit(edge); });
    }
    // The boxes of geometry.edges (with room for the arrow heads), as the edge index has them.
    const QVector<QRectF> &edgeRects() const { return m_edgeIndex.rects(); }

    // The step shown as the view's current item (a dashed frame), -1 for none.
    void setCurrentStep(int step);
    int currentStep() const { return m_current; }

    // Changes whenever what is drawn changes (a new model, new styles, a new current step): a
    // picture drawn for one generation is never shown for another.
    quint64 drawingGeneration() const { return m_generation; }

Q_SIGNALS:
    void modelChanged();
    void restyled();
    void animationFinished();

private:
    friend class NodeLayer;
    friend class EdgeLayer;
    friend class BandLayer;
    struct Ghost
    {
        QRectF rect;
        QString label;
        StepStyle style;
    };
    void rebuildIndexes();
    void updateBounds();

    SceneModel m_model;
    GridIndex m_nodeIndex; // over geometry.nodes
    GridIndex m_edgeIndex; // over geometry.edges
    QVector<QPointF> m_from; // per geometry node: where it starts from (NaN: fades in)
    QVector<Ghost> m_ghosts; // steps of the previous model that fade out
    QVariantAnimation m_animation;
    qreal m_progress = 1.0;
    int m_current = -1;
    quint64 m_generation = 1;
    BandLayer *m_bands = nullptr;
    EdgeLayer *m_edges = nullptr;
    NodeLayer *m_nodes = nullptr;
};

} // namespace Seedline

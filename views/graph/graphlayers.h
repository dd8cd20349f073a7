// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/edgebackdrop.h"
#include "scene/scenemodel.h"

#include <QGraphicsItem>

namespace Seedline {

class GraphScene;

// The painted layers of a GraphScene (see graphscene.h). Each paints only what its scene's grid
// index finds in the exposed rectangle.
class SceneLayer : public QGraphicsItem
{
public:
    explicit SceneLayer(const GraphScene *scene);
    QRectF boundingRect() const override { return m_bounds; }
    void setBounds(const QRectF &bounds);

protected:
    const GraphScene *m_scene;
    QRectF m_bounds;
};

class BandLayer : public SceneLayer
{
public:
    enum { Type = UserType + 10 };
    using SceneLayer::SceneLayer;
    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

class EdgeLayer : public SceneLayer
{
public:
    enum { Type = UserType + 11 };
    // Above this many edges on screen they are drawn as hairlines (see paintEdge).
    static constexpr int hairlineEdges = 1500;
    // Above this many, from a picture drawn off the GUI thread (see EdgeBackdrop).
    static constexpr int backdropEdges = 3000;
    explicit EdgeLayer(const GraphScene *scene);
    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // How many edges the last paint drew (from a picture: how many the picture has), and how it
    // drew them (for tests and benchmarks).
    int edgesDrawn() const { return m_edgesDrawn; }
    bool drewHairlines() const { return m_hairlines; }
    bool drewBackdrop() const { return m_drewBackdrop; }
    const EdgeBackdrop &backdrop() const { return m_backdrop; }

private:
    // Visible edges (GraphScene::edgesIn) in painting order, dimmed first, the why-path last,
    // without those a folded picture leaves out; thread-safe (a model copy, `current` its current step).
    static QVector<std::pair<int, EdgeStyle>> orderedEdges(const SceneModel &model, int current,
                                                           const QVector<int> &visible, bool folded);
    void requestBackdrop(const QRectF &visible, qreal lod, bool folded);

    EdgeBackdrop m_backdrop;
    int m_edgesDrawn = 0;
    bool m_hairlines = false;
    bool m_drewBackdrop = false;
};

class NodeLayer : public SceneLayer
{
public:
    enum { Type = UserType + 12 };
    using SceneLayer::SceneLayer;
    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // How many labels the last paint drew (for tests and benchmarks).
    int labelsDrawn() const { return m_labelsDrawn; }
    int stepsDrawn() const { return m_stepsDrawn; }

private:
    // Far away (see FarSteps): the boxes in batches, then the tags of the important steps.
    void paintFar(QPainter *painter, const QVector<int> &steps, qreal lod, bool folded);
    // The dashed frame around the current step (the one the keyboard moves).
    void paintCurrentFrame(QPainter *painter, qreal lod) const;

    int m_labelsDrawn = 0;
    int m_stepsDrawn = 0;
};

} // namespace Seedline

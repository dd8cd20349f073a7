// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    using SceneLayer::SceneLayer;
    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
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
    int m_labelsDrawn = 0;
    int m_stepsDrawn = 0;
};

} // namespace Seedline

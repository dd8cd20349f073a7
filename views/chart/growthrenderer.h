// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scene/scenemodel.h"
#include "timeline/timelineseries.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class QGraphicsScene;

namespace Seedline {

class GrowthChart;
class TimelineTableModel;

enum class PictureFormat { Svg, Png };
// ".svg" / ".png" (case-insensitive); nullopt otherwise.
std::optional<PictureFormat> pictureFormatForFileName(const QString &fileName);

// The counter of a date: "18 rustc builds · CPython with Rust: 42 builds, without: 21 · 0.9 h known
// (41 builds without a figure)". The hours part only where the chain has build-hour facts.
QString growthCounter(const TimelineRow &row);
// The newest event on or before `date` and at most `days` before it, or nullptr.
const TimelineEvent *recentEvent(const TimelineSeries &series, const QDate &date, int days = 120);

// Draws the growth chart, alone or as a frame of the animation (a heading with the date and the
// counter, the chart on the left and the graph of that date on the right), into SVG or a PNG image,
// off screen. It keeps a GrowthChart of its own in a scene of its own (a chart on screen is never
// resized by an export), fed by the same table model. Needs a QApplication (Qt Charts draws with
// widgets' styles); the offscreen platform does.
class GrowthRenderer
{
public:
    explicit GrowthRenderer(TimelineTableModel *model);
    ~GrowthRenderer();
    GrowthRenderer(const GrowthRenderer &) = delete;
    GrowthRenderer &operator=(const GrowthRenderer &) = delete;

    GrowthChart *chart() const { return m_chart; }
    void setToday(const QDate &today);
    // Everything is drawn only up to the playhead (invalid: the whole chart).
    void setPlayhead(const QDate &date);
    // Drawn above the chart alone (empty: none).
    void setTitle(const QString &title);

    // The chart alone, laid out at `size` (1 unit = 1 px at 96 dpi).
    QByteArray chartSvg(const QSize &size);
    QImage chartImage(const QSize &size, qreal scale = 1.0);

    // A frame at the playhead: the heading, the chart (left) and `graph` (right; may be empty).
    QByteArray frameSvg(const QSize &size, const SceneModel &graph);
    QImage frameImage(const QSize &size, const SceneModel &graph);

    // Writes the chart alone to a .svg or .png file, whole or not at all (writeFileAtomically).
    // Returns an empty string or the reason it failed.
    QString writeChart(const QString &fileName, const QSize &size, qreal pngScale = 2.0);

private:
    struct FrameLayout
    {
        QRectF heading, chart, graph;
    };
    FrameLayout frameLayout(const QSize &size) const;
    void layOut(const QSizeF &size);
    void paintHeading(QPainter *painter, const QRectF &rect) const;

    TimelineTableModel *m_model;
    std::unique_ptr<QGraphicsScene> m_scene;
    GrowthChart *m_chart = nullptr; // owned by the scene
};

} // namespace Seedline

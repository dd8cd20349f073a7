// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "scene/viewpipeline.h"
#include "timeline/timelineseries.h"

#include <QObject>
#include <QSet>
#include <QVector>

#include <atomic>
#include <memory>

namespace Seedline {

// How the graph of the growth view (and of `seedline frames --timeline`) is drawn at a date.
struct GrowthSceneOptions
{
    QString family = QStringLiteral("rust"); // the timeline's family (TimelineOptions::family)
    QSet<QString> scenarios;                // the enabled what-ifs, applied to the chain at each date
    // Fold every stage without a step of the family or of the anchor's tool into one node, so that
    // the rustc series is what the picture shows (the live-bootstrap stages stay as summaries).
    bool foldOtherStages = true;
    ViewOptions view;                       // highlight families, rank direction, aspect ratio
    bool operator==(const GrowthSceneOptions &) const = default;
};

using ScenePtr = std::shared_ptr<const SceneModel>;

// The graph at one row of the timeline, synchronously: chainAtDate(loaded, row) → the enabled
// scenarios → analyseChain → buildScene, with the row's description as the title. Pure; call it off
// the GUI thread. `cancel` stops the layout early (the result is then empty).
SceneModel growthScene(const Chain &loaded, const TimelineRow &row, const GrowthSceneOptions &options,
                       QString *warning = nullptr, const std::atomic_bool *cancel = nullptr);

// For every row, the first row with the same chain (TimelineRow::sameChainAs): rows that share it
// share a scene. Rows of the series are one per change, but the --from/--to rows and changes that
// only move CPython repeat a chain.
QVector<int> distinctChainRows(const TimelineSeries &series);

// The scenes of every row of a timeline, computed once per distinct chain on one worker thread
// (the machine's other core stays free for the GUI) and kept, so that playback only swaps scenes
// that are ready. The row asked for last (prefer()) is computed next, then the rows after it.
// setInput() with new inputs drops everything (stale results of the old inputs are ignored).
class GrowthScenes : public QObject
{
    Q_OBJECT
public:
    explicit GrowthScenes(QObject *parent = nullptr);
    ~GrowthScenes() override;

    // Starts computing (immediately; nothing is computed before the first call).
    void setInput(ChainPtr loaded, std::shared_ptr<const TimelineSeries> series, const GrowthSceneOptions &options);
    void clear();
    ChainPtr chain() const { return m_loaded; }
    std::shared_ptr<const TimelineSeries> series() const { return m_series; }
    const GrowthSceneOptions &options() const { return m_options; }

    // The scene of a series row, or nullptr while it is not computed yet.
    ScenePtr scene(int row) const;
    // Computes this row next (and then the ones after it).
    void prefer(int row);

    int rowCount() const { return int(m_scenes.size()); }
    int distinctCount() const { return m_distinct; }
    int readyCount() const { return m_ready; } // distinct chains computed
    bool isComplete() const { return m_distinct > 0 && m_ready == m_distinct; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The scene of `row` (and of every row sharing its chain) is ready.
    void sceneReady(int row);
    void progress(int ready, int distinct);
    void finished();

private:
    struct Shared;
    void deliver(quint64 generation, int canonical, ScenePtr scene);

    ChainPtr m_loaded;
    std::shared_ptr<const TimelineSeries> m_series;
    GrowthSceneOptions m_options;
    QVector<int> m_canonical;  // per row: the row whose chain it shares
    QVector<ScenePtr> m_scenes; // per row
    int m_distinct = 0;
    int m_ready = 0;
    bool m_running = false;
    quint64 m_generation = 0;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Seedline

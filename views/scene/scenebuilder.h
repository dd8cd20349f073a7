// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/latestjob.h"
#include "layout/layoutcache.h"
#include "scene/viewpipeline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Seedline {

// Runs the view pipeline (planView, layout, assembleScene) off the GUI thread for the window.
//
// setAnalysis() or setOptions() schedule a rebuild. When only the styles change (a click, a family
// toggle) and the layout stays, the highlight is recomputed and styleReady() emitted; otherwise a
// new plan is laid out: big Graphviz graphs first get the instant layout (sceneReady(false)), then
// Graphviz's (sceneReady(true)). Newer requests make older ones stale; cancel() stops the layout
// under way (the Graphviz child is killed) and keeps what is shown. Graphviz results are cached.
class SceneBuilder : public QObject
{
    Q_OBJECT
public:
    explicit SceneBuilder(QObject *parent = nullptr);
    ~SceneBuilder() override;

    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }
    void setOptions(const ViewOptions &options);
    const ViewOptions &options() const { return m_options; }
    // Graphs with more nodes than this show the instant layout while Graphviz works.
    void setInstantFirstAbove(int nodes) { m_instantFirstAbove = nodes; }

    void cancel();
    // Whether work is under way or scheduled.
    bool isRunning() const { return m_layoutJob.isRunning() || m_styleJob.isRunning() || m_requestTimer.isActive(); }
    qint64 elapsedMs() const;

    // What was delivered last.
    const SceneModel &scene() const { return m_scene; }
    const ViewPlan &plan() const { return m_plan; }
    const LayoutResult &layout() const { return m_layout; }
    bool isFinal() const { return m_final; }
    bool hasScene() const { return !m_plan.isEmpty(); }
    int layoutCacheHits() const { return m_cache->hits(); }

Q_SIGNALS:
    void started(int nodes, int edges);
    void progress(qint64 elapsedMs);
    // A new scene (a new plan, laid out): final is false for the instant layout shown while
    // Graphviz works.
    void sceneReady(bool final);
    // The same scene with new styles (scene().highlight).
    void styleReady();
    void cancelled();
    void failed(const QString &message);

private:
    struct Built
    {
        ViewPlan plan;
        LayoutResult layout;
        SceneModel scene;
        ViewOptions options; // what it was made for
        bool final = true;
    };
    // assembleScene with the view's index, on the worker thread.
    static SceneModel assembled(const ViewPlan &plan, const LayoutResult &layout);
    void request();
    void deliver(Built built);

    AnalysisPtr m_analysis;
    ViewOptions m_options;
    QByteArray m_shownKey;      // viewLayoutKey of what is shown (with the analysis it was made of)
    const ChainAnalysis *m_shownAnalysis = nullptr;
    QByteArray m_pendingKey;    // of the layout under way
    AnalysisPtr m_pendingAnalysis;
    ViewPlan m_plan;
    LayoutResult m_layout;
    SceneModel m_scene;
    bool m_final = false;
    int m_instantFirstAbove = 150;
    std::shared_ptr<LayoutCache> m_cache = std::make_shared<LayoutCache>();
    LatestJob<Built> m_layoutJob{this};
    LatestJob<Built> m_previewJob{this};
    LatestJob<HighlightResult> m_styleJob{this};
    QTimer m_requestTimer;
    QTimer m_progressTimer;
    QElapsedTimer m_elapsed;
    qint64 m_lastElapsed = 0;
};

} // namespace Seedline

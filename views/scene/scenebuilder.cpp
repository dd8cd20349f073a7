// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenebuilder.h"

#include "scene/sceneindex.h"

#include "core/timinglog.h"
#include "layout/layoutengine.h"

#include <future>

namespace Seedline {

namespace {

// Restyling a chain this big runs off the GUI thread.
constexpr int restyleInBackgroundAbove = 4000;

} // namespace

SceneBuilder::SceneBuilder(QObject *parent)
    : QObject(parent)
{
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &SceneBuilder::request);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progress(elapsedMs()); });
}

SceneBuilder::~SceneBuilder() = default;

void SceneBuilder::setAnalysis(AnalysisPtr analysis)
{
    m_analysis = std::move(analysis);
    m_requestTimer.start();
}

void SceneBuilder::setOptions(const ViewOptions &options)
{
    if (options == m_options && hasScene())
        return;
    m_options = options;
    // A new style for what is shown (a click): at once when it is cheap, so that the view answers
    // the click in the same event; on a big chain the restyle starts on a worker thread now, ahead
    // of whatever else the click queues (the inspector's text).
    if (hasScene() && !m_layoutJob.isRunning() && !m_requestTimer.isActive() && m_analysis.get() == m_shownAnalysis
        && viewLayoutKey(m_options, *m_analysis->chain) == m_shownKey) {
        if (m_plan.projection->shown.steps.size() > restyleInBackgroundAbove) {
            request();
            return;
        }
        m_styleJob.cancel();
        restylePlan(m_plan, m_options);
        restyleSceneModel(m_scene, m_plan.highlight);
        Q_EMIT styleReady();
        return;
    }
    m_requestTimer.start();
}

qint64 SceneBuilder::elapsedMs() const
{
    return m_layoutJob.isRunning() ? m_elapsed.elapsed() : m_lastElapsed;
}

void SceneBuilder::cancel()
{
    if (!m_layoutJob.isRunning())
        return;
    m_layoutJob.cancel();
    m_previewJob.cancel();
    m_progressTimer.stop();
    m_lastElapsed = m_elapsed.elapsed();
    Q_EMIT cancelled();
}

void SceneBuilder::request()
{
    if (!m_analysis) {
        m_layoutJob.cancel();
        m_previewJob.cancel();
        m_styleJob.cancel();
        m_progressTimer.stop();
        if (!hasScene())
            return; // nothing shown, nothing to clear
        m_plan = {};
        m_layout = {};
        m_scene = {};
        m_shownKey.clear();
        m_shownAnalysis = nullptr;
        Q_EMIT sceneReady(true);
        return;
    }
    const QByteArray key = viewLayoutKey(m_options, *m_analysis->chain);
    const bool pendingIsCurrent = m_layoutJob.isRunning() && key == m_pendingKey && m_analysis == m_pendingAnalysis;
    if (pendingIsCurrent && !hasScene())
        return; // the layout under way is the one wanted; its result gets the newest styles
    if (hasScene() && key == m_shownKey && m_analysis.get() == m_shownAnalysis
        && (!m_layoutJob.isRunning() || pendingIsCurrent)) {
        // Same layout: new styles only.
        if (m_plan.projection->shown.steps.size() <= restyleInBackgroundAbove) {
            restylePlan(m_plan, m_options);
            restyleSceneModel(m_scene, m_plan.highlight);
            Q_EMIT styleReady();
            return;
        }
        const ViewPlan plan = m_plan;
        const ViewOptions options = m_options;
        m_styleJob.start(
            [plan, options](const std::atomic_bool &) {
                PhaseTimer timer("restyle: highlight (background)");
                ViewPlan copy = plan;
                restylePlan(copy, options);
                return copy.highlight;
            },
            [this](HighlightResult highlight) {
                PhaseTimer timer("restyle: the builder's scene model");
                m_plan.highlight = highlight;
                restyleSceneModel(m_scene, std::move(highlight));
                Q_EMIT styleReady();
            });
        return;
    }

    if (pendingIsCurrent)
        return;
    m_styleJob.cancel();
    m_pendingKey = key;
    m_pendingAnalysis = m_analysis;
    const AnalysisPtr analysis = m_analysis;
    const ViewOptions options = m_options;
    const auto cache = m_cache;
    const int instantAbove = m_instantFirstAbove;
    m_elapsed.start();
    m_progressTimer.start();
    Q_EMIT started(int(analysis->chain->steps.size()), int(analysis->chain->requirements.size()));
    // The plan is made once, by the layout job, and handed to the preview: two plans of a big
    // chain at once would only compete for the two cores.
    auto planned = std::make_shared<std::promise<ViewPlan>>();
    std::shared_future<ViewPlan> plan = planned->get_future().share();
    const quint64 generation = m_layoutJob.start(
        [analysis, options, cache, planned](const std::atomic_bool &cancelled) {
            PhaseTimer timer("view (plan, layout, scene)");
            Built b;
            b.plan = planView(analysis, options);
            planned->set_value(b.plan); // implicitly shared: no copy of the graph
            timer.lap("view: plan");
            if (cancelled)
                return b;
            if (const auto hit = cache->find(b.plan.layoutKey)) {
                b.layout = *hit;
            } else {
                b.layout = layoutGraph(b.plan.graph, b.plan.layoutOptions, &cancelled);
                if (b.layout.ok && !b.plan.bootstrap)
                    cache->insert(b.plan.layoutKey, b.layout); // the plan's key: computed once
            }
            if (!b.layout.ok && !b.layout.cancelled && !cancelled) {
                // Never a blank view: the instant layout, with the reason.
                const QString reason = b.layout.error.isEmpty() ? QStringLiteral("no reason given") : b.layout.error;
                b.layout = instantLayout(b.plan.graph, b.plan.layoutOptions);
                b.layout.notes.prepend(QStringLiteral("the Graphviz layout failed (%1): the instant layout is shown")
                                           .arg(reason));
                b.layout.error = reason;
            }
            timer.lap("view: layout");
            if (b.layout.ok)
                b.scene = assembled(b.plan, b.layout);
            timer.lap("view: scene");
            b.options = options;
            return b;
        },
        [this](Built b) {
            m_progressTimer.stop();
            m_lastElapsed = m_elapsed.elapsed();
            m_previewJob.cancel();
            if (b.layout.cancelled) {
                Q_EMIT cancelled();
                return;
            }
            if (!b.layout.ok) {
                Q_EMIT failed(b.layout.error.isEmpty() ? tr("the layout failed") : b.layout.error);
                return;
            }
            const QString error = b.layout.error;
            deliver(std::move(b));
            if (!error.isEmpty())
                Q_EMIT failed(error);
        });
    Q_UNUSED(generation)
    // The instant layout first for a big Graphviz graph.
    // A chain this small never gets one (its plan has no more nodes than it has steps): no need
    // to wait for its plan.
    if (analysis->chain->steps.size() <= instantAbove) {
        m_previewJob.cancel(); // nor an older request's preview
        return;
    }
    m_previewJob.start(
        [plan, options, instantAbove](const std::atomic_bool &cancelled) {
            Built b;
            b.final = false;
            // The layout job was queued first, so it is under way: its plan comes.
            b.plan = plan.get();
            if (cancelled || b.plan.bootstrap || b.plan.graph.nodes.size() <= instantAbove)
                return Built{};
            // Above layeredNodeLimit the real layout is our own layered one, about as fast as
            // the instant one: a preview would only build the scene twice.
            if (b.plan.layoutOptions.engine.isEmpty() && b.plan.graph.nodes.size() > layeredNodeLimit)
                return Built{};
            const PhaseTimer timer("preview (instant layout, scene)");
            b.layout = instantLayout(b.plan.graph, b.plan.layoutOptions);
            b.scene = assembled(b.plan, b.layout);
            b.options = options;
            return b;
        },
        [this](Built b) {
            if (b.plan.isEmpty() || !m_layoutJob.isRunning())
                return;
            deliver(std::move(b));
        });
}

SceneModel SceneBuilder::assembled(const ViewPlan &plan, const LayoutResult &layout)
{
    SceneModel scene = assembleScene(plan, layout);
    scene.index = std::make_shared<const SceneIndex>(buildSceneIndex(scene.geometry));
    return scene;
}

void SceneBuilder::deliver(Built built)
{
    m_plan = std::move(built.plan);
    m_layout = std::move(built.layout);
    m_scene = std::move(built.scene);
    m_final = built.final;
    m_shownKey = viewLayoutKey(m_options, *m_plan.analysis->chain);
    m_shownAnalysis = m_plan.analysis.get();
    // The options may have changed while it was laid out (styles only): bring the styles up to
    // date, at once for a small chain, else in the background (request() restyles what is shown).
    const bool stale = !(built.options == m_options);
    if (stale && m_plan.projection->shown.steps.size() <= restyleInBackgroundAbove) {
        restylePlan(m_plan, m_options);
        restyleSceneModel(m_scene, m_plan.highlight);
    } else if (stale) {
        m_requestTimer.start();
    }
    Q_EMIT sceneReady(m_final);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthscenes.h"

#include "document/backgroundpool.h"

#include "analysis/chainanalysis.h"
#include "analysis/scenarioapply.h"
#include "layout/layoutgraph.h"
#include "timeline/datedchain.h"

#include <QThreadPool>

#include <mutex>

namespace Seedline {

namespace {

bool isToolStep(const Step &step, const QString &tool)
{
    return !tool.isEmpty() && (step.package == tool || step.hasFamily(tool));
}

} // namespace

SceneModel growthScene(const Chain &loaded, const TimelineRow &row, const GrowthSceneOptions &options,
                       QString *warning, const std::atomic_bool *cancel)
{
    Chain dated = chainAtDate(loaded, row, options.family);
    // The enabled what-ifs, applied to the chain of the date as the Document applies them to the
    // loaded chain: "python >= 3.11 needs the newest rust" picks the newest rustc of that date.
    QVector<Scenario> enabled;
    QStringList names;
    for (const Scenario &scenario : std::as_const(dated.scenarios)) {
        if (options.scenarios.contains(scenario.name)) {
            enabled << scenario;
            names << scenario.name;
        }
    }
    ChainPtr before;
    ChainPtr chain;
    if (enabled.isEmpty()) {
        chain = std::make_shared<const Chain>(std::move(dated));
    } else {
        before = std::make_shared<const Chain>(std::move(dated));
        Diagnostics ignored; // the window shows the loaded chain's diagnostics
        chain = std::make_shared<const Chain>(applyScenarios(*before, enabled, &ignored));
    }
    AnalysisOptions analysisOptions;
    for (const Step &step : chain->steps) {
        for (const QString &family : step.families) {
            if (!analysisOptions.families.contains(family))
                analysisOptions.families << family;
        }
    }
    const AnalysisPtr analysis = analyseChain(chain, analysisOptions, before, names);
    if (cancel && cancel->load())
        return {};

    ViewOptions view = options.view;
    if (hasBuildOrder(*chain)) {
        // As the window and `seedline export` draw build orders: the order itself is the layout.
        view.highlight.shownEdgeKinds &= ~RequirementKinds(RequirementKind::Sequence | RequirementKind::Toolchain);
        if (options.foldOtherStages) {
            for (const ChainStage &stage : bootstrapStages(*chain)) {
                bool keep = false;
                for (int i : stage.steps) {
                    const Step &step = chain->steps[i];
                    keep = keep || step.hasFamily(options.family) || isToolStep(step, row.anchor.tool);
                }
                if (!keep)
                    view.fold.stages.insert(stage.id);
            }
        }
    }
    if (view.highlight.title.isEmpty())
        view.highlight.title = row.describe();
    return buildScene(analysis, view, warning, cancel);
}

QVector<int> distinctChainRows(const TimelineSeries &series)
{
    QVector<int> canonical(series.rows.size(), -1);
    for (int i = 0; i < series.rows.size(); ++i)
        canonical[i] = i > 0 && series.rows[i].sameChainAs(series.rows[i - 1]) ? canonical[i - 1] : i;
    return canonical;
}

// What the worker shares with the GUI thread.
struct GrowthScenes::Shared
{
    std::mutex mutex;
    GrowthScenes *receiver = nullptr; // cleared (under the mutex) when the inputs change or it dies
    quint64 generation = 0;
    QVector<int> distinct;            // the canonical rows, in order
    QVector<bool> claimed;            // parallel to distinct
    int preferred = 0;                // index into distinct
    std::atomic_bool cancel{false};

    // The next canonical row to compute (index into distinct), -1 when none is left.
    int take()
    {
        std::lock_guard lock(mutex);
        const int n = int(distinct.size());
        for (int k = 0; k < n; ++k) {
            const int i = (preferred + k) % n;
            if (!claimed[i]) {
                claimed[i] = true;
                return i;
            }
        }
        return -1;
    }
};

GrowthScenes::GrowthScenes(QObject *parent)
    : QObject(parent)
{
}

GrowthScenes::~GrowthScenes()
{
    clear();
}

void GrowthScenes::clear()
{
    if (m_shared) {
        m_shared->cancel = true;
        std::lock_guard lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }
    m_shared.reset();
    ++m_generation;
    m_loaded.reset();
    m_series.reset();
    m_canonical.clear();
    m_scenes.clear();
    m_distinct = 0;
    m_ready = 0;
    m_running = false;
}

void GrowthScenes::setInput(ChainPtr loaded, std::shared_ptr<const TimelineSeries> series,
                            const GrowthSceneOptions &options)
{
    clear();
    m_loaded = std::move(loaded);
    m_series = std::move(series);
    m_options = options;
    if (!m_loaded || !m_series || m_series->rows.isEmpty())
        return;
    m_canonical = distinctChainRows(*m_series);
    m_scenes.resize(m_canonical.size());
    auto shared = std::make_shared<Shared>();
    shared->receiver = this;
    shared->generation = m_generation;
    for (int i = 0; i < m_canonical.size(); ++i) {
        if (m_canonical[i] == i)
            shared->distinct << i;
    }
    shared->claimed.fill(false, shared->distinct.size());
    m_distinct = int(shared->distinct.size());
    m_shared = shared;
    m_running = true;

    // One worker: the scenes come in the order asked for, and the GUI keeps the other core.
    const ChainPtr chain = m_loaded;
    const auto rows = m_series;
    const GrowthSceneOptions opts = m_options;
    backgroundPool()->start([shared, chain, rows, opts] {
        enterBackgroundThread();
        for (int k = shared->take(); k >= 0 && !shared->cancel; k = shared->take()) {
            const int row = shared->distinct[k];
            auto scene = std::make_shared<const SceneModel>(
                growthScene(*chain, rows->rows[row], opts, nullptr, &shared->cancel));
            std::lock_guard lock(shared->mutex);
            if (!shared->receiver || shared->cancel)
                return;
            GrowthScenes *receiver = shared->receiver;
            const quint64 generation = shared->generation;
            QMetaObject::invokeMethod(
                receiver, [receiver, generation, row, scene] { receiver->deliver(generation, row, scene); },
                Qt::QueuedConnection);
        }
    });
}

void GrowthScenes::deliver(quint64 generation, int canonical, ScenePtr scene)
{
    if (generation != m_generation)
        return;
    for (int r = canonical; r < m_canonical.size() && m_canonical[r] == canonical; ++r)
        m_scenes[r] = scene;
    ++m_ready;
    for (int r = canonical; r < m_canonical.size() && m_canonical[r] == canonical; ++r)
        Q_EMIT sceneReady(r);
    Q_EMIT progress(m_ready, m_distinct);
    if (m_ready == m_distinct) {
        m_running = false;
        Q_EMIT finished();
    }
}

ScenePtr GrowthScenes::scene(int row) const
{
    return row >= 0 && row < m_scenes.size() ? m_scenes[row] : nullptr;
}

void GrowthScenes::prefer(int row)
{
    if (!m_shared || row < 0 || row >= m_canonical.size())
        return;
    const int canonical = m_canonical[row];
    std::lock_guard lock(m_shared->mutex);
    const auto it = std::lower_bound(m_shared->distinct.begin(), m_shared->distinct.end(), canonical);
    m_shared->preferred = int(it - m_shared->distinct.begin()) % std::max<qsizetype>(1, m_shared->distinct.size());
}

} // namespace Seedline

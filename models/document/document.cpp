// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "analysis/collapse.h"
#include "analysis/scenarioapply.h"
#include "document/documentlayout.h"
#include "io/inputs.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

namespace Seedline {

Q_LOGGING_CATEGORY(lcDocument, "seedline.document")

Document::Document(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_layout(new DocumentLayout(this))
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (!m_changedPath.isEmpty())
            Q_EMIT fileChangedOnDisk(m_changedPath);
        m_changedPath.clear();
        reload();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Document::onWatchedPathChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Document::onWatchedPathChanged);
    connect(this, &Document::chainChanged, this, [this] { m_layout->setChain(m_chain); });
}

Document::~Document()
{
    ++m_generation; // results still under way are dropped
}

void Document::open(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QFileInfo(path).absoluteFilePath();
    m_scenariosInitialized = false;
    startLoad(absolute);
}

void Document::openEmbeddedDefault()
{
    open({});
}

void Document::reload()
{
    startLoad(m_loading ? m_pendingPaths : m_paths);
}

void Document::setConfig(const QMap<QString, QString> &config)
{
    if (config == m_options.config)
        return;
    m_options.config = config;
    reload();
}

void Document::setConfigValue(const QString &name, const QString &value)
{
    QMap<QString, QString> config = m_options.config;
    if (value.isNull())
        config.remove(name);
    else
        config.insert(name, value);
    setConfig(config);
}

void Document::setLoadOptions(const LoadOptions &options)
{
    m_options = options;
    reload();
}

void Document::setEnabledScenarios(const QSet<QString> &names)
{
    m_scenariosInitialized = true;
    if (names == m_enabledScenarios)
        return;
    m_enabledScenarios = names;
    derive();
}

void Document::setScenarioEnabled(const QString &name, bool enabled)
{
    QSet<QString> names = m_enabledScenarios;
    if (enabled)
        names.insert(name);
    else
        names.remove(name);
    setEnabledScenarios(names);
}

void Document::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    m_autoCollapsed = false;
    derive();
}

int Document::shownStepOf(int loadedStep) const
{
    if (m_collapsedChain)
        return m_collapsedChain->nodeOf.value(loadedStep, -1);
    return m_chain && loadedStep >= 0 && loadedStep < m_chain->steps.size() ? loadedStep : -1;
}

bool Document::isWatching(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return m_watcher->files().contains(absolute) || m_watcher->directories().contains(absolute);
}

void Document::startLoad(const QStringList &paths)
{
    const quint64 generation = ++m_generation;
    m_pendingPaths = paths;
    m_loading = true;
    Q_EMIT loadStarted(paths);
    const LoadOptions options = m_options;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation, paths] {
        watcher->deleteLater();
        finishLoad(generation, paths, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([paths, options] {
        return paths.isEmpty() ? loadEmbeddedDefault(options) : loadPaths(paths, options);
    }));
}

void Document::finishLoad(quint64 generation, const QStringList &paths, LoadResult result)
{
    if (generation != m_generation) {
        qCDebug(lcDocument) << "dropping a stale load of" << paths;
        return;
    }
    m_loading = false;
    m_loadDiagnostics = result.diagnostics;
    watch(paths.isEmpty() ? m_paths : paths);
    const bool broken = hasErrors(result.diagnostics) || result.chain.steps.isEmpty();
    if (broken && m_loaded) {
        if (result.chain.steps.isEmpty() && !hasErrors(result.diagnostics))
            m_loadDiagnostics << Diagnostic{paths.value(0), 0, 0, Severity::Error,
                                            tr("no steps were found in the input")};
        // Keep the chain that is shown; watch its files again as well.
        watch(m_paths + paths);
        Q_EMIT diagnosticsChanged();
        Q_EMIT failed(m_loadDiagnostics);
        return;
    }
    m_paths = paths;
    if (!m_scenariosInitialized) {
        // Newly opened inputs (not a reload): apply the big-graph policy.
        m_autoCollapsed = m_autoCollapseAbove > 0 && result.chain.steps.size() > m_autoCollapseAbove;
        if (m_autoCollapsed)
            m_collapsed = true;
        m_enabledScenarios.clear();
        for (const Scenario &scenario : result.chain.scenarios) {
            if (scenario.enabledByDefault)
                m_enabledScenarios.insert(scenario.name);
        }
        m_scenariosInitialized = true;
    }
    m_loaded = std::make_shared<const Chain>(std::move(result.chain));
    derive();
    if (broken)
        Q_EMIT failed(m_loadDiagnostics);
    else
        Q_EMIT loaded();
}

void Document::derive()
{
    m_deriveDiagnostics.clear();
    m_collapsedChain.reset();
    if (!m_loaded) {
        m_chain.reset();
    } else {
        QVector<Scenario> enabled;
        for (const Scenario &scenario : m_loaded->scenarios) {
            if (m_enabledScenarios.contains(scenario.name))
                enabled << scenario;
        }
        Chain chain = enabled.isEmpty() ? *m_loaded : applyScenarios(*m_loaded, enabled, &m_deriveDiagnostics);
        if (m_collapsed) {
            auto collapsed = std::make_shared<CollapsedChain>(collapseSeries(chain));
            m_chain = std::make_shared<const Chain>(collapsed->chain);
            m_collapsedChain = std::move(collapsed);
        } else {
            m_chain = std::make_shared<const Chain>(std::move(chain));
        }
    }
    Q_EMIT diagnosticsChanged();
    Q_EMIT chainChanged();
}

void Document::watch(const QStringList &paths)
{
    const QStringList files = m_watcher->files();
    const QStringList dirs = m_watcher->directories();
    if (!files.isEmpty())
        m_watcher->removePaths(files);
    if (!dirs.isEmpty())
        m_watcher->removePaths(dirs);
    QStringList wanted;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists() || wanted.contains(path))
            continue;
        wanted << path;
        if (info.isDir()) {
            const QString manifest = path + QStringLiteral("/steps/manifest");
            if (QFileInfo::exists(manifest))
                wanted << manifest;
        }
    }
    if (!wanted.isEmpty())
        m_watcher->addPaths(wanted);
}

void Document::onWatchedPathChanged(const QString &path)
{
    m_changedPath = path;
    m_reloadTimer.start();
    // Editors often replace the file: the watcher forgets it. finishLoad() re-adds every input.
}

} // namespace Seedline

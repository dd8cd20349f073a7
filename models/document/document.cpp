// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "analysis/scenarioapply.h"
#include "core/timinglog.h"
#include "io/boundedread.h"
#include "io/inputs.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>

namespace Seedline {

Q_LOGGING_CATEGORY(lcDocument, "seedline.document")

Document::Document(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
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
}

Document::~Document() = default; // the jobs under way are made stale; their results are dropped

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

void Document::setUnsavedFiles(std::shared_ptr<const FileProvider> files, bool reload)
{
    m_options.files = std::move(files);
    if (reload)
        this->reload();
}

void Document::expectOwnWrite(const QString &path, const QByteArray &bytes)
{
    m_ownWrites.insert(QFileInfo(path).absoluteFilePath(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

bool Document::isOwnWrite(const QString &path)
{
    const auto it = m_ownWrites.constFind(path);
    if (it == m_ownWrites.cend())
        return false;
    ReadLimits limits;
    limits.maxBytes = m_options.maxFileBytes;
    const ReadResult read = readBounded(path, limits);
    if (!read.ok || QCryptographicHash::hash(read.bytes, QCryptographicHash::Sha256) != *it)
        return false;
    // An atomic save replaces the file: the watcher forgets it, watch it again.
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
    return true;
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

bool Document::isWatching(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return m_watcher->files().contains(absolute) || m_watcher->directories().contains(absolute);
}

void Document::startLoad(const QStringList &paths)
{
    m_pendingPaths = paths;
    m_loading = true;
    Q_EMIT loadStarted(paths);
    const LoadOptions options = m_options;
    m_loadJob.start(
        [paths, options](const std::atomic_bool &) {
            const PhaseTimer timer("load (read, parse, build the chain)");
            return paths.isEmpty() ? loadEmbeddedDefault(options) : loadPaths(paths, options);
        },
        [this, paths](LoadResult result) { finishLoad(paths, std::move(result)); });
}

void Document::finishLoad(const QStringList &paths, LoadResult result)
{
    m_loading = false;
    watch(paths.isEmpty() ? m_paths : paths);
    const bool broken = hasErrors(result.diagnostics) || result.chain.steps.isEmpty();
    if (broken && m_loaded) {
        // Keep the chain that is shown, and its own diagnostics; the failure's are kept apart.
        m_failedLoad = FailedLoad{paths, QDateTime::currentDateTime(), result.diagnostics, paths == m_paths};
        if (result.chain.steps.isEmpty() && !hasErrors(result.diagnostics))
            m_failedLoad.diagnostics << Diagnostic{paths.value(0), 0, 0, Severity::Error,
                                                   tr("no steps were found in the input")};
        // Watch its files again as well.
        watch(m_paths + paths);
        Q_EMIT diagnosticsChanged();
        Q_EMIT failed(m_failedLoad.diagnostics);
        return;
    }
    m_failedLoad = {};
    m_loadDiagnostics = result.diagnostics;
    m_paths = paths;
    if (!m_scenariosInitialized) {
        // Newly opened inputs (not a reload): their own scenario defaults.
        m_enabledScenarios.clear();
        for (const Scenario &scenario : result.chain.scenarios) {
            if (scenario.enabledByDefault)
                m_enabledScenarios.insert(scenario.name);
        }
        m_scenariosInitialized = true;
    }
    m_loaded = std::make_shared<const Chain>(std::move(result.chain));
    // loaded() (or failed()) once the derived chain and its analysis are there.
    derive([this, broken] {
        if (broken)
            Q_EMIT failed(m_loadDiagnostics);
        else
            Q_EMIT loaded();
    });
}

namespace {

DerivedChain deriveChain(const ChainPtr &loaded, const QSet<QString> &enabledScenarios)
{
    DerivedChain d;
    QVector<Scenario> enabled;
    QStringList names;
    for (const Scenario &scenario : loaded->scenarios) {
        if (enabledScenarios.contains(scenario.name)) {
            enabled << scenario;
            names << scenario.name;
        }
    }
    d.chain = enabled.isEmpty() ? loaded
                                : std::make_shared<const Chain>(applyScenarios(*loaded, enabled, &d.diagnostics));
    AnalysisOptions options;
    for (const Step &step : d.chain->steps) {
        for (const QString &family : step.families) {
            if (!options.families.contains(family))
                options.families << family;
        }
    }
    d.analysis = analyseChain(d.chain, options, enabled.isEmpty() ? ChainPtr() : loaded, names);
    return d;
}

} // namespace

void Document::derive(std::function<void()> then)
{
    if (then) {
        // A derive that replaces one under way still owes that one's continuation.
        m_afterDerive = [previous = std::move(m_afterDerive), then = std::move(then)] {
            if (previous)
                previous();
            then();
        };
    }
    if (!m_loaded) {
        m_deriveJob.cancel();
        m_derived = {};
        Q_EMIT diagnosticsChanged();
        Q_EMIT chainChanged();
        if (auto after = std::exchange(m_afterDerive, {}))
            after();
        return;
    }
    const ChainPtr loaded = m_loaded;
    const QSet<QString> scenarios = m_enabledScenarios;
    m_deriveJob.start(
        [loaded, scenarios](const std::atomic_bool &) {
            const PhaseTimer timer("derive (scenarios, analysis)");
            return deriveChain(loaded, scenarios);
        },
                      [this](DerivedChain derived) {
                          m_derived = std::move(derived);
                          Q_EMIT diagnosticsChanged();
                          Q_EMIT chainChanged();
                          if (auto after = std::exchange(m_afterDerive, {}))
                              after();
                      });
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
    if (isOwnWrite(path)) {
        qCDebug(lcDocument) << "not reloading after Seedline's own save of" << path;
        return;
    }
    m_changedPath = path;
    m_reloadTimer.start();
    // Editors often replace the file: the watcher forgets it. finishLoad() re-adds every input.
}

} // namespace Seedline

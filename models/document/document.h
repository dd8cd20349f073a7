// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainanalysis.h"
#include "core/chain.h"
#include "core/loadoptions.h"
#include "document/latestjob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

class QFileSystemWatcher;

namespace Seedline {

// What deriving produces from the loaded chain, computed together off the GUI thread: the chain
// with the enabled scenarios (the truth every answer comes from) and its one analysis.
struct DerivedChain
{
    ChainPtr chain;          // loaded + scenarios, never folded
    AnalysisPtr analysis;    // of `chain`
    Diagnostics diagnostics; // of applying the scenarios
};

// A load that reported errors while the chain shown stayed: its diagnostics are not about that
// chain, and say so until a load succeeds.
struct FailedLoad
{
    QStringList paths;       // what was loaded (empty: the shipped chains)
    QDateTime at;            // when it failed
    Diagnostics diagnostics; // its errors (and warnings)
    bool reload = false;     // the inputs shown, read again (an edit, a change on disk)
    bool isEmpty() const { return !at.isValid(); }
};

// What the window has loaded, and the chain derived from it.
//
// Owns the inputs (paths or the embedded default chains), the LoadOptions (configuration
// variables, family patterns) and the enabled scenarios. How it is drawn (folding, layout) is the
// view's business (scene/viewpipeline.h). Loading runs off the
// GUI thread; a newer request makes older results stale (a generation counter drops them). A load
// that reports errors never replaces a chain that is shown: the diagnostics are published and the
// previous chain stays. The files are watched and reloaded (debounced) when they change on disk.
//
// chain() is the loaded chain with the enabled scenarios applied; analysis() is its one analysis.
// Deriving is a pure, linear-time step run off the GUI thread when the scenarios change;
// chainChanged() says that both were replaced together.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // Replaces the inputs and loads them. An empty list loads the embedded default chains.
    void open(const QStringList &paths);
    void openEmbeddedDefault();
    // Loads the current inputs again (with the current options).
    void reload();

    QStringList paths() const { return m_paths; }       // of the chain shown (empty: embedded)
    QStringList pendingPaths() const { return m_pendingPaths; } // of the load under way
    bool isEmbeddedDefault() const { return m_paths.isEmpty(); }
    bool isLoading() const { return m_loading; }
    bool hasChain() const { return bool(m_loaded); }

    // Configuration variables (live-bootstrap manifest VAR -> value); changing them reloads.
    void setConfig(const QMap<QString, QString> &config);
    void setConfigValue(const QString &name, const QString &value);
    QMap<QString, QString> config() const { return m_options.config; }
    void setLoadOptions(const LoadOptions &options); // reloads
    const LoadOptions &loadOptions() const { return m_options; }

    // Scenarios re-derive chain() without reloading.
    void setEnabledScenarios(const QSet<QString> &names);
    void setScenarioEnabled(const QString &name, bool enabled);
    QSet<QString> enabledScenarios() const { return m_enabledScenarios; }

    ChainPtr loadedChain() const { return m_loaded; }    // as loaded, before the scenarios
    ChainPtr chain() const { return m_derived.chain; }   // with the scenarios: the truth
    AnalysisPtr analysis() const { return m_derived.analysis; }
    bool isDeriving() const { return m_deriveJob.isRunning(); }

    // The diagnostics of the last load (also a failed one) and of deriving the chain.
    Diagnostics diagnostics() const { return m_failedLoad.diagnostics + shownDiagnostics(); }
    // Only those of the chain shown: its load and deriving it.
    Diagnostics shownDiagnostics() const { return m_loadDiagnostics + m_derived.diagnostics; }
    // The last load, when it failed and the chain shown stayed (empty otherwise): its diagnostics
    // are stale for the chain shown. A load that succeeds clears it.
    const FailedLoad &failedLoad() const { return m_failedLoad; }

    // Unsaved text the loaders read instead of the disk (the source pane's buffers); with reload,
    // the inputs are loaded again with it.
    void setUnsavedFiles(std::shared_ptr<const FileProvider> files, bool reload = true);
    // Seedline itself wrote these bytes to `path` (the source pane's Save): when the watcher sees
    // the file change to exactly them, that is not a change to reload for.
    void expectOwnWrite(const QString &path, const QByteArray &bytes);

    // Debounce interval for reloading changed files (ms).
    void setReloadDelay(int ms) { m_reloadTimer.setInterval(ms); }
    bool isWatching(const QString &path) const;


Q_SIGNALS:
    void loadStarted(const QStringList &paths);
    // A load succeeded and replaced the chain.
    void loaded();
    // A load reported errors; the previous chain (if any) is still shown.
    void failed(const Seedline::Diagnostics &diagnostics);
    // chain() and analysis() changed: after a load or a change of scenarios.
    void chainChanged();
    void diagnosticsChanged();
    // A watched input changed on disk and is being reloaded.
    void fileChangedOnDisk(const QString &path);

private:
    void startLoad(const QStringList &paths);
    void finishLoad(const QStringList &paths, LoadResult result);
    // Derives off the GUI thread; `then` runs after the next chainChanged().
    void derive(std::function<void()> then = {});
    void watch(const QStringList &paths);
    void onWatchedPathChanged(const QString &path);

    QStringList m_paths;
    QStringList m_pendingPaths;
    LoadOptions m_options;
    QSet<QString> m_enabledScenarios;
    bool m_scenariosInitialized = false;
    bool m_loading = false;

    ChainPtr m_loaded;
    DerivedChain m_derived;
    Diagnostics m_loadDiagnostics; // of the chain shown
    FailedLoad m_failedLoad;
    LatestJob<LoadResult> m_loadJob{this};
    LatestJob<DerivedChain> m_deriveJob{this};
    std::function<void()> m_afterDerive;

    bool isOwnWrite(const QString &path);

    QFileSystemWatcher *m_watcher = nullptr;
    QHash<QString, QByteArray> m_ownWrites; // path -> SHA-256 of what Seedline wrote there
    QTimer m_reloadTimer;
    QString m_changedPath;
};

} // namespace Seedline

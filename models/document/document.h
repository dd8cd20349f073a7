// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/loadoptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

class QFileSystemWatcher;

namespace Seedline {

struct CollapsedChain;
class DocumentLayout;

// What the window has loaded, and the chain derived from it.
//
// Owns the inputs (paths or the embedded default chains), the LoadOptions (configuration
// variables, family patterns), the enabled scenarios and the collapse flag. Loading runs off the
// GUI thread; a newer request makes older results stale (a generation counter drops them). A load
// that reports errors never replaces a chain that is shown: the diagnostics are published and the
// previous chain stays. The files are watched and reloaded (debounced) when they change on disk.
//
// chain() is the loaded chain with the enabled scenarios applied and, when collapsed, its version
// series collapsed; deriving is a pure, linear-time step done when an option changes.
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

    // Scenarios and collapsing re-derive chain() without reloading.
    void setEnabledScenarios(const QSet<QString> &names);
    void setScenarioEnabled(const QString &name, bool enabled);
    QSet<QString> enabledScenarios() const { return m_enabledScenarios; }
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }
    // When newly opened inputs have more steps than this, their version series start collapsed
    // (0: never). wasAutoCollapsed() says whether that happened for the chain shown.
    void setAutoCollapseAbove(int steps) { m_autoCollapseAbove = steps; }
    bool wasAutoCollapsed() const { return m_autoCollapsed; }

    ChainPtr loadedChain() const { return m_loaded; } // as loaded, before scenarios and collapsing
    ChainPtr chain() const { return m_chain; }        // what is shown
    // For a collapsed chain: original step index -> shown step index (identity otherwise).
    int shownStepOf(int loadedStep) const;

    // The diagnostics of the last load (also a failed one) and of deriving the chain.
    Diagnostics diagnostics() const { return m_loadDiagnostics + m_deriveDiagnostics; }

    // Debounce interval for reloading changed files (ms).
    void setReloadDelay(int ms) { m_reloadTimer.setInterval(ms); }
    bool isWatching(const QString &path) const;

    DocumentLayout *layout() const { return m_layout; }

Q_SIGNALS:
    void loadStarted(const QStringList &paths);
    // A load succeeded and replaced the chain.
    void loaded();
    // A load reported errors; the previous chain (if any) is still shown.
    void failed(const Seedline::Diagnostics &diagnostics);
    // chain() changed: after a load or a change of scenarios/collapse.
    void chainChanged();
    void diagnosticsChanged();
    // A watched input changed on disk and is being reloaded.
    void fileChangedOnDisk(const QString &path);

private:
    void startLoad(const QStringList &paths);
    void finishLoad(quint64 generation, const QStringList &paths, LoadResult result);
    void derive();
    void watch(const QStringList &paths);
    void onWatchedPathChanged(const QString &path);

    QStringList m_paths;
    QStringList m_pendingPaths;
    LoadOptions m_options;
    QSet<QString> m_enabledScenarios;
    bool m_scenariosInitialized = false;
    bool m_collapsed = false;
    int m_autoCollapseAbove = 0;
    bool m_autoCollapsed = false;
    bool m_loading = false;
    quint64 m_generation = 0;

    ChainPtr m_loaded;
    ChainPtr m_chain;
    std::shared_ptr<const CollapsedChain> m_collapsedChain;
    Diagnostics m_loadDiagnostics;
    Diagnostics m_deriveDiagnostics;

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_reloadTimer;
    QString m_changedPath;
    DocumentLayout *m_layout = nullptr;
};

} // namespace Seedline

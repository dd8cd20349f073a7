// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/backgroundpool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace Seedline {

// The flag a background job polls to stop early.
using CancelFlag = std::shared_ptr<std::atomic_bool>;

// Runs the latest of a kind of background work (loading, deriving, laying out) on the thread pool
// and delivers only the newest result, on the context object's thread.
//
// start() makes every job started before it stale: its cancel flag is set (the job may poll it)
// and its result is dropped when it arrives. cancel() does the same without starting a new job.
// Results are delivered through the context object, so a destroyed context receives nothing.
template<typename Result>
class LatestJob
{
public:
    explicit LatestJob(QObject *context)
        : m_context(context)
    {
    }
    ~LatestJob() { cancel(); }
    LatestJob(const LatestJob &) = delete;
    LatestJob &operator=(const LatestJob &) = delete;

    // `work` runs on a worker thread with the job's cancel flag; `done` runs on the context's thread
    // with its result, unless a newer job was started or cancel() was called in between.
    quint64 start(std::function<Result(const std::atomic_bool &cancelled)> work, std::function<void(Result)> done)
    {
        cancel();
        const quint64 generation = ++*m_generation;
        auto flag = std::make_shared<std::atomic_bool>(false);
        m_cancel = flag;
        m_running = true;
        auto current = m_generation;
        bool *running = &m_running;
        // The watcher is a child of the context: a destroyed context destroys it and nothing is
        // delivered (the job still runs to its end on the pool, its result unused).
        auto *watcher = new QFutureWatcher<Result>(m_context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                         [watcher, current, generation, done = std::move(done), running] {
                             watcher->deleteLater();
                             if (*current != generation)
                                 return;
                             *running = false;
                             done(watcher->result());
                         });
        watcher->setFuture(QtConcurrent::run(backgroundPool(), [work = std::move(work), flag] {
            enterBackgroundThread();
            return work(*flag);
        }));
        return generation;
    }

    // Makes the job under way stale and asks it to stop.
    void cancel()
    {
        if (m_cancel)
            m_cancel->store(true);
        m_cancel.reset();
        ++*m_generation;
        m_running = false;
    }

    bool isRunning() const { return m_running; }
    quint64 generation() const { return *m_generation; }

private:
    QObject *m_context;
    // Shared with the continuations: a job finishing after this object is gone compares against
    // the last generation and drops its result.
    std::shared_ptr<quint64> m_generation = std::make_shared<quint64>(0);
    CancelFlag m_cancel;
    bool m_running = false;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Seedline {

namespace {

constexpr int backgroundNice = 10;

} // namespace

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("Seedline background"));
        // As Qt does with its global pool: the application waits for the jobs under way (they
        // were cancelled with their windows) before it goes.
        qAddPostRoutine([] {
            backgroundPool()->clear();
            backgroundPool()->waitForDone();
        });
        return p;
    }();
    return pool;
}

void enterBackgroundThread()
{
#ifdef Q_OS_LINUX
    thread_local const bool lowered = [] {
        // On Linux a thread has a nice value of its own: PRIO_PROCESS with the thread's id.
        return setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), backgroundNice) == 0;
    }();
    Q_UNUSED(lowered)
#endif
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/allocatortuning.h"
#include "manifest/checkoutloader.h"
#include "manifest/manifestloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cstdlib> // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Seedline;

class BenchLiveBootstrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedManifest()
    {
        QFile f(QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/manifest"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("../shared/live-bootstrap/manifest is missing");
        const QByteArray bytes = f.readAll();
        const LoadOptions options; // family patterns compiled once, as an application does
        int steps = 0;
        QBENCHMARK {
            steps = int(loadManifest(bytes, QStringLiteral("manifest"), options).chain.steps.size());
        }
        QCOMPARE(steps, 205);
    }

    void fixtureCheckout()
    {
        const QString dir = QStringLiteral(SEEDLINE_FIXTURES_DIR "/checkout-mini");
        int steps = 0;
        QBENCHMARK {
            steps = int(loadCheckout(dir).chain.steps.size());
        }
        QVERIFY(steps > 20);
    }

    // 50 MB of manifest: the speed (MB/s) and the memory the load adds at its peak, per input byte.
    void fiftyMegabyteManifest_data()
    {
        QTest::addColumn<QByteArray>("unit");
        // The shared manifest's directive shapes (predicates, defines, uninstalls), 33 bytes a line.
        QTest::addRow("directive shapes") << QByteArray("build: tcc-0.9.27\n"
                                                        "define: BUILD_FIWIX = ( KERNEL_BOOTSTRAP == True || BUILD_KERNELS == True )\n"
                                                        "build: fiwix-1.5.0-lb1 ( BUILD_FIWIX == True )\n"
                                                        "improve: open_console ( CONSOLES == True ) # a comment\n"
                                                        "build: make-3.82\n"
                                                        "build: bash-5.2.15\n"
                                                        "build: musl-1.2.5\n"
                                                        "build: python-3.11.1\n"
                                                        "uninstall: python-3.11.1\n");
        // live-bootstrap's own manifest, comments and all, over and over.
        QFile f(QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/manifest"));
        if (f.open(QIODevice::ReadOnly))
            QTest::addRow("shared manifest") << f.readAll();
    }

    void fiftyMegabyteManifest()
    {
        QFETCH(QByteArray, unit);
        QByteArray bytes;
        bytes.reserve(50 * 1024 * 1024 + unit.size());
        while (bytes.size() < 50 * 1024 * 1024)
            bytes.append(unit);
        const LoadOptions options;
#if defined(__GLIBC__)
        // What an earlier row freed goes back to the system first: otherwise this load reuses
        // memory already counted as resident, and its peak reads lower than in a fresh process.
        malloc_trim(0);
#endif
        const qint64 before = memoryKiB("VmRSS:");
        resetPeakMemory();
        qsizetype steps = 0, requirements = 0;
        QElapsedTimer timer;
        timer.start();
        double seconds = 0;
        QBENCHMARK_ONCE {
            const LoadResult result = loadManifest(bytes, QStringLiteral("big"), options);
            seconds = double(timer.nsecsElapsed()) / 1e9; // the load, until the chain is returned
            steps = result.chain.steps.size();
            requirements = result.chain.requirements.size();
        }
        const double withFree = double(timer.nsecsElapsed()) / 1e9;
        const qint64 peak = memoryKiB("VmHWM:");
        qInfo("%.1f MB in %.2f s: %.1f MB/s (%.2f s, %.1f MB/s with freeing the chain); %lld steps, %lld "
              "requirements; the load's peak memory %.0f MiB, %.1f bytes per input byte (sizeof Step %d, "
              "Requirement %d)",
              bytes.size() / 1e6, seconds, bytes.size() / 1e6 / seconds, withFree, bytes.size() / 1e6 / withFree,
              qlonglong(steps), qlonglong(requirements), (peak - before) / 1024.0,
              peak > 0 ? (peak - before) * 1024.0 / bytes.size() : -1.0, int(sizeof(Step)), int(sizeof(Requirement)));
        QVERIFY(steps > 1000000);
    }

private:
    // A line of /proc/self/status in KiB ("VmRSS:", "VmHWM:"), or -1.
    static qint64 memoryKiB(const char *key)
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(key))
                return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }
    // Linux: writing 5 to clear_refs resets the peak (VmHWM) to the current resident size.
    static void resetPeakMemory()
    {
        QFile refs(QStringLiteral("/proc/self/clear_refs"));
        if (refs.open(QIODevice::WriteOnly))
            refs.write("5");
    }
};

// As the application's main() does for the command line: huge pages for malloc, its allocator settings.
int main(int argc, char **argv)
{
    restartWithHugePages(argv);
    tuneAllocatorForCommandLine();
    QCoreApplication app(argc, argv);
    BenchLiveBootstrap bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_livebootstrap.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/checkoutloader.h"
#include "manifest/manifestloader.h"

#include <QFile>
#include <QTest>

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

    void fiftyMegabyteManifest()
    {
        // The shared manifest's directive shapes (predicates, defines, uninstalls) repeated to 50 MB.
        const QByteArray unit("build: tcc-0.9.27\n"
                              "define: BUILD_FIWIX = ( KERNEL_BOOTSTRAP == True || BUILD_KERNELS == True )\n"
                              "build: fiwix-1.5.0-lb1 ( BUILD_FIWIX == True )\n"
                              "improve: open_console ( CONSOLES == True ) # a comment\n"
                              "build: make-3.82\n"
                              "build: bash-5.2.15\n"
                              "build: musl-1.2.5\n"
                              "build: python-3.11.1\n"
                              "uninstall: python-3.11.1\n");
        QByteArray bytes;
        bytes.reserve(50 * 1024 * 1024 + unit.size());
        while (bytes.size() < 50 * 1024 * 1024)
            bytes.append(unit);
        qsizetype steps = 0;
        QBENCHMARK_ONCE {
            steps = loadManifest(bytes, QStringLiteral("big")).chain.steps.size();
        }
        QVERIFY(steps > 1000000);
    }
};

QTEST_GUILESS_MAIN(BenchLiveBootstrap)
#include "bench_livebootstrap.moc"

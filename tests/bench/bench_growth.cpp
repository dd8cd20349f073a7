// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The growth view's costs on the shipped chains: the timeline, the graph at one date
// (growthScene), all distinct scenes precomputed, and the frame time of the animation: a GrowthPanel
// on screen (offscreen platform) playing, one frame = a tick's advance, the events it causes (the
// chart's playhead, the counter, a new graph moving into place) and a synchronous repaint.
// Run: bench_growth (QT_QPA_PLATFORM=offscreen)
#include "document/document.h"
#include "io/inputs.h"
#include "window/growthpanel.h"
#include "window/growthplayer.h"
#include "timeline/cpythonseries.h"
#include "window/growthscenes.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Seedline;

class BenchGrowth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        LoadResult loaded = loadEmbeddedDefault();
        QVERIFY(!loaded.chain.steps.isEmpty());
        m_chain = std::make_shared<const Chain>(std::move(loaded.chain));
        m_series = std::make_shared<const TimelineSeries>(computeTimeline(*m_chain, TimelineOptions()));
        QVERIFY(!m_series->rows.isEmpty());
    }

    void timeline()
    {
        QBENCHMARK {
            const TimelineSeries series = computeTimeline(*m_chain, TimelineOptions());
            QVERIFY(!series.rows.isEmpty());
        }
    }

    void sceneAtOneDate()
    {
        const TimelineRow &row = m_series->rows[m_series->rowAt(QDate(2025, 11, 10))];
        QBENCHMARK {
            const SceneModel scene = growthScene(*m_chain, row, GrowthSceneOptions());
            QVERIFY(!scene.isEmpty());
        }
    }

    void allScenes()
    {
        QBENCHMARK_ONCE {
            GrowthScenes scenes;
            QSignalSpy finished(&scenes, &GrowthScenes::finished);
            QElapsedTimer timer;
            timer.start();
            scenes.setInput(m_chain, m_series, GrowthSceneOptions());
            QVERIFY(finished.wait(600000));
            qInfo("%d rows, %d distinct chains, %lld ms", scenes.rowCount(), scenes.distinctCount(),
                  timer.elapsed());
        }
    }

    // Frames of playback at the default speed, over the whole timeline once scenes are ready.
    void playbackSweep()
    {
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.openEmbeddedDefault();
        QVERIFY(loaded.wait(60000));
        GrowthPanel panel;
        panel.resize(1400, 700);
        panel.setDocument(&document);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(QTest::qWaitFor([&] { return panel.hasTimeline(); }, 60000));
        QVERIFY(QTest::qWaitFor([&] { return panel.scenes()->isComplete(); }, 600000));
        GrowthPlayer *player = panel.player();
        player->setDate(player->first());
        // One sweep, first to last date, timed frame by frame (once: the sweep is the measurement).
        QBENCHMARK_ONCE {
            QElapsedTimer timer;
            QList<qint64> frames;
            while (player->date() < player->last()) {
                timer.start();
                player->advance(GrowthPlayer::frameMs);
                QCoreApplication::processEvents();
                panel.repaint();
                frames << timer.nsecsElapsed();
            }
            QVERIFY(!frames.isEmpty());
            std::sort(frames.begin(), frames.end());
            const double total = std::accumulate(frames.cbegin(), frames.cend(), 0.0);
            const auto within = std::count_if(frames.cbegin(), frames.cend(),
                                              [](qint64 ns) { return ns <= GrowthPlayer::frameMs * 1000000LL; });
            qInfo("sweep at %s: %lld frames, mean %.2f ms, median %.2f ms, 95th %.2f ms, worst %.2f ms per frame; "
                  "%.1f%% within %d ms",
                  qPrintable(GrowthPlayer::speedName(player->daysPerSecond())), qint64(frames.size()),
                  total / frames.size() / 1e6, frames[frames.size() / 2] / 1e6,
                  frames[frames.size() * 95 / 100] / 1e6, frames.back() / 1e6, 100.0 * within / frames.size(),
                  GrowthPlayer::frameMs);
        }
    }

private:
    ChainPtr m_chain;
    std::shared_ptr<const TimelineSeries> m_series;
};

QTEST_MAIN(BenchGrowth)
#include "bench_growth.moc"

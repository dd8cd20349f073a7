// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The growth view's costs on the shipped chains: the timeline, the graph at one date
// (growthScene), all distinct scenes precomputed, and playback frames.
// Run: bench_growth (QT_QPA_PLATFORM=offscreen)
#include "io/inputs.h"
#include "timeline/cpythonseries.h"
#include "window/growthscenes.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

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

private:
    ChainPtr m_chain;
    std::shared_ptr<const TimelineSeries> m_series;
};

QTEST_MAIN(BenchGrowth)
#include "bench_growth.moc"

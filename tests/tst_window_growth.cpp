// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The growth view on the offscreen platform, on the shipped chains: play, pause, speed, the scrub
// slider and the keys drive the date; the chart, the counter and the graph of the date follow it;
// the chart and the table read one model; hovering describes the chain; the chart exports.
#include "chart/growthchart.h"
#include "chart/growthchartview.h"
#include "document/document.h"
#include "graph/graphview.h"
#include "itemmodels/timelinetablemodel.h"
#include "window/growthpanel.h"
#include "window/growthplayer.h"
#include "window/growthscenes.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVXYModelMapper>

using namespace Seedline;

namespace {

// The rustc steps of the chain a graph shows ("rust-1.91.1", ...).
int rustSteps(const GraphView *graph)
{
    const ChainPtr chain = graph->sceneModel().chain;
    if (!chain)
        return -1;
    return int(std::count_if(chain->steps.cbegin(), chain->steps.cend(),
                             [](const Step &s) { return s.id.startsWith(QLatin1String("rust-")); }));
}

} // namespace

class TestWindowGrowth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_document = new Document(this);
        QSignalSpy loaded(m_document, &Document::loaded);
        m_document->openEmbeddedDefault();
        QVERIFY(loaded.wait(60000));
        m_panel = new GrowthPanel;
        m_panel->resize(1400, 700);
        m_panel->setDocument(m_document);
        m_panel->show(); // computes the timeline off the GUI thread
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->hasTimeline(), 60000);
        QVERIFY(m_panel->series().rows.size() > 40);
    }

    void cleanupTestCase()
    {
        delete m_panel;
    }

    void init()
    {
        m_panel->player()->pause();
    }

    // The chart's lines and the table are fed by the panel's one TimelineTableModel.
    void oneModel()
    {
        TimelineTableModel *model = m_panel->model();
        GrowthChart *chart = m_panel->chart();
        QCOMPARE(chart->model(), model);
        QVERIFY(chart->rustcLine());
        QVXYModelMapper *mapper = chart->mapperOf(chart->rustcLine());
        QVERIFY(mapper);
        QCOMPARE(mapper->model(), model);
        QCOMPARE(mapper->yColumn(), int(TimelineTableModel::RustcBuildsColumn));
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_panel->tableView()->model());
        QVERIFY(proxy);
        QCOMPARE(proxy->sourceModel(), model);
        QVERIFY(chart->cpythonLine());
        QVERIFY(chart->rustcProjection());
        QVERIFY(!chart->observedPoints().isEmpty());
        QVERIFY(!chart->anchorPoints()->points().isEmpty());
    }

    // Scrubbing with the slider moves the date; the counter, the chart's playhead and the graph of
    // that date follow, and the rustc series folds back when mrustc learns a newer target.
    void scrub_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("builds");
        // dtolnay/bootstrap's figures under the released policy (docs/timeline.md).
        QTest::addRow("2025-11-10") << QDate(2025, 11, 10) << 18;
        QTest::addRow("before v0.11.0") << QDate(2024, 12, 1) << 30;
        QTest::addRow("after v0.11.0") << QDate(2025, 1, 1) << 10;
    }
    void scrub()
    {
        QFETCH(QDate, date);
        QFETCH(int, builds);
        GrowthPlayer *player = m_panel->player();
        const int row = m_panel->series().rowAt(date);
        QVERIFY(row >= 0);
        QCOMPARE(m_panel->series().rows[row].rustcBuilds(), builds);
        m_panel->slider()->setValue(int(player->first().daysTo(date)));
        QCOMPARE(player->date(), date);
        QCOMPARE(m_panel->chart()->playhead(), date);
        QVERIFY(m_panel->chart()->isRevealing());
        QVERIFY2(m_panel->counterLabel()->text().startsWith(QStringLiteral("%1 rustc builds").arg(builds)),
                 qPrintable(m_panel->counterLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownRow() == row, 120000);
        QCOMPARE(rustSteps(m_panel->graphView()), builds);
        // The line is drawn only up to the playhead.
        const auto points = m_panel->chart()->rustcLine()->points();
        QVERIFY(!points.isEmpty());
        QVERIFY(points.back().x() <= QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    // Play moves the date forward on its own and pause stops it, the window staying live.
    void playAndPause()
    {
        GrowthPlayer *player = m_panel->player();
        const QDate start(2020, 1, 1);
        player->setDate(start);
        QSignalSpy playing(player, &GrowthPlayer::playingChanged);
        m_panel->playAction()->trigger();
        QVERIFY(player->isPlaying());
        QCOMPARE(playing.size(), 1);
        QCOMPARE(m_panel->playAction()->text(), QStringLiteral("Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(player->date() > start.addDays(30), 60000);
        QVERIFY(player->ticks() > 0);
        QVERIFY(m_panel->chart()->isRevealing());
        QCOMPARE(m_panel->chart()->playhead(), player->date());
        QCOMPARE(m_panel->slider()->value(), int(player->first().daysTo(player->date())));
        m_panel->playAction()->trigger();
        QVERIFY(!player->isPlaying());
        QCOMPARE(m_panel->playAction()->text(), QStringLiteral("Play"));
        const QDate paused = player->date();
        const int ticks = player->ticks();
        QTest::qWait(300);
        QCOMPARE(player->date(), paused);
        QCOMPARE(player->ticks(), ticks);
    }

    // Playing to the end stops there; the counter and the graph are those of the last date.
    void playsToTheEnd()
    {
        GrowthPlayer *player = m_panel->player();
        player->setSpeedIndex(int(GrowthPlayer::speeds().size()) - 1); // the fastest
        player->setDate(player->last().addDays(-200));
        QSignalSpy end(player, &GrowthPlayer::reachedEnd);
        player->play();
        QVERIFY(end.wait(60000));
        QVERIFY(!player->isPlaying());
        QCOMPARE(player->date(), player->last());
        const TimelineRow &last = m_panel->series().rows.back();
        QVERIFY(m_panel->counterLabel()->text().startsWith(QStringLiteral("%1 rustc builds").arg(last.rustcBuilds())));
        player->setSpeedIndex(3);
    }

    // A playback step moves by days at the speed chosen (advance() is what a tick does).
    void speed()
    {
        GrowthPlayer *player = m_panel->player();
        player->setDate(QDate(2021, 1, 1));
        player->setSpeedIndex(0);
        const int slow = player->daysPerSecond();
        player->faster();
        QCOMPARE(player->speedIndex(), 1);
        QVERIFY(player->daysPerSecond() > slow);
        const QDate before = player->date();
        player->advance(1000);
        QCOMPARE(before.daysTo(player->date()), qint64(player->daysPerSecond()));
        player->slower();
        QCOMPARE(player->speedIndex(), 0);
        player->setSpeedIndex(3);
    }

    // The keys, while the panel has the focus: Space, Left/Right (one change), Home/End.
    void keyboard()
    {
        GrowthPlayer *player = m_panel->player();
        m_panel->activateWindow();
        m_panel->setFocus();
        QTRY_VERIFY(m_panel->hasFocus() || m_panel->isAncestorOf(QApplication::focusWidget()));
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_panel;
        const TimelineSeries &series = m_panel->series();
        player->setDate(series.rows[10].date);
        QTest::keyClick(target, Qt::Key_Right);
        QCOMPARE(player->date(), series.rows[11].date);
        QTest::keyClick(target, Qt::Key_Left);
        QTest::keyClick(target, Qt::Key_Left);
        QCOMPARE(player->date(), series.rows[9].date);
        QTest::keyClick(target, Qt::Key_Home);
        QCOMPARE(player->date(), player->first());
        QTest::keyClick(target, Qt::Key_End);
        QCOMPARE(player->date(), player->last());
        QTest::keyClick(target, Qt::Key_Home);
        QTest::keyClick(target, Qt::Key_Space);
        QVERIFY(player->isPlaying());
        QTest::keyClick(target, Qt::Key_Space);
        QVERIFY(!player->isPlaying());
    }

    // The markers: a label at each mrustc release, the events, a "today" line that says its date,
    // and the projection marked as such; while revealing, only what lies before the playhead.
    void markers()
    {
        GrowthChart *chart = m_panel->chart();
        chart->setToday(QDate(2025, 11, 10));
        chart->setRevealing(false);
        QStringList labels = chart->visibleLabels();
        QVERIFY2(labels.contains(QStringLiteral("today 2025-11-10")), qPrintable(labels.join(u'|')));
        QVERIFY(labels.join(u'|').contains(QStringLiteral("mrustc v0.11.0")));
        QVERIFY(labels.join(u'|').contains(QStringLiteral("mrustc v0.8.0")));
        QVERIFY(labels.join(u'|').contains(QStringLiteral("projected")));
        QVERIFY(labels.join(u'|').contains(QStringLiteral("1.80.0")));
        QVERIFY(!chart->projectedAnchorPoints()->points().isEmpty());
        // Scrubbed before v0.11.0: its label, the later events and the projection are not drawn yet.
        m_panel->slider()->setValue(int(m_panel->player()->first().daysTo(QDate(2024, 6, 1))));
        QVERIFY(chart->isRevealing());
        labels = chart->visibleLabels();
        QVERIFY2(!labels.join(u'|').contains(QStringLiteral("mrustc v0.11.0")), qPrintable(labels.join(u'|')));
        QVERIFY(labels.join(u'|').contains(QStringLiteral("mrustc v0.10")));
        QVERIFY(chart->projectedAnchorPoints()->points().isEmpty());
        chart->setToday(QDate::currentDate());
    }

    // Hovering a date says the chain of that date.
    void hover()
    {
        GrowthChartView *view = m_panel->chartView();
        const QDate date(2025, 11, 10);
        const qreal x = view->growthChart()->xOf(date);
        const QPointF inChart(x, view->growthChart()->plotArea().center().y());
        const QPoint pos = view->mapFromScene(view->growthChart()->mapToScene(inChart));
        const QString text = view->describeAt(pos);
        QVERIFY2(text.contains(QStringLiteral("mrustc v0.11.0 → 1.74.0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("18 rustc builds")), qPrintable(text));
        QVERIFY(view->describeAt(QPoint(1, 1)).isEmpty()); // outside the plot
    }

    // The chart as SVG and PNG, as the window draws it.
    void exportChart()
    {
        QTemporaryDir dir;
        m_panel->player()->setDate(QDate(2025, 11, 10));
        QString error;
        const QString svg = dir.filePath(QStringLiteral("growth.svg"));
        QVERIFY2(m_panel->exportChart(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("<?xml"));
        QVERIFY(bytes.contains("builds needed"));
        QVERIFY(bytes.contains("mrustc v0.11.0"));
        const QString png = dir.filePath(QStringLiteral("growth.png"));
        QVERIFY2(m_panel->exportChart(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 900);
        QVERIFY(!m_panel->exportChart(dir.filePath(QStringLiteral("growth.gif")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("growth.gif"))));
    }

private:
    Document *m_document = nullptr;
    GrowthPanel *m_panel = nullptr;
};

QTEST_MAIN(TestWindowGrowth)
#include "tst_window_growth.moc"

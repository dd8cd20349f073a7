// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/latestjob.h"
#include "timeline/timelineseries.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Seedline {

class Document;
class GraphView;
class GrowthChart;
class GrowthChartView;
class GrowthPlayer;
class GrowthScenes;
class TimelineTableModel;

// The growth view ("How Rust grows"): the growth chart and, beside it, the graph of the chain at the
// playhead's date and the table of the timeline, all fed by one TimelineTableModel; play, pause,
// speed and a scrub slider animate it.
//
// The timeline is computed off the GUI thread from the Document's loaded chain (when the panel is
// first shown, and again when the chain or the panel's policy changes); the graphs of every distinct
// chain are precomputed off the GUI thread too (GrowthScenes), so that playback only moves the chart's
// playhead and swaps scenes that are ready: the graph's steps move by id, new rustc builds fade in and
// the series folds back when mrustc learns a newer target.
//
// Keys (while the panel has the focus): Space plays or pauses, Left/Right step to the previous/next
// change, Home/End go to the ends, + and - change the speed.
class GrowthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GrowthPanel(QWidget *parent = nullptr);
    ~GrowthPanel() override;

    // Follows the document: its loaded chain and its enabled scenarios.
    void setDocument(Document *document);

    GrowthPlayer *player() const { return m_player; }
    GrowthChartView *chartView() const { return m_chartView; }
    GrowthChart *chart() const;
    TimelineTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    GraphView *graphView() const { return m_graph; }
    GrowthScenes *scenes() const { return m_scenes; }
    QSlider *slider() const { return m_slider; }
    QLabel *counterLabel() const { return m_counter; }
    QAction *playAction() const { return m_play; }
    const TimelineSeries &series() const;
    bool hasTimeline() const;
    // Whether the timeline or scenes are being computed, or the graph is still moving.
    bool isBusy() const;
    // The series row whose graph is shown (-1 for none).
    int shownRow() const { return m_shownRow; }

    // Writes the chart as it is shown (.svg or .png) / the current frame (chart and graph) at `size`.
    bool exportChart(const QString &fileName, QString *error = nullptr);
    bool exportFrame(const QString &fileName, const QSize &size, QString *error = nullptr);

Q_SIGNALS:
    // A new timeline is shown (after a load, a policy change).
    void timelineReady();
    // The graph of a row is on screen.
    void graphShown(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void recompute();
    void setSeries(TimelineSeries series);
    void onDateChanged(const QDate &date);
    void showGraphFor(int row);
    void updateCounter();
    void updateAnimationDuration();
    void exportDialog(bool frame);

    Document *m_document = nullptr;
    TimelineTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_rows = nullptr; // the table: the model without the stepped corners
    GrowthPlayer *m_player = nullptr;
    GrowthScenes *m_scenes = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    GrowthChartView *m_chartView = nullptr;
    GraphView *m_graph = nullptr;
    QTableView *m_table = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_event = nullptr;
    QLabel *m_hover = nullptr;
    QComboBox *m_speed = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_mrustc = nullptr;
    QAction *m_play = nullptr;
    std::shared_ptr<const TimelineSeries> m_series;
    LatestJob<TimelineSeries> m_job{this};
    bool m_dirty = true;     // the document changed while the panel was hidden
    bool m_computing = false;
    int m_shownRow = -1;     // series row of the graph shown
    int m_shownCanonical = -1;
    bool m_fitted = false;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/timelinetablemodel.h"

#include <QChart>
#include <QDate>
#include <QList>
#include <QPointer>

class QCategoryAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QVXYModelMapper;

namespace Seedline {


// The growth chart: "rustc builds from mrustc to the newest Rust" over time, a sawtooth that grows by
// one per release and drops when mrustc learns a newer target.
//
// Every line is fed by the TimelineTableModel through QVXYModelMapper (x: DateMsecsColumn; y:
// RustcBuildsColumn, CpythonWithRustColumn, CpythonColumn), the model in stepped mode so a line draws
// the steps; the rows up to the end of the data map to the solid lines, the rest to dashed projection
// lines. The rest comes from the model's TimelineSeries: a marker and a label at every mrustc release
// (the anchors), the observed histories as points in their own colours, the events as dotted lines
// with their titles, the end of the data, a "today" line (when today is in the range; otherwise a
// note at the edge it is beyond), and a playhead: with one set, everything is drawn only up to it.
//
// This file and its .cpp, growthchartview and chartrender are the only Qt Charts code of Seedline,
// so that they can move to Qt Graphs together.
class GrowthChart : public QChart
{
    Q_OBJECT
public:
    explicit GrowthChart(QGraphicsItem *parent = nullptr);
    ~GrowthChart() override;

    // The model to draw (not owned; set to stepped mode). Rebuilt when the model resets.
    void setModel(TimelineTableModel *model);
    TimelineTableModel *model() const { return m_model; }

    // Marks a date with a line (invalid: none). While revealing, everything after it is left out:
    // the line draws forward as the playhead moves.
    void setPlayhead(const QDate &date);
    QDate playhead() const { return m_playhead; }
    void setRevealing(bool revealing);
    bool isRevealing() const { return m_revealing; }
    // Today's date (QDate::currentDate() unless set, for tests and reproducible exports).
    void setToday(const QDate &date);
    QDate today() const { return m_today; }
    // Whether today lies within the dates drawn (otherwise the note says on which side).
    bool isTodayInRange() const;

    // The first and last date on the x axis (invalid when there is nothing to draw).
    QDate firstDate() const;
    QDate lastDate() const;
    // The date under a position in the chart's coordinates, or an invalid date outside the plot.
    QDate dateAt(const QPointF &position) const;
    // The x coordinate (chart coordinates) of a date.
    qreal xOf(const QDate &date) const;
    // The event drawn within `distance` chart units of a position, or nullptr.
    const TimelineEvent *eventNear(const QPointF &position, qreal distance = 4) const;

    // The parts, for tests: the mapped lines (solid and projected) and their mappers.
    QLineSeries *rustcLine() const { return m_lines.value(RustcSolid).series; }
    QLineSeries *rustcProjection() const { return m_lines.value(RustcDashed).series; }
    QLineSeries *cpythonLine() const { return m_lines.value(CpythonSolid).series; }
    QLineSeries *cpythonProjection() const { return m_lines.value(CpythonDashed).series; }
    QLineSeries *cpythonWithoutRustLine() const { return m_lines.value(CpythonBase).series; }
    QVXYModelMapper *mapperOf(const QLineSeries *series) const;
    QScatterSeries *anchorPoints() const { return m_anchorPoints; }
    QScatterSeries *projectedAnchorPoints() const { return m_projectedAnchorPoints; }
    QList<QScatterSeries *> observedPoints() const { return m_observedPoints; }
    // The labels drawn at the anchors, the events and the notes (visible ones), for tests.
    QStringList visibleLabels() const;

private:
    enum LineId { RustcSolid, RustcDashed, CpythonSolid, CpythonDashed, CpythonBase, LineCount };
    struct Line
    {
        QLineSeries *series = nullptr;
        QVXYModelMapper *mapper = nullptr;
        QLineSeries *head = nullptr; // the level from the last row drawn to the playhead
        int column = 0;
        int first = 0; // model rows [first, end) of this line
        int end = 0;
    };
    struct Marker
    {
        QDate date;
        QGraphicsSimpleTextItem *label = nullptr;
        QGraphicsLineItem *line = nullptr; // events only
        QPointF value;                     // anchors: the point labelled
        int event = -1;                    // index into the series' events
    };

    void rebuild();
    void setDateRange(const QDate &first, const QDate &last);
    int labelStep(const QDate &first, const QDate &last) const;
    void clearParts();
    Line makeLine(int column, const QString &name, const QPen &pen, int first, int end);
    void updateReveal();
    void placeOverlays();
    qreal valueAt(int modelRow, int column) const;

    QPointer<TimelineTableModel> m_model;
    QCategoryAxis *m_x = nullptr; // msecs since the epoch (UTC), a label at every year or month
    QValueAxis *m_y = nullptr;
    QList<Line> m_lines; // by LineId (LineCount entries; a line the data lacks has no series)
    QScatterSeries *m_anchorPoints = nullptr;
    QScatterSeries *m_projectedAnchorPoints = nullptr;
    QList<QScatterSeries *> m_observedPoints;
    QList<QList<QPointF>> m_observedAll; // every point, by project, before the playhead filters
    QList<QPointF> m_anchorsAll, m_projectedAnchorsAll;
    QList<Marker> m_anchorMarkers;
    QList<Marker> m_eventMarkers;
    QGraphicsRectItem *m_projectionShade = nullptr;
    QGraphicsSimpleTextItem *m_projectionLabel = nullptr;
    QGraphicsLineItem *m_todayLine = nullptr;
    QGraphicsSimpleTextItem *m_todayLabel = nullptr;
    QGraphicsLineItem *m_playheadLine = nullptr;
    QDate m_playhead;
    bool m_revealing = true;
    QDate m_today;
    QDate m_dataEnd;
    qint64 m_firstMsecs = 0, m_lastMsecs = 0;
    int m_revealed = -2;
    int m_labelStep = 0; // years between x labels (negative: months)
    QDate m_rangeFirst, m_rangeLast; // model rows drawn (-1: all), to skip work when it stays
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineseries.h"

#include <QAbstractTableModel>

namespace Seedline {

// The rows of a TimelineSeries, one per change, for a table view and for a chart: map
// DateMsecsColumn (x, msecs since the epoch at the start of the day, UTC) against RustcBuildsColumn
// or CpythonWithRustColumn (y) with QVXYModelMapper. In stepped mode every change after the first is
// preceded by a corner row (the instant before it, with the previous row's values) so that a line
// series draws the step function instead of ramps. Read-only.
class TimelineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn, // "2025-11-10" (DisplayRole: QString; EditRole: QDate)
        DateMsecsColumn, // qint64
        NewestColumn, // "1.91.1"
        AnchorVersionColumn, // "1.74.0"
        RustcBuildsColumn, // int
        ProjectedColumn, // bool
        AnchorColumn, // "mrustc v0.11.0"
        CpythonWithRustColumn, // int, or no value when not computed
        CpythonColumn, // int: builds to reach CPython without Rust
        HoursColumn, // double: known build hours to reach CPython with Rust
        HoursRatioColumn, // double, or no value when a figure is missing
        HoursMissingColumn, // int: builds without a build-hour figure
        ChangeColumn, // "rust 1.91.1 released"
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        DateRole = Qt::UserRole, // QDate
        DateMsecsRole, // qint64
        RustcBuildsRole, // int
        ProjectedRole, // bool
        ChainRole, // QStringList: the rustc versions, anchor first, newest last
        DescriptionRole, // "mrustc v0.11.0 → 1.74.0 → … → 1.91.1: 18 rustc builds"
        AnchorRole, // QString: "mrustc v0.11.0"
        NewestRole, // QString
        CpythonWithRustRole, // int or invalid
        HoursRole, // double or invalid
        HoursRatioRole, // double or invalid
        ChangesRole, // QStringList
        SeriesRowRole, // int: index into TimelineSeries::rows
        CornerRole, // bool: a corner row of the stepped mode
        SortRole, // a value that sorts naturally
    };
    Q_ENUM(Roles)

    explicit TimelineTableModel(QObject *parent = nullptr);

    void setSeries(const TimelineSeries &series);
    const TimelineSeries &series() const { return m_series; }

    bool isStepped() const { return m_stepped; }
    void setStepped(bool stepped);

    // The model row showing the series row in force on `date` (never a corner row), or -1.
    int rowForDate(const QDate &date) const;
    // The series row a model row shows, or -1.
    int seriesRow(int modelRow) const;
    // The model row of the first projected row (never a corner row), or -1: a chart maps the rows
    // before it to the solid line and the rows from the one before it to the dashed projection.
    int firstProjectedRow() const;

    static qint64 msecsOf(const QDate &date);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        int seriesRow = -1;
        bool corner = false; // the instant before the next row's date, with this row's values
        qint64 msecs = 0;
    };
    void rebuild();
    QVariant cell(const TimelineRow &row, const Entry &entry, int column, int role) const;

    TimelineSeries m_series;
    QVector<Entry> m_entries;
    bool m_stepped = false;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetablemodel.h"

#include <QTimeZone>

namespace Seedline {

TimelineTableModel::TimelineTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

qint64 TimelineTableModel::msecsOf(const QDate &date)
{
    return date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
}

void TimelineTableModel::setSeries(const TimelineSeries &series)
{
    beginResetModel();
    m_series = series;
    rebuild();
    endResetModel();
}

void TimelineTableModel::setStepped(bool stepped)
{
    if (stepped == m_stepped)
        return;
    beginResetModel();
    m_stepped = stepped;
    rebuild();
    endResetModel();
}

void TimelineTableModel::rebuild()
{
    m_entries.clear();
    for (int i = 0; i < m_series.rows.size(); ++i) {
        const qint64 msecs = msecsOf(m_series.rows[i].date);
        if (m_stepped && i > 0)
            m_entries << Entry { i - 1, true, msecs - 1 };
        m_entries << Entry { i, false, msecs };
    }
}

int TimelineTableModel::rowForDate(const QDate &date) const
{
    const int s = m_series.rowAt(date);
    if (s < 0)
        return -1;
    return m_stepped ? 2 * s : s;
}

int TimelineTableModel::seriesRow(int modelRow) const
{
    return modelRow >= 0 && modelRow < m_entries.size() ? m_entries[modelRow].seriesRow : -1;
}

int TimelineTableModel::firstProjectedRow() const
{
    for (int i = 0; i < m_series.rows.size(); ++i) {
        if (m_series.rows[i].projected)
            return m_stepped ? 2 * i : i;
    }
    return -1;
}

int TimelineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineTableModel::cell(const TimelineRow &row, const Entry &entry, int column, int role) const
{
    const CpythonFigures &c = row.cpython;
    const bool sort = role == SortRole;
    switch (column) {
    case DateColumn:
        if (role == Qt::EditRole || sort)
            return row.date;
        return entry.corner
            ? QDateTime::fromMSecsSinceEpoch(entry.msecs, QTimeZone::utc()).toString(Qt::ISODate)
            : row.date.toString(Qt::ISODate);
    case DateMsecsColumn:
        return entry.msecs;
    case NewestColumn:
        return row.newestVersion();
    case AnchorVersionColumn:
        return row.anchorVersion();
    case RustcBuildsColumn:
        return row.rustcBuilds();
    case ProjectedColumn:
        return row.projected;
    case AnchorColumn:
        return row.anchor.label();
    case CpythonWithRustColumn:
        return c.available ? QVariant(c.buildsWithRust) : QVariant();
    case CpythonColumn:
        return c.available ? QVariant(c.buildsWithoutRust) : QVariant();
    case HoursColumn:
        return c.available ? QVariant(c.hoursWithRust) : QVariant();
    case HoursRatioColumn:
        if (const auto r = c.hoursRatio())
            return *r;
        return {};
    case HoursMissingColumn:
        return c.available ? QVariant(int(c.missingHoursWithRust.size())) : QVariant();
    case ChangeColumn:
        return entry.corner ? QString() : row.changes.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant TimelineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const TimelineRow &row = m_series.rows.at(entry.seriesRow);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        return cell(row, entry, index.column(), role);
    case Qt::ToolTipRole:
        return row.describe();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case DateMsecsColumn:
        case RustcBuildsColumn:
        case CpythonWithRustColumn:
        case CpythonColumn:
        case HoursColumn:
        case HoursRatioColumn:
        case HoursMissingColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case DateRole:
        return row.date;
    case DateMsecsRole:
        return entry.msecs;
    case RustcBuildsRole:
        return row.rustcBuilds();
    case ProjectedRole:
        return row.projected;
    case ChainRole:
        return row.versions();
    case DescriptionRole:
        return row.describe();
    case AnchorRole:
        return row.anchor.label();
    case NewestRole:
        return row.newestVersion();
    case CpythonWithRustRole:
        return cell(row, entry, CpythonWithRustColumn, Qt::DisplayRole);
    case HoursRole:
        return cell(row, entry, HoursColumn, Qt::DisplayRole);
    case HoursRatioRole:
        return cell(row, entry, HoursRatioColumn, Qt::DisplayRole);
    case ChangesRole:
        return entry.corner ? QStringList() : row.changes;
    case SeriesRowRole:
        return entry.seriesRow;
    case CornerRole:
        return entry.corner;
    default:
        return {};
    }
}

QVariant TimelineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DateMsecsColumn:
        return tr("Time (ms)");
    case NewestColumn:
        return tr("Newest rustc");
    case AnchorVersionColumn:
        return tr("First rustc");
    case RustcBuildsColumn:
        return tr("rustc builds");
    case ProjectedColumn:
        return tr("Projected");
    case AnchorColumn:
        return tr("Anchor");
    case CpythonWithRustColumn:
        return tr("CPython with Rust");
    case CpythonColumn:
        return tr("CPython without Rust");
    case HoursColumn:
        return tr("Hours (known)");
    case HoursRatioColumn:
        return tr("Hours ratio");
    case HoursMissingColumn:
        return tr("Missing hours");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DateRole, "date");
    names.insert(DateMsecsRole, "dateMsecs");
    names.insert(RustcBuildsRole, "rustcBuilds");
    names.insert(ProjectedRole, "projected");
    names.insert(ChainRole, "chain");
    names.insert(DescriptionRole, "description");
    names.insert(AnchorRole, "anchor");
    names.insert(NewestRole, "newest");
    names.insert(CpythonWithRustRole, "cpythonWithRust");
    names.insert(HoursRole, "hours");
    names.insert(HoursRatioRole, "hoursRatio");
    names.insert(ChangesRole, "changes");
    names.insert(SeriesRowRole, "seriesRow");
    names.insert(CornerRole, "corner");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace Seedline

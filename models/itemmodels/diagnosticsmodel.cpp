// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsmodel.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace Seedline {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(const Diagnostics &diagnostics)
{
    setDiagnostics(diagnostics, {}, {});
}

void DiagnosticsModel::setDiagnostics(const Diagnostics &current, const Diagnostics &stale, const QString &staleNote)
{
    beginResetModel();
    m_diagnostics.clear();
    m_staleRows = 0;
    if (!stale.isEmpty()) {
        m_diagnostics << Diagnostic{QString(), 0, 0, Severity::Info, staleNote};
        m_diagnostics += stale;
        m_staleRows = int(m_diagnostics.size());
    }
    m_diagnostics += current;
    endResetModel();
}

void DiagnosticsModel::append(const Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty())
        return;
    const int first = int(m_diagnostics.size());
    beginInsertRows({}, first, first + int(diagnostics.size()) - 1);
    m_diagnostics += diagnostics;
    endInsertRows();
}

void DiagnosticsModel::clear()
{
    setDiagnostics({});
}

int DiagnosticsModel::errorCount() const
{
    return int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    const bool stale = isStale(index.row());
    const bool note = stale && index.row() == 0;
    switch (role) {
    case Qt::DisplayRole:
        return note ? d.message : d.toString();
    case Qt::ToolTipRole:
        return stale && !note ? m_diagnostics.first().message + u'\n' + d.message : d.message;
    case Qt::FontRole:
        if (stale) {
            QFont font;
            font.setBold(note);
            font.setItalic(!note);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (stale)
            return QColor(0x70, 0x70, 0x70);
        if (d.severity == Severity::Error)
            return QColor(0xb0, 0x10, 0x10);
        if (d.severity == Severity::Warning)
            return QColor(0x9a, 0x60, 0x00);
        return {};
    case SeverityRole:
        return int(d.severity);
    case FileRole:
        return d.file;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case MessageRole:
        return d.message;
    case StaleRole:
        return stale;
    case NoteRole:
        return note;
    default:
        return {};
    }
}

QHash<int, QByteArray> DiagnosticsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(FileRole, "file");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(MessageRole, "message");
    names.insert(StaleRole, "stale");
    names.insert(NoteRole, "note");
    return names;
}

} // namespace Seedline

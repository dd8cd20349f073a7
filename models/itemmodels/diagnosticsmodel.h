// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QAbstractListModel>

namespace Seedline {

// A list of diagnostics, newest batch replacing the previous one. One row per diagnostic.
//
// Diagnostics that no longer apply to what is shown (those of a load that failed while the previous
// chain stayed) can be listed first, under a note row that says where they come from; they are
// marked stale (StaleRole, greyed and in italics), the note row in bold.
class DiagnosticsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        SeverityRole = Qt::UserRole, // int (Severity)
        FileRole,                    // QString
        LineRole,                    // int
        ColumnRole,                  // int
        MessageRole,                 // QString
        StaleRole,                   // bool: no longer about what is shown (also the note row)
        NoteRole,                    // bool: the row that says where the stale ones come from
    };
    Q_ENUM(Roles)

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    // The current diagnostics, after the stale ones under their note (none: no note row either).
    void setDiagnostics(const Diagnostics &current, const Diagnostics &stale, const QString &staleNote);
    void append(const Diagnostics &diagnostics);
    void clear();
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostic diagnostic(int row) const { return m_diagnostics.value(row); }
    int errorCount() const;
    int staleCount() const { return m_staleRows; } // the note row and the stale diagnostics
    bool isStale(int row) const { return row >= 0 && row < m_staleRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Diagnostics m_diagnostics;
    int m_staleRows = 0; // the first rows: the note, then the stale diagnostics
};

} // namespace Seedline

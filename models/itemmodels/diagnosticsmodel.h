// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QAbstractListModel>

namespace Seedline {

// A list of diagnostics, newest batch replacing the previous one. One row per diagnostic.
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
    };
    Q_ENUM(Roles)

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    void append(const Diagnostics &diagnostics);
    void clear();
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostic diagnostic(int row) const { return m_diagnostics.value(row); }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Diagnostics m_diagnostics;
};

} // namespace Seedline

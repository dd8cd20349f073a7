// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/bitset.h"
#include "analysis/chainanalysis.h"
#include "core/chain.h"

#include <QAbstractTableModel>

namespace Seedline {

// Every step of a chain, one row each, in chain order. Read-only.
class StepTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        PackageColumn,
        VersionColumn,
        PassColumn,
        KindColumn,
        FamiliesColumn,
        RequiresPythonColumn,
        RequiresRustColumn,
        ExcludedColumn,
        OriginColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        StepIndexRole = Qt::UserRole, // int: index into Chain::steps
        StepIdRole,                   // QString
        FamiliesRole,                 // QStringList
        RequiresPythonRole,           // bool
        RequiresRustRole,             // bool
        ExcludedRole,                 // bool
        KindRole,                     // QString (stepKindName)
        SortRole,                     // a value that sorts naturally (numbers as numbers)
    };
    Q_ENUM(Roles)

    explicit StepTableModel(QObject *parent = nullptr);

    // Shows the steps of an analysed (real) chain: "requires python/rust" come from the analysis
    // ("yes (what-if)" where only the enabled scenarios add the requirement).
    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }
    // Analyses the chain over the followed kinds and shows it.
    void setChain(ChainPtr chain, RequirementKinds followed = defaultFollowedKinds());
    ChainPtr chain() const { return m_chain; }

    // The row of a step index (rows are step indices), -1 when out of range.
    int rowOfStep(int stepIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const Step &step, int row, int column) const;

    AnalysisPtr m_analysis;
    ChainPtr m_chain;
    Bitset m_requiresPython;
    Bitset m_requiresRust;
    Bitset m_newlyPython;
    Bitset m_newlyRust;
};

} // namespace Seedline

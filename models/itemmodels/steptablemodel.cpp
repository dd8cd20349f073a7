// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "steptablemodel.h"

#include "analysis/chainanalysis.h"

#include <QFileInfo>

namespace Seedline {

namespace {

Bitset requiring(const ChainAnalysis &analysis, const QString &family)
{
    const FamilyRequirement *requirement = analysis.family(family);
    if (!requirement)
        return Bitset(int(analysis.chain->steps.size()));
    Bitset result = requirement->steps;
    result |= requirement->familySteps; // a Python build "requires Python" in the sense the column means
    return result;
}

Bitset newly(const ChainAnalysis &analysis, const QString &family)
{
    const int i = analysis.familyIndex(family);
    if (!analysis.scenario || i < 0 || i >= analysis.scenario->newlyRequiring.size())
        return Bitset(int(analysis.chain->steps.size()));
    return analysis.scenario->newlyRequiring[i];
}

QString originText(const SourceRange &origin)
{
    if (!origin.isValid())
        return {};
    const QString name = QFileInfo(origin.file).fileName();
    return origin.line > 0 ? name + u':' + QString::number(origin.line) : name;
}

} // namespace

StepTableModel::StepTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StepTableModel::setChain(ChainPtr chain, RequirementKinds followed)
{
    if (!chain) {
        setAnalysis({});
        return;
    }
    AnalysisOptions options;
    options.followed = followed;
    setAnalysis(analyseChain(std::move(chain), options));
}

void StepTableModel::setAnalysis(AnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_chain = m_analysis ? m_analysis->chain : ChainPtr();
    m_requiresPython = {};
    m_requiresRust = {};
    m_newlyPython = {};
    m_newlyRust = {};
    if (m_analysis) {
        m_requiresPython = requiring(*m_analysis, QStringLiteral("python"));
        m_requiresRust = requiring(*m_analysis, QStringLiteral("rust"));
        m_newlyPython = newly(*m_analysis, QStringLiteral("python"));
        m_newlyRust = newly(*m_analysis, QStringLiteral("rust"));
    }
    endResetModel();
}

int StepTableModel::rowOfStep(int stepIndex) const
{
    return stepIndex >= 0 && stepIndex < rowCount() ? stepIndex : -1;
}

int StepTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_chain)
        return 0;
    return int(m_chain->steps.size());
}

int StepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepTableModel::displayData(const Step &step, int row, int column) const
{
    switch (Column(column)) {
    case IdColumn:
        return step.id;
    case PackageColumn:
        return step.package;
    case VersionColumn:
        return step.version;
    case PassColumn:
        return step.pass;
    case KindColumn:
        return stepKindName(step.kind);
    case FamiliesColumn:
        return step.families.join(QStringLiteral(", "));
    case RequiresPythonColumn:
        return m_requiresPython.size() > row && m_requiresPython.test(row)
            ? (m_newlyPython.size() > row && m_newlyPython.test(row) ? tr("yes (what-if)") : tr("yes"))
            : QString();
    case RequiresRustColumn:
        return m_requiresRust.size() > row && m_requiresRust.test(row)
            ? (m_newlyRust.size() > row && m_newlyRust.test(row) ? tr("yes (what-if)") : tr("yes"))
            : QString();
    case ExcludedColumn:
        return step.excluded ? tr("excluded") : QString();
    case OriginColumn:
        return originText(step.origin);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StepTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Step &step = m_chain->steps.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(step, row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OriginColumn && step.origin.isValid())
            return QString(step.origin.file.name() + (step.origin.line > 0 ? u':' + QString::number(step.origin.line) : QString()));
        if (index.column() == IdColumn && !step.label.isEmpty())
            return stepDisplayLabel(step);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PassColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StepIndexRole:
        return row;
    case StepIdRole:
        return step.id;
    case FamiliesRole:
        return step.families;
    case RequiresPythonRole:
        return m_requiresPython.size() > row && m_requiresPython.test(row);
    case RequiresRustRole:
        return m_requiresRust.size() > row && m_requiresRust.test(row);
    case ExcludedRole:
        return step.excluded;
    case KindRole:
        return stepKindName(step.kind);
    case SortRole:
        if (index.column() == PassColumn)
            return step.pass;
        if (index.column() == IdColumn)
            return row; // chain order is the natural order of ids
        return displayData(step, row, index.column());
    default:
        return {};
    }
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Step");
    case PackageColumn:
        return tr("Package");
    case VersionColumn:
        return tr("Version");
    case PassColumn:
        return tr("Pass");
    case KindColumn:
        return tr("Kind");
    case FamiliesColumn:
        return tr("Families");
    case RequiresPythonColumn:
        return tr("Needs Python");
    case RequiresRustColumn:
        return tr("Needs Rust");
    case ExcludedColumn:
        return tr("Excluded");
    case OriginColumn:
        return tr("Origin");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> StepTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StepIndexRole, "stepIndex");
    names.insert(StepIdRole, "stepId");
    names.insert(FamiliesRole, "families");
    names.insert(RequiresPythonRole, "requiresPython");
    names.insert(RequiresRustRole, "requiresRust");
    names.insert(ExcludedRole, "excluded");
    names.insert(KindRole, "kind");
    return names;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepfilterproxymodel.h"

#include "steptablemodel.h"

namespace Seedline {

StepFilterProxyModel::StepFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StepTableModel::SortRole);
    setDynamicSortFilter(true);
}

void StepFilterProxyModel::setFilterText(const QString &text, bool regularExpression)
{
    if (text == m_text && regularExpression == m_regex)
        return;
    m_text = text;
    m_regex = regularExpression;
    const QString pattern = regularExpression ? text : QRegularExpression::escape(text);
    m_expression = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    m_valid = text.isEmpty() || m_expression.isValid();
    invalidateRowsFilter();
}

void StepFilterProxyModel::setFamilyFilter(const QString &family, FamilyMatch match)
{
    if (family == m_family && match == m_familyMatch)
        return;
    m_family = family;
    m_familyMatch = match;
    invalidateRowsFilter();
}

void StepFilterProxyModel::setHideExcluded(bool hide)
{
    if (hide == m_hideExcluded)
        return;
    m_hideExcluded = hide;
    invalidateRowsFilter();
}

bool StepFilterProxyModel::matchesText(int sourceRow) const
{
    if (m_text.isEmpty())
        return true;
    if (!m_valid)
        return false;
    const QAbstractItemModel *model = sourceModel();
    for (int column : {int(StepTableModel::IdColumn), int(StepTableModel::PackageColumn),
                       int(StepTableModel::VersionColumn), int(StepTableModel::FamiliesColumn)}) {
        const QModelIndex index = model->index(sourceRow, column);
        if (m_expression.match(index.data(Qt::DisplayRole).toString()).hasMatch())
            return true;
    }
    const QString label = model->index(sourceRow, StepTableModel::IdColumn).data(Qt::ToolTipRole).toString();
    return !label.isEmpty() && m_expression.match(label).hasMatch();
}

bool StepFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !sourceModel())
        return false;
    const QModelIndex first = sourceModel()->index(sourceRow, 0);
    if (m_hideExcluded && first.data(StepTableModel::ExcludedRole).toBool())
        return false;
    if (!m_family.isEmpty()) {
        bool ok = first.data(StepTableModel::FamiliesRole).toStringList().contains(m_family);
        if (!ok && m_familyMatch == FamilyMatch::ProvidesOrRequires) {
            if (m_family == QLatin1String("python"))
                ok = first.data(StepTableModel::RequiresPythonRole).toBool();
            else if (m_family == QLatin1String("rust"))
                ok = first.data(StepTableModel::RequiresRustRole).toBool();
        }
        if (!ok)
            return false;
    }
    return matchesText(sourceRow);
}

} // namespace Seedline

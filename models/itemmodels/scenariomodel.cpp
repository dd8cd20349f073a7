// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariomodel.h"

namespace Seedline {

ScenarioModel::ScenarioModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ScenarioModel::setScenarios(const QVector<Scenario> &scenarios, const QSet<QString> &enabled)
{
    beginResetModel();
    m_scenarios = scenarios;
    m_enabled = enabled;
    endResetModel();
}

int ScenarioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenarios.size());
}

QVariant ScenarioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario &s = m_scenarios.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.title.isEmpty() ? s.name : s.title;
    case Qt::ToolTipRole:
        return s.description.isEmpty() ? s.name : QString(s.name + QStringLiteral(": ") + s.description);
    case Qt::CheckStateRole:
        return m_enabled.contains(s.name) ? Qt::Checked : Qt::Unchecked;
    case NameRole:
        return s.name;
    case DescriptionRole:
        return s.description;
    case RuleCountRole:
        return int(s.rules.size());
    default:
        return {};
    }
}

bool ScenarioModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = m_scenarios.at(index.row()).name;
    const bool on = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == int(Qt::Checked);
    if (on == m_enabled.contains(name))
        return true;
    if (on)
        m_enabled.insert(name);
    else
        m_enabled.remove(name);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT enabledChanged(m_enabled);
    return true;
}

Qt::ItemFlags ScenarioModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace Seedline

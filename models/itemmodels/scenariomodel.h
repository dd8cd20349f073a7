// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"

#include <QAbstractListModel>
#include <QSet>

namespace Seedline {

// The scenarios of a chain as checkable rows; checking a row enables the scenario.
class ScenarioModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { NameRole = Qt::UserRole, DescriptionRole, RuleCountRole };
    Q_ENUM(Roles)

    explicit ScenarioModel(QObject *parent = nullptr);

    void setScenarios(const QVector<Scenario> &scenarios, const QSet<QString> &enabled);
    const QVector<Scenario> &scenarios() const { return m_scenarios; }
    QSet<QString> enabledNames() const { return m_enabled; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // Emitted when the user checks or unchecks a scenario.
    void enabledChanged(const QSet<QString> &enabled);

private:
    QVector<Scenario> m_scenarios;
    QSet<QString> m_enabled;
};

} // namespace Seedline

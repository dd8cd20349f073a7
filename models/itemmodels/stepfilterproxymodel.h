// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace Seedline {

// Filters a StepTableModel by text (substring or regular expression, over id, package, version,
// families and label) and by family (a step providing it, or requiring it transitively).
class StepFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class FamilyMatch { Provides, ProvidesOrRequires };

    explicit StepFilterProxyModel(QObject *parent = nullptr);

    // Empty text shows everything. An invalid regular expression shows nothing and isValid() is false.
    void setFilterText(const QString &text, bool regularExpression = false);
    QString filterText() const { return m_text; }
    bool isRegularExpression() const { return m_regex; }
    bool isFilterValid() const { return m_valid; }

    // Empty family shows every step.
    void setFamilyFilter(const QString &family, FamilyMatch match = FamilyMatch::Provides);
    QString familyFilter() const { return m_family; }

    void setHideExcluded(bool hide);
    bool hideExcluded() const { return m_hideExcluded; }

    // True when the source row's step matches the text filter (ignores the family filter).
    bool matchesText(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_regex = false;
    bool m_valid = true;
    QRegularExpression m_expression;
    QString m_family;
    FamilyMatch m_familyMatch = FamilyMatch::Provides;
    bool m_hideExcluded = false;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainanalysis.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace Seedline {

class StepFilterProxyModel;
class StepTableModel;

// The steps dock: a filter line, a family filter and a sortable table of every real step (also the
// members of folded nodes). Selecting a row emits stepSelected with the real step index.
class StepsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepsPanel(QWidget *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    // Selects the row of a step without emitting stepSelected (-1 clears).
    void setCurrentStep(int index);
    int currentStep() const;

    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    StepTableModel *model() const { return m_model; }
    StepFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void stepSelected(int index);
    void stepActivated(int index);

private:
    void applyFilter();
    void updateFamilies();

    StepTableModel *m_model = nullptr;
    StepFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_regex = nullptr;
    QComboBox *m_family = nullptr;
    QTableView *m_table = nullptr;
    bool m_updating = false;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepspanel.h"

#include "explanations.h"

#include "highlight/palette.h"
#include "itemmodels/stepfilterproxymodel.h"
#include "itemmodels/steptablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace Seedline {

StepsPanel::StepsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new StepTableModel(this))
    , m_proxy(new StepFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_family(new QComboBox(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter steps…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("stepsFilter"));
    m_family->setObjectName(QStringLiteral("stepsFamilyFilter"));
    m_regex->setObjectName(QStringLiteral("stepsRegex"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_filter, m_regex, m_family})
        Explanations::explain(w);
    m_table->setObjectName(QStringLiteral("stepsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StepTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the rows in view and a hundred more, not from the first thousand: a
    // whole distribution has tens of thousands of steps (Qt measures text per cell).
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_regex);
    top->addWidget(m_family);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, this, &StepsPanel::applyFilter);
    connect(m_regex, &QCheckBox::toggled, this, &StepsPanel::applyFilter);
    connect(m_family, &QComboBox::currentIndexChanged, this, &StepsPanel::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_updating || !current.isValid())
                    return;
                Q_EMIT stepSelected(current.data(StepTableModel::StepIndexRole).toInt());
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT stepActivated(index.data(StepTableModel::StepIndexRole).toInt());
    });
    updateFamilies();
}

void StepsPanel::setAnalysis(AnalysisPtr analysis)
{
    const int current = currentStep();
    const QString currentId = m_model->chain() && current >= 0 ? m_model->chain()->steps[current].id : QString();
    m_updating = true;
    m_model->setAnalysis(std::move(analysis));
    updateFamilies();
    m_table->resizeColumnsToContents();
    m_updating = false;
    if (!currentId.isEmpty() && m_model->chain())
        setCurrentStep(m_model->chain()->indexOf(currentId));
}

void StepsPanel::updateFamilies()
{
    const QString previous = m_family->currentData().toString();
    QSet<QString> families;
    if (m_model->chain()) {
        for (const Step &step : m_model->chain()->steps) {
            for (const QString &family : step.families)
                families.insert(family);
        }
    }
    QStringList sorted(families.begin(), families.end());
    sorted.sort();
    const QSignalBlocker blocker(m_family);
    m_family->clear();
    m_family->addItem(tr("All families"), QString());
    for (const QString &family : sorted)
        m_family->addItem(Palette::familyDisplayName(family), family);
    const int index = m_family->findData(previous);
    m_family->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setFamilyFilter(m_family->currentData().toString(),
                             StepFilterProxyModel::FamilyMatch::ProvidesOrRequires);
}

void StepsPanel::applyFilter()
{
    m_proxy->setFilterText(m_filter->text(), m_regex->isChecked());
    m_proxy->setFamilyFilter(m_family->currentData().toString(), StepFilterProxyModel::FamilyMatch::ProvidesOrRequires);
    QPalette palette = m_filter->palette();
    palette.setColor(QPalette::Text, m_proxy->isFilterValid() ? this->palette().color(QPalette::Text) : QColor(Qt::red));
    m_filter->setPalette(palette);
    m_filter->setToolTip(m_proxy->isFilterValid() ? Explanations::optionToolTip(m_filter->objectName())
                                                  : tr("Invalid regular expression"));
}

void StepsPanel::setCurrentStep(int index)
{
    m_updating = true;
    const int row = m_model->rowOfStep(index);
    const QModelIndex proxyIndex = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (proxyIndex.isValid()) {
        m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect
                                                                   | QItemSelectionModel::Rows);
        m_table->scrollTo(proxyIndex);
    } else {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_updating = false;
}

int StepsPanel::currentStep() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(StepTableModel::StepIndexRole).toInt() : -1;
}

} // namespace Seedline

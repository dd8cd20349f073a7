// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace Seedline {

namespace {

QComboBox *stepCombo(const Chain &chain, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (int i = 0; i < chain.steps.size(); ++i)
        combo->addItem(chain.steps[i].id, i);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setMinimumContentsLength(24);
    return combo;
}

int stepOf(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return index < 0 ? -1 : combo->itemData(index).toInt();
}

} // namespace

WhyDialog::WhyDialog(const Chain &chain, int from, int to, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Why does A need B?"));
    m_from = stepCombo(chain, this);
    m_from->setObjectName(QStringLiteral("whyFrom"));
    m_to = stepCombo(chain, this);
    m_to->setObjectName(QStringLiteral("whyTo"));
    auto *layout = new QFormLayout(this);
    auto *help = new QLabel(tr("Draws the shortest chain of requirements (over the followed edge kinds) "
                               "by which the first step needs the second."),
                            this);
    help->setWordWrap(true);
    layout->addRow(help);
    layout->addRow(tr("Why does"), m_from);
    layout->addRow(tr("need"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Show path"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(fromStep() >= 0 && toStep() >= 0); };
    connect(m_from, &QComboBox::currentTextChanged, this, validate);
    connect(m_to, &QComboBox::currentTextChanged, this, validate);
    setSteps(from, to);
    validate();
}

int WhyDialog::fromStep() const
{
    return stepOf(m_from);
}

int WhyDialog::toStep() const
{
    return stepOf(m_to);
}

void WhyDialog::setSteps(int from, int to)
{
    if (from >= 0)
        m_from->setCurrentIndex(m_from->findData(from));
    if (to >= 0)
        m_to->setCurrentIndex(m_to->findData(to));
}

} // namespace Seedline

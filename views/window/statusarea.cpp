// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusarea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Seedline {

StatusArea::StatusArea(QStatusBar *bar, QObject *parent)
    : QObject(parent), m_bar(bar)
{
    m_chainLabel = new QLabel(bar);
    m_chainLabel->setObjectName(QStringLiteral("chainSizeLabel"));
    m_layoutLabel = new QLabel(bar);
    m_layoutLabel->setObjectName(QStringLiteral("layoutLabel"));
    m_busy = new QWidget(bar);
    auto *layout = new QHBoxLayout(m_busy);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *progress = new QProgressBar(m_busy);
    progress->setRange(0, 0);
    progress->setMaximumWidth(100);
    progress->setMaximumHeight(14);
    m_busyLabel = new QLabel(m_busy);
    m_cancel = new QToolButton(m_busy);
    m_cancel->setObjectName(QStringLiteral("cancelLayoutButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the work under way (Esc in the status bar); what is shown stays"));
    layout->addWidget(m_busyLabel);
    layout->addWidget(progress);
    layout->addWidget(m_cancel);
    m_busy->hide();
    bar->addWidget(m_chainLabel);
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_layoutLabel);
    connect(m_cancel, &QToolButton::clicked, this, &StatusArea::cancelRequested);
}

void StatusArea::setChainText(const QString &text)
{
    m_chainLabel->setText(text);
}

void StatusArea::setLayoutText(const QString &text, const QString &details)
{
    m_layoutLabel->setText(text);
    m_layoutLabel->setToolTip(details);
}

void StatusArea::showBusy(const QString &text)
{
    m_busyLabel->setText(text);
    m_busy->show();
}

void StatusArea::hideBusy()
{
    m_busy->hide();
}

bool StatusArea::isBusy() const
{
    return m_busy->isVisible();
}

void StatusArea::showMessage(const QString &message, int ms)
{
    m_bar->showMessage(message, ms);
}

} // namespace Seedline

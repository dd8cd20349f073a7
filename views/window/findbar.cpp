// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace Seedline {

QVector<int> findSteps(const Chain &chain, const QString &text, bool regularExpression, bool *valid)
{
    QVector<int> result;
    if (valid)
        *valid = true;
    if (text.isEmpty())
        return result;
    const QRegularExpression expression(regularExpression ? text : QRegularExpression::escape(text),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!expression.isValid()) {
        if (valid)
            *valid = false;
        return result;
    }
    for (int i = 0; i < chain.steps.size(); ++i) {
        const Step &step = chain.steps[i];
        if (expression.match(step.id).hasMatch() || expression.match(step.label).hasMatch()
            || expression.match(step.package).hasMatch())
            result << i;
    }
    return result;
}

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find step (id, label or package)…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Escape)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_regex);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textEdited, this, [this] { search(true); });
    connect(m_regex, &QCheckBox::toggled, this, [this] { search(true); });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    updateStatus();
}

void FindBar::setChain(ChainPtr chain)
{
    m_chain = std::move(chain);
    m_current = -1;
    search(false);
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::findNext()
{
    go(+1);
}

void FindBar::findPrevious()
{
    go(-1);
}

void FindBar::search(bool incremental)
{
    m_matches = m_chain ? findSteps(*m_chain, m_edit->text(), m_regex->isChecked(), &m_valid) : QVector<int>();
    updateStatus();
    if (!incremental || m_matches.isEmpty())
        return;
    // Stay on the current step if it still matches, else move to the first match after it.
    auto it = std::lower_bound(m_matches.begin(), m_matches.end(), std::max(m_current, 0));
    m_current = it == m_matches.end() ? m_matches.front() : *it;
    updateStatus();
    Q_EMIT stepFound(m_current);
}

void FindBar::go(int direction)
{
    if (m_matches.isEmpty())
        search(false);
    if (m_matches.isEmpty())
        return;
    if (direction > 0) {
        auto it = std::upper_bound(m_matches.begin(), m_matches.end(), m_current);
        m_current = it == m_matches.end() ? m_matches.front() : *it; // wraps around
    } else {
        auto it = std::lower_bound(m_matches.begin(), m_matches.end(), m_current);
        m_current = it == m_matches.begin() ? m_matches.back() : *(it - 1);
    }
    updateStatus();
    Q_EMIT stepFound(m_current);
}

void FindBar::updateStatus()
{
    QPalette palette = m_edit->palette();
    const bool bad = !m_valid || (!m_edit->text().isEmpty() && m_matches.isEmpty());
    palette.setColor(QPalette::Base, bad ? QColor(0xff, 0xdd, 0xdd) : this->palette().color(QPalette::Base));
    m_edit->setPalette(palette);
    if (!m_valid) {
        m_status->setText(tr("invalid expression"));
    } else if (m_edit->text().isEmpty()) {
        m_status->clear();
    } else if (m_matches.isEmpty()) {
        m_status->setText(tr("no match"));
    } else {
        const qsizetype position = m_matches.indexOf(m_current);
        m_status->setText(position < 0 ? tr("%n match(es)", nullptr, int(m_matches.size()))
                                       : tr("%1 of %2").arg(position + 1).arg(m_matches.size()));
    }
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Seedline

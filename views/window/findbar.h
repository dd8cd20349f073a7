// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Seedline {

// The steps whose id, label or package match `text` (a case-insensitive substring or regular
// expression), in chain order. An invalid expression matches nothing and sets *valid to false.
QVector<int> findSteps(const Chain &chain, const QString &text, bool regularExpression, bool *valid = nullptr);

// The incremental search bar (Ctrl+F): typing moves to the first match at or after the current
// step; Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the previous; Escape closes.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setChain(ChainPtr chain);
    // The step the search continues from.
    void setCurrentStep(int index) { m_current = index; }

    void activate(); // shows the bar and focuses the line edit, selecting its text
    void findNext();
    void findPrevious();

    QLineEdit *lineEdit() const { return m_edit; }
    QCheckBox *regexCheckBox() const { return m_regex; }
    QVector<int> matches() const { return m_matches; }

Q_SIGNALS:
    void stepFound(int index);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(bool incremental);
    void go(int direction);
    void updateStatus();

    ChainPtr m_chain;
    QLineEdit *m_edit = nullptr;
    QCheckBox *m_regex = nullptr;
    QLabel *m_status = nullptr;
    QVector<int> m_matches;
    bool m_valid = true;
    int m_current = -1;
};

} // namespace Seedline

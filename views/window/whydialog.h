// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace Seedline {

// "Why does A need B?": picks two steps (searchable combo boxes) for the witness path.
class WhyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WhyDialog(const Chain &chain, int from, int to, QWidget *parent = nullptr);

    int fromStep() const;
    int toStep() const;
    void setSteps(int from, int to);

private:
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
};

} // namespace Seedline

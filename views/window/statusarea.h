// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace Seedline {

// The window's status bar: the size of the chain and what is folded, the layout chosen and its
// time (with the reasons in the tooltip), and a busy indicator with Cancel while work runs.
class StatusArea : public QObject
{
    Q_OBJECT
public:
    explicit StatusArea(QStatusBar *bar, QObject *parent = nullptr);

    void setChainText(const QString &text);
    void setLayoutText(const QString &text, const QString &details = {});
    // Shows the busy indicator with a text ("Laying out 224 steps… 1.2 s") and Cancel.
    void showBusy(const QString &text);
    void hideBusy();
    bool isBusy() const;
    void showMessage(const QString &message, int ms = 5000);

    QLabel *chainLabel() const { return m_chainLabel; }
    QLabel *layoutLabel() const { return m_layoutLabel; }
    QToolButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QStatusBar *m_bar;
    QLabel *m_chainLabel = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Seedline

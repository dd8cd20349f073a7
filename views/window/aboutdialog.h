// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace Seedline {

// Help ▸ About Seedline: the application icon, the version, what Seedline is for, the licence
// (GPL-3.0-or-later) and the project's links (the homepage and bug tracker the AppStream metainfo
// names), which open in the desktop's browser.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog of `window`, made on first use; shown and raised.
    static AboutDialog *showFor(QWidget *window);

    QLabel *iconLabel() const { return m_icon; }
    QLabel *textLabel() const { return m_text; }

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Seedline

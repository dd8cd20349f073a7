// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "icons.h"

#include "seedline-config.h"
#include "seedline-resources.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Seedline {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Seedline"));
    m_icon->setObjectName(QStringLiteral("aboutIcon"));
    m_icon->setPixmap(Icons::applicationIcon().pixmap(QSize(96, 96), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QString homepage = QStringLiteral(SEEDLINE_HOMEPAGE_URL);
    const QString bugs = QStringLiteral(SEEDLINE_BUGTRACKER_URL);
    const QString link = QStringLiteral("<a href=\"%1\">%1</a>");
    m_text->setText(
        QStringLiteral("<h2>Seedline %1</h2>").arg(QStringLiteral(SEEDLINE_VERSION_STRING))
        + tr("<p>Shows how software is bootstrapped from a tiny binary seed, step by step, and what each step "
             "really needs: which builds need Python or Rust, why, and how the Rust chain grows.</p>")
        + tr("<p>Copyright © 2026 Seedline contributors.<br>Licensed under the GNU General Public License, "
             "version 3 or (at your option) any later version (GPL-3.0-or-later). There is no warranty.</p>")
        + QStringLiteral("<p>%1 %2<br>%3 %4</p>")
              .arg(tr("Homepage:"), link.arg(homepage), tr("Report a bug:"), link.arg(bugs))
        + tr("<p>Built with Qt %1, running on Qt %2.</p>").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addSpacing(12);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

AboutDialog *AboutDialog::showFor(QWidget *window)
{
    auto *about = window->findChild<AboutDialog *>(QStringLiteral("aboutDialog"), Qt::FindDirectChildrenOnly);
    if (!about)
        about = new AboutDialog(window);
    about->show();
    about->raise();
    about->activateWindow();
    return about;
}

} // namespace Seedline

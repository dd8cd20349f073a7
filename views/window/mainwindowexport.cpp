// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace Seedline {

bool MainWindow::exportTo(const QString &fileName, QString *error)
{
    Q_UNUSED(fileName);
    if (error)
        *error = tr("exporting is not available yet");
    return false;
}

} // namespace Seedline

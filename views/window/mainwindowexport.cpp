// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "configpanel.h"
#include "scene/exporter.h"
#include "graph/graphview.h"

namespace Seedline {

bool MainWindow::exportTo(const QString &fileName, QString *error)
{
    if (!m_view->chain()) {
        if (error)
            *error = tr("there is no graph to export yet");
        return false;
    }
    ExportRequest request;
    request.fileName = fileName;
    request.model = m_view->sceneModel(); // what the view shows: styles, legend and title
    request.scale = 2.0;
    request.leftToRight = m_config->rankDir() == LayoutGraph::LeftToRight;
    const ExportResult result = exportGraph(request);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "configpanel.h"
#include "scene/exporter.h"
#include "scene/scenebuilder.h"
#include "graph/graphview.h"

namespace Seedline {

bool MainWindow::exportTo(const QString &fileName, QString *error, bool visibleOnly)
{
    if (!m_view->chain()) {
        if (error)
            *error = tr("there is no graph to export yet");
        return false;
    }
    ExportRequest request;
    request.fileName = fileName;
    request.model = m_view->sceneModel(); // what the view shows: styles, legend and title
    if (request.model.highlight.theme != Theme::Light) {
        // Exports are for paper and slides: light, whatever the window's theme.
        ViewPlan plan = m_builder->plan();
        ViewOptions light = m_builder->options();
        light.highlight.theme = Theme::Light;
        if (!plan.isEmpty() && restylePlan(plan, light))
            restyleSceneModel(request.model, plan.highlight);
    }
    if (visibleOnly) {
        // Only the steps (and their edges) in the viewport; the legend and title sit beside them.
        const QRectF area = m_view->visibleSceneRect();
        HighlightResult h = request.model.highlight;
        for (const GraphGeometry::Node &n : request.model.geometry.nodes)
            if (!area.intersects(n.rect()) && n.step < h.steps.size())
                h.steps[n.step].hidden = true;
        GraphGeometry g = request.model.geometry;
        g.bounds = QRectF();
        for (const GraphGeometry::Node &n : g.nodes)
            if (!h.steps.value(n.step).hidden)
                g.bounds |= n.rect();
        request.model = buildSceneModel(request.model.chain, g, h, request.model.caption, request.model.sources);
        request.model.projection = m_view->sceneModel().projection;
    }
    request.scale = 0; // chosen: 2 px/pt unless the image would be too large
    request.leftToRight = m_config->rankDir() == LayoutGraph::LeftToRight;
    const ExportResult result = exportGraph(request);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

} // namespace Seedline

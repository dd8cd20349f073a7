// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scene/scenemodel.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Seedline {

enum class ExportFormat { FromFileName, Svg, Png, Pdf, Dot };

// What to export: the drawing model of the view (GraphView::sceneModel()), or one built the same
// way by `seedline export` (buildSceneModel), so that an export is exactly what the view shows.
struct ExportRequest
{
    QString fileName;
    ExportFormat format = ExportFormat::FromFileName;
    SceneModel model;
    qreal scale = 1.0;           // PNG: pixels per scene unit (1 scene unit = 1 pt)
    bool leftToRight = false;    // DOT: rankdir=LR
};

struct ExportResult
{
    bool ok = false;
    QString fileName;
    ExportFormat format = ExportFormat::FromFileName;
    QString error;   // a sentence for the user when !ok
    QSize pixelSize; // PNG: the image size
    qint64 bytes = 0;
};

// ".svg" -> Svg, ... (case-insensitive); nullopt for anything else.
std::optional<ExportFormat> exportFormatForFileName(const QString &fileName);
QStringList supportedExportExtensions(); // "svg", "png", "pdf", "dot"
QString exportFormatName(ExportFormat format);

// The writers behind exportGraph (public for tests and for copying to the clipboard).
QByteArray writeSvg(const SceneModel &model);
QImage renderImage(const SceneModel &model, qreal scale = 1.0);
QByteArray writeDotExport(const SceneModel &model, bool leftToRight = false);

// Renders the whole file in memory, then writes it with writeFileAtomically (models/io/safewrite.h):
// the file is replaced only when every byte reached the disk; a full disk, a device node, a FIFO or
// a directory (also behind a symbolic link) leaves everything as it was, and the error names the
// path and the system's reason ("cannot write out.svg: No space left on device").
ExportResult exportGraph(const ExportRequest &request);

} // namespace Seedline

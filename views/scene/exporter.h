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

enum class ExportFormat { FromFileName, Svg, Png, Pdf, Dot, Mermaid };

// What to export: the drawing model of the view (GraphView::sceneModel()), or one built the same
// way by `seedline export` (buildSceneModel), so that an export is exactly what the view shows.
struct ExportRequest
{
    QString fileName;
    ExportFormat format = ExportFormat::FromFileName;
    SceneModel model;
    qreal scale = 1.0;           // PNG: pixels per scene unit (1 scene unit = 1 pt); 0: chosen (see below)
    bool leftToRight = false;    // DOT and Mermaid: rankdir=LR / flowchart LR
    QSize canvas;                // SVG, PNG, PDF: the size of the picture (a slide, a page); empty: the graph's
    QString css;                 // SVG: a stylesheet embedded in the file (the proposal's house style)
};

// PNG without a scale: at most 2 pixels per point, and no side longer than this.
inline constexpr int pngMaximumSide = 8192;

struct ExportResult
{
    bool ok = false;
    QString fileName;
    ExportFormat format = ExportFormat::FromFileName;
    QString error;   // a sentence for the user when !ok
    QSize pixelSize; // PNG: the image size
    qreal scale = 0; // PNG: the pixels per point used
    qint64 bytes = 0;
};

// Pixels per scene unit when `model` is drawn on `canvas` (the whole scene fitted).
qreal canvasScale(const SceneModel &model, const QSize &canvas);
// The height on the canvas, in pixels, of a step label (what --size checks).
qreal labelPixelsOnCanvas(const SceneModel &model, const QSize &canvas);
// "1920x1080", "slide" (1920×1080), "a4" (1123×794, landscape at 96 dpi), "letter" (1056×816);
// an invalid size for anything else.
QSize parseCanvasSize(const QString &text);

// ".svg" -> Svg, ... (case-insensitive); nullopt for anything else.
std::optional<ExportFormat> exportFormatForFileName(const QString &fileName);
QStringList supportedExportExtensions(); // "svg", "png", "pdf", "dot", "mmd"
QString exportFormatName(ExportFormat format);

// The writers behind exportGraph (public for tests and for copying to the clipboard).
struct SvgOptions
{
    QSize canvas;   // width and height of the picture; empty: the scene's, capped at svgMaximumSide
    QString css;    // embedded as a <style> element
};
QByteArray writeSvg(const SceneModel &model, const SvgOptions &options = {});
QImage renderImage(const SceneModel &model, qreal scale = 1.0);
QByteArray writeDotExport(const SceneModel &model, bool leftToRight = false);

// Renders the whole file in memory, then writes it with writeFileAtomically (models/io/safewrite.h):
// the file is replaced only when every byte reached the disk; a full disk, a device node, a FIFO or
// a directory (also behind a symbolic link) leaves everything as it was, and the error names the
// path and the system's reason ("cannot write out.svg: No space left on device").
ExportResult exportGraph(const ExportRequest &request);

} // namespace Seedline

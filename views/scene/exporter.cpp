// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "dot/dotwriter.h"
#include "scene/mermaidwriter.h"
#include "scene/scenepainter.h"
#include "highlight/palette.h"
#include "io/safewrite.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Seedline {

namespace {

// Images larger than this many pixels are refused rather than exhausting memory.
constexpr qint64 maximumImagePixels = qint64(16384) * 16384;

// Paints the model into `target` (device coordinates) with the routines the scene items use. No
// QGraphicsScene: the command line runs under a QGuiApplication, which a scene cannot live in.
void renderScene(const SceneModel &model, QPainter *painter, const QRectF &target)
{
    const QRectF source = model.sceneRect;
    const qreal s = std::min(target.width() / source.width(), target.height() / source.height());
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter->translate(target.center());
    painter->scale(s, s);
    painter->translate(-source.center());
    paintSceneModel(painter, model, s); // device pixels per scene unit, as the items see it
    painter->restore();
}

QString dotStyle(Qt::PenStyle style)
{
    switch (style) {
    case Qt::DashLine:
    case Qt::DashDotLine: return QStringLiteral("dashed");
    case Qt::DotLine: return QStringLiteral("dotted");
    default: return QStringLiteral("solid");
    }
}

ExportResult fail(ExportResult r, const QString &error)
{
    r.ok = false;
    r.error = error;
    return r;
}

} // namespace

std::optional<ExportFormat> exportFormatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        return ExportFormat::Dot;
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid"))
        return ExportFormat::Mermaid;
    return std::nullopt;
}

QStringList supportedExportExtensions()
{
    return {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("dot"), QStringLiteral("mmd")};
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Svg: return QStringLiteral("SVG");
    case ExportFormat::Png: return QStringLiteral("PNG");
    case ExportFormat::Pdf: return QStringLiteral("PDF");
    case ExportFormat::Dot: return QStringLiteral("DOT");
    case ExportFormat::Mermaid: return QStringLiteral("Mermaid");
    case ExportFormat::FromFileName: break;
    }
    return QStringLiteral("?");
}

qreal canvasScale(const SceneModel &model, const QSize &canvas)
{
    const QRectF r = model.sceneRect;
    if (canvas.isEmpty() || r.isEmpty())
        return 1.0;
    return std::min(canvas.width() / r.width(), canvas.height() / r.height());
}

qreal labelPixelsOnCanvas(const SceneModel &model, const QSize &canvas)
{
    return labelPixelSize * canvasScale(model, canvas);
}

QSize parseCanvasSize(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("slide"))
        return {1920, 1080};
    if (t == QLatin1String("a4"))
        return {1123, 794};
    if (t == QLatin1String("letter"))
        return {1056, 816};
    const QStringList parts = t.split(u'x');
    if (parts.size() != 2)
        return {};
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW), h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 16 || h < 16 || w > 20000 || h > 20000)
        return {};
    return {w, h};
}

QImage renderImage(const SceneModel &model, qreal scale)
{
    const QSize size = (model.sceneRect.size() * scale).toSize().expandedTo(QSize(1, 1));
    if (qint64(size.width()) * size.height() > maximumImagePixels)
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(model.highlight.palette().background());
    // 1 scene unit = 1 pt: at scale 1 the image is 72 dpi, at scale s it is 72·s dpi.
    const int dotsPerMeter = qRound(72.0 * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    renderScene(model, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QByteArray writeDotExport(const SceneModel &model, bool leftToRight)
{
    if (!model.chain)
        return {};
    const Chain &full = *model.chain;
    // Only what the view shows: steps laid out and not hidden, edges not hidden between them.
    Chain shown;
    shown.title = full.title;
    shown.directed = full.directed;
    shown.graphAttributes = full.graphAttributes;
    shown.configuration = full.configuration;
    QVector<int> newIndex(full.steps.size(), -1);
    DotWriteOptions options;
    options.title = model.title;
    options.rankDir = leftToRight ? DotWriteOptions::RankDir::LeftToRight : DotWriteOptions::RankDir::TopToBottom;
    options.includeExcluded = true; // the highlight already decided what is hidden
    options.legend = false; // its nodes would come back as steps when the file is loaded again
    for (int i = 0; i < full.steps.size(); ++i) {
        const StepStyle s = model.stepStyle(i);
        if (s.hidden || !model.geometry.node(i))
            continue;
        newIndex[i] = shown.addStep(full.steps[i]);
        QMap<QString, QString> attrs;
        attrs.insert(QStringLiteral("style"), QStringLiteral("filled,rounded"));
        attrs.insert(QStringLiteral("fillcolor"), s.fill.name());
        attrs.insert(QStringLiteral("color"), s.outline.name());
        attrs.insert(QStringLiteral("fontcolor"), s.text.name());
        attrs.insert(QStringLiteral("penwidth"), QString::number(s.outlineWidth));
        if (s.role != StepRole::Plain)
            attrs.insert(QStringLiteral("tooltip"), s.role == StepRole::FamilyMember
                                                        ? QStringLiteral("provides %1").arg(s.family)
                                                        : QStringLiteral("needs %1").arg(s.family));
        options.stepAttributes.insert(newIndex[i], attrs);
    }
    for (int j = 0; j < full.requirements.size(); ++j) {
        const Requirement &q = full.requirements[j];
        const EdgeStyle s = model.edgeStyle(j);
        if (s.hidden || q.from < 0 || q.to < 0 || q.from >= newIndex.size() || q.to >= newIndex.size()
            || newIndex[q.from] < 0 || newIndex[q.to] < 0)
            continue;
        Requirement copy = q;
        copy.from = newIndex[q.from];
        copy.to = newIndex[q.to];
        const int before = int(shown.requirements.size());
        if (!shown.addRequirement(copy))
            continue;
        QMap<QString, QString> attrs;
        attrs.insert(QStringLiteral("color"), s.color.name());
        attrs.insert(QStringLiteral("penwidth"), QString::number(s.width));
        attrs.insert(QStringLiteral("style"), dotStyle(s.penStyle));
        options.requirementAttributes.insert(before, attrs);
    }
    return writeDot(shown, options);
}

ExportResult exportGraph(const ExportRequest &request)
{
    ExportResult result;
    result.fileName = request.fileName;
    ExportFormat format = request.format;
    if (format == ExportFormat::FromFileName) {
        const auto detected = exportFormatForFileName(request.fileName);
        if (!detected)
            return fail(result, QStringLiteral("cannot tell the format of \"%1\" from its extension; supported: .%2")
                                    .arg(request.fileName, supportedExportExtensions().join(QStringLiteral(", ."))));
        format = *detected;
    }
    result.format = format;
    if (request.model.isEmpty())
        return fail(result, QStringLiteral("there is nothing to export (no laid-out graph)"));
    if (request.scale < 0 || request.scale > 64)
        return fail(result, QStringLiteral("the scale must be greater than 0 and at most 64 (got %1)").arg(request.scale));

    // Every format is made in memory first and written whole through writeFileAtomically: on a full
    // disk, a device node or a directory the old file stays as it was.
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Svg:
        bytes = writeSvg(request.model, SvgOptions{request.canvas, request.css});
        break;
    case ExportFormat::Dot:
        bytes = writeDotExport(request.model, request.leftToRight);
        break;
    case ExportFormat::Mermaid:
        bytes = writeMermaid(request.model, request.leftToRight);
        break;
    case ExportFormat::Png: {
        QImage image;
        if (!request.canvas.isEmpty()) {
            image = QImage(request.canvas, QImage::Format_ARGB32_Premultiplied);
            image.fill(request.model.highlight.palette().background());
            QPainter painter(&image);
            renderScene(request.model, &painter, QRectF(QPointF(0, 0), QSizeF(request.canvas)));
            painter.end();
            result.scale = canvasScale(request.model, request.canvas);
        } else {
            // No scale given: 2 pixels per point, less when a side would pass pngMaximumSide.
            qreal scale = request.scale;
            if (!(scale > 0)) {
                const qreal longest = std::max(request.model.sceneRect.width(), request.model.sceneRect.height());
                scale = std::min<qreal>(2.0, pngMaximumSide / std::max<qreal>(longest, 1.0));
            }
            result.scale = scale;
            image = renderImage(request.model, scale);
            if (image.isNull()) {
                const QSizeF size = request.model.sceneRect.size() * scale;
                return fail(result, QStringLiteral("the image would be %1 × %2 pixels, too large; use a smaller --scale")
                                        .arg(qRound(size.width()))
                                        .arg(qRound(size.height())));
            }
        }
        result.pixelSize = image.size();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return fail(result, QStringLiteral("cannot encode the PNG image (%1 × %2 pixels)")
                                    .arg(image.width())
                                    .arg(image.height()));
        break;
    }
    case ExportFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Seedline"));
        writer.setTitle(request.model.title);
        const QSizeF page = request.canvas.isEmpty() ? request.model.sceneRect.size() : QSizeF(request.canvas) * 0.75;
        writer.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(288);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(result, QStringLiteral("cannot start the PDF writer"));
        renderScene(request.model, &painter, QRectF(0, 0, writer.width(), writer.height()));
        if (!painter.end())
            return fail(result, QStringLiteral("cannot finish the PDF document"));
        break;
    }
    case ExportFormat::FromFileName:
        break;
    }
    if (bytes.isEmpty())
        return fail(result, QStringLiteral("the %1 writer produced nothing; %2 was left alone")
                                .arg(exportFormatName(format), request.fileName));
    const WriteResult written = writeFileAtomically(request.fileName, bytes);
    if (!written.ok)
        return fail(result, written.message());
    result.bytes = written.bytes;
    result.ok = true;
    return result;
}

} // namespace Seedline

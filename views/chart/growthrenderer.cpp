// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthrenderer.h"

#include "growthchart.h"
#include "highlight/palette.h"
#include "io/safewrite.h"
#include "itemmodels/timelinetablemodel.h"
#include "scene/exporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <algorithm>

namespace Seedline {

namespace {

constexpr int dotsPerMeter96 = 3780; // 96 dpi: what the chart is laid out for on screen
constexpr qreal frameMargin = 24;
constexpr qreal headingHeight = 92;

QFont pixelFont(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QString hoursText(double hours)
{
    if (hours < 1.0)
        return QCoreApplication::translate("GrowthRenderer", "%1 min").arg(qRound(hours * 60));
    return QCoreApplication::translate("GrowthRenderer", "%1 h").arg(hours, 0, 'f', 1);
}

// The graph's own SVG (writeSvg) as a group fitted into `target` of another SVG: its root's content
// under a transform (SVG Tiny, which Qt's renderer reads, has no nested <svg>).
QByteArray embeddedSvg(const QByteArray &svg, const QRectF &target)
{
    static const QRegularExpression rootTag(QStringLiteral("<svg\\b[^>]*>"));
    static const QRegularExpression viewBox(QStringLiteral("viewBox=\"([-0-9.eE]+) ([-0-9.eE]+) ([0-9.eE]+) ([0-9.eE]+)\""));
    static const QRegularExpression fontFamily(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(svg);
    const QRegularExpressionMatch root = rootTag.match(text);
    const qsizetype end = text.lastIndexOf(QLatin1String("</svg>"));
    if (!root.hasMatch() || end < root.capturedEnd())
        return {};
    const QRegularExpressionMatch box = viewBox.match(root.captured());
    if (!box.hasMatch())
        return {};
    const QRectF source(box.captured(1).toDouble(), box.captured(2).toDouble(), box.captured(3).toDouble(),
                        box.captured(4).toDouble());
    if (!(source.width() > 0) || !(source.height() > 0))
        return {};
    const qreal s = std::min(target.width() / source.width(), target.height() / source.height());
    const qreal tx = target.left() + (target.width() - source.width() * s) / 2 - source.left() * s;
    const qreal ty = target.top() + (target.height() - source.height() * s) / 2 - source.top() * s;
    const QRegularExpressionMatch font = fontFamily.match(root.captured());
    QString group = QStringLiteral("<g id=\"graph\" transform=\"translate(%1,%2) scale(%3)\"%4>")
                        .arg(tx, 0, 'f', 2)
                        .arg(ty, 0, 'f', 2)
                        .arg(s, 0, 'f', 5)
                        .arg(font.hasMatch() ? QStringLiteral(" font-family=\"%1\"").arg(font.captured(1)) : QString());
    group += QStringView(text).mid(root.capturedEnd(), end - root.capturedEnd());
    group += QStringLiteral("</g>\n");
    return group.toUtf8();
}

} // namespace

std::optional<PictureFormat> pictureFormatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return PictureFormat::Svg;
    if (suffix == QLatin1String("png"))
        return PictureFormat::Png;
    return std::nullopt;
}

QString growthCounter(const TimelineRow &row)
{
    const int n = row.rustcBuilds();
    QString text = n == 1 ? QCoreApplication::translate("GrowthRenderer", "1 rustc build")
                          : QCoreApplication::translate("GrowthRenderer", "%1 rustc builds").arg(n);
    if (row.projected)
        text += QCoreApplication::translate("GrowthRenderer", " (projected)");
    const CpythonFigures &c = row.cpython;
    if (c.available) {
        text += QCoreApplication::translate("GrowthRenderer", " · CPython with Rust: %1 builds, without: %2")
                    .arg(c.buildsWithRust)
                    .arg(c.buildsWithoutRust);
        // Hours only where the chains know some.
        if (c.hoursWithRust > 0) {
            if (const auto ratio = c.hoursRatio())
                text += QCoreApplication::translate("GrowthRenderer", " · %1 against %2 (%3×)")
                            .arg(hoursText(c.hoursWithRust), hoursText(c.hoursWithoutRust))
                            .arg(*ratio, 0, 'f', 2);
            else
                text += QCoreApplication::translate("GrowthRenderer", " · %1 of build time known, %2 without a figure")
                            .arg(hoursText(c.hoursWithRust),
                                 c.missingHoursWithRust.size() == 1
                                     ? QCoreApplication::translate("GrowthRenderer", "1 build")
                                     : QCoreApplication::translate("GrowthRenderer", "%1 builds")
                                           .arg(c.missingHoursWithRust.size()));
        }
    }
    return text;
}

const TimelineEvent *recentEvent(const TimelineSeries &series, const QDate &date, int days)
{
    const TimelineEvent *best = nullptr;
    for (const TimelineEvent &e : series.events) {
        if (e.date <= date && e.date.daysTo(date) <= days && (!best || e.date >= best->date))
            best = &e;
    }
    return best;
}

GrowthRenderer::GrowthRenderer(TimelineTableModel *model)
    : m_model(model)
    , m_scene(std::make_unique<QGraphicsScene>())
    , m_chart(new GrowthChart)
{
    m_scene->addItem(m_chart);
    m_chart->setModel(model);
}

GrowthRenderer::~GrowthRenderer() = default;

void GrowthRenderer::setToday(const QDate &today)
{
    m_chart->setToday(today);
}

void GrowthRenderer::setPlayhead(const QDate &date)
{
    m_chart->setPlayhead(date);
}

void GrowthRenderer::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    m_chart->setTitleFont(pixelFont(16, true));
}

void GrowthRenderer::layOut(const QSizeF &size)
{
    m_chart->setGeometry(QRectF(QPointF(0, 0), size));
    // Laid out now, not when the event loop gets to it: the plot area and the overlays follow.
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
}

QByteArray GrowthRenderer::chartSvg(const QSize &size)
{
    layOut(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(m_chart->title().isEmpty() ? QStringLiteral("Seedline: how the Rust chain grows") : m_chart->title());
    generator.setDescription(QStringLiteral("Exported by Seedline"));
    QPainter painter(&generator);
    m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), m_chart->geometry());
    painter.end();
    return bytes;
}

QImage GrowthRenderer::chartImage(const QSize &size, qreal scale)
{
    layOut(size);
    QImage image((QSizeF(size) * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(scale);
    image.setDotsPerMeterX(dotsPerMeter96);
    image.setDotsPerMeterY(dotsPerMeter96);
    image.fill(Palette().background());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), m_chart->geometry());
    painter.end();
    return image;
}

GrowthRenderer::FrameLayout GrowthRenderer::frameLayout(const QSize &size) const
{
    FrameLayout l;
    const qreal w = size.width(), h = size.height();
    l.heading = QRectF(frameMargin, frameMargin * 0.75, w - 2 * frameMargin, headingHeight);
    const qreal top = l.heading.bottom() + 8;
    const qreal inner = w - 3 * frameMargin;
    const qreal chartWidth = std::max<qreal>(inner * 0.46, 200);
    l.chart = QRectF(frameMargin, top, chartWidth, std::max<qreal>(h - top - frameMargin, 100));
    l.graph = QRectF(l.chart.right() + frameMargin, top, std::max<qreal>(inner - chartWidth, 100), l.chart.height());
    return l;
}

void GrowthRenderer::paintHeading(QPainter *painter, const QRectF &rect) const
{
    const QDate date = m_chart->playhead().isValid() ? m_chart->playhead() : m_chart->lastDate();
    const TimelineSeries &series = m_model->series();
    const int row = series.rowAt(date);
    painter->save();
    painter->setPen(Palette().text());
    painter->setFont(pixelFont(30, true));
    const QFontMetricsF big(painter->font());
    qreal y = rect.top() + big.ascent();
    const QString when = date.isValid() ? date.toString(Qt::ISODate) : QString();
    painter->drawText(QPointF(rect.left(), y), when);
    painter->setFont(pixelFont(20, true));
    const QString title = QCoreApplication::translate("GrowthRenderer", "How the Rust chain grows");
    painter->drawText(QPointF(rect.left() + big.horizontalAdvance(when) + 24, y), title);
    y += big.descent() + 8;
    painter->setFont(pixelFont(17));
    const QFontMetricsF normal(painter->font());
    y += normal.ascent();
    painter->drawText(QPointF(rect.left(), y),
                      normal.elidedText(row >= 0 ? growthCounter(series.rows[row])
                                                 : QCoreApplication::translate("GrowthRenderer", "no bootstrap anchor yet"),
                                        Qt::ElideRight, rect.width()));
    if (const TimelineEvent *event = recentEvent(series, date)) {
        painter->setFont(pixelFont(14));
        painter->setPen(QColor(0x55, 0x55, 0x66));
        const QFontMetricsF small(painter->font());
        y += normal.descent() + 6 + small.ascent();
        painter->drawText(QPointF(rect.left(), y),
                          small.elidedText(QStringLiteral("%1  %2").arg(event->date.toString(Qt::ISODate), event->title),
                                           Qt::ElideRight, rect.width()));
    }
    painter->restore();
}

QByteArray GrowthRenderer::frameSvg(const QSize &size, const SceneModel &graph)
{
    const FrameLayout l = frameLayout(size);
    const QRectF chartRect = graph.isEmpty() ? l.chart.united(l.graph) : l.chart;
    layOut(chartRect.size());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    const QDate date = m_chart->playhead();
    generator.setTitle(QStringLiteral("Seedline: how the Rust chain grows, %1").arg(date.toString(Qt::ISODate)));
    generator.setDescription(QStringLiteral("Exported by Seedline"));
    QPainter painter(&generator);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Palette().background());
    paintHeading(&painter, l.heading);
    m_scene->render(&painter, chartRect, m_chart->geometry());
    painter.end();
    if (graph.isEmpty())
        return bytes;
    // The graph as the exporter writes it (classes, ids, titles), fitted into its half.
    const QByteArray group = embeddedSvg(writeSvg(graph), l.graph);
    const qsizetype close = bytes.lastIndexOf("</svg>");
    if (group.isEmpty() || close < 0)
        return bytes;
    bytes.insert(close, group);
    return bytes;
}

QImage GrowthRenderer::frameImage(const QSize &size, const SceneModel &graph)
{
    const FrameLayout l = frameLayout(size);
    const QRectF chartRect = graph.isEmpty() ? l.chart.united(l.graph) : l.chart;
    layOut(chartRect.size());
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDotsPerMeterX(dotsPerMeter96);
    image.setDotsPerMeterY(dotsPerMeter96);
    image.fill(Palette().background());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paintHeading(&painter, l.heading);
    m_scene->render(&painter, chartRect, m_chart->geometry());
    if (!graph.isEmpty() && graph.sceneRect.width() > 0 && graph.sceneRect.height() > 0) {
        // The graph as the PNG exporter draws it, at the scale that fits its half.
        const qreal s = std::min(l.graph.width() / graph.sceneRect.width(), l.graph.height() / graph.sceneRect.height());
        const QImage picture = renderImage(graph, s);
        const QPointF at(l.graph.left() + (l.graph.width() - picture.width()) / 2,
                         l.graph.top() + (l.graph.height() - picture.height()) / 2);
        painter.drawImage(at, picture);
    }
    painter.end();
    return image;
}

QString GrowthRenderer::writeChart(const QString &fileName, const QSize &size, qreal pngScale)
{
    const auto format = pictureFormatForFileName(fileName);
    if (!format)
        return QCoreApplication::translate("GrowthRenderer", "the chart is written as .svg or .png, not \"%1\"")
            .arg(QFileInfo(fileName).fileName());
    if (size.width() < 100 || size.height() < 100 || size.width() > 16384 || size.height() > 16384)
        return QCoreApplication::translate("GrowthRenderer", "the size %1×%2 is outside 100×100 to 16384×16384")
            .arg(size.width())
            .arg(size.height());
    QByteArray bytes;
    if (*format == PictureFormat::Svg) {
        bytes = chartSvg(size);
    } else {
        const QImage image = chartImage(size, pngScale);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return QCoreApplication::translate("GrowthRenderer", "cannot encode the PNG image");
    }
    if (bytes.isEmpty())
        return QCoreApplication::translate("GrowthRenderer", "the chart writer produced nothing");
    const WriteResult written = writeFileAtomically(fileName, bytes);
    return written.ok ? QString() : written.message();
}

} // namespace Seedline

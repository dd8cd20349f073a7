// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "seedline-resources.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

// The resources live in a static library (resources/CMakeLists.txt): referencing their initializer
// here keeps the linker from dropping them. Q_INIT_RESOURCE must be used outside a namespace.
static void initSeedlineResources()
{
    Q_INIT_RESOURCE(seedline);
}

namespace Seedline::Icons {

namespace {

void ensureResources()
{
    static const bool initialised = (initSeedlineResources(), true);
    Q_UNUSED(initialised);
}

QByteArray readResource(const QString &path)
{
    ensureResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Renders SVG documents at the requested size. A tinted engine replaces "currentColor" with the
// palette's text colour for the icon mode at every paint (cached per colour), so icons follow light
// and dark palettes; the application icon keeps its colours and has a drawing for small sizes.
class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(QString key, QByteArray svg, QByteArray smallSvg, bool tinted)
        : m_key(std::move(key))
        , m_svg(std::move(svg))
        , m_smallSvg(std::move(smallSvg))
        , m_tinted(tinted)
    {
    }

    QIconEngine *clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("SeedlineSvgIconEngine"); }
    bool isNull() override { return m_svg.isEmpty(); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int side : {16, 22, 24, 32, 48, 64, 128, 256})
            sizes.append(QSize(side, side));
        return sizes;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pixmap = scaledPixmap(rect.size(), mode, state, scale);
        painter->drawPixmap(rect, pixmap);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = (QSizeF(size) * scale).toSize();
        if (pixels.isEmpty() || m_svg.isEmpty())
            return {};
        const QColor color = m_tinted ? tint(mode) : QColor();
        const QString cacheKey = QStringLiteral("seedline-icon:%1:%2x%3:%4")
                                     .arg(m_key)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(m_tinted ? color.name(QColor::HexArgb) : QString::number(int(mode)));
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;

        const bool small = !m_smallSvg.isEmpty() && qMax(pixels.width(), pixels.height()) < 22;
        QByteArray svg = small ? m_smallSvg : m_svg;
        if (m_tinted)
            svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        }
        if (!m_tinted && mode == QIcon::Disabled) {
            QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < image.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                for (int x = 0; x < image.width(); ++x) {
                    const int grey = qGray(line[x]);
                    line[x] = qRgba(grey, grey, grey, qAlpha(line[x]) / 2);
                }
            }
            pixmap = QPixmap::fromImage(image);
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

private:
    static QColor tint(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_key;
    QByteArray m_svg;
    QByteArray m_smallSvg;
    bool m_tinted = false;
};

} // namespace

QStringList names()
{
    return {QStringLiteral("zoom-in"),       QStringLiteral("zoom-out"),     QStringLiteral("zoom-fit-best"),
            QStringLiteral("edit-find"),     QStringLiteral("why"),          QStringLiteral("focus"),
            QStringLiteral("document-open"), QStringLiteral("view-refresh"), QStringLiteral("document-export"),
            QStringLiteral("zoom-select"),   QStringLiteral("folder-open")};
}

QIcon icon(const QString &name)
{
    if (!names().contains(name))
        return {};
    QByteArray svg = readResource(QStringLiteral(":/icons/toolbar/%1.svg").arg(name));
    if (svg.isEmpty())
        return {};
    return QIcon(new SvgIconEngine(name, std::move(svg), {}, true));
}

QIcon applicationIcon()
{
    const QByteArray svg = readResource(QStringLiteral(":/icons/seedline.svg"));
    const QByteArray smallSvg = readResource(QStringLiteral(":/icons/seedline-16.svg"));
    const QIcon ours(new SvgIconEngine(QStringLiteral("application"), svg, smallSvg, false));
    return QIcon::fromTheme(QStringLiteral(SEEDLINE_APP_ID), ours);
}

} // namespace Seedline::Icons

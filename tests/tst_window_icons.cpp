// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The icons of resources/seedline.qrc: every toolbar icon exists, is drawn in the palette's text
// colour and follows a palette change; the application icon has its own drawing for 16 px.
#include "seedline-resources.h"
#include "window/icons.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>
#include <QTest>

namespace {

// How many pixels are drawn (at least half opaque), and how many of those have the colour.
struct Coverage
{
    int ofColour = 0;
    int drawn = 0;
};

Coverage coverage(const QPixmap &pixmap, const QColor &colour)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Coverage result;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) < 128)
                continue;
            ++result.drawn;
            if (qAbs(qRed(pixel) - colour.red()) < 8 && qAbs(qGreen(pixel) - colour.green()) < 8
                && qAbs(qBlue(pixel) - colour.blue()) < 8)
                ++result.ofColour;
        }
    }
    return result;
}

void setTextColour(const QColor &normal, const QColor &disabled)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Active, QPalette::WindowText, normal);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, normal);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    QApplication::setPalette(palette);
}

} // namespace

class TestWindowIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyToolbarIcon_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : Seedline::Icons::names())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void everyToolbarIcon()
    {
        QFETCH(QString, name);
        const QIcon icon = Seedline::Icons::icon(name);
        QVERIFY(!icon.isNull());
        for (int size : {16, 22, 24, 32, 48}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size));
            QCOMPARE(pixmap.size(), QSize(size, size));
            setTextColour(QColor(0xd0, 0x20, 0x20), Qt::gray);
            const Coverage red = coverage(icon.pixmap(QSize(size, size)), QColor(0xd0, 0x20, 0x20));
            QVERIFY2(red.drawn > size, qPrintable(QStringLiteral("%1 px: %2 drawn").arg(size).arg(red.drawn)));
            QCOMPARE(red.ofColour, red.drawn);
        }
    }

    void followsThePalette()
    {
        const QIcon icon = Seedline::Icons::icon(QStringLiteral("zoom-in"));
        const QColor light(0xee, 0xee, 0xee), dark(0x20, 0x20, 0x20), greyed(0x80, 0x80, 0x90);
        setTextColour(dark, greyed);
        QVERIFY(coverage(icon.pixmap(QSize(24, 24)), dark).ofColour > 24);
        QCOMPARE(coverage(icon.pixmap(QSize(24, 24)), light).ofColour, 0);
        // The same icon, painted again after the palette changed (a dark theme).
        setTextColour(light, greyed);
        QVERIFY(coverage(icon.pixmap(QSize(24, 24)), light).ofColour > 24);
        QCOMPARE(coverage(icon.pixmap(QSize(24, 24)), dark).ofColour, 0);
        // Disabled: the palette's disabled text colour.
        QVERIFY(coverage(icon.pixmap(QSize(24, 24), QIcon::Disabled), greyed).ofColour > 24);
    }

    void unknownNameIsNull()
    {
        QVERIFY(Seedline::Icons::icon(QStringLiteral("no-such-icon")).isNull());
    }

    void resourcesHoldTheNamedIcons()
    {
        QVERIFY(!Seedline::Icons::icon(QStringLiteral("why")).isNull()); // the resources are registered
        QStringList files = QDir(QStringLiteral(":/icons/toolbar")).entryList(QDir::Files);
        for (QString &file : files)
            file.chop(4); // ".svg"
        QStringList names = Seedline::Icons::names();
        files.sort();
        names.sort();
        QCOMPARE(files, names);
        for (const QString &name : names)
            QVERIFY2(QSvgRenderer(QStringLiteral(":/icons/toolbar/%1.svg").arg(name)).isValid(), qPrintable(name));
    }

    void applicationIcon()
    {
        if (QIcon::hasThemeIcon(QStringLiteral(SEEDLINE_APP_ID)))
            QSKIP("Seedline's icon is installed in the icon theme, which comes first");
        const QIcon icon = Seedline::Icons::applicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(QSvgRenderer(QStringLiteral(":/icons/seedline.svg")).isValid());

        // Below 22 px the drawing made for 16 px, above it the full one.
        const auto render = [](const QString &file, int size) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            QSvgRenderer(file).render(&painter, QRectF(0, 0, size, size));
            return image;
        };
        const auto pixels = [&icon](int size) {
            return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        };
        QCOMPARE(pixels(16), render(QStringLiteral(":/icons/seedline-16.svg"), 16));
        QVERIFY(pixels(16) != render(QStringLiteral(":/icons/seedline.svg"), 16));
        QCOMPARE(pixels(48), render(QStringLiteral(":/icons/seedline.svg"), 48));
        QCOMPARE(pixels(256), render(QStringLiteral(":/icons/seedline.svg"), 256));
    }
};

QTEST_MAIN(TestWindowIcons)
#include "tst_window_icons.moc"

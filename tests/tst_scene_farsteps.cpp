// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// FarSteps: a far-away step drawn in batched fills still shows what it says up close: its fill,
// its outline colour (at least a pixel even where the pen would be a tenth of one) and a ring per
// further needed family; a what-if's dashed outline stays its own colour.
#include "highlight/palette.h"
#include "scene/farsteps.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Seedline;

namespace {

constexpr qreal lod = 0.1; // a 120 x 60 box is 12 x 6 px

int count(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    return n;
}

QImage draw(const QVector<std::pair<QRectF, StepStyle>> &steps)
{
    const Palette palette(Theme::Light);
    QImage image(100, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(lod, lod);
    FarSteps far(lod);
    for (const auto &[box, style] : steps)
        far.add(box, style, palette);
    far.paint(&painter);
    return image;
}

StepStyle styled(const QColor &fill, const QColor &outline)
{
    StepStyle s;
    s.fill = fill;
    s.outline = outline;
    s.outlineWidth = 1.0; // a tenth of a pixel at this scale
    return s;
}

} // namespace

class TestSceneFarSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillAndOutlineBothShow()
    {
        const QColor fill(250, 200, 0), outline(0, 0, 200);
        const QImage image = draw({{QRectF(100, 100, 120, 60), styled(fill, outline)}});
        QVERIFY2(count(image, fill) >= 20, "the fill");
        QVERIFY2(count(image, outline) >= 20, "the outline, at least a pixel wide"); // 12 x 6 px frame: 32
        // Nothing outside the box (10..22 x 10..16 px).
        QCOMPARE(image.pixelColor(40, 40), QColor(Qt::white));
    }

    void eachFurtherFamilyIsARing()
    {
        StepStyle s = styled(QColor(250, 200, 0), QColor(0, 0, 200));
        const QColor python(0, 150, 0), rust(200, 0, 0);
        s.marks = {FamilyMark{QStringLiteral("python"), QStringLiteral("Py"), python, false, false},
                   FamilyMark{QStringLiteral("rust"), QStringLiteral("Rs"), rust, false, false}};
        // The outline stands for the first needed family; the second is a ring around the box.
        const QImage image = draw({{QRectF(200, 200, 120, 60), s}});
        QVERIFY2(count(image, rust) >= 10, qPrintable(QString::number(count(image, rust))));
        QVERIFY(count(image, QColor(0, 0, 200)) >= 10);
        const QImage without = draw({{QRectF(200, 200, 120, 60), styled(QColor(250, 200, 0), QColor(0, 0, 200))}});
        QCOMPARE(count(without, rust), 0);
    }

    void manyStepsOfOneLookAreOneBatchAndAllDrawn()
    {
        QVector<std::pair<QRectF, StepStyle>> steps;
        const QColor fill(10, 120, 220);
        for (int i = 0; i < 6; ++i)
            steps.append({QRectF(20 + i * 150, 300, 120, 60), styled(fill, QColor(0, 0, 0))});
        const QImage image = draw(steps);
        // Every box has its fill pixels: six boxes, none lost to batching.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(image.pixelColor(int((20 + i * 150 + 60) * lod), int(330 * lod)), fill);
    }
};

QTEST_MAIN(TestSceneFarSteps)
#include "tst_scene_farsteps.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// clippedPath: the part of an edge that can show inside an area. It must draw the same pixels as
// the whole path inside that area, and keep nothing far outside it.
#include "scene/pathclip.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Seedline;

namespace {

// Strokes `path` on a white image of the area's size, the area mapped to the image.
QImage render(const QPainterPath &path, const QRectF &area, Qt::PenStyle style = Qt::SolidLine)
{
    QImage image(int(area.width()), int(area.height()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.translate(-area.topLeft());
    p.setPen(QPen(Qt::black, 2.0, style, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    return image;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

int inkedPixels(const QImage &a)
{
    return differingPixels(a, render(QPainterPath(), QRectF(0, 0, a.width(), a.height())));
}

} // namespace

class TestPathClip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longLineIsCutToTheArea()
    {
        QPainterPath line(QPointF(-500000, 50));
        line.lineTo(QPointF(500000, 60));
        const QRectF area(0, 0, 200, 100);
        const QPainterPath cut = clippedPath(line, area);
        QVERIFY(!cut.isEmpty());
        QVERIFY2(area.adjusted(-0.01, -0.01, 0.01, 0.01).contains(cut.controlPointRect()),
                 "what is kept lies inside the area");
        QCOMPARE(render(cut, area), render(line, area));
    }

    void curvesThatMissTheAreaAreDropped()
    {
        QPainterPath far(QPointF(1000, 1000));
        far.cubicTo(QPointF(1100, 900), QPointF(1200, 1100), QPointF(1300, 1000));
        far.lineTo(QPointF(2000, 2000));
        QVERIFY(clippedPath(far, QRectF(0, 0, 100, 100)).isEmpty());
    }

    void pathsInsideAreKeptWhole()
    {
        QPainterPath inside(QPointF(10, 10));
        inside.cubicTo(QPointF(40, 0), QPointF(60, 90), QPointF(90, 80));
        inside.lineTo(QPointF(20, 70));
        const QPainterPath kept = clippedPath(inside, QRectF(0, 0, 100, 100));
        QCOMPARE(kept.elementCount(), inside.elementCount());
        QCOMPARE(kept, inside);
    }

    void bigCurvesAreSplitToWhatShows()
    {
        // A Graphviz-like spline between two far-away rows, crossing a small window. Qt flattens a
        // curve this big coarsely, so the reference is the curve itself, sampled every 0.3 pt or closer.
        const QPointF p0(0, 0), c1(0, 200000), c2(300000, 100000), p3(300000, 300000);
        QPainterPath spline(p0);
        spline.cubicTo(c1, c2, p3);
        QVector<QPointF> samples;
        const int n = 2000000;
        samples.reserve(n + 1);
        for (int i = 0; i <= n; ++i) {
            const qreal t = qreal(i) / n, u = 1 - t;
            samples.append(u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p3);
        }
        QRandomGenerator random(7);
        for (int round = 0; round < 40; ++round) {
            // A 300 × 200 window around a random point of the curve; each piece kept is no bigger
            // than the window and touches it, so all of them lie within three windows each way.
            const QPointF on = samples[random.bounded(n)];
            const QRectF area(on - QPointF(random.bounded(300.0), random.bounded(200.0)), QSizeF(300, 200));
            const QPainterPath cut = clippedPath(spline, area);
            const QRectF kept = cut.controlPointRect();
            QVERIFY2(kept.width() <= 3 * area.width() + 1 && kept.height() <= 3 * area.height() + 1,
                     qPrintable(QStringLiteral("kept %1 x %2").arg(kept.width()).arg(kept.height())));
            // Every sample of the curve inside the window is inked, and every inked pixel is within
            // 2.5 px of the curve.
            const QImage image = render(cut, area);
            QVector<QPointF> near;
            for (const QPointF &s : std::as_const(samples))
                if (area.adjusted(-3, -3, 3, 3).contains(s))
                    near.append(s - area.topLeft());
            QVERIFY(!near.isEmpty());
            for (const QPointF &s : std::as_const(near)) {
                const int x = int(s.x()), y = int(s.y());
                if (x < 1 || y < 1 || x >= image.width() - 1 || y >= image.height() - 1)
                    continue;
                bool inked = false;
                for (int dy = -1; dy <= 1 && !inked; ++dy)
                    for (int dx = -1; dx <= 1 && !inked; ++dx)
                        inked = image.pixel(x + dx, y + dy) != QColor(Qt::white).rgb();
                QVERIFY2(inked, qPrintable(QStringLiteral("round %1: the curve at (%2, %3) is not drawn")
                                               .arg(round).arg(s.x()).arg(s.y())));
            }
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixel(x, y) == QColor(Qt::white).rgb())
                        continue;
                    const QPointF c(x + 0.5, y + 0.5);
                    qreal best = 1e9;
                    for (const QPointF &s : std::as_const(near))
                        best = std::min(best, QLineF(c, s).length());
                    QVERIFY2(best <= 2.5, qPrintable(QStringLiteral("round %1: ink at (%2, %3) is %4 px off the curve")
                                                         .arg(round).arg(x).arg(y).arg(best)));
                }
        }
    }

    void dashedLinesDrawTheirDashes()
    {
        QPainterPath line(QPointF(-100000, 20));
        line.lineTo(QPointF(100000, 20));
        const QRectF area(0, 0, 300, 40);
        const QImage clipped = render(clippedPath(line, area), area, Qt::DashLine);
        // Dashes, not a solid line and not nothing.
        const int ink = inkedPixels(clipped);
        QVERIFY(ink > 0);
        QVERIFY(ink < inkedPixels(render(line, area)));
    }

    void separateRunsStaySeparate()
    {
        // A zig-zag that leaves the area and comes back: two pieces, no line across the gap.
        QPainterPath zig(QPointF(10, 50));
        zig.lineTo(QPointF(50, -1000));
        zig.lineTo(QPointF(90, 50));
        const QRectF area(0, 0, 100, 100);
        const QPainterPath cut = clippedPath(zig, area);
        int moves = 0;
        for (int i = 0; i < cut.elementCount(); ++i)
            moves += cut.elementAt(i).type == QPainterPath::MoveToElement;
        QCOMPARE(moves, 2);
        QCOMPARE(render(cut, area), render(zig, area));
    }
};

QTEST_MAIN(TestPathClip)
#include "tst_scene_pathclip.moc"

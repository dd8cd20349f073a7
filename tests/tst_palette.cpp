// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The light and the dark palette for colour-blind readers: the Python and Rust colours, and their
// tints, stay apart under simulated deuteranopia and protanopia (Machado, Oliveira and Fernandes
// 2009, severity 1.0, on linearised sRGB), measured as CIE76 ΔE in CIELAB (D65); every text colour
// has at least 4.5:1 contrast (WCAG) on its fill.
#include "highlight/palette.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace Seedline;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado et al. 2009, table of severity 1.0.
const Matrix protanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
const Matrix deuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Matrix normalVision{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

double linear(double v)
{
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

struct Lab
{
    double l, a, b;
};

// The colour as a reader with `vision` sees it, in CIELAB.
Lab perceived(const QColor &c, const Matrix &vision)
{
    const double rgb[3] = {linear(c.redF()), linear(c.greenF()), linear(c.blueF())};
    double sim[3];
    for (int i = 0; i < 3; ++i)
        sim[i] = std::clamp(vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2], 0.0, 1.0);
    const double x = 0.4124564 * sim[0] + 0.3575761 * sim[1] + 0.1804375 * sim[2];
    const double y = 0.2126729 * sim[0] + 0.7151522 * sim[1] + 0.0721750 * sim[2];
    const double z = 0.0193339 * sim[0] + 0.1191920 * sim[1] + 0.9503041 * sim[2];
    auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    const double fx = f(x / 0.95047), fy = f(y / 1.0), fz = f(z / 1.08883);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

double deltaE(const QColor &a, const QColor &b, const Matrix &vision)
{
    const Lab p = perceived(a, vision), q = perceived(b, vision);
    return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

// The thresholds: ΔE 20 is "clearly different colours", for the family colours and for the two
// tints; a tint against a plain step is told apart by its outline and badge as well, so 10 there
// ("different at a glance").
constexpr double colourThreshold = 20.0;
constexpr double tintThreshold = 20.0;
constexpr double tintVsPlainThreshold = 10.0;
constexpr double textContrast = 4.5;

const QString python = QStringLiteral("python");
const QString rust = QStringLiteral("rust");

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void familiesStayApart_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<int>("vision");
        for (Theme theme : {Theme::Light, Theme::Dark})
            for (int vision : {0, 1, 2})
                QTest::addRow("%s, %s", qPrintable(themeName(theme)),
                              vision == 0 ? "normal vision" : vision == 1 ? "deuteranopia" : "protanopia")
                    << int(theme) << vision;
    }

    void familiesStayApart()
    {
        QFETCH(int, theme);
        QFETCH(int, vision);
        const Matrix &m = vision == 0 ? normalVision : vision == 1 ? deuteranopia : protanopia;
        const Palette p{Theme(theme)};
        const double colours = deltaE(p.familyColor(python), p.familyColor(rust), m);
        const double tints = deltaE(p.familyTint(python), p.familyTint(rust), m);
        const double pythonTintVsPlain = deltaE(p.familyTint(python), p.stepFill(), m);
        const double rustTintVsPlain = deltaE(p.familyTint(rust), p.stepFill(), m);
        qInfo("%s: ΔE colours %.1f, tints %.1f, tint vs plain step: Python %.1f, Rust %.1f", QTest::currentDataTag(),
              colours, tints, pythonTintVsPlain, rustTintVsPlain);
        QVERIFY2(colours >= colourThreshold, qPrintable(QString::number(colours)));
        QVERIFY2(tints >= tintThreshold, qPrintable(QString::number(tints)));
        QVERIFY2(pythonTintVsPlain >= tintVsPlainThreshold, qPrintable(QString::number(pythonTintVsPlain)));
        QVERIFY2(rustTintVsPlain >= tintVsPlainThreshold, qPrintable(QString::number(rustTintVsPlain)));
        // Each colour also stands out of the background it is drawn on.
        QVERIFY(deltaE(p.familyColor(python), p.background(), m) >= colourThreshold);
        QVERIFY(deltaE(p.familyColor(rust), p.background(), m) >= colourThreshold);
    }

    // The simulation itself tells confusable colours: the classic red and green of a traffic light
    // collapse under both, though they are far apart for normal vision. (A simulation that changed
    // nothing would pass the test above with any palette.)
    void simulationConfusesRedAndGreen()
    {
        const QColor red(0xd0, 0x40, 0x30), green(0x58, 0x80, 0x38);
        QVERIFY(deltaE(red, green, normalVision) > 40);
        QVERIFY2(deltaE(red, green, deuteranopia) < colourThreshold, qPrintable(QString::number(deltaE(red, green, deuteranopia))));
        QVERIFY2(deltaE(red, green, protanopia) < colourThreshold, qPrintable(QString::number(deltaE(red, green, protanopia))));
    }

    void textIsReadable_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addRow("light") << int(Theme::Light);
        QTest::addRow("dark") << int(Theme::Dark);
    }

    void textIsReadable()
    {
        QFETCH(int, theme);
        const Palette p{Theme(theme)};
        const auto check = [](const char *what, const QColor &text, const QColor &fill) {
            const qreal c = Palette::contrast(text, fill);
            QVERIFY2(c >= textContrast, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                       .arg(QLatin1String(what), text.name(), fill.name())
                                                       .arg(c, 0, 'f', 2)));
        };
        check("text on the background", p.text(), p.background());
        check("text on a plain step", p.text(), p.stepFill());
        check("band title on a band", p.bandTitle(), p.bandFill());
        for (const QString &family : {python, rust, QStringLiteral("perl"), QStringLiteral("c-compiler")}) {
            check("text on a family member", Palette::textOn(p.familyColor(family)), p.familyColor(family));
            check("text on a tint", p.text(), p.familyTint(family));
        }
    }

    void themesDiffer()
    {
        QVERIFY(Palette(Theme::Dark).background().lightness() < 64);
        QVERIFY(Palette(Theme::Light).background().lightness() > 240);
        QCOMPARE(themeFromName(QStringLiteral("dark")), std::optional<Theme>(Theme::Dark));
        QCOMPARE(themeFromName(QStringLiteral("Light")), std::optional<Theme>(Theme::Light));
        QVERIFY(!themeFromName(QStringLiteral("sepia")));
    }
};

QTEST_GUILESS_MAIN(TestPalette)
#include "tst_palette.moc"

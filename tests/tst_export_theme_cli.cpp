// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `seedline export --theme`: light unless dark is asked for, and only light or dark.
#include "highlight/palette.h"

#include "clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Seedline;
using namespace SeedlineTest;

namespace {

const QString input = QStringLiteral(SEEDLINE_FIXTURES_DIR "/window/small.chain.toml");

// The SVG's background: the fill of its first rect (the whole picture), and every fill used.
struct SvgColours
{
    QColor background;
    QSet<QString> fills;
};

SvgColours coloursOf(const QString &fileName)
{
    SvgColours c;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement()) {
            const QString fill = xml.attributes().value(QStringLiteral("fill")).toString();
            if (xml.name() == QLatin1String("rect") && !c.background.isValid())
                c.background = QColor(fill);
            if (!fill.isEmpty())
                c.fills.insert(fill);
        }
        if (!xml.isStartElement())
            xml.readNext();
    }
    return c;
}

} // namespace

class TestExportThemeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void themes_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("theme");
        QTest::addRow("default") << QStringList() << int(Theme::Light);
        QTest::addRow("light") << QStringList{QStringLiteral("--theme"), QStringLiteral("light")} << int(Theme::Light);
        QTest::addRow("dark") << QStringList{QStringLiteral("--theme"), QStringLiteral("dark")} << int(Theme::Dark);
    }

    void themes()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, theme);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.svg"));
        const Run run = runProgram(QStringLiteral(SEEDLINE_EXECUTABLE),
                                   QStringList{QStringLiteral("export"), QStringLiteral("--instant"), QStringLiteral("-o"), out, input} + extra);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const SvgColours c = coloursOf(out);
        QVERIFY(c.background.isValid());
        const Palette palette{Theme(theme)};
        QCOMPARE(c.background.name(), palette.background().name());
        if (Theme(theme) == Theme::Dark)
            QVERIFY(c.background.lightness() < 64);
        else
            QVERIFY(c.background.lightness() > 240);
        // The steps are drawn in the theme's colours too: the Python step's fill.
        QVERIFY2(c.fills.contains(palette.familyColor(QStringLiteral("python")).name()),
                 qPrintable(QStringList(c.fills.begin(), c.fills.end()).join(u' ')));
    }

    void unknownThemeIsRefused()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.svg"));
        const Run run = runProgram(QStringLiteral(SEEDLINE_EXECUTABLE),
                                   {QStringLiteral("export"), QStringLiteral("--theme"), QStringLiteral("sepia"),
                                    QStringLiteral("-o"), out, input});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("--theme expects light or dark"));
        QVERIFY(!QFile::exists(out));
    }

    void helpNamesTheOption()
    {
        const Run run = runProgram(QStringLiteral(SEEDLINE_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--theme <light|dark>"));
    }
};

QTEST_GUILESS_MAIN(TestExportThemeCli)
#include "tst_export_theme_cli.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dot/dotloader.h"
#include "scene/exporter.h"
#include "scene/svgwriter.h"
#include "scene/graphgeometry.h"
#include "scene/scenemodel.h"
#include "highlight/highlight.h"
#include "highlight/palette.h"
#include "highlight/visiblegraph.h"
#include "io/inputs.h"
#include "layout/layoutengine.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Seedline;

namespace {

// What the parser found in an SVG.
struct ParsedSvg
{
    QString viewBox;
    double width = 0, height = 0;
    QMap<QString, QString> stepTitles; // g id -> <title>
    QMap<QString, QString> stepFills;  // g id -> fill of its rect
    QStringList texts;                 // every <text>
    bool legend = false;
    QString error;
};

ParsedSvg parseSvg(const QByteArray &bytes)
{
    ParsedSvg out;
    QXmlStreamReader xml(bytes);
    QString currentStep;
    int stepDepth = -1, depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const auto name = xml.name();
            const auto attrs = xml.attributes();
            if (name == QLatin1String("svg")) {
                out.viewBox = attrs.value(QLatin1String("viewBox")).toString();
                out.width = attrs.value(QLatin1String("width")).toDouble();
                out.height = attrs.value(QLatin1String("height")).toDouble();
            } else if (name == QLatin1String("g")) {
                const QString id = attrs.value(QLatin1String("id")).toString();
                if (id.startsWith(QLatin1String("step-"))) {
                    currentStep = id;
                    stepDepth = depth;
                }
                if (id == QLatin1String("legend"))
                    out.legend = true;
            } else if (name == QLatin1String("title") && !currentStep.isEmpty()) {
                out.stepTitles.insert(currentStep, xml.readElementText());
                --depth;
            } else if (name == QLatin1String("rect") && !currentStep.isEmpty()) {
                if (!out.stepFills.contains(currentStep)) // the box; rings and badges follow it
                    out.stepFills.insert(currentStep, attrs.value(QLatin1String("fill")).toString());
            } else if (name == QLatin1String("text")) {
                out.texts << xml.readElementText();
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (depth == stepDepth) {
                currentStep.clear();
                stepDepth = -1;
            }
            --depth;
        }
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

} // namespace

class TestExportSvg : public QObject
{
    Q_OBJECT
private:
    ChainPtr m_chain;
    QTemporaryDir m_dir;

    SceneModel model(const HighlightOptions &options = {}) const
    {
        const HighlightResult highlight = computeHighlight(*m_chain, options);
        const LayoutGraph graph = visibleLayoutGraph(layoutGraphFromChain(*m_chain, allKinds(), false), highlight);
        LayoutOptions lo;
        lo.backend = LayoutOptions::Backend::Instant;
        const LayoutResult layout = layoutGraph(graph, lo);
        return buildSceneModel(m_chain, geometryFromLayout(graph, layout, int(m_chain->steps.size())), highlight);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const LoadResult loaded = loadPath(QStringLiteral(SEEDLINE_FIXTURES_DIR "/graphview/small.chain.toml"));
        QVERIFY(!hasErrors(loaded.diagnostics));
        m_chain = std::make_shared<const Chain>(loaded.chain);
    }

    void stepIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("svgId");
        QTest::addRow("plain") << QStringLiteral("gcc-15.2.0") << QStringLiteral("step-gcc-15.2.0");
        QTest::addRow("pass") << QStringLiteral("python-2.0.1#2") << QStringLiteral("step-python-2.0.1_23_2");
        QTest::addRow("underscore") << QStringLiteral("musl_target") << QStringLiteral("step-musl_5F_target");
        QTest::addRow("space and plus") << QStringLiteral("g++ 1") << QStringLiteral("step-g_2B__2B__20_1");
    }
    void stepIds()
    {
        QFETCH(QString, id);
        QTEST(svgStepId(id), "svgId");
    }

    void svgContents()
    {
        HighlightOptions o;
        o.title = QStringLiteral("Small chain");
        const SceneModel m = model(o);
        const ParsedSvg svg = parseSvg(writeSvg(m));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QCOMPARE(svg.viewBox.split(u' ').size(), 4);
        QVERIFY(svg.width > 0 && svg.height > 0);
        QVERIFY(std::max(svg.width, svg.height) <= svgMaximumSide);

        // Every step findable by id and title, with its label as text.
        QCOMPARE(svg.stepTitles.size(), m_chain->steps.size());
        for (const Step &s : m_chain->steps) {
            QCOMPARE(svg.stepTitles.value(svgStepId(s.id)).section(u'\n', 0, 0), s.id);
            QVERIFY2(svg.texts.contains(m.label(m_chain->indexOf(s.id))), qPrintable(s.id));
        }
        // Colours are the palette's.
        QCOMPARE(svg.stepFills.value(svgStepId(QStringLiteral("python-3.11.1"))),
                 Palette().familyColor(QStringLiteral("python")).name());
        QCOMPARE(svg.stepFills.value(svgStepId(QStringLiteral("rustc-1.90.0"))),
                 Palette().familyColor(QStringLiteral("rust")).name());
        QCOMPARE(svg.stepFills.value(svgStepId(QStringLiteral("meson-1.0.0"))),
                 Palette().familyTint(QStringLiteral("python")).name());
        // Legend and title as text.
        QVERIFY(svg.legend);
        QVERIFY(svg.texts.contains(QStringLiteral("Python")));
        QVERIFY(svg.texts.contains(QStringLiteral("needs Python (transitively)")));
        QVERIFY(svg.texts.contains(QStringLiteral("Rust")));
        QVERIFY(svg.texts.contains(QStringLiteral("Small chain")));
    }

    void focusLeavesOthersOut()
    {
        HighlightOptions o;
        o.selected = m_chain->indexOf(QStringLiteral("gcc-15.2.0"));
        o.focus = true;
        const ParsedSvg svg = parseSvg(writeSvg(model(o)));
        QVERIFY(!svg.stepTitles.contains(svgStepId(QStringLiteral("rustc-1.90.0"))));
        QVERIFY(svg.stepTitles.contains(svgStepId(QStringLiteral("gcc-15.2.0"))));
        QVERIFY(svg.texts.contains(QStringLiteral("selected: gcc-15.2.0")));
    }

    void pngScales_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::addRow("1") << 1.0;
        QTest::addRow("2") << 2.0;
        QTest::addRow("0.5") << 0.5;
    }
    void pngScales()
    {
        QFETCH(qreal, scale);
        const SceneModel m = model();
        ExportRequest r;
        r.fileName = m_dir.filePath(QStringLiteral("out-%1.png").arg(scale));
        r.model = m;
        r.scale = scale;
        const ExportResult result = exportGraph(r);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QImage image(r.fileName);
        QVERIFY(!image.isNull());
        QVERIFY(std::abs(image.width() - m.sceneRect.width() * scale) <= 1);
        QVERIFY(std::abs(image.height() - m.sceneRect.height() * scale) <= 1);
        QCOMPARE(result.pixelSize, image.size());
        // The python step is painted in the python colour (sampled inside its box, off the text).
        const GraphGeometry::Node *n = m.geometry.node(m_chain->indexOf(QStringLiteral("python-3.11.1")));
        QVERIFY(n);
        const QPointF p = (n->rect().topLeft() + QPointF(4, n->size.height() / 2) - m.sceneRect.topLeft()) * scale;
        if (scale >= 1)
            QCOMPARE(image.pixelColor(p.toPoint()).name(), Palette().familyColor(QStringLiteral("python")).name());
    }

    void dotRoundTrip()
    {
        const SceneModel m = model();
        ExportRequest r;
        r.fileName = m_dir.filePath(QStringLiteral("out.dot"));
        r.model = m;
        QVERIFY(exportGraph(r).ok);
        QFile f(r.fileName);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const LoadResult back = loadDot(f.readAll(), r.fileName);
        QVERIFY2(!hasErrors(back.diagnostics), qPrintable(back.diagnostics.value(0).toString()));
        QCOMPARE(back.chain.steps.size(), m_chain->steps.size());
        for (const Step &s : m_chain->steps)
            QVERIFY2(back.chain.indexOf(s.id) >= 0, qPrintable(s.id));
        QCOMPARE(back.chain.requirements.size(), m_chain->requirements.size());
        const Step *python = back.chain.find(QStringLiteral("python-3.11.1"));
        QVERIFY(python);
        QCOMPARE(python->details->attributes.value(QStringLiteral("fillcolor")), Palette().familyColor(QStringLiteral("python")).name());
    }

    void pdf()
    {
        ExportRequest r;
        r.fileName = m_dir.filePath(QStringLiteral("out.pdf"));
        r.model = model();
        const ExportResult result = exportGraph(r);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile f(r.fileName);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

    void errors()
    {
        ExportRequest r;
        r.model = model();
        r.fileName = m_dir.filePath(QStringLiteral("out.bmp"));
        ExportResult result = exportGraph(r);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral(".svg")));
        QVERIFY(!QFile::exists(r.fileName));

        r.fileName = m_dir.filePath(QStringLiteral("no/such/dir/out.svg"));
        result = exportGraph(r);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());

        // A failed export leaves an existing file alone.
        r.fileName = m_dir.filePath(QStringLiteral("keep.png"));
        QFile keep(r.fileName);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("old");
        keep.close();
        r.scale = 1000;
        QVERIFY(!exportGraph(r).ok);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("old"));

        ExportRequest empty;
        empty.fileName = m_dir.filePath(QStringLiteral("empty.svg"));
        QVERIFY(!exportGraph(empty).ok);
    }

    void rsvgConvertRenders()
    {
        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (rsvg.isEmpty())
            QSKIP("rsvg-convert is not installed");
        HighlightOptions o;
        o.title = QStringLiteral("Small chain");
        ExportRequest r;
        r.fileName = m_dir.filePath(QStringLiteral("rsvg.svg"));
        r.model = model(o);
        QVERIFY(exportGraph(r).ok);
        QProcess p;
        const QString png = m_dir.filePath(QStringLiteral("rsvg.png"));
        p.start(rsvg, {QStringLiteral("-o"), png, r.fileName});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
    }
};

QTEST_MAIN(TestExportSvg)
#include "tst_export_svg.moc"

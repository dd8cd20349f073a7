// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Diagrams for a proposal, end to end through the real `seedline` executable: the story export
// (every drawn edge is a requirement `summary --path` agrees with), slide sizes that keep labels
// readable or refuse, PNG scales, Mermaid read back, embedded CSS, DOT clusters and records as
// Graphviz itself draws them, and --reverse.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using SeedlineTest::Run;

namespace {

Run seedline(const QStringList &arguments)
{
    return SeedlineTest::runProgram(QStringLiteral(SEEDLINE_EXECUTABLE), arguments);
}

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(SEEDLINE_FIXTURES_DIR)).filePath(name);
}

QString sharedManifest()
{
    return QDir(QStringLiteral(SEEDLINE_SHARED_DIR)).filePath(QStringLiteral("live-bootstrap/manifest"));
}

// What a reader of the SVG sees: steps, edges, stage boxes, title lines, sizes.
struct SvgStep
{
    QString id;
    QStringList classes;
    QStringList texts;
    double fontSize = 0;
};

struct SvgEdge
{
    QStringList classes;
    QStringList titles;
};

struct Svg
{
    double width = 0, height = 0;
    QRectF viewBox;
    QVector<SvgStep> steps;
    QVector<SvgEdge> edges;
    QStringList stageTitles;
    QString caption, sources;
    bool hasStyle = false;
    QString style;
    bool ok = false;

    double pixelsPerUnit() const { return viewBox.width() > 0 ? width / viewBox.width() : 0; }
    const SvgStep *step(const QString &id) const
    {
        for (const SvgStep &s : steps)
            if (s.id == QStringLiteral("step-") + id)
                return &s;
        return nullptr;
    }
};

Svg readSvg(const QString &path)
{
    Svg svg;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return svg;
    QXmlStreamReader xml(&file);
    // The innermost group of interest: 'S' step, 'E' edge, 'T' stage, 'C' caption, 'R' sources.
    QVector<QChar> stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            const auto attrs = xml.attributes();
            if (name == u"svg") {
                svg.width = attrs.value(QLatin1String("width")).toDouble();
                svg.height = attrs.value(QLatin1String("height")).toDouble();
                const QStringList vb = attrs.value(QLatin1String("viewBox")).toString().split(u' ', Qt::SkipEmptyParts);
                if (vb.size() == 4)
                    svg.viewBox = QRectF(vb[0].toDouble(), vb[1].toDouble(), vb[2].toDouble(), vb[3].toDouble());
            } else if (name == u"style") {
                svg.hasStyle = true;
                svg.style = xml.readElementText();
            } else if (name == u"g") {
                const QStringList classes = attrs.value(QLatin1String("class")).toString().split(u' ', Qt::SkipEmptyParts);
                const QString id = attrs.value(QLatin1String("id")).toString();
                QChar kind = u'-';
                if (classes.contains(QStringLiteral("step"))) {
                    kind = u'S';
                    svg.steps.append(SvgStep{id, classes, {}, 0});
                } else if (classes.contains(QStringLiteral("edge"))) {
                    kind = u'E';
                    svg.edges.append(SvgEdge{classes, {}});
                } else if (classes.contains(QStringLiteral("stage"))) {
                    kind = u'T';
                } else if (id == u"caption") {
                    kind = u'C';
                } else if (id == u"sources") {
                    kind = u'R';
                }
                stack.append(kind);
            } else if (name == u"title" && !stack.isEmpty()) {
                const QChar kind = stack.back();
                const QString text = xml.readElementText();
                if (kind == u'E')
                    svg.edges.back().titles << text;
                else if (kind == u'T')
                    svg.stageTitles << text.section(QStringLiteral(" \u00B7 "), 0, 0);
            } else if (name == u"text" && !stack.isEmpty()) {
                const QChar kind = stack.back();
                const double size = attrs.value(QLatin1String("font-size")).toDouble();
                const QString text = xml.readElementText();
                if (kind == u'S' && attrs.value(QLatin1String("class")) == QLatin1String("label")) {
                    svg.steps.back().texts << text;
                    svg.steps.back().fontSize = std::max(svg.steps.back().fontSize, size);
                } else if (kind == u'C') {
                    svg.caption += text;
                } else if (kind == u'R') {
                    svg.sources += text;
                }
            }
        } else if (xml.isEndElement() && xml.name() == u"g") {
            stack.removeLast();
        }
    }
    svg.ok = !xml.hasError();
    return svg;
}

// "A needs B (kind): file[:line] `text`" as the story writes edge titles.
struct EdgeTitle
{
    QString from, to, kind, file, text;
};

bool parseEdgeTitle(const QString &title, EdgeTitle *out)
{
    static const QRegularExpression re(QString::fromUtf8(R"re(^(\S+) needs (\S+) \((\w+)\): (\S+?)(?::\d+)? `(.*)`$)re"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(title);
    if (!m.hasMatch())
        return false;
    *out = EdgeTitle{m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5)};
    return true;
}

QJsonObject json(const QStringList &arguments)
{
    const Run run = seedline(arguments);
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestExportStory : public QObject
{
    Q_OBJECT

private slots:
    void storyEdgesAreTheRequirementsSummaryFinds();
    void storyTellsTheArgument();
    void storyWithTargetsKeepsTheirWay();
    void slideSizeKeepsLabelsReadable();
    void slideSizeRefusesWhatCannotBeRead();
    void pngScaleIsChosenAndSaid();
    void mermaidReadsBack();
    void cssIsEmbeddedAndTextStaysText();
    void dotMatchesGraphviz_data();
    void dotMatchesGraphviz();
    void reverseTurnsEdgesRoundAndIsHinted();

private:
    QTemporaryDir m_dir;
    QString out(const QString &name) const { return m_dir.filePath(name); }
};

void TestExportStory::storyEdgesAreTheRequirementsSummaryFinds()
{
    const QString svgPath = out(QStringLiteral("story.svg"));
    const Run run = seedline({QStringLiteral("export"), QStringLiteral("--story"), QStringLiteral("--scenario"),
                              QStringLiteral("cpython-requires-rust"), QStringLiteral("-o"), svgPath});
    QCOMPARE(run.exitCode, 0);
    const Svg svg = readSvg(svgPath);
    QVERIFY(svg.ok);
    QVERIFY(!svg.edges.isEmpty());
    int checked = 0;
    for (const SvgEdge &edge : svg.edges) {
        QVERIFY2(!edge.titles.isEmpty(), qPrintable(edge.classes.join(u' ')));
        // A folded edge carries each requirement it stands for on a line of its own.
        for (const QString &title : edge.titles.join(u'\n').split(u'\n')) {
            EdgeTitle t;
            QVERIFY2(parseEdgeTitle(title, &t), qPrintable(title));
            // The story draws requirements only, never script order.
            QVERIFY2(t.kind != QLatin1String("sequence"), qPrintable(title));
            const QJsonObject path = json({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--scenario"),
                                           QStringLiteral("cpython-requires-rust"), QStringLiteral("--path"), t.from, t.to})
                                         .value(QStringLiteral("path"))
                                         .toObject();
            const QJsonArray edges = path.value(QStringLiteral("edges")).toArray();
            QVERIFY2(edges.size() == 1, qPrintable(QStringLiteral("summary --path %1 %2 is not one edge").arg(t.from, t.to)));
            const QJsonObject e = edges.first().toObject();
            QCOMPARE(e.value(QStringLiteral("from")).toString(), t.from);
            QCOMPARE(e.value(QStringLiteral("to")).toString(), t.to);
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), t.kind);
            QVERIFY2(t.file.endsWith(e.value(QStringLiteral("file")).toString()) ||
                         e.value(QStringLiteral("file")).toString().endsWith(t.file),
                     qPrintable(title));
            QCOMPARE(e.value(QStringLiteral("text")).toString(), t.text);
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void TestExportStory::storyTellsTheArgument()
{
    const QString svgPath = out(QStringLiteral("story-argument.svg"));
    const Run run = seedline({QStringLiteral("export"), QStringLiteral("--story"), QStringLiteral("--scenario"),
                              QStringLiteral("cpython-requires-rust"), QStringLiteral("-o"), svgPath});
    QCOMPARE(run.exitCode, 0);
    const Svg svg = readSvg(svgPath);
    QVERIFY(svg.ok);
    QVERIFY2(svg.steps.size() <= 40, qPrintable(QString::number(svg.steps.size())));
    for (const char *id : {"gcc-15.2.0", "meson", "python-3.11.1"})
        QVERIFY2(svg.step(QString::fromLatin1(id)), id);
    // The rust series is one folded node, named by its first and last version.
    int rustNodes = 0;
    bool folded = false;
    for (const SvgStep &s : svg.steps) {
        if (!s.classes.contains(QStringLiteral("family-rust")))
            continue;
        ++rustNodes;
        folded = folded || (s.classes.contains(QStringLiteral("folded")) &&
                            s.texts.join(u' ').contains(QStringLiteral("rust 1.90.0 \u2192 1.98.0")));
    }
    QCOMPARE(rustNodes, 1);
    QVERIFY(folded);
    // The caption's counts are the summary's.
    const QJsonObject summary = json({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--scenario"),
                                      QStringLiteral("cpython-requires-rust")});
    const int rust = summary.value(QStringLiteral("requires")).toObject().value(QStringLiteral("rust")).toArray().size();
    const int python = summary.value(QStringLiteral("requires")).toObject().value(QStringLiteral("python")).toArray().size();
    const QJsonObject scenario = summary.value(QStringLiteral("scenario")).toObject();
    const int newly = scenario.value(QStringLiteral("newly_requires")).toObject().value(QStringLiteral("rust")).toArray().size();
    QVERIFY(rust > 0 && python > 0 && newly > 0);
    QVERIFY2(svg.caption.contains(QStringLiteral("%1 steps need Python").arg(python)), qPrintable(svg.caption));
    QVERIFY2(svg.caption.contains(QStringLiteral("%1 steps need Rust, %2 of them because of the what-if").arg(rust).arg(newly)),
             qPrintable(svg.caption));
    QVERIFY2(svg.caption.contains(QRegularExpression(QStringLiteral("\\d+ \u2192 \\d+ builds to reach python-3.11.1"))),
             qPrintable(svg.caption));
    // The sources line names the evidence files of the drawn edges.
    QVERIFY2(svg.sources.contains(QStringLiteral("steps/gcc-15.2.0/pass1.sh")), qPrintable(svg.sources));
    QVERIFY2(svg.sources.contains(QStringLiteral("chains/seedline.chain.toml")), qPrintable(svg.sources));
}

void TestExportStory::storyWithTargetsKeepsTheirWay()
{
    const QString svgPath = out(QStringLiteral("story-target.svg"));
    const Run run = seedline({QStringLiteral("export"), QStringLiteral("--story"), QStringLiteral("--highlight"),
                              QStringLiteral("python"), QStringLiteral("--target"), QStringLiteral("systemd"),
                              QStringLiteral("-o"), svgPath});
    QCOMPARE(run.exitCode, 0);
    const Svg svg = readSvg(svgPath);
    QVERIFY(svg.ok);
    // systemd needs Meson, which needs Python: that way and nothing else that needs Python.
    QVERIFY(svg.step(QStringLiteral("systemd")));
    QVERIFY(svg.step(QStringLiteral("meson")));
    QVERIFY(!svg.step(QStringLiteral("gcc-15.2.0")));
    QVERIFY(!svg.step(QStringLiteral("mesa")));
    QVERIFY2(svg.steps.size() <= 6, qPrintable(QString::number(svg.steps.size())));
    const Run unknown = seedline({QStringLiteral("export"), QStringLiteral("--story"), QStringLiteral("--target"),
                                  QStringLiteral("no-such-step"), QStringLiteral("-o"), out(QStringLiteral("unknown.svg"))});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(unknown.err.contains("no-such-step"));
}

void TestExportStory::slideSizeKeepsLabelsReadable()
{
    struct Case
    {
        QStringList arguments;
        QString name;
    };
    const QVector<Case> cases{
        {{QStringLiteral("--story"), QStringLiteral("--scenario"), QStringLiteral("cpython-requires-rust")},
         QStringLiteral("slide-story.svg")},
        {{QStringLiteral("--focus"), QStringLiteral("gcc-15.2.0"), QStringLiteral("--depth"), QStringLiteral("2")},
         QStringLiteral("slide-focus.svg")},
    };
    for (const Case &c : cases) {
        const QString path = out(c.name);
        const Run run = seedline(QStringList{QStringLiteral("export")} + c.arguments +
                                 QStringList{QStringLiteral("--size"), QStringLiteral("1920x1080"), QStringLiteral("-o"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Svg svg = readSvg(path);
        QVERIFY(svg.ok);
        QCOMPARE(svg.width, 1920.0);
        QCOMPARE(svg.height, 1080.0);
        QVERIFY(!svg.steps.isEmpty());
        for (const SvgStep &s : svg.steps) {
            const double px = s.fontSize * svg.pixelsPerUnit();
            QVERIFY2(px >= 14.0, qPrintable(QStringLiteral("%1: %2 px").arg(s.id).arg(px)));
        }
    }
    // Named sizes.
    const QString a4 = out(QStringLiteral("a4.svg"));
    QCOMPARE(seedline({QStringLiteral("export"), QStringLiteral("--story"), QStringLiteral("--size"), QStringLiteral("a4"),
                       QStringLiteral("-o"), a4})
                 .exitCode,
             0);
    const Svg page = readSvg(a4);
    QVERIFY(page.width > page.height); // landscape A4 for a wide story, at 1.414:1
    QVERIFY(qAbs(page.width / page.height - 1.414) < 0.01);
}

void TestExportStory::slideSizeRefusesWhatCannotBeRead()
{
    const QString path = out(QStringLiteral("whole-slide.svg"));
    const Run run = seedline({QStringLiteral("export"), QStringLiteral("--size"), QStringLiteral("slide"),
                              QStringLiteral("-o"), path});
    QVERIFY(run.exitCode != 0);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(run.err.contains("too small to read"), run.err.constData());
    QVERIFY2(run.err.contains("--story") && run.err.contains("--focus"), run.err.constData());
    const Run bad = seedline({QStringLiteral("export"), QStringLiteral("--size"), QStringLiteral("wide"),
                              QStringLiteral("-o"), out(QStringLiteral("bad-size.svg"))});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("--size"), bad.err.constData());
}

void TestExportStory::pngScaleIsChosenAndSaid()
{
    const QString manifest = sharedManifest();
    const QStringList input = QFileInfo::exists(manifest) ? QStringList{manifest} : QStringList{};
    const QString path = out(QStringLiteral("whole.png"));
    const Run run = seedline(QStringList{QStringLiteral("export")} + input + QStringList{QStringLiteral("-o"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QImageReader reader(path);
    const QSize size = reader.size();
    QVERIFY(size.isValid());
    QVERIFY2(size.width() <= 8192 && size.height() <= 8192, qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    const QRegularExpression said(QStringLiteral("(\\d+(\\.\\d+)?) px/pt"));
    const QRegularExpressionMatch m = said.match(QString::fromUtf8(run.out + run.err));
    QVERIFY2(m.hasMatch(), QByteArray(run.out + run.err).constData());
    QVERIFY(m.captured(1).toDouble() > 0 && m.captured(1).toDouble() <= 2.0);
}

void TestExportStory::mermaidReadsBack()
{
    const QString mmd = out(QStringLiteral("story.mmd"));
    const QString svgPath = out(QStringLiteral("story-for-mermaid.svg"));
    const QStringList view{QStringLiteral("--story"), QStringLiteral("--scenario"), QStringLiteral("cpython-requires-rust")};
    QCOMPARE(seedline(QStringList{QStringLiteral("export")} + view + QStringList{QStringLiteral("-o"), mmd}).exitCode, 0);
    QCOMPARE(seedline(QStringList{QStringLiteral("export")} + view + QStringList{QStringLiteral("-o"), svgPath}).exitCode, 0);
    QFile file(mmd);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression node(QString::fromUtf8(R"re(^\s+(n\d+)\["([^"]*)"\](?::::(\S+))?$)re"));
    static const QRegularExpression edge(QString::fromUtf8(R"re(^\s+(n\d+) (-->|-\.->|==>)(?:\|[^|]*\|)? (n\d+)$)re"));
    static const QRegularExpression classDef(QString::fromUtf8(R"re(^\s+classDef (\S+) )re"));
    static const QRegularExpression classLine(QString::fromUtf8(R"re(^\s+class (\S+) ([^;\s]+);?$)re"));
    QMap<QString, QString> labels;
    QSet<QString> defined, used;
    int edges = 0;
    bool header = false;
    for (const QString &raw : lines) {
        if (raw.trimmed().isEmpty() || raw.startsWith(QStringLiteral("%%")))
            continue;
        if (raw.startsWith(QStringLiteral("flowchart "))) {
            header = true;
            continue;
        }
        QVERIFY2(header, qPrintable(raw));
        if (const auto m = node.match(raw); m.hasMatch()) {
            labels.insert(m.captured(1), m.captured(2));
            if (!m.captured(3).isEmpty())
                used.insert(m.captured(3));
        } else if (const auto m = edge.match(raw); m.hasMatch()) {
            QVERIFY2(labels.contains(m.captured(1)) && labels.contains(m.captured(3)), qPrintable(raw));
            ++edges;
        } else if (const auto m = classDef.match(raw); m.hasMatch()) {
            defined.insert(m.captured(1));
        } else if (const auto m = classLine.match(raw); m.hasMatch()) {
            for (const QString &n : m.captured(1).split(u','))
                QVERIFY2(labels.contains(n), qPrintable(raw));
            used.insert(m.captured(2));
        } else {
            QFAIL(qPrintable(QStringLiteral("a line Mermaid would not read: ") + raw));
        }
    }
    const Svg svg = readSvg(svgPath);
    QCOMPARE(labels.size(), svg.steps.size());
    QVERIFY(edges > 0);
    QVERIFY2(!used.isEmpty(), "the highlight is carried as classes");
    for (const QString &c : used)
        QVERIFY2(defined.contains(c), qPrintable(c));
    QStringList all = labels.values();
    QVERIFY(all.contains(QStringLiteral("gcc 15.2.0")));
    QVERIFY(all.contains(QStringLiteral("rust 1.90.0 \u2192 1.98.0 \u00B7 9 builds")));
}

void TestExportStory::cssIsEmbeddedAndTextStaysText()
{
    const QString css = out(QStringLiteral("house.css"));
    {
        QFile f(css);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(".step.requires-python .box { stroke-width: 4 }\n.edge.kind-observed path { stroke: #000 }\n");
    }
    const QString path = out(QStringLiteral("styled.svg"));
    const Run run = seedline({QStringLiteral("export"), QStringLiteral("--story"), QStringLiteral("--css"), css,
                              QStringLiteral("-o"), path});
    QCOMPARE(run.exitCode, 0);
    const Svg svg = readSvg(path);
    QVERIFY(svg.ok);
    QVERIFY(svg.hasStyle);
    QVERIFY(svg.style.contains(QStringLiteral(".step.requires-python .box { stroke-width: 4 }")));
    QVERIFY(svg.step(QStringLiteral("gcc-15.2.0")));
    QCOMPARE(svg.step(QStringLiteral("gcc-15.2.0"))->texts, QStringList{QStringLiteral("gcc 15.2.0")});
    QVERIFY(svg.step(QStringLiteral("gcc-15.2.0"))->classes.contains(QStringLiteral("requires-python")));
    // A missing stylesheet is an error that writes nothing.
    const QString missing = out(QStringLiteral("unstyled.svg"));
    const Run bad = seedline({QStringLiteral("export"), QStringLiteral("--story"), QStringLiteral("--css"),
                              out(QStringLiteral("no-such.css")), QStringLiteral("-o"), missing});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(!QFileInfo::exists(missing));
}

void TestExportStory::dotMatchesGraphviz_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("clusters") << fixture(QStringLiteral("dot/clusters-nested.dot"));
    QTest::newRow("records") << fixture(QStringLiteral("dot/record.dot"));
    QTest::newRow("html") << fixture(QStringLiteral("dot/html.dot"));
    QTest::newRow("debtree") << fixture(QStringLiteral("dot/debtree.dot"));
}

void TestExportStory::dotMatchesGraphviz()
{
    QFETCH(QString, file);
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty())
        QSKIP("Graphviz's dot is not installed");
    const QString theirs = out(QFileInfo(file).baseName() + QStringLiteral("-dot.svg"));
    const Run graphviz = SeedlineTest::runProgram(dot, {QStringLiteral("-Tsvg"), file, QStringLiteral("-o"), theirs}, false);
    QVERIFY2(graphviz.exitCode == 0, graphviz.err.constData());
    const QString ours = out(QFileInfo(file).baseName() + QStringLiteral("-seedline.svg"));
    const Run run = seedline({QStringLiteral("export"), file, QStringLiteral("-o"), ours});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // Graphviz: <g class="cluster"> and <g class="node"> groups with their <text>s.
    QStringList dotClusters;
    QMap<QString, QStringList> dotNodes;
    {
        QFile f(theirs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString group, title;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"g") {
                const QString c = xml.attributes().value(QLatin1String("class")).toString();
                if (c == u"cluster" || c == u"node") {
                    group = c;
                    title.clear();
                }
            } else if (xml.isStartElement() && xml.name() == u"title" && !group.isEmpty()) {
                title = xml.readElementText();
                if (group == u"node")
                    dotNodes[title];
            } else if (xml.isStartElement() && xml.name() == u"text" && !group.isEmpty()) {
                const QString text = xml.readElementText().simplified();
                if (text.isEmpty())
                    continue;
                if (group == u"cluster")
                    dotClusters << text;
                else
                    dotNodes[title] << text;
            } else if (xml.isEndElement() && xml.name() == u"g") {
                group.clear();
            }
        }
    }
    const Svg svg = readSvg(ours);
    QVERIFY(svg.ok);
    QStringList ourClusters = svg.stageTitles;
    ourClusters.sort();
    dotClusters.sort();
    QCOMPARE(ourClusters, dotClusters);
    // Every node Graphviz draws with text, we draw with the same words (fields stacked as lines).
    for (auto it = dotNodes.cbegin(); it != dotNodes.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        QString id = it.key();
        id.replace(QStringLiteral("&#45;"), QStringLiteral("-"));
        const SvgStep *step = nullptr;
        for (const SvgStep &s : svg.steps)
            if (s.id == QStringLiteral("step-") + id)
                step = &s;
        QVERIFY2(step, qPrintable(id));
        const QString theirWords = it.value().join(u' ').simplified();
        const QString ourWords = step->texts.join(u' ').simplified();
        QVERIFY2(!ourWords.contains(u'\u2026'), qPrintable(id + QStringLiteral(": ") + ourWords));
        QCOMPARE(ourWords, theirWords);
    }
}

void TestExportStory::reverseTurnsEdgesRoundAndIsHinted()
{
    const QString file = fixture(QStringLiteral("dot/derived-from.dot"));
    const QJsonObject plain = json({QStringLiteral("summary"), QStringLiteral("--json"), file});
    bool hinted = false;
    for (const QJsonValue &d : plain.value(QStringLiteral("diagnostics")).toArray())
        hinted = hinted || d.toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("--reverse"));
    QVERIFY(hinted);
    const QJsonObject turned = json({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--reverse"),
                                     QStringLiteral("--path"), QStringLiteral("python-3.11.1"), QStringLiteral("tcc-0.9.27"),
                                     file});
    const QJsonArray edges = turned.value(QStringLiteral("path")).toObject().value(QStringLiteral("edges")).toArray();
    QVERIFY(!edges.isEmpty());
    QCOMPARE(edges.first().toObject().value(QStringLiteral("from")).toString(), QStringLiteral("python-3.11.1"));
    // Read the right way round, nothing is built with Python here.
    QVERIFY(turned.value(QStringLiteral("requires")).toObject().value(QStringLiteral("python")).toArray().isEmpty());
    QVERIFY(!plain.value(QStringLiteral("requires")).toObject().value(QStringLiteral("python")).toArray().isEmpty());
    for (const QJsonValue &d : turned.value(QStringLiteral("diagnostics")).toArray())
        QVERIFY(!d.toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("seem to point")));
}

QTEST_GUILESS_MAIN(TestExportStory)
#include "tst_export_story_cli.moc"

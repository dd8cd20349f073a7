// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dot/dotloader.h"
#include "dot/dotwriter.h"
#include "dot/grapharena.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

using namespace Seedline;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SEEDLINE_FIXTURES_DIR "/dot/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

LoadResult load(const QString &name, const LoadOptions &options = {})
{
    return loadDot(fixture(name), name, options);
}

QString diagnosticsText(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << d.toString();
    return out.join(u'\n');
}

const Requirement *edge(const Chain &c, const QString &from, const QString &to)
{
    const int f = c.indexOf(from), t = c.indexOf(to);
    for (const Requirement &r : c.requirements) {
        if (r.from == f && r.to == t)
            return &r;
    }
    return nullptr;
}

int count(const Diagnostics &ds, Severity severity)
{
    return int(std::count_if(ds.cbegin(), ds.cend(), [&](const Diagnostic &d) { return d.severity == severity; }));
}
} // namespace

class TestDot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void guixLabelsAndFamilies();
    void debtree();
    void nixStoreIsReversed();
    void cargoDepgraph();
    void records();
    void htmlLabels();
    void clusters();
    void ports();
    void undirected();
    void strict();
    void latin1_data();
    void latin1();
    void families_data();
    void families();
    void customFamily();
    void syntaxErrorLine();
    void badInput_data();
    void badInput();
    void multipleGraphs();
    void exhaustedParserLeavesNoStaleStack();
    void loadAfterErrorIsClean();
    void largeGraphInArena();
    void roundTrip_data();
    void roundTrip();
    void writerQuotes();
    void writerOptions();
    void mutatedInputs_data();
    void mutatedInputs();
};

void TestDot::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("requirements");
    QTest::addRow("guix") << "guix-graph.dot" << 5 << 7;
    QTest::addRow("debtree") << "debtree.dot" << 7 << 6;
    QTest::addRow("nix") << "nix-store.dot" << 4 << 3;
    QTest::addRow("cargo") << "cargo-depgraph.dot" << 6 << 5;
    QTest::addRow("record") << "record.dot" << 3 << 2;
    QTest::addRow("html") << "html.dot" << 2 << 1;
    QTest::addRow("cluster") << "cluster.dot" << 7 << 6;
    QTest::addRow("ports") << "ports.dot" << 3 << 3;
    QTest::addRow("undirected") << "undirected.dot" << 4 << 3;
    QTest::addRow("strict") << "strict.dot" << 3 << 3;
    QTest::addRow("latin1") << "latin1.dot" << 2 << 1;
}

void TestDot::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, steps);
    QFETCH(int, requirements);
    const LoadResult r = load(file);
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(diagnosticsText(r.diagnostics)));
    QCOMPARE(r.chain.steps.size(), steps);
    QCOMPARE(r.chain.requirements.size(), requirements);
    for (const Requirement &req : r.chain.requirements) {
        QCOMPARE(req.kind, RequirementKind::Declared);
        QCOMPARE(req.evidence.file(), file);
        QVERIFY(req.evidence.text().contains(r.chain.steps[req.from].id));
    }
    for (const Step &s : r.chain.steps) {
        QCOMPARE(s.kind, StepKind::Build);
        QVERIFY(!s.label.isEmpty());
    }
    QCOMPARE(r.chain.sources.value(0).kind, ChainSource::Kind::Dot);
}

void TestDot::guixLabelsAndFamilies()
{
    const LoadResult r = load(QStringLiteral("guix-graph.dot"));
    const Chain &c = r.chain;
    QCOMPARE(c.title, QStringLiteral("Guix package"));
    const Step *python = c.find(QStringLiteral("140208316290272"));
    QVERIFY(python);
    QCOMPARE(python->label, QStringLiteral("python@3.11.4"));
    QCOMPARE(python->package, QStringLiteral("python"));
    QCOMPARE(python->version, QStringLiteral("3.11.4"));
    QCOMPARE(python->families, QStringList{QStringLiteral("python")});
    QCOMPARE(python->details->attributes.value(QStringLiteral("shape")), QStringLiteral("box"));
    QCOMPARE(python->details->attributes.value(QStringLiteral("fontname")), QStringLiteral("sans"));
    const Step *bzip = c.find(QStringLiteral("140208316289920"));
    QVERIFY(bzip);
    QCOMPARE(bzip->package, QStringLiteral("bzip2"));
    QCOMPARE(bzip->version, QStringLiteral("1.0.8"));
    QCOMPARE(c.find(QStringLiteral("140208316289216"))->details->attributes.value(QStringLiteral("color")), QStringLiteral("red"));
    QCOMPARE(c.find(QStringLiteral("140208316288864"))->families, QStringList{QStringLiteral("rust")});
    // rust -> python: "rust needs python"
    const Requirement *e = edge(c, QStringLiteral("140208316288864"), QStringLiteral("140208316290272"));
    QVERIFY(e);
    QCOMPARE(e->evidence.attributes().value(QStringLiteral("color")), QStringLiteral("darkseagreen"));
    QCOMPARE(e->evidence.text(), QStringLiteral("140208316288864 -> 140208316290272"));
}

void TestDot::debtree()
{
    const LoadResult r = load(QStringLiteral("debtree.dot"));
    const Chain &c = r.chain;
    QCOMPARE(c.graphAttributes.value(QStringLiteral("rankdir")), QStringLiteral("LR"));
    const Step *alt = c.find(QStringLiteral("alt1"));
    QVERIFY(alt);
    QCOMPARE(alt->details->attributes.value(QStringLiteral("shape")), QStringLiteral("circle"));
    QCOMPARE(alt->details->attributes.value(QStringLiteral("label")), QString()); // empty label: not kept
    const Requirement *dotted = edge(c, QStringLiteral("libc6"), QStringLiteral("alt1"));
    QVERIFY(dotted);
    QCOMPARE(dotted->evidence.attributes().value(QStringLiteral("style")), QStringLiteral("dotted"));
    const Requirement *versioned = edge(c, QStringLiteral("hello"), QStringLiteral("libc6"));
    QVERIFY(versioned);
    QCOMPARE(versioned->evidence.attributes().value(QStringLiteral("label")), QStringLiteral("(>= 2.34)"));
    QCOMPARE(c.find(QStringLiteral("libc6"))->families, QStringList{QStringLiteral("libc")});
    QCOMPARE(c.find(QStringLiteral("hello"))->details->attributes.value(QStringLiteral("style")), QStringLiteral("setlinewidth(2)"));
}

void TestDot::nixStoreIsReversed()
{
    const LoadResult r = load(QStringLiteral("nix-store.dot"));
    const Chain &c = r.chain;
    const QString hello = QStringLiteral("kxkdrxvc3da2dpsgikn8s2ml97h88m46-hello-2.12.1");
    const QString glibc = QStringLiteral("9krlzvny65gdc8s7kpb6lkx8cd02c25b-glibc-2.37-8");
    QVERIFY(edge(c, hello, glibc));
    QVERIFY(!edge(c, glibc, hello));
    QCOMPARE(count(r.diagnostics, Severity::Info), 1);
    QCOMPARE(c.find(hello)->package, QStringLiteral("hello"));
    QCOMPARE(c.find(glibc)->families, QStringList{QStringLiteral("libc")});
    const Step *python = c.find(QStringLiteral("a3fqb1bv2l2hkk1jbdpgvp3c6yrqzqxk-python3-3.11.6"));
    QVERIFY(python);
    QCOMPARE(python->package, QStringLiteral("python3"));
    QCOMPARE(python->families, QStringList{QStringLiteral("python")});
    QCOMPARE(python->details->attributes.value(QStringLiteral("fillcolor")), QStringLiteral("#ff0000"));
}

void TestDot::cargoDepgraph()
{
    const LoadResult r = load(QStringLiteral("cargo-depgraph.dot"));
    const Step *serde = r.chain.find(QStringLiteral("2"));
    QVERIFY(serde);
    QCOMPARE(serde->package, QStringLiteral("serde"));
    QCOMPARE(serde->version, QStringLiteral("1.0.188"));
    QVERIFY(edge(r.chain, QStringLiteral("0"), QStringLiteral("1")));
    QCOMPARE(edge(r.chain, QStringLiteral("2"), QStringLiteral("5"))->evidence.attributes().value(QStringLiteral("style")),
             QStringLiteral("dotted"));
    QCOMPARE(r.chain.find(QStringLiteral("5"))->package, QStringLiteral("rustc-std-workspace-core"));
    QCOMPARE(r.chain.find(QStringLiteral("5"))->families, QStringList());
}

void TestDot::records()
{
    const LoadResult r = load(QStringLiteral("record.dot"));
    const Step *s1 = r.chain.find(QStringLiteral("struct1"));
    QVERIFY(s1);
    QCOMPARE(s1->details->attributes.value(QStringLiteral("label")), QStringLiteral("<f0> left|<f1> mid\\ dle|<f2> right"));
    QCOMPARE(s1->label, QStringLiteral("left\nmid dle\nright"));
    QCOMPARE(r.chain.find(QStringLiteral("struct3"))->label, QStringLiteral("hello\nworld\nb\nc\nd\ne\nf\ng\nh"));
    const Requirement *e = edge(r.chain, QStringLiteral("struct1"), QStringLiteral("struct3"));
    QVERIFY(e);
    QCOMPARE(e->evidence.attributes().value(QStringLiteral("tailport")), QStringLiteral("f2"));
    QCOMPARE(e->evidence.attributes().value(QStringLiteral("headport")), QStringLiteral("here"));
}

void TestDot::htmlLabels()
{
    const LoadResult r = load(QStringLiteral("html.dot"));
    const Step *a = r.chain.find(QStringLiteral("a"));
    QVERIFY(a);
    QVERIFY(a->details->attributes.value(QStringLiteral("label")).contains(QStringLiteral("<TABLE")));
    QCOMPARE(a->details->attributes.value(QStringLiteral("seedline:html")), QStringLiteral("label"));
    QCOMPARE(a->label, QStringLiteral("gcc\n15.2.0\nneeds & builds"));
    QCOMPARE(r.chain.find(QStringLiteral("b"))->label, QStringLiteral("python\n3.11.1"));
    QCOMPARE(r.chain.find(QStringLiteral("b"))->families, QStringList{QStringLiteral("python")});
    const Requirement *e = edge(r.chain, QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(e);
    QCOMPARE(e->evidence.attributes().value(QStringLiteral("seedline:html")), QStringLiteral("label"));
}

void TestDot::clusters()
{
    const LoadResult r = load(QStringLiteral("cluster.dot"));
    const Chain &c = r.chain;
    QCOMPARE(c.find(QStringLiteral("hex0"))->details->attributes.value(QStringLiteral("seedline:cluster")),
             QStringLiteral("cluster_stage0"));
    QCOMPARE(c.find(QStringLiteral("mes-0.25"))->details->attributes.value(QStringLiteral("seedline:cluster")),
             QStringLiteral("cluster_sysa"));
    QCOMPARE(c.find(QStringLiteral("tcc-0.9.27"))->details->attributes.value(QStringLiteral("seedline:cluster")),
             QStringLiteral("cluster_tcc"));
    QVERIFY(!c.find(QStringLiteral("gcc"))->details->attributes.contains(QStringLiteral("seedline:cluster")));
    QCOMPARE(c.graphAttributes.value(QStringLiteral("seedline:cluster-label:cluster_stage0")), QStringLiteral("stage0-posix"));
    QCOMPARE(c.graphAttributes.value(QStringLiteral("compound")), QStringLiteral("true"));
    QCOMPARE(c.find(QStringLiteral("tcc-0.9.27"))->families, QStringList{QStringLiteral("c-compiler")});
}

void TestDot::ports()
{
    const LoadResult r = load(QStringLiteral("ports.dot"));
    const Requirement *e = edge(r.chain, QStringLiteral("gcc"), QStringLiteral("tcc"));
    QVERIFY(e);
    QCOMPARE(e->evidence.attributes().value(QStringLiteral("tailport")), QStringLiteral("src:n"));
    QCOMPARE(e->evidence.attributes().value(QStringLiteral("headport")), QStringLiteral("out:s"));
    QVERIFY(edge(r.chain, QStringLiteral("gcc"), QStringLiteral("musl")));
    QCOMPARE(edge(r.chain, QStringLiteral("tcc"), QStringLiteral("musl"))->evidence.attributes().value(QStringLiteral("tailport")),
             QStringLiteral("e"));
}

void TestDot::undirected()
{
    const LoadResult r = load(QStringLiteral("undirected.dot"));
    QVERIFY(!r.chain.directed);
    QVERIFY(edge(r.chain, QStringLiteral("bash"), QStringLiteral("readline")));
    QCOMPARE(count(r.diagnostics, Severity::Warning), 1);
    QVERIFY(r.diagnostics.constFirst().message.contains(QStringLiteral("first needs second")));
    QCOMPARE(r.chain.find(QStringLiteral("glibc-2.37"))->version, QStringLiteral("2.37"));
}

void TestDot::strict()
{
    const LoadResult r = load(QStringLiteral("strict.dot"));
    QCOMPARE(r.chain.graphAttributes.value(QStringLiteral("seedline:strict")), QStringLiteral("true"));
    // strict merges a -> b twice into one edge carrying the later attributes
    QCOMPARE(edge(r.chain, QStringLiteral("a"), QStringLiteral("b"))->evidence.attributes().value(QStringLiteral("color")),
             QStringLiteral("red"));
    QVERIFY(writeDot(r.chain).startsWith("strict digraph dupes {"));
}

void TestDot::latin1_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("warnings");
    QTest::addRow("declared") << "latin1.dot" << 0;
    QTest::addRow("undeclared") << "latin1-undeclared.dot" << 1;
}

void TestDot::latin1()
{
    QFETCH(QString, file);
    QFETCH(int, warnings);
    const LoadResult r = load(file);
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(diagnosticsText(r.diagnostics)));
    QCOMPARE(count(r.diagnostics, Severity::Warning), warnings);
    const Step *cafe = r.chain.find(QStringLiteral("caf\u00e9-1.0"));
    QVERIFY(cafe);
    QCOMPARE(cafe->package, QStringLiteral("caf\u00e9"));
    QVERIFY(r.chain.find(QStringLiteral("na\u00efve-2.0")));
    if (file == QLatin1String("latin1.dot")) {
        QCOMPARE(r.chain.title, QStringLiteral("d\u00e9pendances"));
        QCOMPARE(cafe->label, QStringLiteral("Caf\u00e9 cr\u00e8me"));
        QVERIFY(!r.chain.graphAttributes.contains(QStringLiteral("charset")));
    }
}

void TestDot::families_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("family");
    QTest::addRow("python3.11") << "python3.11" << "python";
    QTest::addRow("libpython3.11") << "libpython3.11" << "python";
    QTest::addRow("python@3.11") << "python@3.11" << "python";
    QTest::addRow("rustc") << "rustc" << "rust";
    QTest::addRow("libstd-rust-1.63") << "libstd-rust-1.63" << "rust";
    QTest::addRow("rust 1.70") << "rust 1.70" << "rust";
    QTest::addRow("gcc-12") << "gcc-12" << "c-compiler";
}

void TestDot::families()
{
    QFETCH(QString, name);
    QFETCH(QString, family);
    const QByteArray dot = "digraph { \"" + name.toUtf8() + "\" -> other; }";
    const LoadResult r = loadDot(dot, QStringLiteral("families.dot"));
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(diagnosticsText(r.diagnostics)));
    QCOMPARE(r.chain.find(name)->families, QStringList{family});
    QCOMPARE(r.chain.find(QStringLiteral("other"))->families, QStringList());
}

void TestDot::customFamily()
{
    LoadOptions options;
    QVERIFY(options.families.setFamily(QStringLiteral("python"), QStringLiteral("snake.*")));
    const LoadResult r = loadDot("digraph { snakepit -> python3; }", QStringLiteral("custom.dot"), options);
    QCOMPARE(r.chain.find(QStringLiteral("snakepit"))->families, QStringList{QStringLiteral("python")});
    QCOMPARE(r.chain.find(QStringLiteral("python3"))->families, QStringList());
}

void TestDot::syntaxErrorLine()
{
    const LoadResult r = load(QStringLiteral("syntax-error.dot"));
    QVERIFY(hasErrors(r.diagnostics));
    const Diagnostic &d = r.diagnostics.constFirst();
    QCOMPARE(d.file, QStringLiteral("syntax-error.dot"));
    QCOMPARE(d.line, 4);
    QCOMPARE(d.column, 8); // the second "->" of "  c -> -> d;"
    QVERIFY2(d.message.contains(QStringLiteral("syntax error")), qPrintable(d.message));
    QVERIFY(r.chain.steps.isEmpty());
}

void TestDot::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addRow("empty") << QByteArray() << 1;
    QTest::addRow("spaces") << QByteArray(" \n\n  ") << 1;
    QTest::addRow("garbage") << QByteArray("this is not a graph") << 1;
    QTest::addRow("binary") << QByteArray("digraph {\n a\0 -> b }", 21) << 2;
    QTest::addRow("unterminated") << QByteArray("digraph {\n a -> b\n") << 3;
    QTest::addRow("unterminated string") << QByteArray("digraph {\n \"a -> b;\n}\n") << 0;
    QTest::addRow("bad utf8") << QByteArray("digraph { \xff\xfe -> b; ") << 1;
    QTest::addRow("deep nesting") << (QByteArray("digraph {") + QByteArray(20000, '{')) << 0;
}

void TestDot::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const LoadResult r = loadDot(bytes, QStringLiteral("bad.dot"));
    QVERIFY(hasErrors(r.diagnostics));
    QVERIFY(r.chain.steps.isEmpty());
    const Diagnostic &d = *std::find_if(r.diagnostics.cbegin(), r.diagnostics.cend(),
                                        [](const Diagnostic &x) { return x.severity == Severity::Error; });
    QCOMPARE(d.file, QStringLiteral("bad.dot"));
    QVERIFY(!d.message.isEmpty());
    if (line > 0)
        QCOMPARE(d.line, line);
}

void TestDot::multipleGraphs()
{
    const LoadResult r = load(QStringLiteral("multiple.dot"));
    QVERIFY(!hasErrors(r.diagnostics));
    QCOMPARE(r.chain.title, QStringLiteral("first"));
    QCOMPARE(r.chain.steps.size(), 2);
    QCOMPARE(count(r.diagnostics, Severity::Warning), 1);
    QVERIFY(r.diagnostics.constFirst().message.contains(QStringLiteral("2 graphs")));
}

void TestDot::exhaustedParserLeavesNoStaleStack()
{
    // Nesting deeper than bison's stack ends the parse with "memory exhausted" and leaves cgraph's
    // static stack of open subgraphs pointing into the graph's arena. The loads after it must not
    // use that memory: released arenas are poisoned here, so a stale pointer crashes at once (it
    // crashed CI now and then before the parser was drained, models/dot/graphvizglobal.cpp).
    Graphviz::setPoisonReleasedArenas(true);
    const auto unpoison = qScopeGuard([] { Graphviz::setPoisonReleasedArenas(false); });
    const QByteArray deep = QByteArray("digraph {") + QByteArray(20000, '{');
    for (int round = 0; round < 3; ++round) {
        const LoadResult bad = loadDot(deep, QStringLiteral("deep.dot"), {});
        QVERIFY(hasErrors(bad.diagnostics));
        QVERIFY2(diagnosticsText(bad.diagnostics).contains(QStringLiteral("memory exhausted")),
                 qPrintable(diagnosticsText(bad.diagnostics)));
        const LoadResult good = loadDot("digraph g { a -> b\n subgraph s { c -> d } }\ndigraph h { x }\n",
                                        QStringLiteral("good.dot"), {});
        QVERIFY2(!hasErrors(good.diagnostics), qPrintable(diagnosticsText(good.diagnostics)));
        QCOMPARE(good.chain.title, QStringLiteral("g"));
        QCOMPARE(good.chain.steps.size(), 4);
        QVERIFY(edge(good.chain, QStringLiteral("a"), QStringLiteral("b")));
        QVERIFY(edge(good.chain, QStringLiteral("c"), QStringLiteral("d")));
        QCOMPARE(good.chain.requirements.size(), 2);
        QCOMPARE(count(good.diagnostics, Severity::Warning), 1); // "2 graphs": the second is counted
    }
}

void TestDot::largeGraphInArena()
{
    // The loader reads into an arena (models/dot/grapharena.*): values bigger than a quarter of
    // its 1 MiB blocks get a block of their own, graphs bigger than one block span several, and
    // attribute tables that grow are copied. Every value must come back whole.
    QByteArray dot = "digraph big {\n";
    // 300 KiB as quoted pieces joined by '+' (cgraph limits one quoted string to 16 KiB).
    QByteArray huge;
    QByteArray pieces;
    for (int i = 0; i < 300; ++i) {
        const QByteArray piece(1024, char('a' + i % 26));
        huge += piece;
        pieces += (i ? " + \"" : "\"") + piece + "\"\n";
    }
    dot += "  huge [blob=" + pieces + "];\n";
    const int nodes = 20000;
    for (int i = 0; i < nodes; ++i)
        dot += "  n" + QByteArray::number(i) + " [label=\"pkg" + QByteArray::number(i) + " 1." + QByteArray::number(i % 7) +
               "\", a" + QByteArray::number(i % 50) + "=\"v" + QByteArray::number(i) + "\"];\n";
    for (int i = 1; i < nodes; ++i)
        dot += "  n" + QByteArray::number(i) + " -> n" + QByteArray::number(i / 2) + " [w=\"" + QByteArray::number(i) + "\"];\n";
    dot += "  n1 -> huge;\n}\n";
    for (int round = 0; round < 2; ++round) { // a second read after the first arena is gone
        const LoadResult r = loadDot(dot, QStringLiteral("big.dot"));
        QVERIFY2(!hasErrors(r.diagnostics), qPrintable(diagnosticsText(r.diagnostics)));
        QCOMPARE(r.chain.steps.size(), nodes + 1);
        QCOMPARE(r.chain.requirements.size(), nodes);
        QCOMPARE(r.chain.steps.at(0).details->attributes.value(QStringLiteral("blob")), QString::fromLatin1(huge));
        const Step &last = r.chain.steps.at(nodes);
        QCOMPARE(last.id, QStringLiteral("n%1").arg(nodes - 1));
        QCOMPARE(last.label, QStringLiteral("pkg%1 1.%2").arg(nodes - 1).arg((nodes - 1) % 7));
        QCOMPARE(last.package, QStringLiteral("pkg%1").arg(nodes - 1));
        QCOMPARE(last.version, QStringLiteral("1.%1").arg((nodes - 1) % 7));
        QCOMPARE(last.details->attributes.value(QStringLiteral("a%1").arg((nodes - 1) % 50)), QStringLiteral("v%1").arg(nodes - 1));
        // Attributes declared later in the file read as empty for earlier nodes, not as garbage.
        QCOMPARE(r.chain.steps.at(1).details->attributes.value(QStringLiteral("a49")), QString());
        QCOMPARE(r.chain.requirements.constLast().evidence.attributes().value(QStringLiteral("w")), QString());
        QCOMPARE(r.chain.requirements.at(nodes - 2).evidence.attributes().value(QStringLiteral("w")),
                 QString::number(nodes - 1));
    }
}

void TestDot::loadAfterErrorIsClean()
{
    // cgraph keeps lexer state between reads: a broken or multi-graph input must not leak into the next.
    loadDot("digraph { a -> ", QStringLiteral("x.dot"));
    loadDot("digraph one { a -> b } digraph two { c -> d }", QStringLiteral("y.dot"));
    // Inputs that end inside a quoted string, an HTML string and a comment.
    loadDot("digraph { a } [label=\"open", QStringLiteral("s.dot"));
    loadDot("digraph { a } [label=<<b>open", QStringLiteral("h.dot"));
    loadDot("digraph { a } /* open", QStringLiteral("c.dot"));
    const LoadResult r = loadDot("digraph three {\n x -> y\n}\n", QStringLiteral("z.dot"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(diagnosticsText(r.diagnostics)));
    QCOMPARE(r.chain.title, QStringLiteral("three"));
    QCOMPARE(r.chain.steps.size(), 2);
    const LoadResult e = loadDot("digraph {\n\n x -> -> y\n}\n", QStringLiteral("e.dot"));
    QCOMPARE(e.diagnostics.value(0).line, 3);
}

void TestDot::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"guix-graph.dot", "debtree.dot", "cargo-depgraph.dot", "record.dot", "html.dot",
                          "cluster.dot", "ports.dot", "undirected.dot", "strict.dot", "latin1.dot"})
        QTest::addRow("%s", f) << QString::fromLatin1(f);
}

void TestDot::roundTrip()
{
    QFETCH(QString, file);
    const LoadResult first = load(file);
    const QByteArray written = writeDot(first.chain);
    const LoadResult second = loadDot(written, QStringLiteral("written.dot"));
    QVERIFY2(!hasErrors(second.diagnostics), qPrintable(diagnosticsText(second.diagnostics) + QLatin1Char('\n') +
                                                         QString::fromUtf8(written)));
    QCOMPARE(second.chain.directed, first.chain.directed);
    QCOMPARE(second.chain.title, first.chain.title);
    QCOMPARE(second.chain.steps.size(), first.chain.steps.size());
    for (int i = 0; i < first.chain.steps.size(); ++i) {
        const Step &a = first.chain.steps[i];
        const Step *b = second.chain.find(a.id);
        QVERIFY2(b, qPrintable(a.id));
        QCOMPARE(b->details->attributes, a.details->attributes);
        QCOMPARE(b->label, a.label);
        QCOMPARE(b->families, a.families);
    }
    QCOMPARE(second.chain.requirements.size(), first.chain.requirements.size());
    for (const Requirement &r : first.chain.requirements) {
        const Requirement *e = edge(second.chain, first.chain.steps[r.from].id, first.chain.steps[r.to].id);
        QVERIFY(e);
        QCOMPARE(e->evidence.attributes(), r.evidence.attributes());
    }
    QMap<QString, QString> graphA = first.chain.graphAttributes, graphB = second.chain.graphAttributes;
    QCOMPARE(graphB, graphA);
}

void TestDot::writerQuotes()
{
    Chain c;
    c.title = QStringLiteral("say \"hi\"");
    Step a;
    a.id = QStringLiteral("a \"quoted\" id");
    a.details.edit().attributes.insert(QStringLiteral("tooltip"), QStringLiteral("line one\nline two"));
    a.details.edit().attributes.insert(QStringLiteral("comment"), QStringLiteral("ends with a backslash\\"));
    Step b;
    b.id = QStringLiteral("node"); // a keyword
    Step d;
    d.id = QStringLiteral("x\\y");
    c.addStep(a);
    c.addStep(b);
    c.addStep(d);
    c.requirements.append(Requirement{0, 1, RequirementKind::Declared, {}});
    c.requirements.append(Requirement{1, 2, RequirementKind::Observed, {}});
    const QByteArray dot = writeDot(c);
    const LoadResult r = loadDot(dot, QStringLiteral("quotes.dot"));
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(diagnosticsText(r.diagnostics) + QString::fromUtf8(dot)));
    QCOMPARE(r.chain.title, c.title);
    QVERIFY(r.chain.find(a.id));
    QVERIFY(r.chain.find(QStringLiteral("node")));
    QVERIFY(r.chain.find(QStringLiteral("x\\y")));
    QCOMPARE(r.chain.find(a.id)->details->attributes.value(QStringLiteral("tooltip")), QStringLiteral("line one\\nline two"));
    QCOMPARE(r.chain.requirements.size(), 2);
    QCOMPARE(r.chain.requirements[1].evidence.attributes().value(QStringLiteral("seedline_kind")), QStringLiteral("observed"));
}

void TestDot::writerOptions()
{
    const LoadResult g = load(QStringLiteral("guix-graph.dot"));
    Chain chain = g.chain;
    chain.steps[1].excluded = true;
    DotWriteOptions options;
    options.graphName = QStringLiteral("exported");
    options.rankDir = DotWriteOptions::RankDir::LeftToRight;
    options.legend = true;
    options.stepAttributes.insert(0, {{QStringLiteral("color"), QStringLiteral("orange")}});
    options.requirementAttributes.insert(2, {{QStringLiteral("penwidth"), QStringLiteral("3")}});
    const LoadResult r = loadDot(writeDot(chain, options), QStringLiteral("options.dot"));
    QVERIFY(!hasErrors(r.diagnostics));
    QCOMPARE(r.chain.title, QStringLiteral("exported"));
    QCOMPARE(r.chain.graphAttributes.value(QStringLiteral("rankdir")), QStringLiteral("LR"));
    QVERIFY(!r.chain.find(chain.steps[1].id));
    QCOMPARE(r.chain.find(chain.steps[0].id)->details->attributes.value(QStringLiteral("color")), QStringLiteral("orange"));
    QVERIFY(chain.requirements[2].from != 1 && chain.requirements[2].to != 1);
    const Requirement *first = edge(r.chain, chain.steps[chain.requirements[2].from].id,
                                    chain.steps[chain.requirements[2].to].id);
    QVERIFY(first);
    QCOMPARE(first->evidence.attributes().value(QStringLiteral("penwidth")), QStringLiteral("3"));
    QVERIFY(r.chain.find(QStringLiteral("seedline_legend_0a")));
    QCOMPARE(r.chain.find(QStringLiteral("seedline_legend_0a"))->details->attributes.value(QStringLiteral("seedline:cluster")),
             QStringLiteral("cluster_seedline_legend"));

    options = {};
    options.includeExcluded = true;
    options.kinds = RequirementKind::Observed;
    const LoadResult all = loadDot(writeDot(chain, options), QStringLiteral("all.dot"));
    QCOMPARE(all.chain.steps.size(), chain.steps.size());
    QCOMPARE(all.chain.requirements.size(), 0);
}

void TestDot::mutatedInputs_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(QStringLiteral(SEEDLINE_FIXTURES_DIR "/dot")).entryList({QStringLiteral("*.dot")});
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << f;
}

// A cheap deterministic fuzz: every truncation and seeded random byte edits of each fixture.
// Whatever loads must write back as DOT that loads without errors.
void TestDot::mutatedInputs()
{
    QFETCH(QString, file);
    const QByteArray original = fixture(file);
    QVector<QByteArray> inputs;
    for (qsizetype n = 0; n < original.size(); n += 5)
        inputs << original.left(n);
    QRandomGenerator rng(1234);
    const char alphabet[] = "{}[];,=\"'<>-:|\\\n \xff\xe9" "a0%#/*";
    for (int i = 0; i < 150; ++i) {
        QByteArray m = original;
        for (int k = 0, edits = 1 + int(rng.bounded(4)); k < edits && !m.isEmpty(); ++k) {
            const qsizetype at = rng.bounded(int(m.size()));
            const char c = alphabet[rng.bounded(int(sizeof alphabet - 1))];
            switch (rng.bounded(3)) {
            case 0: m[at] = c; break;
            case 1: m.insert(at, c); break;
            default: m.remove(at, 1); break;
            }
        }
        inputs << m;
    }
    for (const QByteArray &bytes : std::as_const(inputs)) {
        const LoadResult r = loadDot(bytes, QStringLiteral("m.dot"));
        for (const Diagnostic &d : r.diagnostics) {
            QCOMPARE(d.file, QStringLiteral("m.dot"));
            QVERIFY(!d.message.isEmpty());
        }
        if (hasErrors(r.diagnostics) || r.chain.steps.isEmpty())
            continue;
        const QByteArray written = writeDot(r.chain);
        const LoadResult again = loadDot(written, QStringLiteral("again.dot"));
        QVERIFY2(!hasErrors(again.diagnostics),
                 qPrintable(diagnosticsText(again.diagnostics) + QStringLiteral("\ninput:\n") + QString::fromUtf8(bytes) +
                            QStringLiteral("\nwritten:\n") + QString::fromUtf8(written)));
        QCOMPARE(again.chain.steps.size(), r.chain.steps.size());
    }
}

QTEST_GUILESS_MAIN(TestDot)
#include "tst_dot.moc"

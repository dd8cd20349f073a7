// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/checkoutloader.h"
#include "manifest/scriptscanner.h"
#include "manifest/toolproviders.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedline;

namespace {

QString fixtureDir()
{
    return QStringLiteral(SEEDLINE_FIXTURES_DIR "/checkout-mini");
}

const Requirement *findEdge(const Chain &chain, const QString &from, const QString &to, RequirementKind kind)
{
    const int f = chain.indexOf(from), t = chain.indexOf(to);
    for (const Requirement &r : chain.requirements) {
        if (r.from == f && r.to == t && r.kind == kind)
            return &r;
    }
    return nullptr;
}

QStringList observedTargets(const Chain &chain, const QString &from)
{
    QStringList out;
    const int f = chain.indexOf(from);
    for (const Requirement &r : chain.requirements) {
        if (r.from == f && r.kind == RequirementKind::Observed)
            out << chain.steps[r.to].id;
    }
    out.sort();
    return out;
}

QStringList tools(const QString &script)
{
    QStringList out;
    for (const ToolInvocation &i : findToolInvocations(script, isTrackedTool))
        out << i.tool + u':' + QString::number(i.line);
    return out;
}

} // namespace

class TestCheckout : public QObject
{
    Q_OBJECT

private:
    LoadResult m_default;

private Q_SLOTS:
    void initTestCase() { m_default = loadCheckout(fixtureDir()); }

    void detectsCheckout()
    {
        QVERIFY(isLiveBootstrapCheckout(fixtureDir()));
        QVERIFY(!isLiveBootstrapCheckout(QStringLiteral(SEEDLINE_FIXTURES_DIR "/manifest")));
        QVERIFY(!isLiveBootstrapCheckout(QString()));
        const LoadResult r = loadCheckout(QStringLiteral(SEEDLINE_FIXTURES_DIR "/manifest"));
        QVERIFY(hasErrors(r.diagnostics));
        QVERIFY(r.chain.steps.isEmpty());
    }

    void gccRunsPythonFiveTimes()
    {
        QFile f(fixtureDir() + QStringLiteral("/steps/gcc-15.2.0/pass1.sh"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QVector<ToolInvocation> found = findToolInvocations(QString::fromUtf8(f.readAll()), isTrackedTool);
        QStringList lines;
        for (const ToolInvocation &i : found) {
            QCOMPARE(i.tool, QStringLiteral("python3"));
            QCOMPARE(i.column, 5);
            lines << QString::number(i.line);
        }
        // Not the windows-1252 comment, not the quoted or heredoc text, not PYTHON=python3.
        QCOMPARE(lines.join(u','), QStringLiteral("15,18,19,20,21"));

        const Chain &c = m_default.chain;
        const Requirement *r = findEdge(c, QStringLiteral("gcc-15.2.0"), QStringLiteral("python-3.11.1"),
                                        RequirementKind::Observed);
        QVERIFY(r);
        QCOMPARE(r->evidence.file, QStringLiteral("steps/gcc-15.2.0/pass1.sh"));
        QCOMPARE(r->evidence.line, 15);
        QCOMPARE(r->evidence.column, 5);
        QCOMPARE(r->evidence.text,
                 QStringLiteral("python3 contrib/regenerate-sarif-spec-index.py > gcc/sarif-spec-urls.def"));
        QCOMPARE(r->attributes.value(QStringLiteral("occurrences")), QStringLiteral("5"));
        QCOMPARE(r->attributes.value(QStringLiteral("lines")), QStringLiteral("15,18,19,20,21"));
        QCOMPARE(observedTargets(c, QStringLiteral("gcc-15.2.0")), QStringList{QStringLiteral("python-3.11.1")});
    }

    void observedEdges_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addRow("gettext runs python2.3") << "gettext-0.26" << "python-2.3.7#2" << "steps/gettext-0.26/pass1.sh" << 4;
        QTest::addRow("libunistring runs python3") << "libunistring-1.4.1" << "python-3.11.1"
                                                   << "steps/libunistring-1.4.1/pass1.sh" << 3;
        QTest::addRow("python 3.11 built with 3.8") << "python-3.11.1" << "python-3.8.16"
                                                    << "steps/python-3.11.1/pass1.sh" << 2;
        QTest::addRow("second pass reads pass2.sh") << "python-2.3.7#2" << "python-2.3.7" << "steps/python-2.3.7/pass2.sh"
                                                    << 3;
        QTest::addRow("kaem script") << "tcc-0.9.27" << "mes-0.27.1" << "steps/tcc-0.9.27/pass1.kaem" << 2;
        QTest::addRow("yacc from heirloom") << "flex-2.6.4" << "heirloom-devtools-070527" << "steps/flex-2.6.4/pass1.sh"
                                            << 2;
        QTest::addRow("flex after uninstall") << "bison-3.4.1" << "flex-2.6.4" << "steps/bison-3.4.1/pass1.sh" << 3;
        QTest::addRow("python3 after the uninstall is 3.11") << "after-python-1.0" << "python-3.11.1"
                                                             << "steps/after-python-1.0/pass1.sh" << 3;
        QTest::addRow("improve script") << "improve:finish" << "python-3.11.1" << "steps/improve/finish.sh" << 2;
    }
    void observedEdges()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Requirement *r = findEdge(m_default.chain, from, to, RequirementKind::Observed);
        QVERIFY2(r, qPrintable(from + QStringLiteral(" -> ") + to + QStringLiteral(": ") +
                               observedTargets(m_default.chain, from).join(u' ')));
        QTEST(r->evidence.file, "file");
        QTEST(r->evidence.line, "line");
        QVERIFY(!r->evidence.text.isEmpty());
        QCOMPARE(r->evidence.text, r->evidence.text.trimmed());
    }

    void uninstallAwareResolution()
    {
        const Chain &c = m_default.chain;
        // python-3.8.16 and python-2.3.7 are uninstalled before libunistring and after-python.
        QCOMPARE(observedTargets(c, QStringLiteral("libunistring-1.4.1")), QStringList{QStringLiteral("python-3.11.1")});
        QCOMPARE(observedTargets(c, QStringLiteral("after-python-1.0")), QStringList{QStringLiteral("python-3.11.1")});
        const Requirement *r = findEdge(c, QStringLiteral("after-python-1.0"), QStringLiteral("python-3.11.1"),
                                        RequirementKind::Observed);
        QCOMPARE(r->attributes.value(QStringLiteral("lines")), QStringLiteral("3,6"));
        // "uninstall: /usr/bin/lex" removed the lex command: bison's lex resolves to nothing.
        QCOMPARE(observedTargets(c, QStringLiteral("bison-3.4.1")), QStringList{QStringLiteral("flex-2.6.4")});
        bool lexNote = false, python23Note = false;
        for (const Diagnostic &d : m_default.diagnostics) {
            if (d.file.endsWith(QLatin1String("steps/bison-3.4.1/pass1.sh")) && d.line == 4 && d.message.contains(QLatin1String("'lex'")))
                lexNote = true;
            if (d.file.endsWith(QLatin1String("steps/after-python-1.0/pass1.sh")) && d.line == 5 && d.column == 5)
                python23Note = true;
        }
        QVERIFY(lexNote);
        QVERIFY(python23Note);
    }

    void noFalseInvocations()
    {
        const Chain &c = m_default.chain;
        // The echo in gettext mentions python3 inside quotes; only python2.3 is run.
        QCOMPARE(observedTargets(c, QStringLiteral("gettext-0.26")), QStringList{QStringLiteral("python-2.3.7#2")});
        QVERIFY(observedTargets(c, QStringLiteral("python-2.3.7")).isEmpty());
        // Toolchain edges are not observed edges: make's script runs tcc through make, not directly.
        QCOMPARE(observedTargets(c, QStringLiteral("bash-2.05b")), QStringList());
    }

    void scanner_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "python3 x.py\n" << "python3:1";
        QTest::addRow("comment") << "# python3 x.py\n  # windows-1252 is not supported by our Python build\n" << "";
        QTest::addRow("trailing comment") << "echo hi # python3\n" << "";
        QTest::addRow("argument") << "make PYTHON=python3 python3\n" << "";
        QTest::addRow("after operators") << "true && python3 a; false || perl b | m4 c\n" << "python3:1 perl:1 m4:1";
        QTest::addRow("assignment prefix") << "LC_ALL=C FOO=\"a b\" python3 x\n" << "python3:1";
        QTest::addRow("env and sudo") << "env -i PATH=/bin python3 x\nsudo perl y\nexec bison z\n"
                                      << "python3:1 perl:2 bison:3";
        QTest::addRow("command substitution") << "x=$(python3 -c 1)\ny=\"v $(perl -e 1)\"\nz=`m4 q`\n"
                                              << "python3:1 perl:2 m4:3";
        QTest::addRow("single quotes") << "echo 'python3 x'\n" << "";
        QTest::addRow("double quotes") << "echo \"python3 x\"\n" << "";
        QTest::addRow("multi-line string") << "echo \"a\npython3 b\"\nperl c\n" << "perl:3";
        QTest::addRow("heredoc") << "cat <<EOF\npython3 x\nEOF\nperl y\n" << "perl:4";
        QTest::addRow("quoted heredoc with tabs") << "cat <<-'END' > f\n\tpython3\n\tEND\nm4 z\n" << "m4:4";
        QTest::addRow("path") << "/usr/bin/python3.11 x\n./configure\n" << "python3.11:1";
        QTest::addRow("keywords") << "if python3 -c 1; then perl x; else m4 y; fi\n" << "python3:1 perl:1 m4:1";
        QTest::addRow("loop") << "for f in python3 perl; do bison $f; done\n" << "bison:1";
        QTest::addRow("case pattern") << "case $x in\npython3) perl a ;;\nesac\n" << "perl:2";
        QTest::addRow("command -v") << "command -v python3\ncommand perl x\n" << "perl:2";
        QTest::addRow("continuation") << "python3 a \\\n    perl b\n" << "python3:1";
        QTest::addRow("subshell") << "(cd x && autoreconf-2.69 -fi)\n" << "autoreconf-2.69:1";
        QTest::addRow("redirect target") << "echo > python3\n< in perl\n" << "perl:2";
        QTest::addRow("kaem variables") << "${PREFIX}/bin/mescc -c x.c\n" << "mescc:1";
        QTest::addRow("unterminated quote") << "echo \"python3\nperl\n" << "";
    }
    void scanner()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QCOMPARE(tools(script).join(u' '), expected);
    }

    void toolProviders_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QString>("expected");
        QTest::addRow("python 3") << "python-3.11.1" << "python python3 python3.11";
        QTest::addRow("python 2") << "python-2.3.7" << "python python2 python2.3";
        QTest::addRow("perl glued") << "perl5.004-05" << "perl perl5";
        QTest::addRow("perl module") << "perl-Devel-Tokenizer-C-0.11" << "";
        QTest::addRow("autoconf") << "autoconf-2.69"
                                  << "autoconf autoconf-2.69 autoreconf autoreconf-2.69 autoheader autoheader-2.69 "
                                     "autom4te autom4te-2.69 autoscan autoscan-2.69 autoupdate autoupdate-2.69";
        QTest::addRow("automake") << "automake-1.16.3" << "automake automake-1.16 automake-1.16.3 aclocal aclocal-1.16 "
                                                         "aclocal-1.16.3";
    }
    void toolProviders()
    {
        QFETCH(QString, directory);
        QTEST(toolsProvidedBy(directory).join(u' '), "expected");
    }

    void missingStepFolder()
    {
        bool found = false;
        for (const Diagnostic &d : m_default.diagnostics) {
            if (d.message.contains(QLatin1String("no-scripts-1.0"))) {
                found = true;
                QCOMPARE(d.severity, Severity::Warning);
                QVERIFY(d.file.endsWith(QLatin1String("checkout-mini/steps/manifest")));
                QCOMPARE(d.line, 21);
                QCOMPARE(d.column, 8);
            }
        }
        QVERIFY(found);
    }

    void excludedStepsAreNotScanned()
    {
        // fiwix runs perl, which nothing provides; under CHROOT it is excluded and has no edges at all.
        LoadOptions options;
        options.config.insert(QStringLiteral("CHROOT"), QStringLiteral("True"));
        const LoadResult r = loadCheckout(fixtureDir(), options);
        const int fiwix = r.chain.indexOf(QStringLiteral("fiwix-1.5.0-lb1"));
        QVERIFY(fiwix >= 0);
        QVERIFY(r.chain.steps[fiwix].excluded);
        for (const Requirement &req : r.chain.requirements)
            QVERIFY(req.to != fiwix && (req.from != fiwix || req.kind == RequirementKind::Sequence));
        QCOMPARE(r.chain.configuration.value(QStringLiteral("KERNEL_BOOTSTRAP")), QStringLiteral("False"));
    }

    void partsProseJoined()
    {
        const Chain &c = m_default.chain;
        const Step *gcc = c.find(QStringLiteral("gcc-15.2.0"));
        QVERIFY(gcc);
        QVERIFY2(gcc->prose.contains(QLatin1String("regenerates Unicode tables")), qPrintable(gcc->prose));
        QCOMPARE(gcc->proseOrigin.file, QStringLiteral("parts.rst"));
        QVERIFY(gcc->proseOrigin.line > 0);
        QCOMPARE(gcc->origin.file, QStringLiteral("steps/manifest"));
        // tinycc in parts.rst is tcc in the manifest; both python-2.3.7 passes share the section.
        QVERIFY(c.find(QStringLiteral("tcc-0.9.27"))->prose.contains(QLatin1String("TinyCC")));
        QVERIFY(c.find(QStringLiteral("python-2.3.7#2"))->prose.contains(QLatin1String("built twice")));
        QVERIFY(c.find(QStringLiteral("bash-2.05b"))->prose.isEmpty());
        // Steps only in parts.rst after the manifest starts are not added.
        for (const Step &s : c.steps)
            QVERIFY(s.package != QLatin1String("only-in-parts"));
    }

    void seedStagesPrepended()
    {
        const Chain &c = m_default.chain;
        QVERIFY(c.steps.size() >= 3);
        QCOMPARE(c.steps[0].id, QStringLiteral("hex0"));
        const int mes = c.indexOf(QStringLiteral("mes-0.27.1"));
        QCOMPARE(mes, 3);
        QCOMPARE(c.steps[2].origin.file, QStringLiteral("parts.rst"));
        const QString planet = c.steps[2].id;
        QVERIFY(findEdge(c, QStringLiteral("mes-0.27.1"), planet, RequirementKind::Sequence));
        QVERIFY(findEdge(c, planet, c.steps[1].id, RequirementKind::Sequence));
        // The seed's compiler and shell build the first manifest steps.
        QVERIFY(findEdge(c, QStringLiteral("mes-0.27.1"), planet, RequirementKind::Toolchain));
        QVERIFY(findEdge(c, QStringLiteral("tcc-0.9.27"), QStringLiteral("mes-0.27.1"), RequirementKind::Toolchain));
        QVERIFY(!findEdge(c, QStringLiteral("tcc-0.9.27"), planet, RequirementKind::Toolchain));
        QVERIFY(findEdge(c, QStringLiteral("make-3.82"), c.steps[1].id, RequirementKind::Toolchain)); // kaem shell
    }

    void sources()
    {
        const Chain &c = m_default.chain;
        QVERIFY(!c.sources.isEmpty());
        QCOMPARE(c.sources.front().kind, ChainSource::Kind::Checkout);
        QVERIFY(c.sources.contains(ChainSource{ChainSource::Kind::Manifest, QStringLiteral("steps/manifest")}));
        QVERIFY(c.sources.contains(ChainSource{ChainSource::Kind::PartsRst, QStringLiteral("parts.rst")}));
        QVERIFY(c.sources.contains(
            ChainSource{ChainSource::Kind::BuildScript, QStringLiteral("steps/gcc-15.2.0/pass1.sh")}));
        QVERIFY(c.sources.contains(
            ChainSource{ChainSource::Kind::BuildScript, QStringLiteral("steps/python-2.3.7/pass2.sh")}));
    }

    void sharedManifestWithParts()
    {
        // A checkout made at run time from the shared manifest and parts.rst (no step folders).
        const QString shared = QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/");
        if (!QFile::exists(shared + QStringLiteral("manifest")) || !QFile::exists(shared + QStringLiteral("parts.rst")))
            QSKIP("../shared/live-bootstrap is missing");
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("steps")));
        QVERIFY(QFile::copy(shared + QStringLiteral("manifest"), dir.filePath(QStringLiteral("steps/manifest"))));
        QVERIFY(QFile::copy(shared + QStringLiteral("parts.rst"), dir.filePath(QStringLiteral("parts.rst"))));
        const LoadResult r = loadCheckout(dir.path());
        const Chain &c = r.chain;
        const int first = c.indexOf(QStringLiteral("checksum-transcriber-1.0"));
        QVERIFY(first >= 16); // the seed and stage0 sections come first
        QCOMPARE(c.steps.size(), 205 + first);
        QCOMPARE(c.steps[0].id, QStringLiteral("bootstrap-seeds"));
        QVERIFY(c.find(QStringLiteral("python-3.11.1"))->prose.contains(QLatin1String("Python")));
        QVERIFY(c.find(QStringLiteral("gcc-15.2.0"))->proseOrigin.line > 0);
        int mentioned = 0;
        for (const Requirement &req : c.requirements) {
            if (req.kind == RequirementKind::Mentioned) {
                ++mentioned;
                QVERIFY(req.evidence.file == QLatin1String("parts.rst"));
            }
        }
        QVERIFY(mentioned > 0);
        int missingFolders = 0;
        for (const Diagnostic &d : r.diagnostics)
            missingFolders += d.message.contains(QLatin1String("has no folder")) ? 1 : 0;
        QCOMPARE(missingFolders, 170); // every build is included under the defaults
    }

    void manifestOnlyCheckout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("steps/hello-1.0")));
        QFile m(dir.filePath(QStringLiteral("steps/manifest")));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("build: python-3.11.1\nbuild: hello-1.0\n");
        m.close();
        QFile s(dir.filePath(QStringLiteral("steps/hello-1.0/pass1.sh")));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("python3 hello.py\n\xff\xfe garbage\x00 bytes\n");
        s.close();
        const LoadResult r = loadCheckout(dir.path());
        QCOMPARE(r.chain.steps.size(), 2);
        QVERIFY(findEdge(r.chain, QStringLiteral("hello-1.0"), QStringLiteral("python-3.11.1"), RequirementKind::Observed));
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/checkoutloader.h"
#include "manifest/scriptscanner.h"
#include "manifest/toolproviders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A checkout made for one test: steps/manifest plus files relative to the checkout.
bool makeCheckout(const QTemporaryDir &dir, const QByteArray &manifest, const QMap<QString, QByteArray> &files)
{
    if (!writeFile(dir.filePath(QStringLiteral("steps/manifest")), manifest))
        return false;
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (it.key().endsWith(u'/')) {
            if (!QDir().mkpath(dir.filePath(it.key())))
                return false;
        } else if (!writeFile(dir.filePath(it.key()), it.value())) {
            return false;
        }
    }
    return true;
}

QList<Diagnostic> diagnosticsWith(const Diagnostics &diagnostics, const QString &text)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : diagnostics) {
        if (d.message.contains(text))
            out << d;
    }
    return out;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.toString();
    return out.join(u'\n');
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
        QCOMPARE(r->evidence.file(), QStringLiteral("steps/gcc-15.2.0/pass1.sh"));
        QCOMPARE(r->evidence.line, 15);
        QCOMPARE(r->evidence.column, 5);
        QCOMPARE(r->evidence.text(),
                 QStringLiteral("python3 contrib/regenerate-sarif-spec-index.py > gcc/sarif-spec-urls.def"));
        QCOMPARE(r->evidence.attributes().value(QStringLiteral("occurrences")), QStringLiteral("5"));
        QCOMPARE(r->evidence.attributes().value(QStringLiteral("lines")), QStringLiteral("15,18,19,20,21"));
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
        QTEST(r->evidence.file(), "file");
        QTEST(r->evidence.line, "line");
        QVERIFY(!r->evidence.text().isEmpty());
        QCOMPARE(r->evidence.text(), r->evidence.text().trimmed());
    }

    void uninstallAwareResolution()
    {
        const Chain &c = m_default.chain;
        // python-3.8.16 and python-2.3.7 are uninstalled before libunistring and after-python.
        QCOMPARE(observedTargets(c, QStringLiteral("libunistring-1.4.1")), QStringList{QStringLiteral("python-3.11.1")});
        QCOMPARE(observedTargets(c, QStringLiteral("after-python-1.0")), QStringList{QStringLiteral("python-3.11.1")});
        const Requirement *r = findEdge(c, QStringLiteral("after-python-1.0"), QStringLiteral("python-3.11.1"),
                                        RequirementKind::Observed);
        QCOMPARE(r->evidence.attributes().value(QStringLiteral("lines")), QStringLiteral("3,6"));
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
        // Tools named through variables, as the shell passes them to the command that follows.
        QTest::addRow("tool variables before a command")
            << "AUTOMAKE=automake-1.15 ACLOCAL=aclocal-1.15 autoreconf-2.69 -fi\n"
            << "automake-1.15:1 aclocal-1.15:1 autoreconf-2.69:1";
        QTest::addRow("quoted tool variable") << "AUTOCONF=\"autoconf-2.61 -f\" AUTOM4TE=autom4te-2.61 ./bootstrap\n"
                                              << "autoconf-2.61:1 autom4te-2.61:1";
        QTest::addRow("single-quoted, with a directory") << "PERL='/usr/bin/perl' M4=${PREFIX}/bin/m4 ./configure\n"
                                                         << "perl:1 m4:1";
        QTest::addRow("tool variable before make") << "AUTOM4TE=autom4te-2.64 make -j1\n" << "autom4te-2.64:1";
        QTest::addRow("through env") << "env YACC=\"bison -y\" LEX=flex make\n" << "bison:1 flex:1";
        QTest::addRow("not a tool variable") << "FOO=python3 ./configure\nAUTOPOINT=true autoreconf\n" << "autoreconf:2";
        QTest::addRow("computed value") << "PERL=$(command -v perl) ./configure\nPYTHON=\"$PY\" make\n" << "";
        QTest::addRow("plain assignment alone") << "PYTHON=python3\n./configure\n" << "";
        QTest::addRow("export") << "export PYTHON=python3\nexport A=1 M4=m4\n./configure\n" << "python3:1 m4:2";
        QTest::addRow("export later") << "PERL=perl5\n./configure\nexport PERL\n" << "perl5:1";
        QTest::addRow("export -n") << "export -n PYTHON=python3\n" << "";
        QTest::addRow("declare -x") << "declare -x BISON=bison\ndeclare -r LEX=flex\n" << "bison:1";
        QTest::addRow("variable as the command") << "PY=python3\n$PY x.py\n\"${PY}\" y.py\n$NOPE z\n"
                                                 << "python3:2 python3:3";
        // Wrappers run their argument.
        QTest::addRow("xargs") << "ls *.py | xargs python3\n" << "python3:1";
        QTest::addRow("xargs -L 1") << "grep -l x . | \\\n    xargs -L 1 python -B Tools/clinic/clinic.py\n"
                                    << "python:2";
        QTest::addRow("xargs options") << "xargs -0 -n 1 -I {} -P4 perl {}\nxargs --max-args=2 m4\n"
                                       << "perl:1 m4:2";
        QTest::addRow("find -exec") << "find . -name '*.pl' -exec perl {} \\;\n" << "perl:1";
        QTest::addRow("find -execdir +") << "find . -type f -execdir python3 fix.py {} + -exec m4 {} \\;\n"
                                         << "python3:1 m4:1";
        QTest::addRow("not find") << "echo -exec python3\n" << "";
        QTest::addRow("timeout") << "timeout 60 python3 x\ntimeout -s KILL -k 5 5m perl y\n" << "python3:1 perl:2";
        QTest::addRow("nice") << "nice -n 5 python3 x\nnice -5 perl y\nnice --adjustment=3 m4 z\nnice bison w\n"
                              << "python3:1 perl:2 m4:3 bison:4";
        QTest::addRow("exec -a") << "exec -a name python3 x\nexec perl y\n" << "python3:1 perl:2";
        QTest::addRow("command and nohup") << "command python3 x\nnohup perl y &\ncommand -p m4 z\n"
                                           << "python3:1 perl:2 m4:3";
        QTest::addRow("env options") << "env -u LANG -C /tmp python3 x\nenv - PATH=/bin perl y\n" << "python3:1 perl:2";
        QTest::addRow("nested wrappers") << "env -i nice -n 1 timeout 9 xargs -L 1 python3\n" << "python3:1";
        QTest::addRow("quoted wrapper argument") << "timeout \"$T\" python3 x\nnice -n \"$N\" perl y\n"
                                                 << "python3:1 perl:2";
        // Quoting is removed before the word is run.
        QTest::addRow("quoted command words") << "\"python3\" x.py\n'perl' y\n\"py\"thon3 z\n\"/usr/bin/m4\" w\n"
                                              << "python3:1 perl:2 python3:3 m4:4";
        QTest::addRow("quoted expansion") << "\"$(python3 -c 1)\" x\n\"$@\"\n" << "python3:1";
        // Arrays hold words, not commands.
        QTest::addRow("array") << "arr=(python3 x)\narr+=(perl y)\n" << "";
        QTest::addRow("declare -a") << "declare -a z=(perl list)\nlocal -a w=(\n  python3\n  m4\n)\nbison q\n"
                                    << "bison:6";
        QTest::addRow("substitution in an array") << "a=($(python3 -c 1) perl)\n" << "python3:1";
        QTest::addRow("declare arguments") << "declare python3\nlocal perl=1\nreadonly m4\n" << "";
    }
    void scanner()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QCOMPARE(tools(script).join(u' '), expected);
    }

    void assignmentEvidence()
    {
        // The tool named by a variable is recorded where the value starts, with its line as evidence.
        const QString script = QStringLiteral("src_prepare() {\n    AUTOMAKE=automake-1.15 AUTOCONF=\"autoconf-2.69 -f\" "
                                              "autoreconf-2.69 -fi\n}\n");
        const QVector<ToolInvocation> found = findToolInvocations(script, isTrackedTool);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].tool, QStringLiteral("automake-1.15"));
        QCOMPARE(found[0].line, 2);
        QCOMPARE(found[0].column, 14);
        QCOMPARE(found[0].lineText,
                 QStringLiteral("AUTOMAKE=automake-1.15 AUTOCONF=\"autoconf-2.69 -f\" autoreconf-2.69 -fi"));
        QCOMPARE(found[1].tool, QStringLiteral("autoconf-2.69"));
        QCOMPARE(found[1].column, 38);
        QCOMPARE(found[2].tool, QStringLiteral("autoreconf-2.69"));
        QCOMPARE(found[2].column, 56);
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
        QVERIFY2(gcc->details->prose.contains(QLatin1String("regenerates Unicode tables")), qPrintable(gcc->details->prose));
        QCOMPARE(gcc->details->proseOrigin.file, QStringLiteral("parts.rst"));
        QVERIFY(gcc->details->proseOrigin.line > 0);
        QCOMPARE(gcc->origin.file, QStringLiteral("steps/manifest"));
        // tinycc in parts.rst is tcc in the manifest; both python-2.3.7 passes share the section.
        QVERIFY(c.find(QStringLiteral("tcc-0.9.27"))->details->prose.contains(QLatin1String("TinyCC")));
        QVERIFY(c.find(QStringLiteral("python-2.3.7#2"))->details->prose.contains(QLatin1String("built twice")));
        QVERIFY(c.find(QStringLiteral("bash-2.05b"))->details->prose.isEmpty());
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
        QVERIFY(c.find(QStringLiteral("python-3.11.1"))->details->prose.contains(QLatin1String("Python")));
        QVERIFY(c.find(QStringLiteral("gcc-15.2.0"))->details->proseOrigin.line > 0);
        int mentioned = 0;
        for (const Requirement &req : c.requirements) {
            if (req.kind == RequirementKind::Mentioned) {
                ++mentioned;
                QVERIFY(req.evidence.file() == QLatin1String("parts.rst"));
            }
        }
        QVERIFY(mentioned > 0);
        int missingFolders = 0;
        for (const Diagnostic &d : r.diagnostics)
            missingFolders += d.message.contains(QLatin1String("has no folder")) ? 1 : 0;
        QCOMPARE(missingFolders, 170); // every build is included under the defaults
    }

    // The script of each pass is the one live-bootstrap's seed/script-generator.c runs: passN.kaem
    // while kaem is the shell (up to the first bash build), passN.sh after it; a missing passN.sh
    // means helpers.sh's default build, no script.
    void scriptsAsLiveBootstrapRunsThem()
    {
        QTemporaryDir dir;
        QVERIFY(makeCheckout(dir,
                             "build: mes-0.27.1\n"         // 1
                             "build: tcc-0.9.27\n"         // 2
                             "build: gzip-1.2.4\n"         // 3 no pass1.kaem
                             "build: bash-2.05b\n"         // 4 the last kaem build
                             "build: python-3.11.1\n"      // 5
                             "build: tcc-0.9.27\n"         // 6 pass2.sh
                             "build: gettext-0.21\n"       // 7
                             "build: gettext-0.21\n"       // 8 no pass2.sh
                             "build: m4-1.4.7\n"           // 9 no script at all
                             "improve: missing_script\n",  // 10
                             {{QStringLiteral("steps/mes-0.27.1/pass1.kaem"), "M2-Planet -f mes.c\n"},
                              {QStringLiteral("steps/tcc-0.9.27/pass1.kaem"), "mescc -c tcc.c\n"},
                              {QStringLiteral("steps/tcc-0.9.27/pass1.sh"), "python3 decoy.py\n"}, // never run
                              {QStringLiteral("steps/tcc-0.9.27/pass2.sh"), "src_compile() {\n    python3 x.py\n}\n"},
                              {QStringLiteral("steps/gzip-1.2.4/pass1.sh"), "tcc -o gzip *.c\n"}, // not for kaem
                              {QStringLiteral("steps/bash-2.05b/pass1.kaem"), "tcc -o bash *.c\n"},
                              {QStringLiteral("steps/python-3.11.1/pass1.sh"), "tcc -v\n"},
                              {QStringLiteral("steps/python-3.11.1/pass1.kaem"), "mescc decoy.c\n"}, // not after bash
                              {QStringLiteral("steps/gettext-0.21/pass1.sh"), "python3 gen.py\n"},
                              {QStringLiteral("steps/m4-1.4.7/mk/main.mk"), "all:\n"}}));
        const LoadResult r = loadCheckout(dir.path());
        const Chain &c = r.chain;
        QCOMPARE(observedTargets(c, QStringLiteral("tcc-0.9.27")), QStringList{QStringLiteral("mes-0.27.1")});
        QCOMPARE(observedTargets(c, QStringLiteral("bash-2.05b")), QStringList{QStringLiteral("tcc-0.9.27")});
        QCOMPARE(observedTargets(c, QStringLiteral("python-3.11.1")), QStringList{QStringLiteral("tcc-0.9.27")});
        QCOMPARE(observedTargets(c, QStringLiteral("tcc-0.9.27#2")), QStringList{QStringLiteral("python-3.11.1")});
        QCOMPARE(observedTargets(c, QStringLiteral("gettext-0.21")), QStringList{QStringLiteral("python-3.11.1")});
        // pass1.sh is not read again for the second pass: live-bootstrap runs no script there.
        QCOMPARE(observedTargets(c, QStringLiteral("gettext-0.21#2")), QStringList());
        QCOMPARE(observedTargets(c, QStringLiteral("gzip-1.2.4")), QStringList());

        const auto second = diagnosticsWith(r.diagnostics, QStringLiteral("gettext-0.21#2 (pass 2) has no "
                                                                            "steps/gettext-0.21/pass2.sh"));
        QCOMPARE(second.size(), 1);
        QCOMPARE(second[0].severity, Severity::Info);
        QCOMPARE(second[0].line, 8);
        QVERIFY(second[0].message.contains(QLatin1String("default steps of steps/helpers.sh")));
        QCOMPARE(diagnosticsWith(r.diagnostics, QStringLiteral("m4-1.4.7 (pass 1) has no steps/m4-1.4.7/pass1.sh")).size(),
                 1);
        const auto kaem = diagnosticsWith(r.diagnostics, QStringLiteral("needs steps/gzip-1.2.4/pass1.kaem"));
        QCOMPARE(kaem.size(), 1);
        QCOMPARE(kaem[0].severity, Severity::Warning);
        QCOMPARE(kaem[0].line, 3);
        QCOMPARE(kaem[0].column, 8);
        QVERIFY(kaem[0].message.contains(QLatin1String("the observed requirements of gzip-1.2.4 leave out")));
        const auto improve = diagnosticsWith(r.diagnostics, QStringLiteral("steps/improve/missing_script.sh"));
        QCOMPARE(improve.size(), 1);
        QCOMPARE(improve[0].severity, Severity::Warning);
        QCOMPARE(improve[0].line, 10);
        // The old wording is gone.
        QCOMPARE(diagnosticsWith(r.diagnostics, QStringLiteral(".kaem script")).size(), 0);
    }

    // A script that exists but cannot be read as a file is a warning naming the step, never a hang,
    // a skip without a word or a fallback to another script.
    void unreadableScripts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("directory") << "directory" << "it is a directory";
        QTest::addRow("fifo") << "fifo" << "it is a FIFO (named pipe) and nothing opened it";
        QTest::addRow("device") << "device" << "it is a character device";
        QTest::addRow("dangling link") << "dangling" << "no such file or directory";
        QTest::addRow("too large") << "large" << "more than the limit of 1 KB";
    }
    void unreadableScripts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(makeCheckout(dir, "build: bash-2.05b\nbuild: python-3.11.1\nbuild: gcc-15.2.0\nbuild: hello-1.0\n",
                             {{QStringLiteral("steps/bash-2.05b/pass1.kaem"), "true\n"},
                              {QStringLiteral("steps/python-3.11.1/pass1.sh"), "true\n"},
                              {QStringLiteral("steps/gcc-15.2.0/"), {}},
                              {QStringLiteral("steps/hello-1.0/pass1.sh"), "python3 hello.py\n"}}));
        const QString script = dir.filePath(QStringLiteral("steps/gcc-15.2.0/pass1.sh"));
        LoadOptions options;
        if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(script));
        } else if (kind == QLatin1String("fifo")) {
            QVERIFY(::mkfifo(QFile::encodeName(script).constData(), 0644) == 0);
        } else if (kind == QLatin1String("device")) {
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), script));
        } else if (kind == QLatin1String("dangling")) {
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.sh")), script));
        } else {
            QVERIFY(writeFile(script, "python3 x.py\n" + QByteArray(2000, '#')));
            options.maxFileBytes = 1024;
        }
        const LoadResult r = loadCheckout(dir.path(), options);
        const auto found = diagnosticsWith(r.diagnostics, QStringLiteral("cannot read steps/gcc-15.2.0/pass1.sh, the "
                                                                           "script of gcc-15.2.0"));
        QVERIFY2(found.size() == 1, qPrintable(describe(r.diagnostics)));
        QCOMPARE(found[0].severity, Severity::Warning);
        QCOMPARE(found[0].line, 3);
        QVERIFY2(found[0].message.contains(reason), qPrintable(found[0].message));
        QVERIFY(found[0].message.contains(QLatin1String("the observed requirements of gcc-15.2.0 leave out")));
        QVERIFY(observedTargets(r.chain, QStringLiteral("gcc-15.2.0")).isEmpty());
        // The other steps are read as usual.
        QCOMPARE(observedTargets(r.chain, QStringLiteral("hello-1.0")), QStringList{QStringLiteral("python-3.11.1")});
    }

    void partsRstProblems_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << "missing" << "the checkout has no parts.rst";
        QTest::addRow("directory") << "directory" << "cannot read parts.rst: it is a directory";
        QTest::addRow("fifo") << "fifo" << "cannot read parts.rst: it is a FIFO";
        QTest::addRow("no sections") << "empty" << "parts.rst has no sections";
    }
    void partsRstProblems()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(makeCheckout(dir, "build: bash-2.05b\nbuild: python-3.11.1\nbuild: hello-1.0\n",
                             {{QStringLiteral("steps/bash-2.05b/pass1.kaem"), "true\n"},
                              {QStringLiteral("steps/python-3.11.1/pass1.sh"), "true\n"},
                              {QStringLiteral("steps/hello-1.0/pass1.sh"), "python3 hello.py\n"}}));
        const QString parts = dir.filePath(QStringLiteral("parts.rst"));
        if (kind == QLatin1String("directory"))
            QVERIFY(QDir().mkpath(parts));
        else if (kind == QLatin1String("fifo"))
            QVERIFY(::mkfifo(QFile::encodeName(parts).constData(), 0644) == 0);
        else if (kind == QLatin1String("empty"))
            QVERIFY(writeFile(parts, "just text, no headings\n"));
        const LoadResult r = loadCheckout(dir.path());
        const auto found = diagnosticsWith(r.diagnostics, message);
        QVERIFY2(found.size() == 1, qPrintable(describe(r.diagnostics)));
        QCOMPARE(found[0].severity, Severity::Warning);
        QVERIFY(found[0].message.contains(QLatin1String("the steps have no prose")));
        QVERIFY2(!hasErrors(r.diagnostics), qPrintable(describe(r.diagnostics))); // the manifest is the truth
        QCOMPARE(r.chain.steps.size(), 3);
        QCOMPARE(observedTargets(r.chain, QStringLiteral("hello-1.0")), QStringList{QStringLiteral("python-3.11.1")});
    }

    // live-bootstrap's own checkout (../shared/live-bootstrap/checkout-2025-12), compared with a
    // reading of its scripts by hand.
    void realCheckout()
    {
        const QString dir = QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/checkout-2025-12");
        if (!isLiveBootstrapCheckout(dir))
            QSKIP("../shared/live-bootstrap/checkout-2025-12 is missing");
        const LoadResult r = loadCheckout(dir);
        const Chain &c = r.chain;
        // Every script live-bootstrap runs is there and readable: nothing is left out.
        for (const Diagnostic &d : r.diagnostics)
            QVERIFY2(d.severity == Severity::Info, qPrintable(d.toString()));
        int observed = 0;
        for (const Requirement &q : c.requirements)
            observed += q.kind == RequirementKind::Observed ? 1 : 0;
        QCOMPARE(observed, 207); // 161 before tool variables and wrappers were followed, see the commit

        // AUTOMAKE=automake-1.15 ACLOCAL=aclocal-1.15 autoreconf-2.69 -fi
        const Requirement *automake = findEdge(c, QStringLiteral("coreutils-9.4"), QStringLiteral("automake-1.15.1"),
                                               RequirementKind::Observed);
        QVERIFY(automake);
        QCOMPARE(automake->evidence.file(), QStringLiteral("steps/coreutils-9.4/pass1.sh"));
        QCOMPARE(automake->evidence.line, 32);
        QCOMPARE(automake->evidence.column, 29);
        // AUTOCONF=autoconf-2.61 ... ./bootstrap
        const Requirement *autoconf = findEdge(c, QStringLiteral("automake-1.10.3"), QStringLiteral("autoconf-2.61"),
                                               RequirementKind::Observed);
        QVERIFY(autoconf);
        QCOMPARE(autoconf->evidence.line, 14);
        // ACLOCAL=aclocal-1.8 (next to the misspelt AUTOMAKE=automeke-1.8, which names no tool)
        QVERIFY(findEdge(c, QStringLiteral("help2man-1.36.4"), QStringLiteral("automake-1.8.5"), RequirementKind::Observed));
        // xargs -L 1 python -B Tools/clinic/clinic.py
        const Requirement *clinic = findEdge(c, QStringLiteral("python-3.4.10"), QStringLiteral("python-3.3.7"),
                                             RequirementKind::Observed);
        QVERIFY(clinic);
        QVERIFY2(clinic->evidence.attributes().value(QStringLiteral("lines")).split(u',').contains(QStringLiteral("30")),
                 qPrintable(clinic->evidence.attributes().value(QStringLiteral("lines"))));

        // The second passes of gettext-0.21 and texinfo-6.7 have no pass2.sh: live-bootstrap runs
        // helpers.sh's default build, not pass1.sh again.
        QVERIFY(observedTargets(c, QStringLiteral("texinfo-6.7#2")).isEmpty());
        QVERIFY(observedTargets(c, QStringLiteral("gettext-0.21#2")).isEmpty());
        QStringList defaults;
        for (const Diagnostic &d : r.diagnostics) {
            if (d.message.contains(QLatin1String("default steps of steps/helpers.sh")))
                defaults << d.message.section(u' ', 0, 0);
        }
        QCOMPARE(defaults, (QStringList{QStringLiteral("grep-2.4"), QStringLiteral("m4-1.4.7"),
                                        QStringLiteral("gettext-0.21#2"), QStringLiteral("texinfo-6.7#2")}));
        // Before bash, kaem runs passN.kaem.
        const Requirement *tcc = findEdge(c, QStringLiteral("tcc-0.9.27"), QStringLiteral("tcc-0.9.26"),
                                          RequirementKind::Observed);
        QVERIFY(tcc);
        QCOMPARE(tcc->evidence.file(), QStringLiteral("steps/tcc-0.9.27/pass1.kaem"));
    }

    void manifestOnlyCheckout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("steps/hello-1.0")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("steps/bash-2.05b/pass1.kaem")), "true\n"));
        QFile m(dir.filePath(QStringLiteral("steps/manifest")));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("build: bash-2.05b\nbuild: python-3.11.1\nbuild: hello-1.0\n");
        m.close();
        QFile s(dir.filePath(QStringLiteral("steps/hello-1.0/pass1.sh")));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("python3 hello.py\n\xff\xfe garbage\x00 bytes\n");
        s.close();
        const LoadResult r = loadCheckout(dir.path());
        QCOMPARE(r.chain.steps.size(), 3);
        QVERIFY(findEdge(r.chain, QStringLiteral("hello-1.0"), QStringLiteral("python-3.11.1"), RequirementKind::Observed));
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"

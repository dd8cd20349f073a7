// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/manifestloader.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Seedline;

namespace {

QString sharedManifestPath()
{
    return QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/manifest");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

LoadResult loadFixture(const QString &name, const QMap<QString, QString> &config = {})
{
    const QString path = QStringLiteral(SEEDLINE_FIXTURES_DIR "/manifest/") + name;
    LoadOptions options;
    options.config = config;
    return loadManifest(readFile(path), name, options);
}

QMap<QString, QString> parseConfig(const QString &text)
{
    QMap<QString, QString> out;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        out.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return out;
}

bool hasEdge(const Chain &chain, const QString &from, const QString &to, RequirementKind kind,
             QString *evidence = nullptr)
{
    const int f = chain.indexOf(from), t = chain.indexOf(to);
    for (const Requirement &r : chain.requirements) {
        if (r.from == f && r.to == t && r.kind == kind) {
            if (evidence)
                *evidence = r.evidence.text();
            return true;
        }
    }
    return false;
}

// The included build steps before the step with id `stop`.
int includedBuildsBefore(const Chain &chain, const QString &stop)
{
    int n = 0;
    for (const Step &s : chain.steps) {
        if (s.id == stop)
            return n;
        if (s.isBuild() && !s.excluded)
            ++n;
    }
    return -1;
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private:
    LoadResult m_shared;
    bool m_haveShared = false;

    void requireShared()
    {
        if (!m_haveShared)
            QSKIP("../shared/live-bootstrap/manifest is missing (the shared reference data is not beside the checkout)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray bytes = readFile(sharedManifestPath());
        m_haveShared = !bytes.isEmpty();
        if (m_haveShared)
            m_shared = loadManifest(bytes, QStringLiteral("steps/manifest"));
    }

    void variablesHaveDefaultsAndDescriptions()
    {
        const QVector<ManifestVariable> vars = manifestVariables();
        QStringList names;
        for (const ManifestVariable &v : vars) {
            QVERIFY2(!v.description.isEmpty(), qPrintable(v.name));
            QVERIFY2(!v.defaultValue.isEmpty(), qPrintable(v.name));
            names << v.name;
        }
        for (const char *required : {"ARCH", "CHROOT", "KERNEL_BOOTSTRAP", "BUILD_KERNELS", "INTERACTIVE", "CONFIGURATOR",
                                     "INTERNAL_CI", "SWAP_SIZE", "FORCE_TIMESTAMPS", "UPDATE_CHECKSUMS", "BARE_METAL",
                                     "JOBS", "FINAL_JOBS"})
            QVERIFY2(names.contains(QLatin1String(required)), required);
    }

    void effectiveConfiguration_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("expected");
        QTest::addRow("default kernel bootstrap") << "" << "KERNEL_BOOTSTRAP" << "True";
        QTest::addRow("default chroot") << "" << "CHROOT" << "False";
        QTest::addRow("default arch") << "" << "ARCH" << "x86";
        QTest::addRow("chroot implies no kernel bootstrap") << "CHROOT=True" << "KERNEL_BOOTSTRAP" << "False";
        QTest::addRow("chroot keeps an explicit kernel bootstrap")
            << "CHROOT=True,KERNEL_BOOTSTRAP=True" << "KERNEL_BOOTSTRAP" << "True";
        QTest::addRow("boolean spelling normalised") << "CHROOT=true" << "CHROOT" << "True";
        QTest::addRow("update checksums builds kernels") << "UPDATE_CHECKSUMS=True" << "BUILD_KERNELS" << "True";
        QTest::addRow("user variable kept") << "MY_VAR=x" << "MY_VAR" << "x";
    }
    void effectiveConfiguration()
    {
        QFETCH(QString, user);
        QFETCH(QString, variable);
        QFETCH(QString, expected);
        QCOMPARE(Seedline::effectiveConfiguration(parseConfig(user)).value(variable), expected);
    }

    void sharedCounts()
    {
        requireShared();
        const Chain &chain = m_shared.chain;
        QVERIFY2(!hasErrors(m_shared.diagnostics),
                 qPrintable(m_shared.diagnostics.isEmpty() ? QString() : m_shared.diagnostics.front().toString()));
        QCOMPARE(chain.steps.size(), 205);
        QCOMPARE(chain.buildCount(true), 170);
        int python = 0;
        QStringList pythonIds;
        for (const Step &s : chain.steps) {
            if (s.isBuild() && s.package == QLatin1String("python")) {
                ++python;
                pythonIds << s.id;
                QVERIFY(s.hasFamily(QStringLiteral("python")));
            }
        }
        QCOMPARE(python, 11);
        QCOMPARE(pythonIds,
                 QStringLiteral("python-2.0.1 python-2.0.1#2 python-2.3.7 python-2.3.7#2 python-2.5.6 python-3.1.5 "
                                "python-3.1.5#2 python-3.3.7 python-3.4.10 python-3.8.16 python-3.11.1")
                     .split(u' '));
        QCOMPARE(chain.configuration, Seedline::effectiveConfiguration({}));
    }

    void directiveKinds()
    {
        requireShared();
        QMap<StepKind, int> kinds;
        for (const Step &s : m_shared.chain.steps)
            ++kinds[s.kind];
        QCOMPARE(kinds.value(StepKind::Build), 170);
        QCOMPARE(kinds.value(StepKind::Define), 4);
        QCOMPARE(kinds.value(StepKind::Uninstall), 4);
        QCOMPARE(kinds.value(StepKind::Jump), 5);
        QCOMPARE(kinds.value(StepKind::Improve), 22);
        // python-3.11.1 is directive #178 and build #150.
        QCOMPARE(m_shared.chain.indexOf(QStringLiteral("python-3.11.1")), 177);
    }

    void includedBuildsBeforePython_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<int>("expected");
        QTest::addRow("defaults") << "" << 149;
        QTest::addRow("chroot") << "CHROOT=True,BUILD_KERNELS=False" << 143;
        QTest::addRow("chroot building kernels") << "CHROOT=True,BUILD_KERNELS=True" << 149;
    }
    void includedBuildsBeforePython()
    {
        requireShared();
        QFETCH(QString, config);
        QFETCH(int, expected);
        LoadOptions options;
        options.config = parseConfig(config);
        const LoadResult r = loadManifest(readFile(sharedManifestPath()), QStringLiteral("manifest"), options);
        QCOMPARE(includedBuildsBefore(r.chain, QStringLiteral("python-3.11.1")), expected);
        QCOMPARE(r.chain.configuration, Seedline::effectiveConfiguration(options.config));
    }

    void idsPackagesAndPasses_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("pass");
        QTest::addColumn<int>("line");
        QTest::addRow("python 3.11.1") << "python-3.11.1" << "python" << "3.11.1" << 1 << 211;
        QTest::addRow("perl5.004-05") << "perl5.004-05" << "perl" << "5.004-05" << 1 << 85;
        QTest::addRow("python 2.0.1 pass 2") << "python-2.0.1#2" << "python" << "2.0.1" << 2 << 197;
        QTest::addRow("tcc fifth pass") << "tcc-0.9.27#5" << "tcc" << "0.9.27" << 5 << 111;
        QTest::addRow("linux headers") << "linux-headers-4.14.341-openela" << "linux-headers" << "4.14.341-openela"
                                       << 1 << 116;
        QTest::addRow("improve repeated") << "improve:populate_device_nodes#3" << "populate_device_nodes" << ""
                                          << 3 << 132;
    }
    void idsPackagesAndPasses()
    {
        requireShared();
        QFETCH(QString, id);
        const Step *s = m_shared.chain.find(id);
        QVERIFY2(s, qPrintable(id));
        QTEST(s->package, "package");
        QTEST(s->version, "version");
        QTEST(s->pass, "pass");
        QTEST(s->origin.line, "line");
        QCOMPARE(s->origin.file, QStringLiteral("steps/manifest"));
    }

    void predicates_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("excluded");
        QTest::addRow("fiwix by default") << "" << "fiwix-1.5.0-lb1" << false;
        QTest::addRow("fiwix in a chroot") << "CHROOT=True" << "fiwix-1.5.0-lb1" << true;
        QTest::addRow("fiwix in a chroot building kernels") << "CHROOT=True,BUILD_KERNELS=True" << "fiwix-1.5.0-lb1"
                                                            << false;
        QTest::addRow("linux by default") << "" << "linux-4.14.341-openela" << false;
        QTest::addRow("linux in a chroot") << "CHROOT=True" << "linux-4.14.341-openela" << true;
        QTest::addRow("jump fiwix in a chroot") << "CHROOT=True" << "jump:fiwix" << true;
        QTest::addRow("console not interactive") << "" << "improve:open_console" << true;
        QTest::addRow("console interactive") << "INTERACTIVE=True" << "improve:open_console" << false;
        QTest::addRow("console interactive chroot") << "INTERACTIVE=True,CHROOT=True" << "improve:open_console" << true;
        QTest::addRow("reconfigure") << "" << "improve:reconfigure" << false;
        QTest::addRow("reconfigure with configurator") << "CONFIGURATOR=True" << "improve:reconfigure" << true;
        QTest::addRow("swap 0") << "" << "improve:swap" << true;
        QTest::addRow("swap 2G") << "SWAP_SIZE=2G" << "improve:swap" << false;
        QTest::addRow("break in CI pass1") << "INTERNAL_CI=pass1" << "jump:break" << false;
        QTest::addRow("break by default") << "" << "jump:break#2" << true;
        QTest::addRow("unconditional") << "CHROOT=True" << "gcc-15.2.0" << false;
    }
    void predicates()
    {
        requireShared();
        QFETCH(QString, config);
        QFETCH(QString, id);
        LoadOptions options;
        options.config = parseConfig(config);
        const LoadResult r = loadManifest(readFile(sharedManifestPath()), QStringLiteral("manifest"), options);
        const Step *s = r.chain.find(id);
        QVERIFY2(s, qPrintable(id));
        QTEST(s->excluded, "excluded");
        QCOMPARE(s->details->predicate.isEmpty(), id == QLatin1String("gcc-15.2.0"));
        if (!s->details->predicate.isEmpty())
            QVERIFY(s->details->predicate.startsWith(u'(') && s->details->predicate.endsWith(u')'));
    }

    void predicateTextKeptWithoutComment()
    {
        requireShared();
        const Step *s = m_shared.chain.find(QStringLiteral("jump:break#2"));
        QVERIFY(s);
        QCOMPARE(s->details->predicate, QStringLiteral("( INTERNAL_CI == pass1 )"));
        QCOMPARE(m_shared.chain.find(QStringLiteral("fiwix-1.5.0-lb1"))->details->predicate,
                 QStringLiteral("( BUILD_FIWIX == True )"));
    }

    void sharedToolchainEdges_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("evidence");
        QTest::addRow("libmd built by the final gcc") << "libmd-1.1.0" << "gcc-15.2.0" << "current C compiler at this step";
        QTest::addRow("libmd libc") << "libmd-1.1.0" << "musl-1.2.5#3" << "current libc at this step";
        QTest::addRow("libmd make") << "libmd-1.1.0" << "make-4.2.1" << "current make at this step";
        QTest::addRow("libmd shell") << "libmd-1.1.0" << "bash-5.2.15" << "current shell at this step";
        QTest::addRow("gcc 15 by gcc 10") << "gcc-15.2.0" << "gcc-10.5.0" << "current C compiler at this step";
        QTest::addRow("python 3.11 by gcc 4.7") << "python-3.11.1" << "gcc-4.7.4" << "current C compiler at this step";
        QTest::addRow("first tcc by mes") << "tcc-0.9.26" << "mes-0.27.1" << "current C compiler at this step";
        QTest::addRow("make 3.82 by tcc") << "make-3.82" << "tcc-0.9.27" << "current C compiler at this step";
    }
    void sharedToolchainEdges()
    {
        requireShared();
        QFETCH(QString, from);
        QFETCH(QString, to);
        QString evidence;
        QVERIFY2(hasEdge(m_shared.chain, from, to, RequirementKind::Toolchain, &evidence),
                 qPrintable(from + QStringLiteral(" -> ") + to));
        QTEST(evidence, "evidence");
    }

    void noToolchainEdgeToExcludedOrLaterSteps()
    {
        requireShared();
        const Chain &c = m_shared.chain;
        for (const Requirement &r : c.requirements) {
            if (r.kind != RequirementKind::Toolchain)
                continue;
            QVERIFY(r.to < r.from);
            QVERIFY(!c.steps[r.to].excluded);
            QVERIFY(!c.steps[r.from].excluded);
        }
    }

    void sequenceEdges()
    {
        LoadOptions options;
        options.config = parseConfig(QStringLiteral("CHROOT=True"));
        const LoadResult r = loadFixture(QStringLiteral("defines.manifest"), options.config);
        const Chain &c = r.chain;
        // Under CHROOT=True, fiwix is excluded: it points at the previous included step, nothing points to it.
        const int fiwix = c.indexOf(QStringLiteral("fiwix-1.5.0"));
        QVERIFY(fiwix > 0);
        QVERIFY(c.steps[fiwix].excluded);
        QVERIFY(hasEdge(c, QStringLiteral("fiwix-1.5.0"), QStringLiteral("define:KERNELS"), RequirementKind::Sequence));
        for (const Requirement &req : c.requirements)
            QVERIFY(req.to != fiwix);
        QVERIFY(hasEdge(c, QStringLiteral("define:JOBS"), QStringLiteral("define:KERNELS"), RequirementKind::Sequence));
    }

    void defines_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("excluded");
        QTest::addRow("kernels by default") << "" << "fiwix-1.5.0" << false;
        QTest::addRow("no kernels in a chroot") << "CHROOT=True" << "fiwix-1.5.0" << true;
        QTest::addRow("jobs define with false predicate does not assign") << "" << "jobs-4" << true;
        QTest::addRow("jobs define with true predicate assigns") << "CHROOT=True" << "jobs-4" << false;
        QTest::addRow("redefined later") << "" << "linux-4.14" << true;
        QTest::addRow("nested parentheses false") << "" << "nested-1.0" << true;
        QTest::addRow("nested parentheses amd64") << "ARCH=amd64" << "nested-1.0" << false;
        QTest::addRow("nested parentheses chroot interactive") << "CHROOT=True,INTERACTIVE=True" << "nested-1.0"
                                                               << false;
        // live-bootstrap has no precedence: A && B || C is A && (B || C).
        QTest::addRow("right associative") << "" << "mixed-1.0" << true;
        QTest::addRow("right associative amd64") << "ARCH=amd64,INTERACTIVE=True" << "mixed-1.0" << false;
    }
    void defines()
    {
        QFETCH(QString, config);
        QFETCH(QString, id);
        const LoadResult r = loadFixture(QStringLiteral("defines.manifest"), parseConfig(config));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.isEmpty() ? QString() : r.diagnostics[0].toString()));
        const Step *s = r.chain.find(id);
        QVERIFY(s);
        QTEST(s->excluded, "excluded");
    }

    void defineSteps()
    {
        const LoadResult r = loadFixture(QStringLiteral("defines.manifest"));
        const Step *jobs = r.chain.find(QStringLiteral("define:JOBS"));
        QVERIFY(jobs);
        QCOMPARE(jobs->kind, StepKind::Define);
        QVERIFY(jobs->excluded); // CHROOT is False: the define does not assign
        QCOMPARE(jobs->details->attributes.value(QStringLiteral("value")), QStringLiteral("4"));
        QCOMPARE(jobs->details->predicate, QStringLiteral("( CHROOT == True )"));
        const Step *kernels = r.chain.find(QStringLiteral("define:KERNELS"));
        QVERIFY(kernels && !kernels->excluded);
        QCOMPARE(kernels->details->attributes.value(QStringLiteral("value")), QStringLiteral("True"));
        QVERIFY(r.chain.find(QStringLiteral("define:KERNELS#2")));
    }

    void uninstall()
    {
        const LoadResult r = loadFixture(QStringLiteral("uninstall.manifest"));
        const Chain &c = r.chain;
        const Step *u = c.find(QStringLiteral("uninstall:gcc-4.7.4"));
        QVERIFY(u);
        QCOMPARE(u->kind, StepKind::Uninstall);
        QCOMPARE(u->details->removes, QStringLiteral("gcc-4.7.4 /usr/bin/lex").split(u' '));
        // Before the uninstall gcc builds; after it, tcc is the C compiler again; a rebuild reinstalls gcc.
        QVERIFY(hasEdge(c, QStringLiteral("hello-1.0"), QStringLiteral("gcc-4.7.4"), RequirementKind::Toolchain));
        QVERIFY(hasEdge(c, QStringLiteral("world-1.0"), QStringLiteral("tcc-0.9.27"), RequirementKind::Toolchain));
        QVERIFY(!hasEdge(c, QStringLiteral("world-1.0"), QStringLiteral("gcc-4.7.4"), RequirementKind::Toolchain));
        QVERIFY(hasEdge(c, QStringLiteral("again-1.0"), QStringLiteral("gcc-4.7.4#2"), RequirementKind::Toolchain));
        // Uninstalling something never built is reported at its column.
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 12);
        QCOMPARE(r.diagnostics[0].column, 12);
        QCOMPARE(r.diagnostics[0].severity, Severity::Warning);
    }

    // Ids made from different directives can collide; every step keeps a unique id and its pass.
    void collidingIdsStayUnique()
    {
        const LoadResult r = loadManifest(QByteArrayLiteral("build: improve:x\n"
                                                            "improve: x\n"
                                                            "improve: x\n"
                                                            "build: improve:x\n"),
                                          QStringLiteral("collide"));
        const Chain &c = r.chain;
        QCOMPARE(c.steps.size(), 4);
        QStringList ids;
        for (const Step &s : c.steps)
            ids << s.id;
        QCOMPARE(ids, QStringList({QStringLiteral("improve:x"), QStringLiteral("improve:x~2"),
                                   QStringLiteral("improve:x#2"), QStringLiteral("improve:x#2~3")}));
        for (int i = 0; i < c.steps.size(); ++i)
            QCOMPARE(c.indexOf(ids[i]), i);
        QCOMPARE(c.steps[3].kind, StepKind::Build);
        QCOMPARE(c.steps[3].pass, 2);
        QCOMPARE(stepDisplayLabel(c.steps[3]), QStringLiteral("improve:x \u00B7 pass 2"));
    }

    // The loader appends steps without probing the id table until a build's argument has a ':';
    // from there every id is checked, including those of other kinds and renamed ones.
    void collisionAfterUncheckedSteps()
    {
        const LoadResult r = loadManifest(QByteArrayLiteral("improve: x\n"
                                                            "build: a\n"
                                                            "build: a\n"
                                                            "define: V = 1\n"
                                                            "build: improve:x\n" // meets improve:x
                                                            "improve: x~2\n"     // meets the renamed id
                                                            "build: define:V\n"  // meets define:V
                                                            "build: a\n"),
                                          QStringLiteral("collide"));
        const Chain &c = r.chain;
        QStringList ids;
        for (const Step &s : c.steps)
            ids << s.id;
        QCOMPARE(ids, QStringList({QStringLiteral("improve:x"), QStringLiteral("a"), QStringLiteral("a#2"),
                                   QStringLiteral("define:V"), QStringLiteral("improve:x~2"),
                                   QStringLiteral("improve:x~2~2"), QStringLiteral("define:V~2"),
                                   QStringLiteral("a#3")}));
        for (int i = 0; i < c.steps.size(); ++i)
            QCOMPARE(c.indexOf(ids[i]), i);
    }

    // Without a colliding build no id is checked as it comes: the ids of a long input are still
    // unique, and each is found.
    void manyPassesKeepUniqueIds()
    {
        QByteArray bytes;
        for (int i = 0; i < 3000; ++i)
            bytes += "build: a\nimprove: a\nbuild: b-" + QByteArray::number(i % 7) + "\ndefine: X = 1\n";
        const LoadResult r = loadManifest(bytes, QStringLiteral("many"));
        const Chain &c = r.chain;
        QCOMPARE(c.steps.size(), 12000);
        QSet<QString> seen;
        for (int i = 0; i < c.steps.size(); ++i) {
            QVERIFY2(!seen.contains(c.steps[i].id), qPrintable(c.steps[i].id));
            seen.insert(c.steps[i].id);
            QCOMPARE(c.indexOf(c.steps[i].id), i);
        }
        QCOMPARE(c.steps[4].id, QStringLiteral("a#2"));
        QCOMPARE(c.steps[4].pass, 2);
        QCOMPARE(c.steps[11996].id, QStringLiteral("a#3000"));
        QCOMPARE(c.indexOf(QStringLiteral("b-6#428")), 4 * 2995 + 2);
    }

    void sharedUninstallRemovesPython()
    {
        requireShared();
        const Step *u = m_shared.chain.find(QStringLiteral("uninstall:python-2.0.1"));
        QVERIFY(u);
        QCOMPARE(u->details->removes.size(), 6);
        QVERIFY(m_shared.chain.find(QStringLiteral("uninstall:perl-5.000")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("steps");
        QTest::addRow("unknown directive") << "unknown-directive.manifest" << int(Severity::Error) << 2 << 1
                                           << "unknown directive 'biuld:'" << 2;
        QTest::addRow("unterminated predicate") << "unterminated-predicate.manifest" << int(Severity::Error) << 3 << 20
                                                << "unterminated predicate" << 3;
        QTest::addRow("unknown variable") << "unknown-variable.manifest" << int(Severity::Warning) << 2 << 22
                                          << "unknown variable 'NO_SUCH_VAR'" << 2;
        QTest::addRow("empty") << "empty.manifest" << int(Severity::Error) << 1 << 1 << "no directives" << 0;
        QTest::addRow("comments only") << "comments-only.manifest" << int(Severity::Error) << 1 << 1
                                       << "no directives" << 0;
        QTest::addRow("missing operator") << "missing-operator.manifest" << int(Severity::Error) << 2 << 29
                                          << "expected '==' or '!=' after 'CHROOT'" << 2;
        QTest::addRow("predicate without parenthesis") << "predicate-without-paren.manifest" << int(Severity::Error)
                                                       << 1 << 19 << "expected a predicate" << 1;
        QTest::addRow("define without equals") << "define-without-equals.manifest" << int(Severity::Error) << 1 << 14
                                               << "expected '=' after 'JOBS'" << 2;
        QTest::addRow("build without argument") << "build-without-argument.manifest" << int(Severity::Error) << 1 << 1
                                                << "needs an argument" << 1;
    }
    void badInput()
    {
        QFETCH(QString, fixture);
        QFETCH(int, severity);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(int, steps);
        const LoadResult r = loadFixture(fixture);
        QVERIFY(!r.diagnostics.isEmpty());
        const Diagnostic &d = r.diagnostics.front();
        QCOMPARE(d.file, fixture);
        QCOMPARE(int(d.severity), severity);
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QVERIFY2(d.message.contains(message), qPrintable(d.message));
        QCOMPARE(int(r.chain.steps.size()), steps);
    }

    void unknownDirectiveNamesTheKnownOnes()
    {
        const LoadResult r = loadFixture(QStringLiteral("unknown-directive.manifest"));
        const QString m = r.diagnostics.front().message;
        for (const char *name : {"build:", "improve:", "define:", "jump:", "uninstall:"})
            QVERIFY2(m.contains(QLatin1String(name)), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("did you mean 'build:'")), qPrintable(m));
    }

    void binaryGarbage()
    {
        QByteArray bytes("build: tcc-0.9.27\nbu\x00ld: \x01\x02\x03\nbuild: make-3.82\n", 45);
        const LoadResult r = loadManifest(bytes, QStringLiteral("garbage"));
        QCOMPARE(r.chain.steps.size(), 2);
        QVERIFY(!r.diagnostics.isEmpty());
        QCOMPARE(r.diagnostics[0].line, 2);
        QCOMPARE(r.diagnostics[0].column, 3);
        QVERIFY(r.diagnostics[0].message.contains(QLatin1String("binary")));
    }

    void randomBytesDoNotCrash()
    {
        QByteArray bytes;
        quint32 state = 12345;
        for (int i = 0; i < 200000; ++i) {
            state = state * 1664525u + 1013904223u;
            bytes.append(char(state >> 24));
        }
        const LoadResult r = loadManifest(bytes, QStringLiteral("random"));
        QVERIFY(!r.diagnostics.isEmpty());
        QVERIFY(r.diagnostics.size() <= 501);
    }

    void invalidUtf8()
    {
        const QByteArray bytes("build: tcc-0.9.27\nbuild: caf\xc3\xa9-1.0\nbuild: bad\xff-1.0 ( ARCH == x86 )\n");
        const LoadResult r = loadManifest(bytes, QStringLiteral("latin"));
        QCOMPARE(r.chain.steps.size(), 3);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 3);
        QCOMPARE(r.diagnostics[0].column, 11);
        QVERIFY(r.diagnostics[0].message.contains(QLatin1String("UTF-8")));
        QVERIFY(r.chain.find(QString::fromUtf8("caf\xc3\xa9-1.0")));
    }

    void tooLarge()
    {
        LoadOptions options;
        options.maxFileBytes = 10;
        const LoadResult r = loadManifest(QByteArray("build: tcc-0.9.27\n"), QStringLiteral("big"), options);
        QVERIFY(hasErrors(r.diagnostics));
        QCOMPARE(r.chain.steps.size(), 0);
    }

    void largeFile()
    {
        // A large manifest loads completely (no limit on directives) without errors. 5 MB keeps the debug
        // and sanitizer runs short; bench_livebootstrap loads 50 MB.
        QByteArray line("build: pkg-1.0 ( CHROOT == False )\n");
        QByteArray bytes;
        const int copies = int((5 * 1024 * 1024) / line.size());
        bytes.reserve(qsizetype(copies) * line.size());
        for (int i = 0; i < copies; ++i)
            bytes.append(line);
        const LoadResult r = loadManifest(bytes, QStringLiteral("big"));
        QVERIFY(!hasErrors(r.diagnostics));
        QCOMPARE(int(r.chain.steps.size()), copies);
        QCOMPARE(r.chain.steps.back().pass, copies);
    }

    void longLineOfParentheses()
    {
        QByteArray bytes("build: x-1 ");
        bytes.append(QByteArray(100000, '('));
        const LoadResult r = loadManifest(bytes, QStringLiteral("parens"));
        QCOMPARE(r.chain.steps.size(), 1);
        QVERIFY(hasErrors(r.diagnostics));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The chain file format (docs/chain-format.md), feature by feature, and every diagnostic it gives.
#include "chainfile/chainfileloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Seedline;

namespace {

const QString kName = QStringLiteral("t.chain.toml");

QString fixture(const char *name)
{
    return QStringLiteral(SEEDLINE_FIXTURES_DIR "/chainfile/") + QLatin1String(name);
}

LoadResult loadFixture(const char *name, const ChainFileOptions &fileOptions = {})
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return loadChainFile(file.readAll(), file.fileName(), LoadOptions{}, fileOptions);
}

LoadResult loadText(const char *text)
{
    return loadChainFile(QByteArray(text), kName);
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
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

QStringList targets(const Chain &chain, const QString &from, RequirementKind kind)
{
    QStringList out;
    const int f = chain.indexOf(from);
    for (const Requirement &r : chain.requirements) {
        if (r.from == f && r.kind == kind)
            out << chain.steps[r.to].id;
    }
    return out;
}

QStringList ids(const Chain &chain)
{
    QStringList out;
    for (const Step &s : chain.steps)
        out << s.id;
    return out;
}

} // namespace

class TestChainFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeExample()
    {
        const LoadResult r = loadFixture("example.chain.toml");
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        const Chain &c = r.chain;
        QCOMPARE(c.title, QStringLiteral("Example"));
        QCOMPARE(c.description, QStringLiteral("Every feature of the chain file format at once."));
        // Included steps first, then the file's own, then the series members.
        QCOMPARE(ids(c), (QStringList{QStringLiteral("python-3.8.16"), QStringLiteral("python-3.11.1"), QStringLiteral("seed"), QStringLiteral("cc-1.0"), QStringLiteral("meson-1.0.0"),
                                      QStringLiteral("mrustc-0.12.0"), QStringLiteral("rust-1.90.0"), QStringLiteral("rust-1.91.1"), QStringLiteral("rust-1.92.0")}));
        QCOMPARE(c.sources.size(), 2);
        QVERIFY(c.sources[0].path.endsWith(QLatin1String("tools.chain.toml")));
        QVERIFY(c.sources[1].path.endsWith(QLatin1String("example.chain.toml")));

        const Step *seed = c.find(QStringLiteral("seed"));
        QCOMPARE(seed->kind, StepKind::Seed);
        QCOMPARE(seed->facts->seedBytes, 256);
        QVERIFY(seed->families.isEmpty());
        QCOMPARE(seed->origin.line, 10);

        const Step *cc = c.find(QStringLiteral("cc-1.0"));
        QCOMPARE(cc->package, QStringLiteral("cc"));
        QCOMPARE(cc->version, QStringLiteral("1.0"));
        QCOMPARE(cc->facts->released, QDate(2020, 1, 1));
        QCOMPARE(cc->facts->buildHours, 0.1);
        QCOMPARE(cc->facts->url, QStringLiteral("https://example.org/cc"));
        QCOMPARE(cc->facts->notes, QStringLiteral("made up"));
        QCOMPARE(c.find(QStringLiteral("meson-1.0.0"))->details->prose, QStringLiteral("Meson is written in Python."));

        // sequence = true: each [[step]] of the file needs the one before it.
        QVERIFY(findEdge(c, QStringLiteral("cc-1.0"), QStringLiteral("seed"), RequirementKind::Sequence));
        QVERIFY(findEdge(c, QStringLiteral("mrustc-0.12.0"), QStringLiteral("meson-1.0.0"), RequirementKind::Sequence));
        QVERIFY(!findEdge(c, QStringLiteral("seed"), QStringLiteral("python-3.11.1"), RequirementKind::Sequence));
        QVERIFY(!findEdge(c, QStringLiteral("rust-1.90.0"), QStringLiteral("mrustc-0.12.0"), RequirementKind::Sequence));
        // requires: an id, a family constraint (newest), an observed edge with evidence.
        QVERIFY(findEdge(c, QStringLiteral("cc-1.0"), QStringLiteral("seed"), RequirementKind::Declared));
        const Requirement *py = findEdge(c, QStringLiteral("meson-1.0.0"), QStringLiteral("python-3.11.1"),
                                         RequirementKind::Declared);
        QVERIFY(py);
        QCOMPARE(py->evidence.text(), QStringLiteral("Meson README"));
        QVERIFY(py->evidence.file().endsWith(QLatin1String("example.chain.toml")));
        QCOMPARE(py->evidence.line, 29);
        const Requirement *obs = findEdge(c, QStringLiteral("meson-1.0.0"), QStringLiteral("python-3.8.16"),
                                          RequirementKind::Observed);
        QVERIFY(obs);
        QCOMPARE(obs->evidence, (Evidence{QStringLiteral("meson/setup.py"), 1, 0, QStringLiteral("#!/usr/bin/env python3")}));
        // toolchain = and a [[requirement]] (the same edge: kept once).
        QCOMPARE(targets(c, QStringLiteral("meson-1.0.0"), RequirementKind::Toolchain), QStringList{QStringLiteral("cc-1.0")});
        // Requirements across includes.
        QVERIFY(findEdge(c, QStringLiteral("python-3.11.1"), QStringLiteral("python-3.8.16"), RequirementKind::Declared));

        // The series: 1.91.0 is replaced by 1.91.1; `to` stops it at 1.92.0.
        QVERIFY(findEdge(c, QStringLiteral("rust-1.90.0"), QStringLiteral("mrustc-0.12.0"), RequirementKind::Declared));
        QVERIFY(findEdge(c, QStringLiteral("rust-1.91.1"), QStringLiteral("rust-1.90.0"), RequirementKind::Declared));
        QVERIFY(findEdge(c, QStringLiteral("rust-1.92.0"), QStringLiteral("rust-1.91.1"), RequirementKind::Declared));
        for (const char *id : {"rust-1.90.0", "rust-1.91.1", "rust-1.92.0"})
            QCOMPARE(targets(c, QLatin1String(id), RequirementKind::Declared).contains(QStringLiteral("python-3.11.1")), true);
        const Step *rust = c.find(QStringLiteral("rust-1.90.0"));
        QCOMPARE(rust->facts->buildHours, 0.87);
        QCOMPARE(rust->facts->released, QDate(2025, 9, 18));
        QCOMPARE(rust->families, QStringList{QStringLiteral("rust")});
        QCOMPARE(c.find(QStringLiteral("rust-1.92.0"))->facts->released, QDate(2025, 12, 11));

        QCOMPARE(c.scenarios.size(), 1);
        const Scenario &s = c.scenarios.front();
        QCOMPARE(s.name, QStringLiteral("cpython-requires-rust"));
        QCOMPARE(s.title, QStringLiteral("CPython requires Rust"));
        QVERIFY(!s.enabledByDefault);
        QCOMPARE(s.rules.size(), 1);
        QCOMPARE(s.rules[0].from.family, QStringLiteral("python"));
        QCOMPARE(s.rules[0].from.pick, StepSelector::Pick::All);
        QCOMPARE(s.rules[0].to.pick, StepSelector::Pick::Newest);
        QVERIFY(s.rules[0].toNewestAtRelease);
        QCOMPARE(s.rules[0].evidence.text(), QStringLiteral("Pre-PEP \"Rust for CPython\""));

        QCOMPARE(c.timeline.releases.size(), 4);
        QCOMPARE(c.timeline.releases[3], (Release{QStringLiteral("rust"), QStringLiteral("1.92.0"), QDate(2025, 12, 11), QStringLiteral("blog")}));
        QCOMPARE(c.timeline.anchors,
                 (QVector<BootstrapAnchor>{{QStringLiteral("mrustc"), QStringLiteral("v0.12.0"), QStringLiteral("rust"), QStringLiteral("1.90.0"), QDate(2026, 2, 17), QString()}}));
        QCOMPARE(c.timeline.observed,
                 (QVector<ObservedChain>{{QStringLiteral("dtolnay/bootstrap"), QDate(2026, 2, 21), QStringLiteral("rust"), QStringLiteral("1.90.0"), QStringLiteral("1.93.1"), 4, QString()}}));
    }

    void stepIds_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("pass");
        QTest::addRow("id with pass") << QByteArray("[[step]]\nid = \"python-2.0.1#2\"\n") << QStringLiteral("python-2.0.1#2")
                                      << QStringLiteral("python") << QStringLiteral("2.0.1") << 2;
        QTest::addRow("glued version") << QByteArray("[[step]]\nid = \"perl5.004-05\"\n") << QStringLiteral("perl5.004-05")
                                       << QStringLiteral("perl") << QStringLiteral("5.004-05") << 1;
        QTest::addRow("no version") << QByteArray("[[step]]\nid = \"hex0\"\n") << QStringLiteral("hex0") << QStringLiteral("hex0") << QStringLiteral("") << 1;
        QTest::addRow("from package") << QByteArray("[[step]]\npackage = \"tcc\"\nversion = \"0.9.27\"\npass = 3\n")
                                      << QStringLiteral("tcc-0.9.27#3") << QStringLiteral("tcc") << QStringLiteral("0.9.27") << 3;
        QTest::addRow("explicit keys win") << QByteArray("[[step]]\nid = \"x\"\npackage = \"gcc\"\nversion = \"15.2.0\"\n")
                                           << QStringLiteral("x") << QStringLiteral("gcc") << QStringLiteral("15.2.0") << 1;
    }
    void stepIds()
    {
        QFETCH(QByteArray, toml);
        const LoadResult r = loadChainFile(toml, kName);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.chain.steps.size(), 1);
        const Step &s = r.chain.steps.front();
        QTEST(s.id, "id");
        QTEST(s.package, "package");
        QTEST(s.version, "version");
        QTEST(s.pass, "pass");
        QCOMPARE(s.origin.file, kName);
        QCOMPARE(s.origin.line, 1);
    }

    void stepDetails()
    {
        const LoadResult r = loadText("[[step]]\nid = \"python-3.11.1\"\n"
                                      "[[step]]\nid = \"perl-5.000\"\nfamilies = []\n"
                                      "[[step]]\nid = \"rm\"\nkind = \"uninstall\"\nremoves = [\"perl-5.000\"]\n"
                                      "predicate = \"( CHROOT == False )\"\nlabel = \"uninstall perl\"\n");
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QVERIFY(r.chain.steps[0].hasFamily(QStringLiteral("python"))); // from the name patterns
        QVERIFY(r.chain.steps[1].families.isEmpty());                  // families = [] means none
        const Step &rm = r.chain.steps[2];
        QCOMPARE(rm.kind, StepKind::Uninstall);
        QCOMPARE(rm.details->removes, QStringList{QStringLiteral("perl-5.000")});
        QCOMPARE(rm.details->predicate, QStringLiteral("( CHROOT == False )"));
        QCOMPARE(rm.label, QStringLiteral("uninstall perl"));
        QCOMPARE(rm.origin.line, 6);
        QCOMPARE(rm.origin.endLine, 11);
    }

    void familyPick_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("newest by default") << QStringLiteral("{ family = \"python\" }") << QStringList{QStringLiteral("python-3.11.1")};
        QTest::addRow("newest satisfying") << QStringLiteral("{ family = \"python\", version = \"< 3\" }") << QStringList{QStringLiteral("python-2.3.7")};
        QTest::addRow("oldest") << QStringLiteral("{ family = \"python\", pick = \"oldest\" }") << QStringList{QStringLiteral("python-2.0.1")};
        QTest::addRow("all") << QStringLiteral("{ family = \"python\", version = \">= 2.1, < 3.11\", pick = \"all\" }")
                             << QStringList{QStringLiteral("python-2.3.7"), QStringLiteral("python-3.8.16")};
        QTest::addRow("equal") << QStringLiteral("{ family = \"python\", version = \"= 3.8.16\" }") << QStringList{QStringLiteral("python-3.8.16")};
        QTest::addRow("1.10 > 1.9") << QStringLiteral("{ family = \"python\", version = \">= 3.9\" }") << QStringList{QStringLiteral("python-3.11.1")};
    }
    void familyPick()
    {
        QFETCH(QString, selector);
        QFETCH(QStringList, expected);
        const QByteArray toml = "[[step]]\nid = \"user\"\nrequires = [" + selector.toUtf8()
            + "]\n[[step]]\nid = \"python-2.0.1\"\n[[step]]\nid = \"python-2.0.1#2\"\n[[step]]\nid = \"python-2.3.7\"\n"
              "[[step]]\nid = \"python-3.11.1\"\n[[step]]\nid = \"python-3.8.16\"\n[[step]]\nid = \"perl-5.000\"\n";
        const LoadResult r = loadChainFile(toml, kName);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QStringList got = targets(r.chain, QStringLiteral("user"), RequirementKind::Declared);
        got.sort();
        QCOMPARE(got, expected);
    }

    void series_data()
    {
        QTest::addColumn<QString>("bounds");
        QTest::addColumn<QStringList>("members");
        QTest::addRow("to the newest") << QStringLiteral("from = \"1.0.0\"") << QStringList{QStringLiteral("1.0.0"), QStringLiteral("1.1.2"), QStringLiteral("1.2.0"), QStringLiteral("1.3.1")};
        QTest::addRow("to a minor release") << QStringLiteral("from = \"1.0.0\"\nto = \"1.3.0\"")
                                            << QStringList{QStringLiteral("1.0.0"), QStringLiteral("1.1.2"), QStringLiteral("1.2.0"), QStringLiteral("1.3.0")};
        QTest::addRow("to a point release") << QStringLiteral("from = \"1.0.0\"\nto = \"1.1.1\"") << QStringList{QStringLiteral("1.0.0"), QStringLiteral("1.1.1")};
        QTest::addRow("from a point release") << QStringLiteral("from = \"1.1.1\"") << QStringList{QStringLiteral("1.1.1"), QStringLiteral("1.2.0"), QStringLiteral("1.3.1")};
        QTest::addRow("one member") << QStringLiteral("from = \"1.3.1\"") << QStringList{QStringLiteral("1.3.1")};
    }
    void series()
    {
        QFETCH(QString, bounds);
        QFETCH(QStringList, members);
        QByteArray toml = "[[step]]\nid = \"boot\"\n[[series]]\npackage = \"toy\"\n" + bounds.toUtf8()
            + "\nfirst_requires = [\"boot\"]\n[timeline]\nrelease = [\n";
        for (const char *v : {"1.0.0", "1.0.1", "1.1.0", "1.1.1", "1.1.2", "1.2.0", "1.3.1", "1.3.0"})
            toml += "{ family = \"toy\", version = \"" + QByteArray(v) + "\", date = 2020-01-01 },\n";
        toml += "]\n";
        const LoadResult r = loadChainFile(toml, kName);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QStringList got;
        for (const Step &s : r.chain.steps) {
            if (s.hasFamily(QStringLiteral("toy")))
                got << s.version;
        }
        QCOMPARE(got, members);
        QCOMPARE(targets(r.chain, QStringLiteral("toy-") + members[0], RequirementKind::Declared), QStringList{QStringLiteral("boot")});
        for (int i = 1; i < members.size(); ++i) {
            const Requirement *e = findEdge(r.chain, QStringLiteral("toy-") + members[i],
                                            QStringLiteral("toy-") + members[i - 1], RequirementKind::Declared);
            QVERIFY(e);
            QVERIFY(e->evidence.text().contains(QStringLiteral("series `toy`")));
            QCOMPARE(e->evidence.line, 3);
        }
    }

    void seriesFromReleaseTable()
    {
        const LoadResult r = loadFixture("series.chain.toml");
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.chain.timeline.releases.size(), 8);
        QCOMPARE(r.chain.timeline.releases[4], (Release{QStringLiteral("toy"), QStringLiteral("1.1.2"), QDate(2020, 2, 20), QStringLiteral("made-up")}));
        QCOMPARE(r.chain.sources.size(), 2);
        QCOMPARE(r.chain.sources[1].kind, ChainSource::Kind::Table);
        QVERIFY(r.chain.sources[1].path.endsWith(QLatin1String("toy-releases.tsv")));
        const QStringList expected{QStringLiteral("seed-1"),    QStringLiteral("python-3.11.1"), QStringLiteral("toy-1.0.0"),
                                   QStringLiteral("toy-1.1.2"), QStringLiteral("toy-1.2.0"),     QStringLiteral("toy-1.3.1")};
        QCOMPARE(ids(r.chain), expected);
        const Step *member = r.chain.find(QStringLiteral("toy-1.1.2"));
        QCOMPARE(member->details->prose, QStringLiteral("the newest point release of 1.1"));
        QCOMPARE(member->facts->buildHours, 2.0);
        QCOMPARE(member->facts->released, QDate(2020, 2, 20));
        for (const char *id : {"toy-1.0.0", "toy-1.1.2", "toy-1.2.0", "toy-1.3.1"}) {
            const Requirement *e = findEdge(r.chain, QLatin1String(id), QStringLiteral("python-3.11.1"), RequirementKind::Declared);
            QVERIFY(e);
            QCOMPARE(e->evidence.text(), QStringLiteral("build driver"));
        }
    }

    void includeCycle()
    {
        const LoadResult r = loadFixture("cycle-a.chain.toml");
        QCOMPARE(r.diagnostics.size(), 1);
        const Diagnostic &d = r.diagnostics.front();
        QCOMPARE(d.severity, Severity::Error);
        QVERIFY(d.file.endsWith(QLatin1String("cycle-b.chain.toml")));
        QCOMPARE(d.line, 4);
        QCOMPARE(d.column, 12);
        QVERIFY2(d.message.contains(QStringLiteral("include cycle: cycle-a.chain.toml -> cycle-b.chain.toml -> "
                                                   "cycle-a.chain.toml")),
                 qPrintable(d.message));
        // Both files were read once, and b's requirement on a's step still resolves.
        QCOMPARE(ids(r.chain), (QStringList{QStringLiteral("b-1"), QStringLiteral("a-1")}));
        QVERIFY(findEdge(r.chain, QStringLiteral("b-1"), QStringLiteral("a-1"), RequirementKind::Declared));
        QCOMPARE(r.chain.title, QStringLiteral("a"));
    }

    // What cannot be included is an error at the include (its file, line and column), and never a
    // hang or an abort: directories that are not checkouts, devices, FIFOs nobody writes to, files
    // that are not inputs, files over the size limit.
    void includeProblems_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("optional");
        QTest::addColumn<QString>("message");
        QTest::addRow("directory") << "dir" << false << "\"DIR\" is a directory, not a live-bootstrap checkout";
        QTest::addRow("optional directory") << "dir" << true << "is a directory, not a live-bootstrap checkout";
        QTest::addRow("toml directory") << "dir.toml" << false << "cannot read the included chain file \"DIR.toml\": "
                                                                  "it is a directory";
        QTest::addRow("/dev/zero") << "/dev/zero" << false << "cannot include \"/dev/zero\": cannot read it: it is a "
                                                             "character device";
        QTest::addRow("link to /dev/zero") << "zero.toml" << false << "it is a character device";
        QTest::addRow("fifo") << "fifo" << false << "cannot include \"fifo\": cannot read it: it is a FIFO";
        QTest::addRow("toml fifo") << "fifo.toml" << true << "cannot read the included chain file";
        QTest::addRow("not an input") << "passwd" << false << "cannot include \"passwd\": cannot tell what this file is";
        QTest::addRow("empty") << "empty" << false << "cannot include \"empty\": the file is empty";
        QTest::addRow("too large") << "large.rst" << false << "more than the limit of 1 KB";
        QTest::addRow("dangling link") << "dangling" << true << "no such file or directory";
    }
    void includeProblems()
    {
        QFETCH(QString, target);
        QFETCH(bool, optional);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QDir d(dir.path());
        QVERIFY(d.mkdir(QStringLiteral("dir")) && d.mkdir(QStringLiteral("dir.toml")));
        QVERIFY(::mkfifo(QFile::encodeName(d.filePath(QStringLiteral("fifo"))).constData(), 0644) == 0);
        QVERIFY(::mkfifo(QFile::encodeName(d.filePath(QStringLiteral("fifo.toml"))).constData(), 0644) == 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), d.filePath(QStringLiteral("zero.toml"))));
        QVERIFY(QFile::link(d.filePath(QStringLiteral("nowhere")), d.filePath(QStringLiteral("dangling"))));
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(d.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write(QStringLiteral("passwd"), "root:x:0:0:root:/root:/bin/bash\n"));
        QVERIFY(write(QStringLiteral("empty"), ""));
        QVERIFY(write(QStringLiteral("large.rst"), "Title\n=====\n" + QByteArray(2000, 'x')));
        const QByteArray include = optional
                                       ? QByteArray("include = [{ path = \"" + target.toUtf8() + "\", optional = true }]\n")
                                       : QByteArray("include = [\"" + target.toUtf8() + "\"]\n");
        const QString file = d.filePath(QStringLiteral("top.chain.toml"));
        LoadOptions options;
        options.maxFileBytes = 1024;
        const LoadResult r = loadChainFile("title = \"top\"\n\n" + include + "[[step]]\nid = \"a\"\n", file, options);
        const QString expected = QString(message).replace(QStringLiteral("DIR"), dir.path() + u'/' + target.section(u'.', 0, 0));
        const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                     [&](const Diagnostic &x) { return x.message.contains(expected); });
        QVERIFY2(it != r.diagnostics.end(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(it->severity, Severity::Error);
        QCOMPARE(it->file, file);
        QCOMPARE(it->line, 3);
        QCOMPARE(it->column, 12);
        QVERIFY(r.chain.find(QStringLiteral("a"))); // the including file itself is still read
    }

    void diamondIncludeReadOnce()
    {
        const LoadResult r = loadFixture("diamond.chain.toml");
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(ids(r.chain), (QStringList{QStringLiteral("python-3.8.16"), QStringLiteral("python-3.11.1"), QStringLiteral("left-1.0"), QStringLiteral("right-1.0")}));
        QVERIFY(findEdge(r.chain, QStringLiteral("left-1.0"), QStringLiteral("python-3.11.1"), RequirementKind::Declared));
        QVERIFY(findEdge(r.chain, QStringLiteral("right-1.0"), QStringLiteral("python-3.11.1"), RequirementKind::Declared));
        QCOMPARE(r.chain.sources.size(), 4);
    }

    void includesLiveBootstrapManifest()
    {
        // A non-TOML include is read by Seedline::loadPath (here: the manifest loader).
        const LoadResult r = loadFixture("with-manifest.chain.toml");
        QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
        QVERIFY(r.chain.find(QStringLiteral("python-2.0.1#2")));
        QVERIFY(findEdge(r.chain, QStringLiteral("meson-1.0.0"), QStringLiteral("python-3.11.1"), RequirementKind::Declared));
        QVERIFY(findEdge(r.chain, QStringLiteral("meson-1.0.0"), QStringLiteral("python-2.0.1#2"), RequirementKind::Mentioned));
        QCOMPARE(r.chain.title, QStringLiteral("a chain file on top of a live-bootstrap manifest"));
        QCOMPARE(r.chain.sources.last().kind, ChainSource::Kind::ChainFile);
        QCOMPARE(r.chain.sources.first().kind, ChainSource::Kind::Manifest);
    }

    void badReleaseTable()
    {
        const LoadResult r = loadFixture("bad-table.chain.toml");
        QCOMPARE(r.diagnostics.size(), 2);
        QVERIFY(r.diagnostics[0].file.endsWith(QLatin1String("bad-releases.tsv")));
        QCOMPARE(r.diagnostics[0].line, 3);
        QCOMPARE(r.diagnostics[0].column, 7);
        QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("expected a date such as 2025-09-18, found \"soon\"")));
        QCOMPARE(r.diagnostics[1].line, 4);
        QVERIFY(r.diagnostics[1].message.contains(QStringLiteral("tab-separated columns")));
        QCOMPARE(r.chain.timeline.releases.size(), 1);
    }

    void referencedFilesDisabled()
    {
        const LoadResult r = loadFixture("example.chain.toml", ChainFileOptions{false});
        QVERIFY(hasErrors(r.diagnostics));
        bool mentioned = false;
        for (const Diagnostic &d : r.diagnostics)
            mentioned = mentioned || (d.line == 7 && d.message.contains(QStringLiteral("disabled")));
        QVERIFY2(mentioned, qPrintable(dump(r.diagnostics)));
        QVERIFY(!r.chain.find(QStringLiteral("python-3.11.1")));
    }

    void diagnostics_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("parts");
        const int error = int(Severity::Error), warning = int(Severity::Warning);
        QTest::addRow("empty") << QByteArray("  \n") << error << 1 << 1 << QStringList{QStringLiteral("empty")};
        QTest::addRow("declares nothing") << QByteArray("title = \"x\"\n") << error << 1 << 1
                                          << QStringList{QStringLiteral("declares nothing")};
        QTest::addRow("syntax") << QByteArray("title = \"x\"\n[[step]\nid = \"a\"\n") << error << 2 << 8
                                << QStringList{QStringLiteral("not valid TOML")};
        QTest::addRow("garbage") << QByteArray("\x01\x02 {{{ garbage") << error << 1 << 1
                                 << QStringList{QStringLiteral("not valid TOML")};
        QTest::addRow("invalid UTF-8") << QByteArray("title = \"a\xff\xfe\"\n") << error << 1 << 10
                                       << QStringList{QStringLiteral("not valid TOML")};
        QTest::addRow("unknown key") << QByteArray("[[step]]\nid = \"a\"\nrequire = [\"b\"]\n") << warning << 3 << 1
                                     << QStringList{QStringLiteral("unknown key `require` in [[step]]"), QStringLiteral("did you mean `requires`?")};
        QTest::addRow("unknown top key") << QByteArray("titel = \"x\"\n[[step]]\nid = \"a\"\n") << warning << 1 << 1
                                         << QStringList{QStringLiteral("unknown key `titel`"), QStringLiteral("did you mean `title`?")};
        QTest::addRow("wrong type") << QByteArray("[[step]]\nid = \"a\"\nversion = 3\n") << error << 3 << 11
                                    << QStringList{QStringLiteral("`version` in [[step]] must be a string, not an integer")};
        QTest::addRow("not an array of tables") << QByteArray("step = 3\n") << error << 1 << 8
                                                << QStringList{QStringLiteral("`step`"), QStringLiteral("array of tables"), QStringLiteral("not an integer")};
        QTest::addRow("unknown id") << QByteArray("[[step]]\nid = \"python-3.11.1\"\n[[step]]\nid = \"b\"\n"
                                                  "requires = [\"python-3.11\"]\n")
                                    << error << 5 << 13
                                    << QStringList{QStringLiteral("unknown step id `python-3.11`"), QStringLiteral("did you mean `python-3.11.1`")};
        QTest::addRow("no family match") << QByteArray("[[step]]\nid = \"python-3.8\"\nfamilies = [\"python\"]\n[[step]]\n"
                                                       "id = \"m\"\nrequires = [{ family = \"python\", version = \">= 4\" }]\n")
                                         << error << 6 << 13
                                         << QStringList{QStringLiteral("no step of family `python` matches >= 4"), QStringLiteral("3.8")};
        QTest::addRow("bad constraint") << QByteArray("[[step]]\nid = \"m\"\nrequires = [{ family = \"python\", version = \"~= 3\" }]\n")
                                        << error << 3 << 45 << QStringList{QStringLiteral("invalid version constraint \"~= 3\"")};
        QTest::addRow("unknown step kind") << QByteArray("[[step]]\nid = \"a\"\nkind = \"biuld\"\n") << error << 3 << 8
                                           << QStringList{QStringLiteral("unknown step kind `biuld`"), QStringLiteral("did you mean `build`?")};
        QTest::addRow("unknown edge kind") << QByteArray("[[step]]\nid = \"a\"\n[[step]]\nid = \"b\"\n"
                                                         "requires = [{ id = \"a\", kind = \"observd\" }]\n")
                                           << error << 5 << 32
                                           << QStringList{QStringLiteral("unknown requirement kind `observd`"), QStringLiteral("did you mean `observed`?")};
        QTest::addRow("unknown pick") << QByteArray("[[step]]\nid = \"a\"\nrequires = [{ family = \"c\", pick = \"latest\" }]\n")
                                      << error << 3 << 36 << QStringList{QStringLiteral("unknown pick `latest`")};
        QTest::addRow("declared cycle") << QByteArray("[[step]]\nid = \"a\"\nrequires = [\"b\"]\n[[step]]\nid = \"b\"\n"
                                                      "requires = [\"c\"]\n[[step]]\nid = \"c\"\nrequires = [\"a\"]\n")
                                        << warning << 9 << 13
                                        << QStringList{QStringLiteral("declared requirements form a cycle: a -> b -> c -> a")};
        QTest::addRow("self cycle") << QByteArray("[[step]]\nid = \"a\"\nrequires = [\"a\"]\n") << warning << 3 << 13
                                    << QStringList{QStringLiteral("cycle: a -> a")};
        QTest::addRow("duplicate id") << QByteArray("[[step]]\nid = \"a\"\n\n[[step]]\nid = \"a\"\n") << error << 4 << 1
                                      << QStringList{QStringLiteral("duplicate step id `a`"), QStringLiteral("line 1")};
        QTest::addRow("step without id") << QByteArray("[[step]]\nlabel = \"x\"\n") << error << 1 << 1
                                         << QStringList{QStringLiteral("needs an `id` or a `package`")};
        QTest::addRow("bad date") << QByteArray("[[step]]\nid = \"a\"\nfacts = { released = \"yesterday\" }\n")
                                  << error << 3 << 22 << QStringList{QStringLiteral("`released`"), QStringLiteral("must be a date"), QStringLiteral("yesterday")};
        QTest::addRow("negative hours") << QByteArray("[[step]]\nid = \"a\"\nfacts = { build_hours = -1 }\n")
                                        << error << 3 << 25 << QStringList{QStringLiteral("must not be negative")};
        QTest::addRow("missing include") << QByteArray("include = [\"nope.chain.toml\"]\n") << error << 1 << 12
                                         << QStringList{QStringLiteral("no such file"), QStringLiteral("nope.chain.toml")};
        QTest::addRow("include type") << QByteArray("include = [3]\n") << error << 1 << 12
                                      << QStringList{QStringLiteral("an include must be a path string")};
        QTest::addRow("scenario unknown id") << QByteArray("[[step]]\nid = \"python-3.11.1\"\n[[scenario]]\nname = \"s\"\n"
                                                           "[[scenario.rule]]\nfrom = \"python-3.11\"\nto = { family = \"rust\" }\n")
                                             << error << 6 << 8 << QStringList{QStringLiteral("unknown step id `python-3.11`"), QStringLiteral("python-3.11.1")};
        QTest::addRow("newest at release needs family") << QByteArray("[[step]]\nid = \"a\"\n[[scenario]]\nname = \"s\"\n"
                                                                      "[[scenario.rule]]\nfrom = \"a\"\nto = \"a\"\n"
                                                                      "to_newest_at_release = true\n")
                                                        << error << 7 << 6 << QStringList{QStringLiteral("needs a `to` selector with a `family`")};
        QTest::addRow("series without table") << QByteArray("[[series]]\npackage = \"rust\"\nfrom = \"1.90.0\"\n")
                                              << error << 1 << 1 << QStringList{QStringLiteral("no release of `rust` is loaded")};
        QTest::addRow("series from unknown") << QByteArray("[[series]]\npackage = \"toy\"\nfrom = \"2.0\"\n[timeline]\n"
                                                           "release = [{ family = \"toy\", version = \"1.0\", date = 2020-01-01 }]\n")
                                             << error << 1 << 1 << QStringList{QStringLiteral("starts at 2.0, which is not a release of `toy`")};
        QTest::addRow("series member facts") << QByteArray("[[series]]\npackage = \"toy\"\nfrom = \"1.0\"\n"
                                                           "[series.members.\"1.0.1\"]\nprose = \"x\"\n[timeline]\n"
                                                           "release = [{ family = \"toy\", version = \"1.0\", date = 2020-01-01 }]\n")
                                             << warning << 1 << 1 << QStringList{QStringLiteral("has facts for 1.0.1, which is not one of its members")};
        QTest::addRow("scenario kind") << QByteArray("[[step]]\nid = \"a\"\nrequires = [{ id = \"a\", kind = \"scenario\" }]\n")
                                       << error << 3 << 32 << QStringList{QStringLiteral("[[scenario]]")};
        QTest::addRow("newer format") << QByteArray("format = 2\n[[step]]\nid = \"a\"\n") << warning << 1 << 10
                                      << QStringList{QStringLiteral("format 2")};
        QTest::addRow("observed without builds") << QByteArray("[[timeline.observed]]\nproject = \"p\"\ndate = 2020-01-01\n"
                                                               "family = \"rust\"\nfirst = \"1\"\nlast = \"2\"\n")
                                                 << error << 1 << 1 << QStringList{QStringLiteral("needs the key `builds`")};
    }
    void diagnostics()
    {
        QFETCH(QByteArray, toml);
        QFETCH(int, severity);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QStringList, parts);
        const LoadResult r = loadChainFile(toml, QStringLiteral(SEEDLINE_FIXTURES_DIR "/chainfile/") + kName);
        const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic &d) {
            return std::all_of(parts.begin(), parts.end(), [&](const QString &p) { return d.message.contains(p); });
        });
        QVERIFY2(it != r.diagnostics.end(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(int(it->severity), severity);
        QCOMPARE(it->line, line);
        QCOMPARE(it->column, column);
        QVERIFY(it->file.endsWith(kName));
        // Nothing else of the same or a worse severity was reported for these small inputs.
        int same = 0;
        for (const Diagnostic &d : r.diagnostics)
            same += int(d.severity) >= severity ? 1 : 0;
        QVERIFY2(same == 1, qPrintable(dump(r.diagnostics)));
    }

    void nearestIdsInMessage()
    {
        const LoadResult r = loadText("[[step]]\nid = \"gcc-15.2.0\"\n[[step]]\nid = \"gcc-10.5.0\"\n"
                                      "[[step]]\nid = \"gcc-4.7.4\"\n[[step]]\nid = \"x\"\nrequires = [\"gcc-15.1.0\"]\n");
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY2(r.diagnostics[0].message.contains(QStringLiteral("did you mean `gcc-15.2.0`")),
                 qPrintable(r.diagnostics[0].message));
    }

    void topLevelRequirement()
    {
        const LoadResult r = loadText("[[step]]\nid = \"gcc-15.2.0\"\n[[step]]\nid = \"python-3.11.1\"\n"
                                      "[[step]]\nid = \"python-3.8.16\"\n"
                                      "[[requirement]]\nfrom = \"gcc-15.2.0\"\nto = { family = \"python\" }\n"
                                      "kind = \"observed\"\nnote = \"regenerates files\"\n"
                                      "evidence = { file = \"steps/gcc-15.2.0/pass1.sh\", line = 197, text = \"python3 x.py\" }\n"
                                      "[[requirement]]\nfrom = { family = \"python\", pick = \"all\" }\nto = \"gcc-15.2.0\"\n"
                                      "kind = \"mentioned\"\n");
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        const Requirement *e = findEdge(r.chain, QStringLiteral("gcc-15.2.0"), QStringLiteral("python-3.11.1"),
                                        RequirementKind::Observed);
        QVERIFY(e);
        QCOMPARE(e->evidence, (Evidence{QStringLiteral("steps/gcc-15.2.0/pass1.sh"), 197, 0, QStringLiteral("python3 x.py (regenerates files)")}));
        QVERIFY(findEdge(r.chain, QStringLiteral("python-3.8.16"), QStringLiteral("gcc-15.2.0"), RequirementKind::Mentioned));
        QVERIFY(findEdge(r.chain, QStringLiteral("python-3.11.1"), QStringLiteral("gcc-15.2.0"), RequirementKind::Mentioned));
    }

    // The duplicate checks are hashed: on a file of many steps they must still find a duplicate id
    // declared far from the first one (and name the first one's line), and still drop repeated
    // requirements while keeping the order in which the file declares them.
    void duplicatesInALargeFile()
    {
        QByteArray b;
        QVector<int> stepLines;
        int line = 1;
        // Expected (from, to) pairs in order, made by a scan over what is already kept.
        QVector<std::pair<int, int>> expected;
        for (int i = 0; i < 600; ++i) {
            b += "[[step]]\nid = \"s" + QByteArray::number(i) + "\"\n";
            stepLines << line;
            line += 2;
            if (i == 0)
                continue;
            // Each step needs i-1, a far earlier one, i-1 again, and the far one again under another spelling
            // of the list (duplicates in one list and across the [[requirement]] tables below).
            const int far = i * 7 / 10;
            b += "requires = [\"s" + QByteArray::number(i - 1) + "\", \"s" + QByteArray::number(far) + "\", \"s"
                + QByteArray::number(i - 1) + "\"]\n";
            ++line;
            for (int to : {i - 1, far}) {
                if (std::find(expected.begin(), expected.end(), std::pair{i, to}) == expected.end())
                    expected.append({i, to});
            }
        }
        // The same edges again at the end, then a new one: only the new one is added, last.
        b += "[[requirement]]\nfrom = \"s599\"\nto = \"s598\"\n";
        b += "[[requirement]]\nfrom = \"s599\"\nto = \"s2\"\n";
        b += "[[requirement]]\nfrom = \"s10\"\nto = \"s9\"\n";
        expected.append({599, 2});

        LoadResult r = loadChainFile(b, kName);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.chain.steps.size(), 600);
        QVector<std::pair<int, int>> got;
        for (const Requirement &q : std::as_const(r.chain.requirements)) {
            QCOMPARE(q.kind, RequirementKind::Declared);
            got.append({q.from, q.to});
        }
        QCOMPARE(got, expected);
        for (int i = 0; i < 600; ++i)
            QCOMPARE(r.chain.indexOf(QStringLiteral("s%1").arg(i)), i);

        // A duplicate of step 17 declared 500 steps later: an error at its line naming step 17's line.
        const QByteArray dup = b + "[[step]]\nid = \"s17\"\n";
        const int dupLine = int(b.count('\n')) + 1;
        r = loadChainFile(dup, kName);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].severity, Severity::Error);
        QCOMPARE(r.diagnostics[0].line, dupLine);
        QCOMPARE(r.diagnostics[0].message,
                 QStringLiteral("duplicate step id `s17` (first declared on line %1)").arg(stepLines[17]));
        QCOMPARE(r.chain.steps.size(), 600); // the duplicate is not added
    }

    void neverLoops_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("deep arrays") << QByteArray("a = ") + QByteArray(5000, '[');
        QTest::addRow("deep tables") << QByteArray("a = ") + QByteArray(5000, '{');
        QTest::addRow("nul bytes") << QByteArray("title = \"a\0b\"\n", 14);
        QTest::addRow("huge integer") << QByteArray("[[step]]\nid = \"a\"\npass = 99999999999999999999\n");
        QTest::addRow("many cycles") << [] {
            QByteArray b;
            for (int i = 0; i < 200; ++i)
                b += "[[step]]\nid = \"s" + QByteArray::number(i) + "\"\nrequires = [\"s" + QByteArray::number((i + 1) % 200)
                    + "\", \"s" + QByteArray::number((i * 7) % 200) + "\"]\n";
            return b;
        }();
    }
    void neverLoops()
    {
        QFETCH(QByteArray, bytes);
        const LoadResult r = loadChainFile(bytes, kName);
        QVERIFY(!r.diagnostics.isEmpty());
        QVERIFY(r.diagnostics.size() <= 21);
    }
};

QTEST_GUILESS_MAIN(TestChainFile)
#include "tst_chainfile.moc"

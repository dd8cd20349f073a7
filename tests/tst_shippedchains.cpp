// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The chains Seedline ships (chains/*.chain.toml, embedded as ":/chains/..."): they load without a
// single diagnostic and say what docs/chain-format.md and the facts they were written from say.
#include "chainfile/chainfileloader.h"
#include "chainfile/releasetable.h"
#include "manifest/manifestloader.h"
#include "core/version.h"

#include <QFile>
#include <QQueue>
#include <QSet>
#include <QTest>

using namespace Seedline;

namespace {

LoadResult loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadResult{{}, {Diagnostic{path, 0, 0, Severity::Error, QStringLiteral("cannot open")}}};
    return loadChainFile(file.readAll(), path);
}

QString chainsDir()
{
    return QStringLiteral(SEEDLINE_SOURCE_DIR "/chains/");
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

// Steps reachable from `start` over requirements of the given kinds.
QSet<int> reachable(const Chain &chain, int start, RequirementKinds kinds)
{
    QVector<QVector<int>> out(chain.steps.size());
    for (const Requirement &r : chain.requirements) {
        if (kinds.testFlag(r.kind))
            out[r.from] << r.to;
    }
    QSet<int> seen;
    QQueue<int> queue;
    queue.enqueue(start);
    while (!queue.isEmpty()) {
        const int n = queue.dequeue();
        for (int m : out[n]) {
            if (!seen.contains(m)) {
                seen.insert(m);
                queue.enqueue(m);
            }
        }
    }
    return seen;
}

} // namespace

class TestShippedChains : public QObject
{
    Q_OBJECT

private:
    Chain m_default;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/chains/seedline.chain.toml")),
                 "the chains are not embedded in seedline_models (qt_add_resources in models/chainfile)");
        const LoadResult result = loadFile(QStringLiteral(":/chains/seedline.chain.toml"));
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
        m_default = result.chain;
    }

    void loadsWithoutDiagnostics_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("embedded default") << QStringLiteral(":/chains/seedline.chain.toml");
        for (const char *name : {"seedline", "live-bootstrap", "rust-mrustc", "python-consumers"}) {
            QTest::addRow("embedded %s", name) << QStringLiteral(":/chains/%1.chain.toml").arg(QLatin1String(name));
            QTest::addRow("disk %s", name) << chainsDir() + QLatin1String(name) + QStringLiteral(".chain.toml");
        }
    }
    void loadsWithoutDiagnostics()
    {
        QFETCH(QString, path);
        const LoadResult result = loadFile(path);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
        QVERIFY(!result.chain.steps.isEmpty());
        QVERIFY(!result.chain.title.isEmpty());
        QVERIFY(!result.chain.sources.isEmpty());
        QCOMPARE(result.chain.sources.front().kind, ChainSource::Kind::ChainFile);
    }

    void embeddedEqualsDisk()
    {
        const LoadResult disk = loadFile(chainsDir() + QStringLiteral("seedline.chain.toml"));
        QCOMPARE(disk.chain.steps.size(), m_default.steps.size());
        QCOMPARE(disk.chain.requirements.size(), m_default.requirements.size());
        for (int i = 0; i < m_default.steps.size(); ++i)
            QCOMPARE(disk.chain.steps[i].id, m_default.steps[i].id);
        QCOMPARE(disk.chain.timeline, m_default.timeline);
    }

    void manifestBuilds()
    {
        const LoadResult lb = loadFile(QStringLiteral(":/chains/live-bootstrap.chain.toml"));
        QCOMPARE(lb.chain.buildCount(), 170);
        int inDefault = 0;
        for (const Step &s : m_default.steps) {
            if (s.isBuild() && s.origin.file.name().endsWith(QLatin1String("live-bootstrap.chain.toml")))
                ++inDefault;
        }
        QCOMPARE(inDefault, 170);
        // The manifest's passes: tcc-0.9.27 is built five times, python-2.0.1 twice.
        QVERIFY(lb.chain.find(QStringLiteral("tcc-0.9.27#5")));
        QVERIFY(!lb.chain.find(QStringLiteral("tcc-0.9.27#6")));
        const Step *p = lb.chain.find(QStringLiteral("python-2.0.1#2"));
        QVERIFY(p);
        QCOMPARE(p->package, QStringLiteral("python"));
        QCOMPARE(p->version, QStringLiteral("2.0.1"));
        QCOMPARE(p->pass, 2);
        // python-3.11.1 is build #150.
        int builds = 0;
        for (const Step &s : lb.chain.steps) {
            if (!s.isBuild())
                continue;
            ++builds;
            if (s.id == QLatin1String("python-3.11.1"))
                break;
        }
        QCOMPARE(builds, 150);
    }

    void matchesTheSharedManifest()
    {
        // The shipped live-bootstrap chain was written from steps/manifest at 984b8322; it must
        // stay build for build the same: ids (package, version, pass) and order.
        QFile file(QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/manifest"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/live-bootstrap/manifest is not there to compare with");
        const LoadResult manifest = loadManifest(file.readAll(), file.fileName());
        QVERIFY2(!hasErrors(manifest.diagnostics), qPrintable(dump(manifest.diagnostics)));
        const LoadResult shipped = loadFile(QStringLiteral(":/chains/live-bootstrap.chain.toml"));
        auto builds = [](const Chain &chain) {
            QStringList out;
            for (const Step &s : chain.steps) {
                if (s.isBuild())
                    out << s.id;
            }
            return out;
        };
        const QStringList expected = builds(manifest.chain);
        const QStringList actual = builds(shipped.chain);
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY2(actual[i] == expected[i], qPrintable(QStringLiteral("build #%1: shipped %2, manifest %3")
                                                              .arg(i + 1).arg(actual[i], expected[i])));
            const Step *a = shipped.chain.find(actual[i]);
            const Step *e = manifest.chain.find(expected[i]);
            QCOMPARE(a->package, e->package);
            QCOMPARE(a->version, e->version);
            QCOMPARE(a->pass, e->pass);
            QCOMPARE(a->details->predicate.simplified(), e->details->predicate.simplified());
        }
        // gettext runs python2.3 after the second build of python-2.3.7.
        QVERIFY(findEdge(shipped.chain, QStringLiteral("gettext-0.26"), QStringLiteral("python-2.3.7#2"),
                         RequirementKind::Observed));
        QVERIFY(!findEdge(shipped.chain, QStringLiteral("gettext-0.26"), QStringLiteral("python-2.3.7"),
                          RequirementKind::Observed));
    }

    void pythonBuildsUnderFinalGcc()
    {
        QStringList pythons;
        for (const Step &s : m_default.steps) {
            if (s.isBuild() && s.hasFamily(QStringLiteral("python")))
                pythons << s.id;
        }
        QCOMPARE(pythons.size(), 11);
        // Without the mere order of the script, gcc-15.2.0 still reaches all 11 of them.
        const int gcc = m_default.indexOf(QStringLiteral("gcc-15.2.0"));
        QVERIFY(gcc >= 0);
        const QSet<int> deps = reachable(m_default, gcc, defaultFollowedKinds());
        int reached = 0;
        for (const QString &id : std::as_const(pythons))
            reached += deps.contains(m_default.indexOf(id)) ? 1 : 0;
        QCOMPARE(reached, 11);
    }

    void observedPythonUses_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("evidence");
        QTest::addRow("gettext") << QStringLiteral("gettext-0.26") << QStringLiteral("python-2.3.7#2") << QStringLiteral("python2.3");
        QTest::addRow("libunistring") << QStringLiteral("libunistring-1.4.1") << QStringLiteral("python-3.11.1") << QStringLiteral("gen-uninames.py");
        QTest::addRow("gcc sarif") << QStringLiteral("gcc-15.2.0") << QStringLiteral("python-3.11.1") << QStringLiteral("gcc/sarif-spec-urls.def");
        QTest::addRow("gcc unicode-data") << QStringLiteral("gcc-15.2.0") << QStringLiteral("python-3.11.1") << QStringLiteral("unicode-data.h");
    }
    void observedPythonUses()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, evidence);
        const Requirement *r = findEdge(m_default, from, to, RequirementKind::Observed);
        QVERIFY(r);
        QVERIFY2(r->evidence.text().contains(evidence), qPrintable(r->evidence.text()));
        QVERIFY(r->evidence.file().startsWith(QStringLiteral("steps/") + from));
    }

    void toolchains_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("tcc by mes") << QStringLiteral("tcc-0.9.26") << QStringLiteral("mes-0.27.1");
        QTest::addRow("gcc-4.0.4 by tcc") << QStringLiteral("gcc-4.0.4") << QStringLiteral("tcc-0.9.27#5");
        QTest::addRow("gcc-4.7.4") << QStringLiteral("gcc-4.7.4") << QStringLiteral("gcc-4.0.4#2");
        QTest::addRow("final gcc") << QStringLiteral("gcc-15.2.0") << QStringLiteral("gcc-10.5.0");
        QTest::addRow("after final gcc") << QStringLiteral("libarchive-3.5.2") << QStringLiteral("gcc-15.2.0");
        QTest::addRow("mrustc") << QStringLiteral("mrustc-0.12.0") << QStringLiteral("gcc-15.2.0");
    }
    void toolchains()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QVERIFY(findEdge(m_default, from, to, RequirementKind::Toolchain));
    }

    void rustSeries()
    {
        const QStringList expected{QStringLiteral("1.90.0"), QStringLiteral("1.91.1"), QStringLiteral("1.92.0"),
                                   QStringLiteral("1.93.1"), QStringLiteral("1.94.1"), QStringLiteral("1.95.0"),
                                   QStringLiteral("1.96.1"), QStringLiteral("1.97.1"), QStringLiteral("1.98.0")};
        QStringList rust;
        for (const Step &s : m_default.steps) {
            if (s.hasFamily(QStringLiteral("rust")))
                rust << s.version;
        }
        QCOMPARE(rust, expected);
        QVERIFY(findEdge(m_default, QStringLiteral("rust-1.90.0"), QStringLiteral("mrustc-0.12.0"),
                         RequirementKind::Declared));
        for (int i = 0; i < expected.size(); ++i) {
            const QString id = QStringLiteral("rust-") + expected[i];
            QVERIFY(findEdge(m_default, id, QStringLiteral("python-3.11.1"), RequirementKind::Declared));
            if (i > 0) {
                const Requirement *r = findEdge(m_default, id, QStringLiteral("rust-") + expected[i - 1],
                                                RequirementKind::Declared);
                QVERIFY2(r, qPrintable(id));
                QVERIFY(r->evidence.text().contains(QStringLiteral("series")));
            }
            // Release dates come from the table.
            QVERIFY(m_default.find(id)->facts->released.has_value());
        }
        QCOMPARE(m_default.find(QStringLiteral("rust-1.91.1"))->facts->released, QDate(2025, 11, 10));
        QVERIFY(m_default.find(QStringLiteral("rust-1.90.0"))->facts->buildHours.has_value());
    }

    void timeline()
    {
        QFile tsv(QStringLiteral(":/chains/rust-releases.tsv"));
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        Diagnostics d;
        const QVector<Release> releases = parseReleaseTable(tsv.readAll(), tsv.fileName(), QStringLiteral("rust"), &d);
        QVERIFY(d.isEmpty());
        QCOMPARE(releases.size(), 139);
        int minors = 0;
        for (const Release &r : releases)
            minors += r.version.endsWith(QLatin1String(".0")) ? 1 : 0;
        QCOMPARE(minors, 99);
        QCOMPARE(m_default.timeline.releases, releases);
        QCOMPARE(m_default.timeline.anchors.size(), 9); // 6 targets + v0.10.1, v0.11.1, v0.11.2
        QCOMPARE(m_default.timeline.anchors.last().builds, QStringLiteral("1.90.0"));
        QCOMPARE(m_default.timeline.observed.size(), 17);
        int peak = 0;
        for (const ObservedChain &o : m_default.timeline.observed)
            peak = std::max(peak, o.builds);
        QCOMPARE(peak, 45);
    }

    void consumers_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("meson") << QStringLiteral("meson") << QStringLiteral("python-3.11.1");
        QTest::addRow("glibc") << QStringLiteral("glibc-2.29") << QStringLiteral("python-3.11.1");
        QTest::addRow("llvm") << QStringLiteral("llvm") << QStringLiteral("python-3.11.1");
        QTest::addRow("firefox") << QStringLiteral("firefox-54") << QStringLiteral("rust-1.98.0");
        QTest::addRow("cryptography rust") << QStringLiteral("python-cryptography-3.4") << QStringLiteral("rust-1.98.0");
        QTest::addRow("cryptography python") << QStringLiteral("python-cryptography-3.4") << QStringLiteral("python-3.11.1");
        QTest::addRow("git") << QStringLiteral("git-3.0") << QStringLiteral("rust-1.98.0");
        QTest::addRow("rusticl") << QStringLiteral("mesa-rusticl") << QStringLiteral("rust-1.98.0");
        QTest::addRow("mesa") << QStringLiteral("mesa") << QStringLiteral("meson");
    }
    void consumers()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Requirement *r = findEdge(m_default, from, to, RequirementKind::Declared);
        QVERIFY(r);
        QVERIFY(!r->evidence.text().isEmpty());
    }

    void scenario()
    {
        QCOMPARE(m_default.scenarios.size(), 1);
        const Scenario &s = m_default.scenarios.front();
        QCOMPARE(s.name, QStringLiteral("cpython-requires-rust"));
        QVERIFY(!s.enabledByDefault);
        QCOMPARE(s.rules.size(), 1);
        const ScenarioRule &rule = s.rules.front();
        QCOMPARE(rule.action, ScenarioRule::Action::Add);
        QCOMPARE(rule.from.family, QStringLiteral("python"));
        QVERIFY(rule.from.version.matches(QStringLiteral("3.11.1")));
        QVERIFY(!rule.from.version.matches(QStringLiteral("3.8.16")));
        QCOMPARE(rule.to.family, QStringLiteral("rust"));
        QCOMPARE(rule.to.pick, StepSelector::Pick::Newest);
        QVERIFY(rule.evidence.text().contains(QStringLiteral("Rust for CPython")));
        // Applying it would close python -> rust -> python: rust already needs python.
        QVERIFY(findEdge(m_default, QStringLiteral("rust-1.98.0"), QStringLiteral("python-3.11.1"),
                         RequirementKind::Declared));
    }
};

QTEST_GUILESS_MAIN(TestShippedChains)
#include "tst_shippedchains.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dot/dotloader.h"
#include "io/inputs.h"
#include "report/summary.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Seedline;

namespace {

QString sharedFile(const QString &name)
{
    return QDir(QStringLiteral(SEEDLINE_SHARED_DIR)).filePath(QStringLiteral("live-bootstrap/") + name);
}

QStringList versionsOf(const QJsonObject &json, const QString &family)
{
    QStringList out;
    const QJsonArray a = json.value(QStringLiteral("families")).toObject().value(family).toObject().value(QStringLiteral("versions")).toArray();
    for (const auto &v : a)
        out << v.toString();
    return out;
}

int familyBuilds(const QJsonObject &json, const QString &family)
{
    return json.value(QStringLiteral("families")).toObject().value(family).toObject().value(QStringLiteral("builds")).toInt(-1);
}

} // namespace

#define REQUIRE_SHARED()                                                                                        \
    if (!QFileInfo::exists(sharedFile(QStringLiteral("manifest"))))                                           \
        QSKIP("../shared/live-bootstrap is not beside the checkout; this real-input test needs it");

// The numbers the issue checks, computed end to end (loader + analysis + report) on live-bootstrap's
// real files. The expected values come from ../shared/reference/facts.md, counted there by hand.
class TestSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manifestCounts()
    {
        REQUIRE_SHARED();
        const LoadResult loaded = loadPath(sharedFile(QStringLiteral("manifest")));
        QVERIFY(!hasErrors(loaded.diagnostics));
        SummaryOptions options;
        options.target = QStringLiteral("python-3.11.1");
        const SummaryReport report = buildSummary(loaded.chain, loaded.diagnostics, options);
        QVERIFY(report.problems.isEmpty());
        const QJsonObject &json = report.json;
        QCOMPARE(json.value(QStringLiteral("builds")).toInt(), 170);
        QCOMPARE(familyBuilds(json, QStringLiteral("python")), 11);
        QCOMPARE(versionsOf(json, QStringLiteral("python")),
                 (QStringList{QStringLiteral("2.0.1"), QStringLiteral("2.3.7"), QStringLiteral("2.5.6"),
                              QStringLiteral("3.1.5"), QStringLiteral("3.3.7"), QStringLiteral("3.4.10"),
                              QStringLiteral("3.8.16"), QStringLiteral("3.11.1")}));
        const QJsonObject target = json.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("id")).toString(), QStringLiteral("python-3.11.1"));
        QCOMPARE(target.value(QStringLiteral("builds_before")).toInt(), 149);
        QCOMPARE(target.value(QStringLiteral("family_builds")).toObject().value(QStringLiteral("python")).toInt(), 11);
        QVERIFY(json.value(QStringLiteral("requires")).toObject().contains(QStringLiteral("python")));
        QVERIFY(json.value(QStringLiteral("diagnostics")).isArray());
    }

    void manifestChroot()
    {
        REQUIRE_SHARED();
        LoadOptions load;
        load.config.insert(QStringLiteral("CHROOT"), QStringLiteral("True"));
        const LoadResult loaded = loadPath(sharedFile(QStringLiteral("manifest")), load);
        SummaryOptions options;
        options.target = QStringLiteral("python-3.11.1");
        const SummaryReport report = buildSummary(loaded.chain, loaded.diagnostics, options);
        const QJsonObject target = report.json.value(QStringLiteral("target")).toObject();
        // The six kernel builds before it (fiwix, lwext4, kexec-fiwix, kexec-linux, kexec-tools, linux)
        // drop out, and grub-2.06 after it.
        QCOMPARE(target.value(QStringLiteral("builds_before")).toInt(), 143);
        QCOMPARE(report.json.value(QStringLiteral("builds")).toInt(), 163);
    }

    void partsRstPythonBuilds()
    {
        REQUIRE_SHARED();
        const LoadResult loaded = loadPath(sharedFile(QStringLiteral("parts.rst")));
        QVERIFY(!hasErrors(loaded.diagnostics));
        const SummaryReport report = buildSummary(loaded.chain, loaded.diagnostics, {});
        QCOMPARE(familyBuilds(report.json, QStringLiteral("python")), 11);
    }

    void shippedChains()
    {
        const LoadResult loaded = loadEmbeddedDefault();
        QCOMPARE(loaded.diagnostics, Diagnostics());
        SummaryOptions options;
        options.target = QStringLiteral("python-3.11.1");
        const SummaryReport plain = buildSummary(loaded.chain, loaded.diagnostics, options);
        QVERIFY(plain.problems.isEmpty());
        const QJsonObject target = plain.json.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("family_builds")).toObject().value(QStringLiteral("python")).toInt(), 11);
        const QJsonArray rustBefore = plain.json.value(QStringLiteral("requires")).toObject().value(QStringLiteral("rust")).toArray();
        QVERIFY(!rustBefore.contains(QStringLiteral("gcc-15.2.0")));

        options.scenario = QStringLiteral("cpython-requires-rust");
        const SummaryReport what = buildSummary(loaded.chain, loaded.diagnostics, options);
        QVERIFY2(what.problems.isEmpty(), qPrintable(what.problems.value(0).toString()));
        const QJsonObject scenario = what.json.value(QStringLiteral("scenario")).toObject();
        const QJsonArray newly = scenario.value(QStringLiteral("newly_requires")).toObject().value(QStringLiteral("rust")).toArray();
        QVERIFY(newly.contains(QStringLiteral("gcc-15.2.0")));
        QVERIFY(newly.contains(QStringLiteral("python-3.11.1")));
        // What the final GCC builds afterwards needs Rust too (toolchain edges).
        QVERIFY(newly.contains(QStringLiteral("libarchive-3.5.2")));
        // Rust's build needs Python, so the what-if closes a cycle.
        QVERIFY(!scenario.value(QStringLiteral("new_cycles")).toArray().isEmpty());
        const QJsonArray reach = scenario.value(QStringLiteral("reach")).toArray();
        QVERIFY(!reach.isEmpty());
        const QJsonObject first = reach.first().toObject();
        QVERIFY(first.value(QStringLiteral("builds_to_reach_after")).toInt()
                > first.value(QStringLiteral("builds_to_reach_before")).toInt());
        // The fields: counts of edges, arrays of ids, and with --target the builds before it.
        QCOMPARE(scenario.value(QStringLiteral("name")).toString(), QStringLiteral("cpython-requires-rust"));
        QCOMPARE(scenario.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(scenario.value(QStringLiteral("removed")).toInt(), 0);
        QVERIFY(newly.contains(QStringLiteral("meson")));
        QCOMPARE(newly.size(), 21);
        QVERIFY(scenario.value(QStringLiteral("no_longer_requires")).toObject().value(QStringLiteral("rust")).toArray().isEmpty());
        const QJsonArray cycle = scenario.value(QStringLiteral("new_cycles")).toArray().first().toArray();
        QVERIFY(cycle.contains(QStringLiteral("python-3.11.1")));
        QVERIFY(cycle.contains(QStringLiteral("rust-1.98.0")));
        const QJsonObject before = scenario.value(QStringLiteral("builds_before")).toObject();
        QCOMPARE(before.value(QStringLiteral("without")).toInt(), target.value(QStringLiteral("builds_before")).toInt());
        QVERIFY(before.value(QStringLiteral("with")).toInt() > before.value(QStringLiteral("without")).toInt());
        // "newly requires" is exactly the difference of the two analyses.
        QSet<QString> difference;
        const QJsonArray rustAfter = what.json.value(QStringLiteral("requires")).toObject().value(QStringLiteral("rust")).toArray();
        for (const QJsonValue &v : rustAfter) {
            if (!rustBefore.contains(v))
                difference.insert(v.toString());
        }
        QSet<QString> listed;
        for (const QJsonValue &v : newly)
            listed.insert(v.toString());
        QCOMPARE(listed, difference);
    }

    void collapseNeverOverstates_data()
    {
        QTest::addColumn<QString>("input"); // "" for the shipped chains
        QTest::addRow("shipped chains") << QString();
        QTest::addRow("manifest") << QStringLiteral("manifest");
        QTest::addRow("parts.rst") << QStringLiteral("parts.rst");
        QTest::addRow("checkout") << QStringLiteral("checkout-2025-12");
    }
    void collapseNeverOverstates()
    {
        QFETCH(QString, input);
        if (!input.isEmpty())
            REQUIRE_SHARED();
        const LoadResult loaded = input.isEmpty() ? loadEmbeddedDefault() : loadPath(sharedFile(input));
        QVERIFY(!hasErrors(loaded.diagnostics));
        SummaryOptions options;
        const QJsonObject plain = buildSummary(loaded.chain, loaded.diagnostics, options).json;
        options.collapse = true;
        const QJsonObject collapsed = buildSummary(loaded.chain, loaded.diagnostics, options).json;
        QSet<QString> members; // ids folded into a series
        for (const QJsonValue &series : collapsed.value(QStringLiteral("collapsed")).toObject().value(QStringLiteral("series")).toArray())
            for (const QJsonValue &m : series.toObject().value(QStringLiteral("members")).toArray())
                members.insert(m.toString());
        QVERIFY(!members.isEmpty());
        for (const QString &family : {QStringLiteral("python"), QStringLiteral("rust")}) {
            QSet<QString> before, after;
            for (const QJsonValue &v : plain.value(QStringLiteral("requires")).toObject().value(family).toArray())
                if (!members.contains(v.toString()))
                    before.insert(v.toString());
            for (const QJsonValue &v : collapsed.value(QStringLiteral("requires")).toObject().value(family).toArray())
                if (loaded.chain.indexOf(v.toString()) >= 0)
                    after.insert(v.toString());
            QCOMPARE(after, before);
        }
        const QJsonArray python = collapsed.value(QStringLiteral("requires")).toObject().value(QStringLiteral("python")).toArray();
        QVERIFY(!python.contains(QStringLiteral("bash-5.2.15")));
        // The counts are the real chain's.
        QCOMPARE(collapsed.value(QStringLiteral("steps")), plain.value(QStringLiteral("steps")));
    }

    void unknownTargetSuggests()
    {
        REQUIRE_SHARED();
        const LoadResult loaded = loadPath(sharedFile(QStringLiteral("manifest")));
        SummaryOptions options;
        options.target = QStringLiteral("python-3.11");
        const SummaryReport report = buildSummary(loaded.chain, loaded.diagnostics, options);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.front().message.contains(QLatin1String("python-3.11.1")),
                 qPrintable(report.problems.front().message));
        QVERIFY(!report.json.contains(QStringLiteral("target")));
    }

    // --requires NAME with a name that is no family but a step (a Debian package such as python3,
    // whose family is python): the steps that transitively require that step, not "0".
    void requiresAStep()
    {
        const LoadResult loaded = loadDot("digraph { app -> lib -> python3; lib -> libc; tool -> \"python3.11\"; other; }",
                                          QStringLiteral("t.dot"));
        SummaryOptions options;
        options.requiresFamilies = {QStringLiteral("python3"), QStringLiteral("nosuch")};
        options.why = true;
        const SummaryReport report = buildSummary(loaded.chain, loaded.diagnostics, options);
        const QJsonObject requiring = report.json.value(QStringLiteral("requires")).toObject();
        QCOMPARE(requiring.value(QStringLiteral("python3")).toArray(),
                 (QJsonArray{QStringLiteral("app"), QStringLiteral("lib")}));
        // The family python has python3 and python3.11: tool requires it, but not python3.
        QCOMPARE(requiring.value(QStringLiteral("python")).toArray().size(), 3);
        const QString text = report.text;
        QVERIFY2(text.contains(QLatin1String("2 steps require the step python3")), qPrintable(text));
        QVERIFY2(text.contains(u"app: app \u2192 lib"), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("no step is of the family nosuch, and no step is called nosuch")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"

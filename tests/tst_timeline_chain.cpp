// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The timeline on a whole chain: the chain at a date (chainAtDate), the CPython-with-Rust builds and
// hours under the scenario, and the [[timeline.event]] part of the chain file format.
#include "analysis/graphindex.h"
#include "analysis/metrics.h"
#include "analysis/scenarioapply.h"
#include "chainfile/chainfileloader.h"
#include "timeline/cpythonseries.h"
#include "timeline/datedchain.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Seedline;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

LoadResult loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadResult{{}, {Diagnostic{path, 0, 0, Severity::Error, QStringLiteral("cannot open")}}};
    return loadChainFile(file.readAll(), path);
}

TimelineOptions options(const QString &policy, double horizon = 0)
{
    TimelineOptions o;
    o.policy = *TimelinePolicy::parse(policy, nullptr);
    o.projection.horizonYears = horizon;
    return o;
}

const Requirement *edge(const Chain &chain, const QString &from, const QString &to)
{
    const int f = chain.indexOf(from), t = chain.indexOf(to);
    for (const Requirement &r : chain.requirements) {
        if (r.from == f && r.to == t && f >= 0)
            return &r;
    }
    return nullptr;
}

QStringList rustIds(const Chain &chain)
{
    QStringList ids;
    for (const Step &st : chain.steps) {
        if (st.isBuild() && st.hasFamily(s("rust")))
            ids << st.id;
    }
    return ids;
}

const char *const kInline = SEEDLINE_FIXTURES_DIR "/timeline/inline.chain.toml";

} // namespace

class TestTimelineChain : public QObject
{
    Q_OBJECT

private:
    Chain m_chain;

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = loadFile(QStringLiteral(":/chains/seedline.chain.toml"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        m_chain = r.chain;
    }

    void chainInTheMrustc011Era()
    {
        const TimelineSeries series = computeTimeline(m_chain.timeline, options(s("released")));
        const TimelineRow &row = series.rows[series.rowAt(QDate(2025, 11, 10))];
        const Chain c = chainAtDate(m_chain, row);
        QStringList expected;
        for (const QString &v : row.versions())
            expected << s("rust-") + v;
        QCOMPARE(rustIds(c), expected);
        QCOMPARE(expected.size(), 18);
        QCOMPARE(expected.front(), s("rust-1.74.0"));
        QCOMPARE(expected.back(), s("rust-1.91.1"));
        QVERIFY(c.find(s("mrustc-0.11.0")));
        QVERIFY(!c.find(s("mrustc-0.12.0")));
        QVERIFY(!c.find(s("rust-1.92.0")));
        QVERIFY(!c.find(s("rust-1.91.0"))); // replaced by its point release
        QCOMPARE(c.find(s("mrustc-0.11.0"))->facts->released, QDate(2024, 12, 14));
        QCOMPARE(c.find(s("mrustc-0.11.0"))->details->attributes.value(s("timeline")), s("dated"));
        QCOMPARE(c.find(s("rust-1.80.1"))->facts->released, QDate(2024, 8, 8));
        // The series edges of the date, and the template's other requirements on the copies.
        QVERIFY(edge(c, s("rust-1.74.0"), s("mrustc-0.11.0")));
        QVERIFY(edge(c, s("rust-1.75.0"), s("rust-1.74.0")));
        QVERIFY(edge(c, s("rust-1.90.0"), s("rust-1.89.0")));
        QVERIFY(!edge(c, s("rust-1.90.0"), s("mrustc-0.11.0")));
        QVERIFY(edge(c, s("rust-1.91.1"), s("rust-1.90.0")));
        QCOMPARE(edge(c, s("rust-1.80.1"), s("python-3.11.1"))->kind, RequirementKind::Declared);
        QCOMPARE(edge(c, s("mrustc-0.11.0"), s("gcc-15.2.0"))->kind, RequirementKind::Toolchain);
        // Requirements on a rustc that did not exist yet go to the newest of the date.
        QVERIFY(edge(c, s("firefox-54"), s("rust-1.91.1")));
        // rust-1.90.0's build hours were measured with mrustc, not with rustc 1.89.0.
        QVERIFY(!c.find(s("rust-1.90.0"))->facts->buildHours);
        QVERIFY(m_chain.find(s("rust-1.90.0"))->facts->buildHours);
        // Every requirement is in range and there are no duplicates.
        QSet<QString> seen;
        for (const Requirement &r : c.requirements) {
            QVERIFY(r.from >= 0 && r.from < c.steps.size() && r.to >= 0 && r.to < c.steps.size());
            const QString key = QStringLiteral("%1>%2:%3").arg(r.from).arg(r.to).arg(int(r.kind));
            QVERIFY(!seen.contains(key));
            seen.insert(key);
        }
    }

    void chainInTheMrustc012Era()
    {
        const TimelineSeries series = computeTimeline(m_chain.timeline, options(s("observed")));
        const TimelineRow &row = series.rows[series.rowAt(QDate(2026, 7, 16))];
        const Chain c = chainAtDate(m_chain, row);
        QCOMPARE(rustIds(c).size(), 8);
        QVERIFY(!c.find(s("rust-1.98.0")));
        // The loaded steps are kept as they are, with their evidence and facts.
        const Requirement *first = edge(c, s("rust-1.90.0"), s("mrustc-0.12.0"));
        QVERIFY(first);
        QVERIFY(first->evidence.text().contains(s("mrustc v0.12.0 builds rustc 1.90.0")));
        QCOMPARE(c.find(s("rust-1.90.0"))->facts->buildHours, std::optional<double>(0.8722));
        QVERIFY(!c.find(s("rust-1.90.0"))->details->attributes.contains(s("timeline")));
        QVERIFY(edge(c, s("firefox-54"), s("rust-1.97.1")));
    }

    // At the end of the data the dated chain is the loaded chain.
    void chainAtTheEndOfTheData()
    {
        const TimelineSeries series = computeTimeline(m_chain.timeline, options(s("released")));
        const TimelineRow &row = series.rows.back();
        QCOMPARE(row.date, QDate(2026, 8, 20));
        const Chain c = chainAtDate(m_chain, row);
        QStringList a, b;
        for (const Step &st : c.steps)
            a << st.id;
        for (const Step &st : m_chain.steps)
            b << st.id;
        QCOMPARE(a, b);
        QCOMPARE(c.requirements.size(), m_chain.requirements.size());
        for (const Requirement &r : m_chain.requirements)
            QVERIFY(edge(c, m_chain.steps[r.from].id, m_chain.steps[r.to].id));
    }

    void projectedChain()
    {
        TimelineOptions o;
        const TimelineSeries series = computeTimeline(m_chain.timeline, o);
        const TimelineRow &row = series.rows[series.rowAt(QDate(2028, 1, 6))];
        const Chain c = chainAtDate(m_chain, row);
        const Step *tool = c.find(s("mrustc-projected-2028-01-06"));
        QVERIFY(tool);
        QCOMPARE(tool->details->attributes.value(s("timeline")), s("projected"));
        QCOMPARE(c.find(s("rust-1.110.0"))->details->attributes.value(s("timeline")), s("projected"));
        QCOMPARE(c.find(s("rust-1.102.0"))->facts->released, QDate(2027, 2, 4));
        QVERIFY(edge(c, s("rust-1.102.0"), s("mrustc-projected-2028-01-06")));
        QCOMPARE(rustIds(c).size(), 9);
    }

    // The CPython-with-Rust curve moves with the rustc curve: the difference is the same at every
    // date, under both policies, projected or not.
    void cpythonMovesTogether_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<double>("horizon");
        QTest::addRow("released") << s("released") << 0.0;
        QTest::addRow("observed, projected") << s("observed") << 5.0;
        QTest::addRow("stagex") << s("observed:stagex") << 0.0;
    }
    void cpythonMovesTogether()
    {
        QFETCH(QString, policy);
        QFETCH(double, horizon);
        const TimelineSeries series = computeTimeline(m_chain, options(policy, horizon));
        QVERIFY(series.cpythonComputed);
        QVERIFY(!series.rows.isEmpty());
        const CpythonFigures &first = series.rows.front().cpython;
        QCOMPARE(first.target, s("python-3.11.1"));
        const int offset = first.buildsWithRust - first.buildsWithoutRust - series.rows.front().rustcBuilds();
        QVERIFY(offset >= 1); // mrustc at least
        for (const TimelineRow &row : series.rows) {
            QVERIFY(row.cpython.available);
            QCOMPARE(row.cpython.buildsWithoutRust, first.buildsWithoutRust);
            QCOMPARE(row.cpython.buildsWithRust - row.cpython.buildsWithoutRust - row.rustcBuilds(), offset);
            QVERIFY(!row.cpython.hoursRatio()); // live-bootstrap has no build hours
        }
    }

    // Independently of the dating: at the end of the data, the figures are the analysis of the
    // loaded chain with the scenario applied.
    void cpythonAtTheEndOfTheData()
    {
        const TimelineSeries series = computeTimeline(m_chain, options(s("released")));
        const CpythonFigures &last = series.rows.back().cpython;
        const Scenario *scenario = nullptr;
        for (const Scenario &sc : m_chain.scenarios)
            scenario = sc.name == QLatin1String("cpython-requires-rust") ? &sc : scenario;
        QVERIFY(scenario);
        const Chain with = applyScenario(m_chain, *scenario);
        const int target = with.indexOf(s("python-3.11.1"));
        QCOMPARE(last.buildsWithRust, buildsToReach(with, GraphIndex::build(with, defaultFollowedKinds()), target));
        QCOMPARE(last.buildsWithoutRust,
                 buildsToReach(m_chain, GraphIndex::build(m_chain, defaultFollowedKinds()), m_chain.indexOf(s("python-3.11.1"))));
        QVERIFY(last.buildsWithRust > last.buildsWithoutRust + 9);
    }

    void cpythonHours()
    {
        const TimelineSeries series = computeTimeline(m_chain, options(s("observed")));
        // mrustc v0.12.0 (41 s) and mrustc -> rustc 1.90.0 (52 min 20 s) are the only figures.
        const CpythonFigures &now = series.rows[series.rowAt(QDate(2026, 7, 16))].cpython;
        QCOMPARE(now.hoursWithRust, 0.0114 + 0.8722);
        QCOMPARE(now.hoursWithoutRust, 0.0);
        QVERIFY(!now.missingHoursWithRust.contains(s("rust-1.90.0")));
        QVERIFY(now.missingHoursWithRust.contains(s("rust-1.91.1")));
        QVERIFY(now.missingHoursWithRust.contains(s("python-3.11.1")));
        QCOMPARE(now.missingHoursWithRust.size(), now.buildsWithRust - 2);
        QCOMPARE(now.missingHoursWithoutRust.size(), now.buildsWithoutRust);
        const CpythonFigures &before = series.rows[series.rowAt(QDate(2025, 11, 10))].cpython;
        QCOMPARE(before.hoursWithRust, 0.0);
        QVERIFY(before.missingHoursWithRust.contains(s("rust-1.90.0")));
        QVERIFY(before.missingHoursWithRust.contains(s("mrustc-0.11.0")));
        bool noted = false;
        for (const Diagnostic &d : series.problems)
            noted = noted || (d.severity == Severity::Info && d.message.contains(s("cannot be computed")));
        QVERIFY2(noted, qPrintable(dump(series.problems)));
    }

    // fixtures/timeline/hours.chain.toml: 3 h without Rust; 7 h, then 11 h with it.
    void hoursRatio_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("with");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("ratio");
        QTest::addRow("rust 1.0.0") << QDate(2020, 1, 10) << 4 << 7.0 << 7.0 / 3;
        QTest::addRow("rust 1.1.0") << QDate(2020, 2, 12) << 5 << 11.0 << 11.0 / 3;
    }
    void hoursRatio()
    {
        QFETCH(QDate, date);
        QFETCH(int, with);
        QFETCH(double, hours);
        QFETCH(double, ratio);
        const LoadResult r = loadFile(QStringLiteral(SEEDLINE_FIXTURES_DIR "/timeline/hours.chain.toml"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        const TimelineSeries series = computeTimeline(r.chain, options(s("released")));
        QCOMPARE(series.rows.size(), 2);
        const CpythonFigures &c = series.rows[series.rowAt(date)].cpython;
        QVERIFY(c.available);
        QCOMPARE(c.target, s("python-3.12.0"));
        QCOMPARE(c.buildsWithoutRust, 2);
        QCOMPARE(c.buildsWithRust, with);
        QCOMPARE(c.hoursWithoutRust, 3.0);
        QCOMPARE(c.hoursWithRust, hours);
        QVERIFY(c.missingHoursWithRust.isEmpty());
        QVERIFY(c.hoursRatio());
        QCOMPARE(*c.hoursRatio(), ratio);
        QCOMPARE(series.events.size(), 1);
    }

    void withoutTheScenario()
    {
        Chain c = m_chain;
        c.scenarios.clear();
        const TimelineSeries series = computeTimeline(c, options(s("released")));
        QVERIFY(!series.rows.isEmpty());
        QVERIFY(!series.cpythonComputed);
        QVERIFY(!series.rows.front().cpython.available);
        QVERIFY(!hasErrors(series.problems));
        QVERIFY(dump(series.problems).contains(s("no scenario `cpython-requires-rust`")));
        CpythonOptions other;
        other.target = s("python-9");
        QVERIFY(dump(computeTimeline(m_chain, options(s("released")), other).problems).contains(s("no step `python-9`")));
    }

    void events()
    {
        QStringList titles;
        for (const TimelineEvent &e : m_chain.timeline.events)
            titles << e.date.toString(Qt::ISODate) + u' ' + e.source;
        QVERIFY(titles.contains(s("2024-07-25 rust-lang/rust#127343")));
        QVERIFY(titles.contains(s("2025-09-08 fosslinux/live-bootstrap commit 69fdc27d (PR #535)")));
        QVERIFY(titles.contains(s("2026-02-17 thepowersgang/mrustc tag v0.12.0, README commit 8a5f24a0")));
        for (const TimelineEvent &e : m_chain.timeline.events) {
            QVERIFY(e.date.isValid());
            QVERIFY(!e.title.isEmpty());
            QVERIFY(!e.source.isEmpty());
        }
        const QByteArray toml = "[[timeline.event]]\ndate = 2024-07-25\ntitle = \"Rust 1.80.0\"\nsource = \"#127343\"\n"
                                "note = \"Box<_>\"\n\n[[timeline.event]]\ndate = \"2025-09-08\"\ntitle = \"GCC needs Python\"\n";
        const LoadResult r = loadChainFile(toml, s(kInline));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.chain.timeline.events,
                 (QVector<TimelineEvent>{{QDate(2024, 7, 25), s("Rust 1.80.0"), s("#127343"), s("Box<_>")},
                                         {QDate(2025, 9, 8), s("GCC needs Python"), QString(), QString()}}));
    }

    void eventDiagnostics_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("parts");
        const int error = int(Severity::Error), warning = int(Severity::Warning);
        QTest::addRow("unknown key") << QByteArray("[[timeline.event]]\ndate = 2024-07-25\ntitle = \"x\"\nsorce = \"y\"\n")
                                     << warning << 4 << 1
                                     << QStringList{s("unknown key `sorce` in [[timeline.event]], did you mean `source`?")};
        QTest::addRow("no date") << QByteArray("[[timeline.event]]\ntitle = \"x\"\n") << error << 1 << 1
                                 << QStringList{s("[[timeline.event]] needs the key `date` (a date)")};
        QTest::addRow("no title") << QByteArray("[[timeline.event]]\ndate = 2024-07-25\n") << error << 1 << 1
                                  << QStringList{s("[[timeline.event]] needs the key `title` (a string)")};
        QTest::addRow("bad date") << QByteArray("[[timeline.event]]\ndate = \"soon\"\ntitle = \"x\"\n") << error << 2 << 8
                                  << QStringList{s("`date` in [[timeline.event]] must be a date such as 2025-09-18, not \"soon\"")};
        QTest::addRow("title type") << QByteArray("[[timeline.event]]\ndate = 2024-07-25\ntitle = 3\n") << error << 3 << 9
                                    << QStringList{s("`title` in [[timeline.event]] must be a string, not an integer")};
        QTest::addRow("empty title") << QByteArray("[[timeline.event]]\ndate = 2024-07-25\ntitle = \"  \"\n") << error << 3 << 9
                                     << QStringList{s("the `title` of an event must not be empty")};
        QTest::addRow("source type") << QByteArray("[[timeline.event]]\ndate = 2024-07-25\ntitle = \"x\"\nsource = [\"a\"]\n")
                                     << error << 4 << 10 << QStringList{s("`source` in [[timeline.event]] must be a string, not an array")};
        QTest::addRow("duplicate") << QByteArray("[[timeline.event]]\ndate = 2024-07-25\ntitle = \"x\"\n\n"
                                                 "[[timeline.event]]\ndate = 2024-07-25\ntitle = \"x\"\n")
                                   << warning << 5 << 1
                                   << QStringList{s("duplicate event \"x\" on 2024-07-25 (first on line 1)")};
        QTest::addRow("events") << QByteArray("[timeline]\nevents = []\n[[timeline.event]]\ndate = 2024-07-25\ntitle = \"x\"\n")
                                << warning << 2 << 1
                                << QStringList{s("unknown key `events` in [timeline], did you mean `event`?")};
        QTest::addRow("not a table") << QByteArray("[timeline]\nevent = [1]\n") << error << 2 << 10
                                     << QStringList{s("`event` in [timeline] must hold tables, not an integer")};
        QTest::addRow("observed tool_version") << QByteArray("[[timeline.observed]]\nproject = \"p\"\ndate = 2020-01-01\n"
                                                             "family = \"rust\"\nfirst = \"1\"\nlast = \"2\"\nbuilds = 2\ntool_version = 9\n")
                                               << error << 8 << 16
                                               << QStringList{s("`tool_version` in [[timeline.observed]] must be a string")};
    }
    void eventDiagnostics()
    {
        QFETCH(QByteArray, toml);
        QFETCH(int, severity);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QStringList, parts);
        const LoadResult r = loadChainFile(toml, s(kInline));
        const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic &d) {
            return std::all_of(parts.begin(), parts.end(), [&](const QString &p) { return d.message.contains(p); });
        });
        QVERIFY2(it != r.diagnostics.end(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(int(it->severity), severity);
        QCOMPARE(it->line, line);
        QCOMPARE(it->column, column);
        QVERIFY(it->file.endsWith(s("inline.chain.toml")));
        int errors = 0;
        for (const Diagnostic &d : r.diagnostics)
            errors += d.severity == Severity::Error ? 1 : 0;
        QCOMPARE(errors, severity == int(Severity::Error) ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineChain)
#include "tst_timeline_chain.moc"

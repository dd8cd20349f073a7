// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The timeline (models/timeline): rustc builds from the bootstrap anchor to the newest release at
// every date, under both policies, in every mrustc era, with hand-computed figures; the point-release
// rule; the projection; the observed histories.
#include "chainfile/chainfileloader.h"
#include "core/version.h"
#include "timeline/timelineprojection.h"
#include "timeline/timelineseries.h"

#include <QFile>
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

TimelineOptions policyOptions(const QString &policy, double horizon = 0)
{
    TimelineOptions o;
    o.policy = *TimelinePolicy::parse(policy, nullptr);
    o.projection.horizonYears = horizon;
    return o;
}

// A made-up family for the projection: minor releases every 42 days, two anchors.
Timeline toyTimeline()
{
    Timeline t;
    t.releases = {Release{s("toy"), s("1.0.0"), QDate(2020, 1, 1), {}},
                  Release{s("toy"), s("1.1.0"), QDate(2020, 2, 12), {}},
                  Release{s("toy"), s("1.1.1"), QDate(2020, 2, 20), {}},
                  Release{s("toy"), s("1.2.0"), QDate(2020, 3, 25), {}}};
    t.anchors = {BootstrapAnchor{s("tool"), s("v1"), s("toy"), s("1.0.0"), QDate(2020, 1, 10), {}},
                 BootstrapAnchor{s("tool"), s("v2"), s("toy"), s("1.1.0"), QDate(2020, 3, 1), {}}};
    return t;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private:
    Timeline m_shipped;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(":/chains/seedline.chain.toml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const LoadResult r = loadChainFile(file.readAll(), file.fileName());
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        m_shipped = r.chain.timeline;
        QVERIFY(m_shipped.releases.size() >= 139);
    }

    // Hand-computed from rust-releases.tsv and the anchors: 1 + the minor releases after the anchor's.
    void eras_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("builds");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("newest");
        QTest::addColumn<QString>("anchor");
        const QString released = s("released");
        // mrustc 0.8 era (1.19.0): Guix's 2018 chain 1.19.0 -> 1.28.0 is 10 builds.
        QTest::addRow("released 0.8 first day") << released << QDate(2018, 8, 5) << 10 << s("1.19.0") << s("1.28.0") << s("mrustc v0.8.0");
        QTest::addRow("released 0.8 mid") << released << QDate(2019, 6, 1) << 17 << s("1.19.0") << s("1.35.0") << s("mrustc v0.8.0");
        // mrustc 0.9 era (1.29.0)
        QTest::addRow("released 0.9 first day") << released << QDate(2019, 11, 2) << 10 << s("1.29.0") << s("1.38.0") << s("mrustc v0.9");
        QTest::addRow("released 0.9 1.39") << released << QDate(2019, 11, 7) << 11 << s("1.29.0") << s("1.39.0") << s("mrustc v0.9");
        QTest::addRow("released 0.9 last day") << released << QDate(2022, 2, 25) << 31 << s("1.29.0") << s("1.59.0") << s("mrustc v0.9");
        // mrustc 0.10 era (1.54.0; its 1.39.0 target on the same day is older)
        QTest::addRow("released 0.10 first day") << released << QDate(2022, 2, 26) << 6 << s("1.54.0") << s("1.59.0") << s("mrustc v0.10");
        QTest::addRow("released 0.10 v0.10.1 changes nothing") << released << QDate(2023, 7, 16) << 18 << s("1.54.0") << s("1.71.0") << s("mrustc v0.10");
        QTest::addRow("released 0.10 last day") << released << QDate(2024, 12, 13) << 30 << s("1.54.0") << s("1.83.0") << s("mrustc v0.10");
        // mrustc 0.11 era (1.74.0)
        QTest::addRow("released 0.11 first day") << released << QDate(2024, 12, 14) << 10 << s("1.74.0") << s("1.83.0") << s("mrustc v0.11.0");
        QTest::addRow("released 0.11 before 1.91.1") << released << QDate(2025, 11, 9) << 18 << s("1.74.0") << s("1.91.0") << s("mrustc v0.11.0");
        QTest::addRow("released 0.11 1.91.1") << released << QDate(2025, 11, 10) << 18 << s("1.74.0") << s("1.91.1") << s("mrustc v0.11.0");
        QTest::addRow("released 0.11 last day") << released << QDate(2026, 2, 16) << 20 << s("1.74.0") << s("1.93.1") << s("mrustc v0.11.0");
        // mrustc 0.12 era (1.90.0)
        QTest::addRow("released 0.12 first day") << released << QDate(2026, 2, 17) << 4 << s("1.90.0") << s("1.93.1") << s("mrustc v0.12.0");
        QTest::addRow("released 0.12 1.97.1") << released << QDate(2026, 7, 16) << 8 << s("1.90.0") << s("1.97.1") << s("mrustc v0.12.0");
        QTest::addRow("released 0.12 end of data") << released << QDate(2026, 8, 20) << 9 << s("1.90.0") << s("1.98.0") << s("mrustc v0.12.0");

        // dtolnay/bootstrap adopted each mrustc later than its release (or the project started later).
        const QString dtolnay = s("observed");
        QTest::addRow("dtolnay start") << dtolnay << QDate(2020, 1, 18) << 12 << s("1.29.2") << s("1.40.0") << s("mrustc v0.9");
        QTest::addRow("dtolnay still 0.9 after v0.10") << dtolnay << QDate(2022, 2, 26) << 31 << s("1.29.2") << s("1.59.0") << s("mrustc v0.9");
        QTest::addRow("dtolnay peak") << dtolnay << QDate(2023, 10, 15) << 45 << s("1.29.2") << s("1.73.0") << s("mrustc v0.9");
        QTest::addRow("dtolnay 0.10.1") << dtolnay << QDate(2023, 10, 16) << 20 << s("1.54.0") << s("1.73.0") << s("mrustc v0.10.1");
        QTest::addRow("dtolnay 0.10.1 last") << dtolnay << QDate(2024, 12, 13) << 30 << s("1.54.0") << s("1.83.0") << s("mrustc v0.10.1");
        QTest::addRow("dtolnay 0.11") << dtolnay << QDate(2024, 12, 14) << 10 << s("1.74.0") << s("1.83.0") << s("mrustc v0.11.0");
        QTest::addRow("dtolnay 18") << dtolnay << QDate(2025, 11, 10) << 18 << s("1.74.0") << s("1.91.1") << s("mrustc v0.11.0");
        QTest::addRow("dtolnay after mrustc 0.12's release") << dtolnay << QDate(2026, 2, 20) << 20 << s("1.74.0") << s("1.93.1") << s("mrustc v0.11.0");
        QTest::addRow("dtolnay 4") << dtolnay << QDate(2026, 2, 21) << 4 << s("1.90.0") << s("1.93.1") << s("mrustc v0.12.0");
        QTest::addRow("dtolnay 8") << dtolnay << QDate(2026, 7, 16) << 8 << s("1.90.0") << s("1.97.1") << s("mrustc v0.12.0");
        // stagex: 1.88.0 on 2025-06-12 was ahead of the stable release (2025-06-26): 14, not its 15.
        QTest::addRow("stagex 1.54") << s("observed:stagex") << QDate(2024, 2, 13) << 23 << s("1.54.0") << s("1.76.0") << s("mrustc v0.10");
        QTest::addRow("stagex 1.74") << s("observed:stagex") << QDate(2025, 6, 12) << 14 << s("1.74.0") << s("1.87.0") << s("mrustc v0.11.2");
        QTest::addRow("stagex 1.90") << s("observed:stagex") << QDate(2026, 3, 6) << 5 << s("1.90.0") << s("1.94.0") << s("mrustc v0.12.0");
        QTest::addRow("guix stays on 1.54") << s("observed:guix") << QDate(2026, 1, 1) << 39 << s("1.54.0") << s("1.92.0") << s("mrustc v0.10.1");
    }
    void eras()
    {
        QFETCH(QString, policy);
        QFETCH(QDate, date);
        QFETCH(int, builds);
        QFETCH(QString, first);
        QFETCH(QString, newest);
        QFETCH(QString, anchor);
        const TimelineSeries series = computeTimeline(m_shipped, policyOptions(policy));
        QVERIFY2(!hasErrors(series.problems), qPrintable(dump(series.problems)));
        const int i = series.rowAt(date);
        QVERIFY(i >= 0);
        const TimelineRow &row = series.rows[i];
        QCOMPARE(row.rustcBuilds(), builds);
        QCOMPARE(row.anchorVersion(), first);
        QCOMPARE(row.newestVersion(), newest);
        QCOMPARE(row.anchor.label(), anchor);
        QVERIFY(!row.projected);
        // Each member after the first is the newest release of the next minor version.
        for (int k = 1; k < row.members.size(); ++k) {
            QVERIFY(compareVersions(minorVersion(row.members[k].version), minorVersion(row.members[k - 1].version)) > 0);
            QVERIFY(row.members[k].released <= date);
        }
    }

    void beforeTheFirstAnchor()
    {
        const TimelineSeries released = computeTimeline(m_shipped, policyOptions(s("released")));
        QCOMPARE(released.rows.front().date, QDate(2018, 8, 5));
        QCOMPARE(released.rowAt(QDate(2018, 8, 4)), -1);
        const TimelineSeries observed = computeTimeline(m_shipped, policyOptions(s("observed")));
        QCOMPARE(observed.rows.front().date, QDate(2020, 1, 18));
        QCOMPARE(observed.rowAt(QDate(2020, 1, 17)), -1);
    }

    // Wherever a project was on the newest stable and skipped no version, the observed policy gives
    // exactly its observed number of builds.
    void observedHistoriesMatch()
    {
        int checked = 0;
        QStringList dtolnay;
        for (const ObservedChain &o : std::as_const(m_shipped.observed)) {
            const TimelineSeries series = computeTimeline(m_shipped, policyOptions(s("observed:") + o.project));
            const int i = series.rowAt(o.date);
            QVERIFY(i >= 0);
            const TimelineRow &row = series.rows[i];
            // Independently of the model: the newest release by then, and the minors first..last.
            QString newest;
            for (const Release &r : std::as_const(m_shipped.releases)) {
                if (r.family == o.family && r.date <= o.date && (newest.isEmpty() || compareVersions(r.version, newest) > 0))
                    newest = r.version;
            }
            const int span = o.last.section(u'.', 1, 1).toInt() - o.first.section(u'.', 1, 1).toInt() + 1;
            if (newest != o.last || o.builds != span) {
                qInfo("%s on %s: not comparable (last %s, newest stable %s; %d builds for %d minor versions)",
                      qPrintable(o.project), qPrintable(o.date.toString(Qt::ISODate)), qPrintable(o.last),
                      qPrintable(newest), o.builds, span);
                continue;
            }
            QCOMPARE(row.rustcBuilds(), o.builds);
            QCOMPARE(minorVersion(row.anchorVersion()), minorVersion(o.first));
            ++checked;
            if (o.project == QLatin1String("dtolnay/bootstrap"))
                dtolnay << QStringLiteral("%1=%2").arg(o.date.toString(Qt::ISODate)).arg(o.builds);
        }
        QVERIFY2(dtolnay.contains(s("2025-11-10=18")), qPrintable(dtolnay.join(u' ')));
        QVERIFY(dtolnay.contains(s("2026-02-21=4")));
        QVERIFY(dtolnay.contains(s("2026-07-16=8")));
        QVERIFY(dtolnay.contains(s("2023-10-05=45")));
        QCOMPARE(checked, 14); // of 17: 1.53 skipped (2021-12-22); stagex (2025-06-12) and guix ahead of stable
    }

    void onePerChange()
    {
        for (const QString &policy : {s("released"), s("observed")}) {
            const TimelineSeries series = computeTimeline(m_shipped, policyOptions(policy, 5));
            QVERIFY(series.rows.size() > 50);
            for (int i = 1; i < series.rows.size(); ++i) {
                const TimelineRow &a = series.rows[i - 1], &b = series.rows[i];
                QVERIFY(a.date < b.date);
                QVERIFY2(!a.sameChainAs(b), qPrintable(b.date.toString(Qt::ISODate)));
                QVERIFY(!b.changes.isEmpty());
                // +1 at a new minor release, 0 at a point release, a drop only when the anchor changes.
                if (a.anchor.sameAs(b.anchor))
                    QVERIFY(b.rustcBuilds() - a.rustcBuilds() == 0 || b.rustcBuilds() - a.rustcBuilds() == 1);
                else
                    QVERIFY(b.rustcBuilds() < a.rustcBuilds());
            }
            // Every release date after the first row is a row (each one changes the chain).
            for (const Release &r : std::as_const(m_shipped.releases)) {
                if (r.date <= series.rows.front().date)
                    continue;
                const int i = series.rowAt(r.date);
                QCOMPARE(series.rows[i].date, r.date);
            }
        }
    }

    void pointReleaseRule()
    {
        Timeline t = toyTimeline();
        t.releases << Release{s("toy"), s("1.0.1"), QDate(2020, 1, 20), {}};
        TimelineOptions o;
        o.family = s("toy");
        o.projection.horizonYears = 0;
        const TimelineSeries series = computeTimeline(t, o);
        QVERIFY2(!hasErrors(series.problems), qPrintable(dump(series.problems)));
        // 1.0.1 is a point release of the anchor's own minor: the chain stays 1.0.0, no row.
        QCOMPARE(series.rows[series.rowAt(QDate(2020, 1, 20))].date, QDate(2020, 1, 10));
        QCOMPARE(series.rows[series.rowAt(QDate(2020, 2, 12))].versions(), (QStringList{s("1.0.0"), s("1.1.0")}));
        // 1.1.1 replaces 1.1.0 rather than adding a link.
        const TimelineRow &point = series.rows[series.rowAt(QDate(2020, 2, 20))];
        QCOMPARE(point.date, QDate(2020, 2, 20));
        QCOMPARE(point.versions(), (QStringList{s("1.0.0"), s("1.1.1")}));
        QCOMPARE(point.changes, QStringList{s("toy 1.1.1 released")});
        // v2 builds 1.1.0 itself, so 1.1.1 drops out of the chain.
        QCOMPARE(series.rows[series.rowAt(QDate(2020, 3, 1))].versions(), (QStringList{s("1.1.0")}));
        QCOMPARE(series.rows[series.rowAt(QDate(2020, 3, 25))].versions(), (QStringList{s("1.1.0"), s("1.2.0")}));
    }

    // toy: interval 2020-01-10 -> 2020-03-01 = 51 days; lags 9 and 18 days, mean 13.5 -> 14 days.
    void projection_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<bool>("projectedAnchor");
        QTest::addRow("never: data end") << s("never") << QDate(2020, 3, 25) << QStringList{s("1.1.0"), s("1.2.0")} << false;
        QTest::addRow("never: +42 days") << s("never") << QDate(2020, 5, 6) << QStringList{s("1.1.0"), s("1.2.0"), s("1.3.0")} << false;
        QTest::addRow("never: last release") << s("never") << QDate(2021, 3, 25)
                                             << QStringList{s("1.1.0"), s("1.2.0"), s("1.3.0"), s("1.4.0"), s("1.5.0"), s("1.6.0"),
                                                            s("1.7.0"), s("1.8.0"), s("1.9.0"), s("1.10.0")}
                                             << false;
        // 2020-03-01 + 51 = 2020-04-21, building the newest minor released by 04-07: 1.2.0.
        QTest::addRow("average: first advance") << s("average") << QDate(2020, 4, 21) << QStringList{s("1.2.0")} << true;
        QTest::addRow("average: next release") << s("average") << QDate(2020, 5, 6) << QStringList{s("1.2.0"), s("1.3.0")} << true;
        // + 102 = 2020-06-11, cutoff 05-28: 1.3.0.
        QTest::addRow("average: second advance") << s("average") << QDate(2020, 6, 11) << QStringList{s("1.3.0")} << true;
        // Every month: 2020-04-01 (cutoff 03-18: 1.1, not newer: skipped), 2020-05-01 (cutoff 04-17: 1.2.0).
        QTest::addRow("every 1: skipped") << s("1") << QDate(2020, 4, 30) << QStringList{s("1.1.0"), s("1.2.0")} << false;
        QTest::addRow("every 1: advance") << s("1") << QDate(2020, 5, 1) << QStringList{s("1.2.0")} << true;
        QTest::addRow("every 1: 06-01") << s("1") << QDate(2020, 6, 1) << QStringList{s("1.3.0")} << true;
    }
    void projection()
    {
        QFETCH(QString, tool);
        QFETCH(QDate, date);
        QFETCH(QStringList, versions);
        QFETCH(bool, projectedAnchor);
        TimelineOptions o;
        o.family = s("toy");
        o.projection.horizonYears = 1;
        o.projection.tool = *ToolAssumption::parse(tool, nullptr);
        const TimelineSeries series = computeTimeline(toyTimeline(), o);
        QVERIFY2(!hasErrors(series.problems), qPrintable(dump(series.problems)));
        QCOMPARE(series.projection.dataEnd, QDate(2020, 3, 25));
        QCOMPARE(series.projection.end, QDate(2021, 3, 25));
        QCOMPARE(series.projection.averageIntervalDays, 51);
        QCOMPARE(series.projection.averageLagDays, 14);
        QCOMPARE(series.projection.projectedReleases.size(), 8); // 1.3.0 ... 1.10.0
        const TimelineRow &row = series.rows[series.rowAt(date)];
        QCOMPARE(row.versions(), versions);
        QCOMPARE(row.anchor.projected, projectedAnchor);
        QCOMPARE(row.projected, row.date > QDate(2020, 3, 25));
        for (const ChainMember &m : row.members)
            QCOMPARE(m.projected, m.released > QDate(2020, 3, 25));
        QCOMPARE(series.rows.back().date <= QDate(2021, 3, 25), true);
    }

    // The shipped data: mrustc advanced on 2018-08-05, 2019-11-02, 2022-02-26, 2024-12-14 and
    // 2026-02-17 (2753 days, 4 intervals: 688.25), 381, 415, 212, 394 and 152 days after its targets'
    // releases (mean 310.8). 2026-02-17 + 688 = 2028-01-06, building the newest rustc of 2027-03-01.
    void shippedProjection()
    {
        TimelineOptions o;
        const TimelineSeries series = computeTimeline(m_shipped, o);
        QCOMPARE(series.projection.dataEnd, QDate(2026, 8, 20));
        QCOMPARE(series.projection.end, QDate(2031, 8, 20));
        QCOMPARE(series.projection.averageIntervalDays, 688);
        QCOMPARE(series.projection.averageLagDays, 311);
        const TimelineRow &before = series.rows[series.rowAt(QDate(2028, 1, 5))];
        QCOMPARE(before.anchorVersion(), s("1.90.0"));
        QCOMPARE(before.newestVersion(), s("1.109.0")); // 1.98.0 + 11 x 42 days = 2027-11-25
        QCOMPARE(before.rustcBuilds(), 20);
        QVERIFY(before.projected);
        const TimelineRow &after = series.rows[series.rowAt(QDate(2028, 1, 6))];
        QCOMPARE(after.date, QDate(2028, 1, 6));
        QVERIFY(after.anchor.projected);
        QCOMPARE(after.anchorVersion(), s("1.102.0"));
        QCOMPARE(after.newestVersion(), s("1.110.0"));
        QCOMPARE(after.rustcBuilds(), 9);
        QVERIFY(after.describe().contains(s("(projected)")));
        // Never: +1 every 42 days to 2031-08-20: 1.98.0 + 43 releases.
        o.projection.tool = ToolAssumption{ToolAssumption::Mode::Never, 0};
        const TimelineSeries never = computeTimeline(m_shipped, o);
        QCOMPARE(never.rows.back().newestVersion(), s("1.141.0"));
        QCOMPARE(never.rows.back().rustcBuilds(), 52);
        QVERIFY(never.projection.projectedAnchors.isEmpty());
    }

    void range()
    {
        TimelineOptions o = policyOptions(s("released"));
        o.from = QDate(2025, 1, 1);
        o.to = QDate(2025, 12, 31);
        const TimelineSeries series = computeTimeline(m_shipped, o);
        QCOMPARE(series.rows.front().date, QDate(2025, 1, 1));
        QCOMPARE(series.rows.front().rustcBuilds(), 10);
        QVERIFY(series.rows.front().changes.contains(s("start of the range")));
        QCOMPARE(series.rows.back().date, QDate(2025, 12, 31));
        QCOMPARE(series.rows.back().rustcBuilds(), 19); // 1.92.0 on 2025-12-11
        QCOMPARE(series.rows.back().changes, QStringList{s("end of the range")});
        for (const TimelineEvent &e : series.events)
            QVERIFY(e.date >= o.from && e.date <= o.to);
        QVERIFY(!series.events.isEmpty());
        // A range before the data has no rows; a reversed one is an error.
        o.from = QDate(2010, 1, 1);
        o.to = QDate(2011, 1, 1);
        QVERIFY(computeTimeline(m_shipped, o).rows.isEmpty());
        o.from = QDate(2012, 1, 1);
        QVERIFY(hasErrors(computeTimeline(m_shipped, o).problems));
    }

    void problems()
    {
        const TimelineSeries unknown = computeTimeline(m_shipped, policyOptions(s("observed:stagx")));
        QVERIFY(hasErrors(unknown.problems));
        QVERIFY2(unknown.problems.front().message.contains(s("did you mean `stagex`?")), qPrintable(dump(unknown.problems)));
        TimelineOptions o;
        o.family = s("python");
        QVERIFY(computeTimeline(m_shipped, o).problems.front().message.contains(s("no release of `python`")));
        Timeline noAnchors = m_shipped;
        noAnchors.anchors.clear();
        QVERIFY(computeTimeline(noAnchors, TimelineOptions{}).problems.front().message.contains(s("no bootstrap anchor")));
        QString error;
        QVERIFY(!TimelinePolicy::parse(s("observd"), &error));
        QVERIFY(error.contains(s("observed:PROJECT")));
        QVERIFY(!TimelinePolicy::parse(s("observed:"), &error));
        QCOMPARE(TimelinePolicy::parse(s("observed"), nullptr)->toString(), s("observed:dtolnay/bootstrap"));
        QVERIFY(!ToolAssumption::parse(s("0"), &error));
        QVERIFY(!ToolAssumption::parse(s("soon"), &error));
        QCOMPARE(ToolAssumption::parse(s("18"), nullptr)->months, 18);
    }

    void anchors()
    {
        const QVector<AnchorInForce> released = releasedAnchors(m_shipped, s("rust"));
        QStringList builds;
        for (const AnchorInForce &a : released)
            builds << a.builds + u'@' + a.since.toString(Qt::ISODate);
        QCOMPARE(builds, (QStringList{s("1.19.0@2018-08-05"), s("1.29.0@2019-11-02"), s("1.54.0@2022-02-26"),
                                      s("1.74.0@2024-12-14"), s("1.90.0@2026-02-17")}));
        const QVector<AnchorInForce> dtolnay = observedAnchors(m_shipped, s("rust"), s("dtolnay/bootstrap"));
        QStringList adopted;
        for (const AnchorInForce &a : dtolnay)
            adopted << a.label() + u'@' + a.since.toString(Qt::ISODate) + u'/' + a.toolReleased.toString(Qt::ISODate);
        QCOMPARE(adopted, (QStringList{s("mrustc v0.9@2020-01-18/2019-11-02"), s("mrustc v0.10.1@2023-10-16/2023-07-16"),
                                       s("mrustc v0.11.0@2024-12-14/2024-12-14"), s("mrustc v0.12.0@2026-02-21/2026-02-17")}));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end: `seedline timeline` compared, date by date, with a computation of its own straight from
// the shared reference tables (../shared/reference/*.tsv), under both policies; its options, formats
// and exit codes. This file does not use models/timeline.
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTest>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run seedline(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEEDLINE_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString reference(const char *name)
{
    return QDir(QStringLiteral(SEEDLINE_SHARED_DIR "/reference")).filePath(QString::fromLatin1(name));
}

// Rows of a tab-separated file with a header, as column name -> value.
QVector<QMap<QString, QString>> readTsv(const QString &path)
{
    QVector<QMap<QString, QString>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    QStringList header;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = QString::fromUtf8(raw).split(u'\t');
        if (header.isEmpty()) {
            header = cells;
            continue;
        }
        QMap<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header[i].trimmed(), cells.value(i).trimmed());
        rows << row;
    }
    return rows;
}

// "1.91.1" -> {1, 91, 1}
QVector<int> parts(const QString &version)
{
    QVector<int> out;
    for (const QString &p : version.split(u'.'))
        out << p.toInt();
    while (out.size() < 3)
        out << 0;
    return out;
}

// The chain on a date computed here: the anchor's rustc, then for every later minor the newest of
// its releases dated by then.
struct State
{
    QString anchor;
    QStringList chain;
    bool defined = false;
    bool operator==(const State &) const = default;
};

struct Reference
{
    QVector<std::pair<QString, QDate>> releases;
    QVector<std::pair<QString, QDate>> targets;                 // mrustc-targets.tsv
    QMap<QString, QVector<std::pair<QString, QDate>>> history; // project -> (first_rustc, date)

    bool load()
    {
        for (const auto &r : readTsv(reference("rust-releases.tsv")))
            releases << std::pair{r.value(s("version")), QDate::fromString(r.value(s("date")), Qt::ISODate)};
        for (const auto &r : readTsv(reference("mrustc-targets.tsv")))
            targets << std::pair{r.value(s("rustc_version")), QDate::fromString(r.value(s("release_date")), Qt::ISODate)};
        for (const auto &r : readTsv(reference("rust-chain-history.tsv")))
            history[r.value(s("project"))] << std::pair{r.value(s("first_rustc")), QDate::fromString(r.value(s("date")), Qt::ISODate)};
        return releases.size() == 139 && targets.size() == 6 && !history.isEmpty();
    }

    State at(const QDate &date, const QString &project) const
    {
        State st;
        if (project.isEmpty()) {
            for (const auto &[version, d] : targets) {
                if (d <= date && (st.anchor.isEmpty() || parts(version) > parts(st.anchor)))
                    st.anchor = version;
            }
        } else {
            QDate latest;
            for (const auto &[first, d] : history.value(project)) {
                if (d <= date && (!latest.isValid() || d >= latest)) {
                    latest = d;
                    st.anchor = first;
                }
            }
        }
        if (st.anchor.isEmpty())
            return st;
        st.defined = true;
        const QVector<int> a = parts(st.anchor);
        QMap<int, QString> newestOfMinor;
        for (const auto &[version, d] : releases) {
            const QVector<int> v = parts(version);
            if (d > date || v[0] != a[0] || v[1] <= a[1])
                continue;
            if (!newestOfMinor.contains(v[1]) || v > parts(newestOfMinor.value(v[1])))
                newestOfMinor.insert(v[1], version);
        }
        st.chain = QStringList{st.anchor} + newestOfMinor.values();
        return st;
    }
};

struct CsvRow
{
    QDate date;
    QString newest, anchor;
    int builds = 0;
    bool projected = false;
    int cpythonWithRust = -1;
};

QVector<CsvRow> parseCsv(const QByteArray &bytes, QStringList *header)
{
    QVector<CsvRow> rows;
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    *header = QString::fromUtf8(lines.value(0)).split(u',');
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = QString::fromUtf8(lines[i]).split(u','); // the first 8 columns hold no commas
        CsvRow r;
        r.date = QDate::fromString(cells.value(0), Qt::ISODate);
        r.newest = cells.value(1);
        r.anchor = cells.value(2);
        r.builds = cells.value(3).toInt();
        r.projected = cells.value(4) == QLatin1String("true");
        bool ok = false;
        r.cpythonWithRust = cells.value(6).toInt(&ok);
        if (!ok)
            r.cpythonWithRust = -1;
        rows << r;
    }
    return rows;
}

} // namespace

class TestTimelineCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help()
    {
        const Run run = seedline({s("timeline"), s("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--policy", "--from", "--to", "--horizon", "--mrustc-every", "--csv", "--json"})
            QVERIFY2(run.out.contains(option), option);
        const Run main = seedline({s("--help")});
        QVERIFY(main.out.contains("seedline timeline"));
        const Run topic = seedline({s("help"), s("timeline")});
        QCOMPARE(topic.out, run.out);
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("policy") << QStringList{s("--policy"), s("newest")} << QByteArray("unknown policy 'newest'");
        QTest::addRow("project") << QStringList{s("--policy"), s("observed:stagx")} << QByteArray("did you mean `stagex`?");
        QTest::addRow("date") << QStringList{s("--from"), s("2025-13-01")} << QByteArray("--from expects a date");
        QTest::addRow("reversed") << QStringList{s("--from"), s("2026-01-01"), s("--to"), s("2025-01-01")}
                                  << QByteArray("is after --to");
        QTest::addRow("horizon") << QStringList{s("--horizon"), s("-1")} << QByteArray("--horizon expects");
        QTest::addRow("every") << QStringList{s("--mrustc-every"), s("0")} << QByteArray("--mrustc-every");
        QTest::addRow("both formats") << QStringList{s("--csv"), s("--json")} << QByteArray("exclude each other");
        QTest::addRow("unknown option") << QStringList{s("--polcy"), s("x")} << QByteArray("polcy");
        QTest::addRow("missing file") << QStringList{s("/nonexistent/x.chain.toml")} << QByteArray("x.chain.toml");
    }
    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = seedline(QStringList{s("timeline"), s("--csv")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    // The comparison the issue asks for, at every row and every week of the data.
    void matchesTheReferenceTables_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("project");
        QTest::addRow("released") << s("released") << QString();
        QTest::addRow("observed") << s("observed") << s("dtolnay/bootstrap");
        QTest::addRow("observed:stagex") << s("observed:stagex") << s("stagex");
        QTest::addRow("observed:guix") << s("observed:guix") << s("guix");
    }
    void matchesTheReferenceTables()
    {
        QFETCH(QString, policy);
        QFETCH(QString, project);
        Reference ref;
        if (!QFileInfo::exists(reference("rust-releases.tsv")) || !ref.load())
            QSKIP("../shared/reference/*.tsv is missing or incomplete");
        const Run run = seedline({s("timeline"), s("--csv"), s("--horizon"), s("0"), s("--policy"), policy});
        QCOMPARE(run.exitCode, 0);
        QStringList header;
        const QVector<CsvRow> rows = parseCsv(run.out, &header);
        QCOMPARE(header.mid(0, 4), (QStringList{s("date"), s("newest_rustc"), s("anchor_rustc"), s("rustc_builds")}));
        QVERIFY(rows.size() > 20);
        // Every row says what the tables say on its date.
        for (const CsvRow &r : rows) {
            const State st = ref.at(r.date, project);
            QVERIFY2(st.defined, qPrintable(r.date.toString(Qt::ISODate)));
            QCOMPARE(r.anchor, st.anchor);
            QCOMPARE(r.newest, st.chain.back());
            QCOMPARE(r.builds, int(st.chain.size()));
            QVERIFY(!r.projected);
        }
        // One row per change: the chain changes exactly on the rows' dates.
        const QDate first = rows.front().date, last = QDate(2026, 8, 20);
        QCOMPARE(rows.back().date <= last, true);
        QCOMPARE(ref.at(first.addDays(-1), project).defined, false);
        int row = 0;
        for (QDate d = first.addDays(1); d <= last; d = d.addDays(1)) {
            const bool changed = !(ref.at(d, project) == ref.at(d.addDays(-1), project));
            const bool isRow = row + 1 < rows.size() && rows[row + 1].date == d;
            QVERIFY2(changed == isRow, qPrintable(d.toString(Qt::ISODate)));
            if (isRow)
                ++row;
        }
        QCOMPARE(row, rows.size() - 1);
        // The CPython-with-Rust curve moves with it.
        for (const CsvRow &r : rows)
            QCOMPARE(r.cpythonWithRust - r.builds, rows.front().cpythonWithRust - rows.front().builds);
    }

    void projection()
    {
        const Run run = seedline({s("timeline"), s("--csv"), s("--mrustc-every"), s("never"), s("--from"), s("2026-01-01")});
        QCOMPARE(run.exitCode, 0);
        QStringList header;
        const QVector<CsvRow> rows = parseCsv(run.out, &header);
        QCOMPARE(rows.front().date, QDate(2026, 1, 1));
        QCOMPARE(rows.back().date, QDate(2031, 7, 31)); // 2026-08-20 + 43 x 42 days
        QCOMPARE(rows.back().newest, s("1.141.0"));
        QCOMPARE(rows.back().builds, 52);
        int projected = 0;
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].projected, rows[i].date > QDate(2026, 8, 20));
            if (rows[i].projected) {
                ++projected;
                QCOMPARE(rows[i - 1].date.daysTo(rows[i].date), 42);
                QCOMPARE(rows[i].builds, rows[i - 1].builds + 1);
            }
        }
        QCOMPARE(projected, 43);
        const Run every = seedline({s("timeline"), s("--csv"), s("--mrustc-every"), s("12"), s("--from"), s("2027-02-17"),
                                    s("--to"), s("2027-02-17")});
        QCOMPARE(every.exitCode, 0);
        const QVector<CsvRow> one = parseCsv(every.out, &header);
        QCOMPARE(one.size(), 1);
        // 2026-02-17 + 12 months, building the newest rustc released by 2026-04-12 (311 days before):
        // 1.94.0 (1.95.0 came on 2026-04-16); the newest is 1.102.0 (2026-08-20 + 4 x 42 days).
        QCOMPARE(one.front().anchor, s("1.94.0"));
        QCOMPARE(one.front().newest, s("1.102.0"));
        QCOMPARE(one.front().builds, 9);
    }

    void jsonAndText()
    {
        const Run json = seedline({s("timeline"), s("--json"), s("--policy"), s("observed"), s("--to"), s("2026-08-20")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(s("policy")).toString(), s("observed:dtolnay/bootstrap"));
        const QJsonArray rows = o.value(s("rows")).toArray();
        QJsonObject row18;
        for (const QJsonValue &v : rows) {
            if (v.toObject().value(s("date")).toString() == QLatin1String("2025-11-10"))
                row18 = v.toObject();
        }
        QCOMPARE(row18.value(s("rustc_builds")).toInt(), 18);
        QCOMPARE(row18.value(s("chain")).toArray().size(), 18);
        QCOMPARE(row18.value(s("anchor")).toObject().value(s("version")).toString(), s("v0.11.0"));
        QVERIFY(row18.value(s("cpython")).toObject().value(s("hours_ratio")).isNull());
        QStringList sources;
        for (const QJsonValue &v : o.value(s("events")).toArray())
            sources << v.toObject().value(s("source")).toString();
        QVERIFY(sources.contains(s("rust-lang/rust#127343")));
        QVERIFY(sources.contains(s("fosslinux/live-bootstrap commit 69fdc27d (PR #535)")));
        QVERIFY(o.value(s("missing_hours")).toArray().contains(s("python-3.11.1")));

        const Run text = seedline({s("timeline"), s("--horizon"), s("0")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("mrustc v0.11.0 → 1.74.0 → 1.75.0 → … → 1.91.1: 18 rustc builds"));
        QVERIFY(text.out.contains("cannot be computed") || text.out.contains("have none"));
    }

    void chainFileInput()
    {
        const Run run = seedline({s("timeline"), s("--csv"), s("--horizon"), s("0"),
                                  s(SEEDLINE_FIXTURES_DIR "/timeline/hours.chain.toml")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("date,newest_rustc,anchor_rustc,rustc_builds,projected,anchor,cpython_with_rust_builds,"
                                      "cpython_builds,hours,hours_without_rust,hours_ratio,hours_missing,change"));
        QCOMPARE(lines[1], QByteArray("2020-01-10,1.0.0,1.0.0,1,false,mrustc v1.0,4,2,7.000,3.000,2.333,0,"
                                      "mrustc v1.0 released: builds rustc 1.0.0"));
        QCOMPARE(lines[2], QByteArray("2020-02-12,1.1.0,1.0.0,2,false,mrustc v1.0,5,2,11.000,3.000,3.667,0,"
                                      "rust 1.1.0 released"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineCli)
#include "tst_timeline_cli.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// TimelineTableModel: the rows of a TimelineSeries for a table view and a chart (QVXYModelMapper reads
// DateMsecsColumn against RustcBuildsColumn), checked by QAbstractItemModelTester.
#include "chainfile/chainfileloader.h"
#include "itemmodels/timelinetablemodel.h"
#include "timeline/cpythonseries.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Seedline;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Chain load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return loadChainFile(file.readAll(), path).chain;
}

TimelineSeries shippedSeries(double horizon)
{
    TimelineOptions o;
    o.projection.horizonYears = horizon;
    return computeTimeline(load(QStringLiteral(":/chains/seedline.chain.toml")).timeline, o);
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tester()
    {
        TimelineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(TimelineTableModel::ColumnCount));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const TimelineSeries series = shippedSeries(5);
        model.setSeries(series);
        QCOMPARE(model.rowCount(), series.rows.size());
        model.setStepped(true);
        QCOMPARE(model.rowCount(), 2 * series.rows.size() - 1);
        model.setStepped(true); // no change, no reset
        model.setStepped(false);
        QCOMPARE(reset.count(), 3);
        model.setSeries(TimelineSeries{});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowForDate(QDate(2025, 1, 1)), -1);
    }

    void columnsAndRoles()
    {
        TimelineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries(shippedSeries(5));
        const int row = model.rowForDate(QDate(2025, 11, 10));
        QVERIFY(row >= 0);
        auto at = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(at(TimelineTableModel::DateColumn).toString(), s("2025-11-10"));
        QCOMPARE(at(TimelineTableModel::DateColumn, Qt::EditRole).toDate(), QDate(2025, 11, 10));
        QCOMPARE(at(TimelineTableModel::NewestColumn).toString(), s("1.91.1"));
        QCOMPARE(at(TimelineTableModel::AnchorVersionColumn).toString(), s("1.74.0"));
        QCOMPARE(at(TimelineTableModel::RustcBuildsColumn).toInt(), 18);
        QCOMPARE(at(TimelineTableModel::ProjectedColumn).toBool(), false);
        QCOMPARE(at(TimelineTableModel::AnchorColumn).toString(), s("mrustc v0.11.0"));
        QCOMPARE(at(TimelineTableModel::ChangeColumn).toString(), s("rust 1.91.1 released"));
        QVERIFY(!at(TimelineTableModel::CpythonWithRustColumn).isValid()); // computed from the timeline alone
        QCOMPARE(at(0, TimelineTableModel::DescriptionRole).toString(),
                 QString::fromUtf8("mrustc v0.11.0 → 1.74.0 → 1.75.0 → … → 1.91.1: 18 rustc builds"));
        QCOMPARE(at(0, Qt::ToolTipRole).toString(), at(0, TimelineTableModel::DescriptionRole).toString());
        const QStringList chain = at(0, TimelineTableModel::ChainRole).toStringList();
        QCOMPARE(chain.size(), 18);
        QCOMPARE(chain.front(), s("1.74.0"));
        QCOMPARE(chain.back(), s("1.91.1"));
        QCOMPARE(at(0, TimelineTableModel::DateRole).toDate(), QDate(2025, 11, 10));
        QCOMPARE(at(0, TimelineTableModel::RustcBuildsRole).toInt(), 18);
        QCOMPARE(at(0, TimelineTableModel::NewestRole).toString(), s("1.91.1"));
        QCOMPARE(at(0, TimelineTableModel::AnchorRole).toString(), s("mrustc v0.11.0"));
        QCOMPARE(at(0, TimelineTableModel::ChangesRole).toStringList(), QStringList{s("rust 1.91.1 released")});
        QCOMPARE(at(0, TimelineTableModel::SeriesRowRole).toInt(), model.series().rowAt(QDate(2025, 11, 10)));
        QCOMPARE(at(0, TimelineTableModel::CornerRole).toBool(), false);
        // What QVXYModelMapper reads: numbers in the display role.
        const qint64 msecs = QDate(2025, 11, 10).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(at(TimelineTableModel::DateMsecsColumn).toLongLong(), msecs);
        QCOMPARE(at(TimelineTableModel::DateMsecsColumn).toReal(), qreal(msecs));
        QCOMPARE(at(TimelineTableModel::RustcBuildsColumn).toReal(), 18.0);
        QCOMPARE(model.headerData(TimelineTableModel::RustcBuildsColumn, Qt::Horizontal).toString(), s("rustc builds"));
        // The projection is marked.
        const int projected = model.rowForDate(QDate(2028, 1, 6));
        QVERIFY(model.index(projected, TimelineTableModel::ProjectedColumn).data().toBool());
        QCOMPARE(model.index(projected, 0).data(TimelineTableModel::ProjectedRole).toBool(), true);
        QVERIFY(model.roleNames().contains(TimelineTableModel::DateMsecsRole));
        // 1.99.0 on 2026-10-01 is the first projected release.
        const int firstProjected = model.firstProjectedRow();
        QCOMPARE(model.index(firstProjected, TimelineTableModel::DateColumn).data().toString(), s("2026-10-01"));
        QVERIFY(!model.index(firstProjected - 1, TimelineTableModel::ProjectedColumn).data().toBool());
        model.setStepped(true);
        QCOMPARE(model.index(model.firstProjectedRow(), TimelineTableModel::DateColumn).data().toString(), s("2026-10-01"));
        model.setSeries(shippedSeries(0));
        QCOMPARE(model.firstProjectedRow(), -1);
    }

    void stepped()
    {
        TimelineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries(shippedSeries(0));
        model.setStepped(true);
        qint64 previous = std::numeric_limits<qint64>::min();
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 x = model.index(row, TimelineTableModel::DateMsecsColumn).data().toLongLong();
            QVERIFY(x > previous);
            previous = x;
            const bool corner = model.index(row, 0).data(TimelineTableModel::CornerRole).toBool();
            QCOMPARE(corner, row % 2 == 1);
            if (corner) {
                // The instant before the next change, with the values of the change before it.
                const qint64 next = model.index(row + 1, TimelineTableModel::DateMsecsColumn).data().toLongLong();
                QCOMPARE(x, next - 1);
                QCOMPARE(model.index(row, TimelineTableModel::RustcBuildsColumn).data(),
                         model.index(row - 1, TimelineTableModel::RustcBuildsColumn).data());
                QCOMPARE(model.seriesRow(row), model.seriesRow(row - 1));
                QVERIFY(model.index(row, TimelineTableModel::ChangeColumn).data().toString().isEmpty());
            }
        }
        // The drop on 2026-02-17 (mrustc v0.12.0): 20 until the instant before, 4 from then on.
        const int drop = model.rowForDate(QDate(2026, 2, 17));
        QCOMPARE(drop % 2, 0);
        QCOMPARE(model.index(drop, TimelineTableModel::RustcBuildsColumn).data().toInt(), 4);
        QCOMPARE(model.index(drop - 1, TimelineTableModel::RustcBuildsColumn).data().toInt(), 20);
        QCOMPARE(model.seriesRow(model.rowCount()), -1);
    }

    void cpythonColumns()
    {
        const Chain chain = load(QStringLiteral(SEEDLINE_FIXTURES_DIR "/timeline/hours.chain.toml"));
        TimelineOptions o;
        o.projection.horizonYears = 0;
        TimelineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries(computeTimeline(chain, o));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TimelineTableModel::CpythonWithRustColumn).data().toInt(), 4);
        QCOMPARE(model.index(1, TimelineTableModel::CpythonWithRustColumn).data().toInt(), 5);
        QCOMPARE(model.index(1, TimelineTableModel::CpythonColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, TimelineTableModel::HoursColumn).data().toDouble(), 11.0);
        QCOMPARE(model.index(1, TimelineTableModel::HoursRatioColumn).data().toDouble(), 11.0 / 3);
        QCOMPARE(model.index(1, 0).data(TimelineTableModel::HoursRatioRole).toDouble(), 11.0 / 3);
        QCOMPARE(model.index(0, TimelineTableModel::HoursMissingColumn).data().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timeline_model.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/diagnosticsmodel.h"
#include "itemmodels/scenariomodel.h"
#include "itemmodels/stepfilterproxymodel.h"
#include "itemmodels/steptablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Seedline;

namespace {

// hex0 <- tcc <- python <- meson <- gcc ; tcc <- rust ; python-2#2 needs python
ChainPtr makeChain()
{
    Chain chain;
    auto step = [&chain](const QString &id, const QString &package, const QString &version, QStringList families) {
        Step s;
        s.id = id;
        s.package = package;
        s.version = version;
        s.families = std::move(families);
        s.origin = SourceRange{QStringLiteral("/x/test.chain.toml"), int(chain.steps.size()) + 1, 0};
        return chain.addStep(s);
    };
    const int hex0 = step(QStringLiteral("hex0"), QStringLiteral("hex0"), QString(), {});
    chain.steps[hex0].kind = StepKind::Seed;
    const int tcc = step(QStringLiteral("tcc-0.9.27"), QStringLiteral("tcc"), QStringLiteral("0.9.27"), {QStringLiteral("c-compiler")});
    const int python = step(QStringLiteral("python-3.11.1"), QStringLiteral("python"), QStringLiteral("3.11.1"), {QStringLiteral("python")});
    const int rust = step(QStringLiteral("rust-1.74.0"), QStringLiteral("rust"), QStringLiteral("1.74.0"), {QStringLiteral("rust")});
    const int meson = step(QStringLiteral("meson-1.3.0"), QStringLiteral("meson"), QStringLiteral("1.3.0"), {});
    const int gcc = step(QStringLiteral("gcc-13.2.0"), QStringLiteral("gcc"), QStringLiteral("13.2.0"), {QStringLiteral("c-compiler")});
    const int excluded = step(QStringLiteral("fiwix-1.5.0"), QStringLiteral("fiwix"), QStringLiteral("1.5.0"), {});
    chain.steps[excluded].excluded = true;
    auto edge = [&chain](int from, int to, RequirementKind kind) { chain.addRequirement(Requirement{from, to, kind, {}}); };
    edge(tcc, hex0, RequirementKind::Declared);
    edge(python, tcc, RequirementKind::Toolchain);
    edge(rust, tcc, RequirementKind::Toolchain);
    edge(meson, python, RequirementKind::Observed);
    edge(gcc, meson, RequirementKind::Observed);
    edge(gcc, rust, RequirementKind::Sequence); // not followed by default
    return std::make_shared<const Chain>(std::move(chain));
}

QStringList visibleIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, StepTableModel::IdColumn).data(StepTableModel::StepIdRole).toString();
    return ids;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepTableContents()
    {
        StepTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const ChainPtr chain = makeChain();
        model.setChain(chain);
        QCOMPARE(model.rowCount(), chain->steps.size());
        QCOMPARE(model.columnCount(), int(StepTableModel::ColumnCount));
        const int gcc = chain->indexOf(QStringLiteral("gcc-13.2.0"));
        QCOMPARE(model.index(gcc, StepTableModel::IdColumn).data().toString(), QStringLiteral("gcc-13.2.0"));
        QCOMPARE(model.index(gcc, 0).data(StepTableModel::StepIndexRole).toInt(), gcc);
        QCOMPARE(model.index(gcc, 0).data(StepTableModel::FamiliesRole).toStringList(), QStringList{QStringLiteral("c-compiler")});
        QCOMPARE(model.index(gcc, StepTableModel::OriginColumn).data().toString(),
                 QStringLiteral("test.chain.toml:%1").arg(gcc + 1));
        QCOMPARE(model.index(0, StepTableModel::KindColumn).data().toString(), stepKindName(StepKind::Seed));
        QVERIFY(model.headerData(StepTableModel::RequiresRustColumn, Qt::Horizontal).toString().contains(QLatin1String("Rust")));
    }

    void requiresFlags_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("python");
        QTest::addColumn<bool>("rust");
        QTest::addRow("hex0") << QStringLiteral("hex0") << false << false;
        QTest::addRow("python itself") << QStringLiteral("python-3.11.1") << true << false;
        QTest::addRow("meson observed") << QStringLiteral("meson-1.3.0") << true << false;
        QTest::addRow("gcc transitively") << QStringLiteral("gcc-13.2.0") << true << false; // the rust edge is sequence
        QTest::addRow("rust itself") << QStringLiteral("rust-1.74.0") << false << true;
    }
    void requiresFlags()
    {
        QFETCH(QString, id);
        QFETCH(bool, python);
        QFETCH(bool, rust);
        StepTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ChainPtr chain = makeChain();
        model.setChain(chain);
        const int row = chain->indexOf(id);
        QCOMPARE(model.index(row, 0).data(StepTableModel::RequiresPythonRole).toBool(), python);
        QCOMPARE(model.index(row, 0).data(StepTableModel::RequiresRustRole).toBool(), rust);
        QCOMPARE(model.index(row, StepTableModel::RequiresPythonColumn).data().toString().isEmpty(), !python);
    }

    void followingSequenceEdgesChangesRust()
    {
        StepTableModel model;
        const ChainPtr chain = makeChain();
        model.setChain(chain, allKinds());
        QVERIFY(model.index(chain->indexOf(QStringLiteral("gcc-13.2.0")), 0).data(StepTableModel::RequiresRustRole).toBool());
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("hideExcluded");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("everything") << QString() << false << QString() << false
                                    << QStringList{QStringLiteral("hex0"), QStringLiteral("tcc-0.9.27"),
                                                   QStringLiteral("python-3.11.1"), QStringLiteral("rust-1.74.0"),
                                                   QStringLiteral("meson-1.3.0"), QStringLiteral("gcc-13.2.0"),
                                                   QStringLiteral("fiwix-1.5.0")};
        QTest::addRow("substring, case-insensitive") << QStringLiteral("PYTH") << false << QString() << false
                                                     << QStringList{QStringLiteral("python-3.11.1")};
        QTest::addRow("dot is literal without regex") << QStringLiteral("1.3.") << false << QString() << false
                                                      << QStringList{QStringLiteral("meson-1.3.0")};
        QTest::addRow("regex") << QStringLiteral("^(gcc|tcc)-") << true << QString() << false
                               << QStringList{QStringLiteral("tcc-0.9.27"), QStringLiteral("gcc-13.2.0")};
        QTest::addRow("invalid regex shows nothing") << QStringLiteral("(") << true << QString() << false << QStringList();
        QTest::addRow("family matches families column") << QStringLiteral("c-compiler") << false << QString() << false
                                                        << QStringList{QStringLiteral("tcc-0.9.27"), QStringLiteral("gcc-13.2.0")};
        QTest::addRow("family filter provides or requires") << QString() << false << QStringLiteral("python") << false
                                                            << QStringList{QStringLiteral("python-3.11.1"), QStringLiteral("meson-1.3.0"),
                                                                           QStringLiteral("gcc-13.2.0")};
        QTest::addRow("family and text") << QStringLiteral("gcc") << false << QStringLiteral("python") << false
                                         << QStringList{QStringLiteral("gcc-13.2.0")};
        QTest::addRow("hide excluded") << QStringLiteral("-1.") << false << QString() << true
                                       << QStringList{QStringLiteral("rust-1.74.0"), QStringLiteral("meson-1.3.0")};
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QFETCH(QString, family);
        QFETCH(bool, hideExcluded);
        QFETCH(QStringList, expected);
        StepTableModel model;
        StepFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChain(makeChain());
        proxy.setFilterText(text, regex);
        proxy.setFamilyFilter(family, StepFilterProxyModel::FamilyMatch::ProvidesOrRequires);
        proxy.setHideExcluded(hideExcluded);
        QCOMPARE(visibleIds(proxy), expected);
        QCOMPARE(proxy.isFilterValid(), !(regex && text == QLatin1String("(")));
    }

    void sortingByPassIsNumeric()
    {
        Chain chain;
        for (int pass : {10, 2, 1}) {
            Step s;
            s.package = QStringLiteral("p");
            s.version = QStringLiteral("1");
            s.pass = pass;
            s.id = makeStepId(s.package, s.version, pass);
            chain.addStep(s);
        }
        StepTableModel model;
        StepFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChain(std::make_shared<const Chain>(chain));
        proxy.sort(StepTableModel::PassColumn, Qt::AscendingOrder);
        QStringList passes;
        for (int row = 0; row < proxy.rowCount(); ++row)
            passes << proxy.index(row, StepTableModel::PassColumn).data().toString();
        QCOMPARE(passes, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10")}));
    }

    void diagnostics()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Diagnostics first{{QStringLiteral("a.toml"), 3, 7, Severity::Error, QStringLiteral("expected '='")},
                                {QStringLiteral("a.toml"), 9, 0, Severity::Warning, QStringLiteral("unused")}};
        model.setDiagnostics(first);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.index(0).data().toString(), first[0].toString());
        QCOMPARE(model.index(0).data(DiagnosticsModel::LineRole).toInt(), 3);
        QCOMPARE(model.index(0).data(DiagnosticsModel::ColumnRole).toInt(), 7);
        QCOMPARE(model.index(1).data(DiagnosticsModel::SeverityRole).toInt(), int(Severity::Warning));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append({{QString(), 0, 0, Severity::Info, QStringLiteral("note")}});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void scenarios()
    {
        ScenarioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Scenario a;
        a.name = QStringLiteral("a");
        a.title = QStringLiteral("Scenario A");
        Scenario b;
        b.name = QStringLiteral("b");
        model.setScenarios({a, b}, {QStringLiteral("b")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Scenario A"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsUserCheckable));
        QSignalSpy changed(&model, &ScenarioModel::enabledChanged);
        QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.enabledNames(), (QSet<QString>{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.enabledNames(), QSet<QString>{QStringLiteral("a")});
        QVERIFY(!model.setData(model.index(1), QStringLiteral("x"), Qt::EditRole));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"

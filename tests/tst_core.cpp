// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/allocatortuning.h"
#include "core/chain.h"
#include "core/families.h"
#include "core/requirement.h"
#include "core/textdistance.h"
#include "core/version.h"

#include <QTest>

using namespace Seedline;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compareVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::addRow("equal") << QStringLiteral("3.11.1") << QStringLiteral("3.11.1") << 0;
        QTest::addRow("numeric not lexical") << QStringLiteral("1.10.3") << QStringLiteral("1.9.6") << 1;
        QTest::addRow("shorter is older") << QStringLiteral("1.2") << QStringLiteral("1.2.1") << -1;
        QTest::addRow("perl underscore") << QStringLiteral("5.004_05") << QStringLiteral("5.6.2") << -1;
        QTest::addRow("leading zeros") << QStringLiteral("5.005") << QStringLiteral("5.5") << 0;
        QTest::addRow("suffix") << QStringLiteral("4.14.341-openela") << QStringLiteral("4.14.341") << -1;
        QTest::addRow("rc before release") << QStringLiteral("1.0rc1") << QStringLiteral("1.0") << -1;
        QTest::addRow("point release") << QStringLiteral("1.91.1") << QStringLiteral("1.91.0") << 1;
        QTest::addRow("huge run") << QStringLiteral("1.99999999999999999999") << QStringLiteral("1.2") << 1;
    }
    void compareVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(Seedline::compareVersions(a, b), expected);
        QCOMPARE(Seedline::compareVersions(b, a), -expected);
    }

    void constraints_data()
    {
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("matches");
        QTest::addRow(">= match") << QStringLiteral(">= 3.7") << QStringLiteral("3.11.1") << true;
        QTest::addRow(">= no match") << QStringLiteral(">= 3.7") << QStringLiteral("2.5.6") << false;
        QTest::addRow("range") << QStringLiteral(">= 1.74, < 1.80") << QStringLiteral("1.79.0") << true;
        QTest::addRow("range upper") << QStringLiteral(">= 1.74, < 1.80") << QStringLiteral("1.80.0") << false;
        QTest::addRow("bare version is equality") << QStringLiteral("2.0.1") << QStringLiteral("2.0.1") << true;
        QTest::addRow("any") << QStringLiteral("*") << QStringLiteral("0.1") << true;
        QTest::addRow("not equal") << QStringLiteral("!= 2.0.1") << QStringLiteral("2.0.1") << false;
    }
    void constraints()
    {
        QFETCH(QString, constraint);
        QFETCH(QString, version);
        QFETCH(bool, matches);
        VersionConstraint c;
        QString error;
        QVERIFY2(VersionConstraint::parse(constraint, &c, &error), qPrintable(error));
        QCOMPARE(c.matches(version), matches);
    }

    void badConstraints()
    {
        VersionConstraint c;
        QString error;
        int pos = -1;
        QVERIFY(!VersionConstraint::parse(QStringLiteral(">= "), &c, &error, &pos));
        QVERIFY(error.contains(QLatin1String("version")));
        QVERIFY(!VersionConstraint::parse(QStringLiteral("~> 1.2"), &c, &error, &pos));
        QCOMPARE(pos, 0);
        QVERIFY(!VersionConstraint::parse(QStringLiteral(">= 1.2 < 2"), &c, &error, &pos));
        QVERIFY(error.contains(QLatin1String("','")));
    }

    void splitPackageVersion_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("version");
        QTest::addRow("plain") << QStringLiteral("python-3.11.1") << QStringLiteral("python") << QStringLiteral("3.11.1");
        QTest::addRow("glued perl") << QStringLiteral("perl5.004-05") << QStringLiteral("perl") << QStringLiteral("5.004-05");
        QTest::addRow("dashed package") << QStringLiteral("linux-headers-4.14.341-openela")
                                        << QStringLiteral("linux-headers") << QStringLiteral("4.14.341-openela");
        QTest::addRow("date version") << QStringLiteral("autoconf-archive-2021.02.19")
                                      << QStringLiteral("autoconf-archive") << QStringLiteral("2021.02.19");
        QTest::addRow("perl module") << QStringLiteral("perl-Devel-Tokenizer-C-0.11")
                                     << QStringLiteral("perl-Devel-Tokenizer-C") << QStringLiteral("0.11");
        QTest::addRow("improve") << QStringLiteral("musl_target") << QStringLiteral("musl_target") << QString();
        QTest::addRow("fiwix") << QStringLiteral("fiwix-1.5.0-lb1") << QStringLiteral("fiwix") << QStringLiteral("1.5.0-lb1");
    }
    void splitPackageVersion()
    {
        QFETCH(QString, name);
        QFETCH(QString, package);
        QFETCH(QString, version);
        const auto [p, v] = Seedline::splitPackageVersion(name);
        QCOMPARE(p, package);
        QCOMPARE(v, version);
    }

    void stepIds()
    {
        QCOMPARE(makeStepId(QStringLiteral("python"), QStringLiteral("2.0.1"), 2), QStringLiteral("python-2.0.1#2"));
        QCOMPARE(makeStepId(QStringLiteral("hex0"), QString()), QStringLiteral("hex0"));
        QCOMPARE(splitPassSuffix(QStringLiteral("python-2.0.1#2")), std::make_pair(QStringLiteral("python-2.0.1"), 2));
        QCOMPARE(splitPassSuffix(QStringLiteral("python-2.0.1")), std::make_pair(QStringLiteral("python-2.0.1"), 1));
        QCOMPARE(splitPassSuffix(QStringLiteral("c#")), std::make_pair(QStringLiteral("c#"), 1));
    }

    void families_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("expected");
        QTest::addRow("python3.11") << QStringLiteral("python3.11") << QStringLiteral("python") << true;
        QTest::addRow("libpython3.11") << QStringLiteral("libpython3.11") << QStringLiteral("python") << true;
        QTest::addRow("python package") << QStringLiteral("python") << QStringLiteral("python") << true;
        QTest::addRow("python-cryptography is not python") << QStringLiteral("python-cryptography")
                                                           << QStringLiteral("python") << false;
        QTest::addRow("rustc") << QStringLiteral("rustc") << QStringLiteral("rust") << true;
        QTest::addRow("libstd-rust-1.63") << QStringLiteral("libstd-rust-1.63") << QStringLiteral("rust") << true;
        QTest::addRow("rust") << QStringLiteral("rust") << QStringLiteral("rust") << true;
        QTest::addRow("rustls is not rust") << QStringLiteral("rustls") << QStringLiteral("rust") << false;
        QTest::addRow("gcc") << QStringLiteral("gcc") << QStringLiteral("c-compiler") << true;
        QTest::addRow("tcc") << QStringLiteral("tcc") << QStringLiteral("c-compiler") << true;
        QTest::addRow("musl") << QStringLiteral("musl") << QStringLiteral("libc") << true;
        QTest::addRow("perl") << QStringLiteral("perl") << QStringLiteral("perl") << true;
        QTest::addRow("perl module is not perl") << QStringLiteral("perl-Devel-Tokenizer-C")
                                                 << QStringLiteral("perl") << false;
    }
    void families()
    {
        QFETCH(QString, name);
        QFETCH(QString, family);
        QFETCH(bool, expected);
        QCOMPARE(FamilyPatterns::defaults().familiesFor(name).contains(family), expected);
    }

    void familyOverride()
    {
        FamilyPatterns p = FamilyPatterns::defaults();
        QString error;
        QVERIFY(p.setFromAssignment(QStringLiteral("python=py[0-9]+"), &error));
        QVERIFY(p.familiesFor(QStringLiteral("py311")).contains(QStringLiteral("python")));
        QVERIFY(!p.familiesFor(QStringLiteral("python3.11")).contains(QStringLiteral("python")));
        QVERIFY(!p.setFromAssignment(QStringLiteral("python=("), &error));
        QVERIFY(error.contains(QLatin1String("python")));
        QVERIFY(!p.setFromAssignment(QStringLiteral("noequals"), &error));
    }

    // familiesFor tries one joined expression first: it must answer as the patterns one by one do,
    // also for patterns whose groups a join would renumber or make clash.
    void familyJoinedPrefilter()
    {
        FamilyPatterns p = FamilyPatterns::defaults();
        QString error;
        QVERIFY2(p.setFromAssignment(QStringLiteral("twice=(ab)\\1"), &error), qPrintable(error));
        QVERIFY2(p.setFromAssignment(QStringLiteral("named=(?<x>q)z"), &error), qPrintable(error));
        QVERIFY2(p.setFromAssignment(QStringLiteral("named2=(?<x>w)z"), &error), qPrintable(error));
        QCOMPARE(p.familiesFor(QStringLiteral("abab")), QStringList{QStringLiteral("twice")});
        QCOMPARE(p.familiesFor(QStringLiteral("wz")), QStringList{QStringLiteral("named2")});
        QCOMPARE(p.familiesFor(QStringLiteral("clang-14")),
                 (QStringList{QStringLiteral("c-compiler"), QStringLiteral("cxx-compiler")}));
        QVERIFY(p.familiesFor(QStringLiteral("libreoffice-core")).isEmpty());
        // Without such patterns the join is used; the answers are the same, name by name.
        const FamilyPatterns d = FamilyPatterns::defaults();
        for (const QString &name : {QStringLiteral("python3.11-minimal"), QStringLiteral("libstd-rust-1.63"),
                                    QStringLiteral("Perl"), QStringLiteral("sh"), QStringLiteral("shellcheck"),
                                    QStringLiteral("g++-12"), QStringLiteral("libc6-dev"), QStringLiteral("zlib1g")}) {
            QStringList oneByOne;
            for (const FamilyPatterns::Pattern &pattern : d.patterns())
                if (!oneByOne.contains(pattern.family) && pattern.regex.match(name).hasMatch())
                    oneByOne << pattern.family;
            QCOMPARE(d.familiesFor(name), oneByOne);
        }
    }

    // The second start (after restartWithHugePages re-executed the program) puts GLIBC_TUNABLES
    // back as the user had it and forgets its marker; it never starts again.
    void restartRestoresEnvironment()
    {
        char name[] = "tst_core";
        char *argv[] = {name, nullptr};
        qputenv("SEEDLINE_RESTARTED_TUNABLES", "glibc.malloc.check=0");
        qputenv("GLIBC_TUNABLES", "glibc.malloc.check=0:glibc.malloc.hugetlb=1");
        restartWithHugePages(argv);
        QCOMPARE(qgetenv("GLIBC_TUNABLES"), QByteArray("glibc.malloc.check=0"));
        QVERIFY(!qEnvironmentVariableIsSet("SEEDLINE_RESTARTED_TUNABLES"));

        qputenv("SEEDLINE_RESTARTED_TUNABLES", "");
        qputenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1");
        restartWithHugePages(argv);
        QVERIFY(!qEnvironmentVariableIsSet("GLIBC_TUNABLES"));
        QVERIFY(!qEnvironmentVariableIsSet("SEEDLINE_RESTARTED_TUNABLES"));
    }

    void nearest()
    {
        const QStringList words{QStringLiteral("requires"), QStringLiteral("families"), QStringLiteral("version")};
        QCOMPARE(nearestWords(QStringLiteral("require"), words).value(0), QStringLiteral("requires"));
        QCOMPARE(nearestWords(QStringLiteral("famlies"), words).value(0), QStringLiteral("families"));
        QVERIFY(nearestWords(QStringLiteral("zzzzzz"), words).isEmpty());
        QCOMPARE(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
    }

    void mergeJoinsById()
    {
        Chain a;
        Step gcc;
        gcc.id = QStringLiteral("gcc-15.2.0");
        gcc.package = QStringLiteral("gcc");
        const int ga = a.addStep(gcc);
        Step py;
        py.id = QStringLiteral("python-3.11.1");
        py.families = {QStringLiteral("python")};
        const int pa = a.addStep(py);
        a.addRequirement({ga, pa, RequirementKind::Observed, {}});

        Chain b;
        Step rust;
        rust.id = QStringLiteral("rust-1.90.0");
        const int rb = b.addStep(rust);
        Step gcc2 = gcc;
        gcc2.facts.edit().buildHours = 3.5;
        gcc2.families = {QStringLiteral("c-compiler")};
        const int gb = b.addStep(gcc2);
        b.addRequirement({rb, gb, RequirementKind::Declared, {}});
        b.addRequirement({rb, gb, RequirementKind::Declared, {}}); // duplicate is refused
        QCOMPARE(b.requirements.size(), 1);

        const Chain m = mergeChains({a, b});
        QCOMPARE(m.steps.size(), 3);
        QCOMPARE(m.requirements.size(), 2);
        const Step *joined = m.find(QStringLiteral("gcc-15.2.0"));
        QVERIFY(joined);
        QCOMPARE(joined->facts->buildHours, std::optional<double>(3.5));
        QVERIFY(joined->hasFamily(QStringLiteral("c-compiler")));
        const Requirement &r = m.requirements[1];
        QCOMPARE(m.steps[r.from].id, QStringLiteral("rust-1.90.0"));
        QCOMPARE(m.steps[r.to].id, QStringLiteral("gcc-15.2.0"));
        QCOMPARE(m.nearestIds(QStringLiteral("rust-1.90")).value(0), QStringLiteral("rust-1.90.0"));
    }

    // Evidence keeps its file and text in a block shared by copies: an edit of one copy changes it
    // alone, and equal strings compare equal whether or not they are shared.
    void evidenceCopiesShareUntilEdited()
    {
        const Evidence original(QStringLiteral("steps/manifest"), 12, 0, QStringLiteral("current libc at this step"));
        Evidence copy = original;
        copy.line = 40;
        QCOMPARE(copy.file(), QStringLiteral("steps/manifest"));
        QCOMPARE(original.line, 12);
        copy.setText(QStringLiteral("current make at this step"));
        QCOMPARE(original.text(), QStringLiteral("current libc at this step"));
        QCOMPARE(copy.text(), QStringLiteral("current make at this step"));
        QVERIFY(!(copy == original));
        copy.setText(original.text());
        copy.line = original.line;
        QCOMPARE(copy, original); // separate blocks, equal strings
        QCOMPARE(copy.toString(), QStringLiteral("steps/manifest:12 `current libc at this step`"));

        Evidence none;
        QVERIFY(none.file().isEmpty() && none.text().isEmpty());
        QCOMPARE(none, Evidence(QString(), 0, 0, QString()));
        none.setFile(QStringLiteral("a.chain.toml"));
        QCOMPARE(none.toString(), QStringLiteral("a.chain.toml"));
        none.setFile(QString());
        QCOMPARE(none, Evidence());

        // The input's attributes for the edge share the block too, and count for equality.
        Evidence styled = original;
        styled.setAttribute(QStringLiteral("color"), QStringLiteral("red"));
        QCOMPARE(styled.attributes().value(QStringLiteral("color")), QStringLiteral("red"));
        QVERIFY(original.attributes().isEmpty());
        QVERIFY(!(styled == original));
        QCOMPARE(styled.text(), original.text());
        Evidence onlyAttributes;
        onlyAttributes.setAttributes({{QStringLiteral("style"), QStringLiteral("dotted")}});
        QVERIFY(!(onlyAttributes == Evidence()));
        onlyAttributes.setAttributes({});
        QCOMPARE(onlyAttributes, Evidence());
        QVERIFY(sizeof(Requirement) <= 32);
    }

    // Shared<T> holds a default T as nothing, shares a value between copies and detaches on edit.
    void sharedDetachesOnEdit()
    {
        Step a;
        QCOMPARE(a.details->prose, QString());
        QCOMPARE(a.details, Shared<StepDetails>(StepDetails())); // an empty block equals nothing
        a.details.edit().prose = QStringLiteral("Built twice.");
        Step b = a;
        QCOMPARE(&*b.details, &*a.details); // one block for both copies
        b.details.edit().predicate = QStringLiteral("( BUILD_FIWIX == True )");
        QCOMPARE(a.details->predicate, QString()); // the edit of b did not reach a
        QCOMPARE(b.details->prose, QStringLiteral("Built twice."));
        QVERIFY(!(a == b));
        b.details.edit().predicate.clear();
        QCOMPARE(a, b); // separate blocks, equal values
        b.facts = StepFacts{QDate(2024, 8, 8), 0.8, {}, {}, {}};
        QCOMPARE(b.facts->released, QDate(2024, 8, 8));
        QVERIFY(!a.facts->released);
    }

    void diagnosticText()
    {
        const Diagnostic d{QStringLiteral("steps/manifest"), 12, 5, Severity::Warning, QStringLiteral("unknown directive")};
        QCOMPARE(d.toString(), QStringLiteral("steps/manifest:12:5: warning: unknown directive"));
        QVERIFY(!hasErrors({d}));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings that persist: the window's options and each input's view come back after a restart,
// Reset View forgets them, and one input's view never leaks into another's.
#include "document/document.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "highlight/palette.h"
#include "scene/scenebuilder.h"
#include "window/appsettings.h"
#include "window/configpanel.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedline;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SEEDLINE_FIXTURES_DIR "/window/") + name;
}

const QString scenarioName = QStringLiteral("python-requires-rust");

bool idle(MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.document()->isLoading() && !window.document()->isDeriving()
                                        && !window.sceneBuilder()->isRunning(); },
                           30000);
}

bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(window.document(), &Document::loaded);
    window.openFiles({path});
    return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000) && idle(window);
}

QComboBox *combo(MainWindow &window, const char *name)
{
    return window.configPanel()->findChild<QComboBox *>(QLatin1String(name));
}

QSpinBox *depthBox(MainWindow &window)
{
    return window.configPanel()->findChild<QSpinBox *>(QStringLiteral("selectionDepth"));
}

// The options a user sets, all different from the defaults.
void setEverything(MainWindow &window)
{
    ConfigPanel *panel = window.configPanel();
    panel->overviewCheckBox()->setChecked(false);
    panel->collapseCheckBox()->setChecked(true);
    panel->familyCheckBox(QStringLiteral("python"))->setChecked(false);
    panel->familyCheckBox(QStringLiteral("perl"))->setChecked(true);
    panel->edgeKindCheckBox(RequirementKind::Observed)->click(); // off, by the user
    panel->setRankDir(LayoutGraph::LeftToRight);
    combo(window, "selectionDirection")->setCurrentIndex(combo(window, "selectionDirection")->findData(int(HighlightOptions::Needs)));
    depthBox(window)->setValue(2);
    window.foldStage(QStringLiteral("stage-2"));
    window.document()->setEnabledScenarios({scenarioName});
    window.action(QStringLiteral("actionMinimap"))->setChecked(false);
    window.action(QStringLiteral("actionLegend"))->setChecked(false);
    window.action(QStringLiteral("actionThemeDark"))->trigger();
}

void verifyDefaults(MainWindow &window)
{
    ConfigPanel *panel = window.configPanel();
    QVERIFY(panel->overviewCheckBox()->isChecked());
    QVERIFY(!panel->collapseCheckBox()->isChecked());
    QVERIFY(panel->familyCheckBox(QStringLiteral("python"))->isChecked());
    QVERIFY(panel->familyCheckBox(QStringLiteral("rust"))->isChecked());
    QVERIFY(!panel->familyCheckBox(QStringLiteral("perl"))->isChecked());
    QVERIFY(panel->edgeKindCheckBox(RequirementKind::Observed)->isChecked());
    QCOMPARE(panel->rankDir(), LayoutGraph::TopToBottom);
    QCOMPARE(window.viewOptions().highlight.direction, HighlightOptions::Both);
    QCOMPARE(depthBox(window)->value(), 0);
    QVERIFY(window.viewOptions().fold.stages.isEmpty());
    QVERIFY(window.document()->enabledScenarios().isEmpty());
}

} // namespace

class TestWindowSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Never the user's configuration: test mode and a settings file in a temporary directory.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SeedlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window_settings"));
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    }

    void init() { QSettings().clear(); }

    void inputKeyIsOrderAndPathIndependent()
    {
        const QString a = fixture(QStringLiteral("small.chain.toml")), b = fixture(QStringLiteral("other.chain.toml"));
        QCOMPARE(AppSettings::inputKey({a, b}), AppSettings::inputKey({b, a}));
        QCOMPARE(AppSettings::inputKey({a}), AppSettings::inputKey({QStringLiteral(SEEDLINE_FIXTURES_DIR "/window/../window/small.chain.toml")}));
        QVERIFY(AppSettings::inputKey({a}) != AppSettings::inputKey({b}));
        QCOMPARE(AppSettings::inputKey({}), QStringLiteral("shipped"));
    }

    void everyOptionComesBack()
    {
        const QString small = fixture(QStringLiteral("small.chain.toml"));
        {
            MainWindow window;
            window.restoreSettings();
            QVERIFY(openAndWait(window, small));
            verifyDefaults(window);
            setEverything(window);
            QVERIFY(idle(window));
            QCOMPARE(window.theme(), Theme::Dark);
            window.close(); // saves
        }
        QVERIFY(AppSettings().hasInputView(AppSettings::inputKey({small})));

        MainWindow again;
        again.restoreSettings();
        // Global: before any file.
        QVERIFY(!again.action(QStringLiteral("actionMinimap"))->isChecked());
        QVERIFY(!again.action(QStringLiteral("actionLegend"))->isChecked());
        QCOMPARE(again.themeChoice(), ThemeChoice::Dark);
        QVERIFY(again.action(QStringLiteral("actionThemeDark"))->isChecked());
        QVERIFY(openAndWait(again, small));
        // Per input: once the file is loaded.
        ConfigPanel *panel = again.configPanel();
        QVERIFY(!panel->overviewCheckBox()->isChecked());
        QVERIFY(panel->collapseCheckBox()->isChecked());
        QVERIFY(!panel->familyCheckBox(QStringLiteral("python"))->isChecked());
        QVERIFY(panel->familyCheckBox(QStringLiteral("rust"))->isChecked());
        QVERIFY(panel->familyCheckBox(QStringLiteral("perl"))->isChecked());
        QVERIFY(!panel->edgeKindCheckBox(RequirementKind::Observed)->isChecked());
        QVERIFY(panel->edgeKindCheckBox(RequirementKind::Declared)->isChecked());
        QCOMPARE(panel->rankDir(), LayoutGraph::LeftToRight);
        const ViewOptions o = again.viewOptions();
        QCOMPARE(o.highlight.direction, HighlightOptions::Needs);
        QCOMPARE(o.highlight.depth, 2);
        QCOMPARE(o.highlight.families, (QStringList{QStringLiteral("rust"), QStringLiteral("perl")}));
        QVERIFY(!o.highlight.shownEdgeKinds.testFlag(RequirementKind::Observed));
        QCOMPARE(o.fold.stages, QSet<QString>{QStringLiteral("stage-2")});
        QVERIFY(o.fold.series);
        QVERIFY(!o.fold.runs);
        QCOMPARE(again.document()->enabledScenarios(), QSet<QString>{scenarioName});
        // And the picture follows them: dark, LR, what-if on.
        QCOMPARE(again.highlight().theme, Theme::Dark);
        QCOMPARE(again.graphView()->scene()->backgroundBrush().color(), Palette(Theme::Dark).background());

        // Reset View: the defaults, and the input's entry forgotten; the global options stay.
        again.action(QStringLiteral("actionResetView"))->trigger();
        QVERIFY(idle(again));
        verifyDefaults(again);
        QVERIFY(!AppSettings().hasInputView(AppSettings::inputKey({small})));
        QCOMPARE(again.themeChoice(), ThemeChoice::Dark);
        QVERIFY(!again.action(QStringLiteral("actionMinimap"))->isChecked());
    }

    void perInputValuesDoNotLeak()
    {
        const QString small = fixture(QStringLiteral("small.chain.toml"));
        const QString other = fixture(QStringLiteral("other.chain.toml"));
        MainWindow window;
        QVERIFY(openAndWait(window, small));
        window.configPanel()->setRankDir(LayoutGraph::LeftToRight);
        window.configPanel()->familyCheckBox(QStringLiteral("python"))->setChecked(false);
        window.document()->setEnabledScenarios({scenarioName});
        depthBox(window)->setValue(3);
        QVERIFY(idle(window));

        QVERIFY(openAndWait(window, other));
        QCOMPARE(window.configPanel()->rankDir(), LayoutGraph::TopToBottom);
        QVERIFY(window.configPanel()->familyCheckBox(QStringLiteral("python"))->isChecked());
        QCOMPARE(depthBox(window)->value(), 0);
        QVERIFY(window.document()->enabledScenarios().isEmpty());

        QVERIFY(openAndWait(window, small)); // and back: its own values
        QCOMPARE(window.configPanel()->rankDir(), LayoutGraph::LeftToRight);
        QVERIFY(!window.configPanel()->familyCheckBox(QStringLiteral("python"))->isChecked());
        QCOMPARE(depthBox(window)->value(), 3);
        QCOMPARE(window.document()->enabledScenarios(), QSet<QString>{scenarioName});
    }

    void unknownNamesAreIgnored()
    {
        const QString small = fixture(QStringLiteral("small.chain.toml"));
        InputView stored;
        stored.families = {QStringLiteral("no-such-family"), QStringLiteral("rust")};
        stored.scenarios = QStringList{QStringLiteral("no-such-what-if")};
        stored.foldedStages = {QStringLiteral("no-such-stage")};
        stored.rankDir = 42;
        stored.direction = -7;
        stored.depth = 100000;
        AppSettings().setInputView(AppSettings::inputKey({small}), stored, {small});
        MainWindow window;
        QVERIFY(openAndWait(window, small));
        QVERIFY(!window.configPanel()->familyCheckBox(QStringLiteral("python"))->isChecked());
        QVERIFY(window.configPanel()->familyCheckBox(QStringLiteral("rust"))->isChecked());
        QCOMPARE(window.viewOptions().highlight.families, QStringList{QStringLiteral("rust")});
        QVERIFY(window.document()->enabledScenarios().isEmpty());
        QCOMPARE(window.configPanel()->rankDir(), LayoutGraph::TopToBottom);
        QCOMPARE(window.viewOptions().highlight.direction, HighlightOptions::Both);
        QVERIFY(window.highlight().steps.size() > 0); // drawn
    }

    void windowExportsStayLight()
    {
        MainWindow window;
        window.setThemeChoice(ThemeChoice::Dark);
        QVERIFY(openAndWait(window, fixture(QStringLiteral("small.chain.toml"))));
        QCOMPARE(window.highlight().theme, Theme::Dark);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.svg"));
        QString error;
        QVERIFY2(window.exportTo(out, &error), qPrintable(error));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        const QByteArray lightFill = QByteArray("fill=\"") + Palette(Theme::Light).background().name().toLatin1();
        QVERIFY(svg.contains(lightFill));
        QVERIFY(!svg.contains(Palette(Theme::Dark).background().name().toLatin1()));
        window.setThemeChoice(ThemeChoice::System); // the application palette back for the next tests
    }

    void systemFollowsTheDesktop()
    {
        MainWindow window;
        window.setThemeChoice(ThemeChoice::System);
        QCOMPARE(window.theme(), Theme::Light); // the offscreen platform's palette is light
        const QPalette desktop = QApplication::palette();
        QPalette dark = desktop;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark); // the desktop turns dark
        QTRY_COMPARE(window.theme(), Theme::Dark);
        QCOMPARE(window.viewOptions().highlight.theme, Theme::Dark);
        window.setThemeChoice(ThemeChoice::Light); // a choice wins over the desktop
        QCOMPARE(window.theme(), Theme::Light);
        window.setThemeChoice(ThemeChoice::System);
        QCOMPARE(window.theme(), Theme::Dark);
        QApplication::setPalette(desktop);
        QTRY_COMPARE(window.theme(), Theme::Light);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowSettings)
#include "tst_window_settings.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "document/document.h"
#include "scene/scenebuilder.h"
#include "chart/growthchart.h"
#include "graph/graphview.h"
#include "io/safewrite.h"
#include "window/growthpanel.h"
#include "window/growthplayer.h"
#include "window/guidebrowser.h"
#include "source/highlighting/sourcehighlighter.h"
#include "source/sourcepane.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QAction>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace Seedline {

int runGui(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "gui", "Shows bootstrap dependency chains. Without a file, opens the chains Seedline ships."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("gui", "Chain files, DOT files, parts.rst, manifests or "
                                                                    "live-bootstrap checkouts to open together."),
                                 QStringLiteral("[FILE|DIR...]"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("gui", "Sets a live-bootstrap configuration variable."),
                                    QStringLiteral("VAR=VALUE"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("gui", "Enables a scenario of the chain files."),
                                      QStringLiteral("NAME"));
    // The desktop file's "Open Folder" action starts Seedline with this option.
    const QCommandLineOption openFolder(
        QStringLiteral("open-folder"),
        QCoreApplication::translate("gui", "Asks for a folder to open (a live-bootstrap checkout, or chain files)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Saves a picture of the window once the layout is done, then quits."),
                                  QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Selects a step once the layout is done."),
                              QStringLiteral("STEP"));
    select.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption story(QStringLiteral("story"), QStringLiteral("Shows View > Story once the chain is drawn."));
    story.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption growth(QStringLiteral("growth"), QStringLiteral("Opens How Rust Grows."));
    growth.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption growthDate(QStringLiteral("growth-date"),
                                  QStringLiteral("Opens How Rust Grows and scrubs it to DATE (a frame of the animation)."),
                                  QStringLiteral("DATE"));
    growthDate.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption source(QStringLiteral("source"),
                              QStringLiteral("Opens the Source panel at a file (as the chain names it) and line once "
                                             "the layout is done."),
                              QStringLiteral("FILE[:LINE]"));
    source.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption help(QStringLiteral("show-help"),
                            QStringLiteral("Opens a Help window once the layout is done (guide, guide#HEADING, shortcuts "
                                           "or about); --screenshot then saves that window."),
                            QStringLiteral("WINDOW"));
    help.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("gui", "The window's theme: light, dark or system (the desktop's); remembered "
                                           "like Settings > Theme."),
        QStringLiteral("light|dark|system"));
    parser.addOptions({theme, config, scenario, openFolder, screenshot, select, growth, growthDate, story, source, help});
    parser.process(app);

    QMap<QString, QString> values;
    for (const QString &assignment : parser.values(config)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            std::fprintf(stderr, "seedline: --config expects VAR=VALUE, got \"%s\"\n", qPrintable(assignment));
            return 2;
        }
        values.insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1).trimmed());
    }
    QSet<QString> scenarios;
    for (const QString &name : parser.values(scenario))
        scenarios.insert(name);

    const QString themeName = parser.value(theme);
    if (parser.isSet(theme) && themeName != QLatin1String("light") && themeName != QLatin1String("dark")
        && themeName != QLatin1String("system")) {
        std::fprintf(stderr, "seedline: --theme expects light, dark or system, got \"%s\"\n", qPrintable(themeName));
        return 2;
    }

    MainWindow window;
    window.restoreSettings();
    if (parser.isSet(theme))
        window.setThemeChoice(themeChoiceFromName(themeName));
    Document *document = window.document();
    if (!values.isEmpty()) {
        LoadOptions options = document->loadOptions();
        options.config = values;
        document->setLoadOptions(options); // the reload it starts is superseded by the open below
    }
    if (!scenarios.isEmpty()) {
        // Applied once the chain is loaded (opening resets the scenarios to their defaults).
        QObject::connect(document, &Document::loaded, &window,
                         [document, scenarios] { document->setEnabledScenarios(scenarios); },
                         Qt::SingleShotConnection);
    }

    const QString selectId = parser.value(select);
    if (!selectId.isEmpty()) {
        QObject::connect(&window, &MainWindow::graphShown, &window, [&window, selectId](bool final) {
            if (!final || !window.viewProjection())
                return;
            if (window.viewProjection()->shownIndexOf(selectId) < 0) {
                std::fprintf(stderr, "seedline: no step \"%s\" is shown\n", qPrintable(selectId));
                return;
            }
            window.selectStepId(selectId, true);
        });
    }
    if (parser.isSet(story)) {
        QObject::connect(&window, &MainWindow::graphShown, &window, [&window](bool final) {
            QAction *storyView = window.findChild<QAction *>(QStringLiteral("actionStoryView"));
            if (final && storyView && !storyView->isChecked())
                storyView->setChecked(true);
        });
    }
    auto *growthPanel = window.findChild<GrowthPanel *>();
    if (parser.isSet(growth) || parser.isSet(growthDate)) {
        const QDate date = QDate::fromString(parser.value(growthDate), Qt::ISODate);
        if (parser.isSet(growthDate) && !date.isValid()) {
            std::fprintf(stderr, "seedline: --growth-date expects a date such as 2025-11-10\n");
            return 2;
        }
        if (date.isValid()) {
            // The first timeline that has rows (an empty one comes while the chain is still loading).
            auto applied = std::make_shared<bool>(false);
            QObject::connect(growthPanel, &GrowthPanel::timelineReady, growthPanel, [growthPanel, date, applied] {
                if (*applied || !growthPanel->hasTimeline())
                    return;
                *applied = true;
                growthPanel->chart()->setRevealing(true);
                growthPanel->player()->setDate(date);
            });
        }
        QTimer::singleShot(0, &window, [&window] { window.action(QStringLiteral("actionGrowth"))->trigger(); });
    }
    const QString sourceAt = parser.value(source);
    if (!sourceAt.isEmpty()) {
        QObject::connect(&window, &MainWindow::graphShown, &window, [&window, sourceAt](bool final) {
            if (!final)
                return;
            const qsizetype colon = sourceAt.lastIndexOf(u':');
            bool numbered = false;
            const int line = colon > 0 ? sourceAt.mid(colon + 1).toInt(&numbered) : 0;
            window.sourcePane()->openLocation(numbered ? sourceAt.left(colon) : sourceAt, numbered ? line : 0);
        }, Qt::SingleShotConnection);
    }
    // The Help window to open, by its action and its object name.
    static const QHash<QString, std::pair<QString, QString>> helpWindows{
        {QStringLiteral("guide"), {QStringLiteral("actionUserGuide"), QStringLiteral("guideBrowser")}},
        {QStringLiteral("shortcuts"), {QStringLiteral("actionShortcuts"), QStringLiteral("shortcutsDialog")}},
        {QStringLiteral("about"), {QStringLiteral("actionAbout"), QStringLiteral("aboutDialog")}}};
    // "guide#the-story": the guide, at a heading.
    const QString helpAnchor = parser.value(help).section(u'#', 1);
    const QString helpWindow = parser.value(help).section(u'#', 0, 0);
    if (!helpWindow.isEmpty()) {
        if (!helpWindows.contains(helpWindow)) {
            std::fprintf(stderr, "seedline: --show-help expects guide, shortcuts or about\n");
            return 2;
        }
        QObject::connect(&window, &MainWindow::graphShown, &window, [&window, helpWindow, helpAnchor](bool final) {
            if (!final)
                return;
            window.action(helpWindows.value(helpWindow).first)->trigger();
            auto *guide = window.findChild<GuideBrowser *>(QStringLiteral("guideBrowser"));
            if (guide && !helpAnchor.isEmpty()) {
                QUrl at = GuideBrowser::home();
                at.setFragment(helpAnchor);
                guide->browser()->setSource(at, QTextDocument::MarkdownResource);
            }
        }, Qt::SingleShotConnection);
    }
    const QString shotFile = parser.value(screenshot);
    if (!shotFile.isEmpty()) {
        auto started = std::make_shared<bool>(false);
        QObject::connect(&window, &MainWindow::graphShown, &window, [&window, shotFile, started, growthPanel,
                                                                      helpWindow](bool final) {
            if (!final || *started)
                return;
            *started = true;
            // Once nothing is loading, deriving or laying out any more (a scenario given on the
            // command line is applied after the first load).
            auto *poll = new QTimer(&window);
            poll->setInterval(500);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, shotFile, poll, growthPanel, helpWindow] {
                const Document *d = window.document();
                if (d->isLoading() || d->isDeriving() || window.sceneBuilder()->isRunning()
                    || window.graphView()->isNavigating() || (growthPanel->isVisible() && growthPanel->isBusy()))
                    return;
                // The Source panel's highlighting arrives from another process.
                const SourceHighlighter *highlighter = window.sourcePane()->highlighter();
                if (!window.sourceDock()->isHidden() && highlighter && !highlighter->hasHighlighting()
                    && highlighter->failure().isEmpty())
                    return;
                poll->stop();
                // Encoded in memory, written whole (a full disk or a device keeps what was there).
                QByteArray bytes;
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                const QByteArray format = QFileInfo(shotFile).suffix().toLower().toLatin1();
                WriteResult written;
                QWidget *shown = helpWindow.isEmpty()
                    ? nullptr
                    : window.findChild<QWidget *>(helpWindows.value(helpWindow).second, Qt::FindDirectChildrenOnly);
                if ((shown ? shown : static_cast<QWidget *>(&window))
                        ->grab()
                        .save(&buffer, format.isEmpty() ? "PNG" : format.constData()))
                    written = writeFileAtomically(shotFile, bytes);
                else
                    written.reason = QStringLiteral("cannot encode the image");
                if (written.ok)
                    std::fprintf(stderr, "seedline: saved %s\n", qPrintable(QFileInfo(shotFile).absoluteFilePath()));
                else
                    std::fprintf(stderr, "seedline: cannot write %s: %s\n", qPrintable(shotFile),
                                 qPrintable(written.reason));
                QCoreApplication::exit(written.ok ? 0 : 1);
            });
            poll->start();
        });
    }

    QStringList files = parser.positionalArguments();
    if (parser.isSet(openFolder)) {
        window.show();
        const QString folder = QFileDialog::getExistingDirectory(
            &window, QCoreApplication::translate("gui", "Open a Folder"), QDir::homePath());
        if (!folder.isEmpty())
            files.append(folder);
    }
    if (files.isEmpty())
        window.openEmbeddedDefault();
    else
        window.openFiles(files);
    window.show();
    // Unsaved edits a Seedline that crashed left behind: offered back once the window is up.
    if (shotFile.isEmpty())
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "document/document.h"
#include "graph/graphview.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

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
    parser.addOptions({config, scenario, openFolder, screenshot, select});
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

    MainWindow window;
    window.restoreSettings();
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
            if (!final || !window.document()->chain())
                return;
            const int index = window.document()->chain()->indexOf(selectId);
            if (index < 0) {
                std::fprintf(stderr, "seedline: no step \"%s\" is shown\n", qPrintable(selectId));
                return;
            }
            window.graphView()->setZoom(0.8);
            window.selectStep(index, true);
        });
    }
    const QString shotFile = parser.value(screenshot);
    if (!shotFile.isEmpty()) {
        QObject::connect(&window, &MainWindow::graphShown, &window, [&window, shotFile](bool final) {
            if (!final)
                return;
            QTimer::singleShot(500, &window, [&window, shotFile] {
                const bool ok = window.grab().save(shotFile);
                std::fprintf(stderr, ok ? "seedline: saved %s\n" : "seedline: cannot write %s\n",
                             qPrintable(QFileInfo(shotFile).absoluteFilePath()));
                QCoreApplication::exit(ok ? 0 : 1);
            });
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
    return app.exec();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "gui.h"

#include "core/allocatortuning.h"
#include "seedline-config.h"
#include "seedline-resources.h"
#include "window/icons.h"

#include <QApplication>
#include <QGuiApplication>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Seedline"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("seedline.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("seedline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEEDLINE_VERSION_STRING));
}
} // namespace

int main(int argc, char **argv)
{
    Seedline::restartWithHugePages(argv);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Seedline::Cli::isCommandLine(arguments)) {
        Seedline::tuneAllocatorForCommandLine();
        // The command line needs no display: exporting renders text, so it needs a QGuiApplication,
        // which the offscreen platform provides anywhere.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (Seedline::Cli::needsWidgets(arguments)) {
            // Qt Charts' items are QGraphicsWidgets, drawn with a QStyle: they need a QApplication,
            // which runs without a display on the offscreen platform too.
            QApplication app(argc, argv);
            setIdentity();
            return Seedline::Cli::run(arguments);
        }
        QGuiApplication app(argc, argv);
        setIdentity();
        return Seedline::Cli::run(arguments);
    }

    Seedline::tuneAllocatorForWindow();
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Seedline"));
    // The desktop file's name (packaging/): Wayland compositors and X11 task bars find the icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(SEEDLINE_APP_ID));
    QGuiApplication::setWindowIcon(Seedline::Icons::applicationIcon());
    return Seedline::runGui(app);
}

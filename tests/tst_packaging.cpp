// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Desktop integration and packaging (packaging/): the desktop file, AppStream metainfo and MIME type
// pass the freedesktop validators, the man page and the bash completion list what the binary's help
// lists, and `cmake --install` puts exactly the expected files into the standard directories.
#include "seedline-config.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(SEEDLINE_APP_ID);
const QString chainMimeType = QStringLiteral("application/x-seedline-chain+toml");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {},
        const QString &workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment environment = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(300000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run seedline(const QStringList &arguments)
{
    return run(QStringLiteral(SEEDLINE_EXECUTABLE), arguments);
}

QString packagingFile(const QString &name)
{
    return QDir(QStringLiteral(SEEDLINE_PACKAGING_DIR)).filePath(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The commands "seedline --help" lists: every "seedline WORD" line of its usage.
QStringList commands()
{
    const Run help = seedline({QStringLiteral("--help")});
    QStringList result;
    static const QRegularExpression line(QStringLiteral("^(?:Usage:)? +seedline ([a-z][a-z0-9-]*)(?: |$)"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(help.out)); it.hasNext();)
        result.append(it.next().captured(1));
    return result;
}

// The long options "seedline ARGS --help" lists.
QStringList longOptions(const QStringList &arguments)
{
    const Run help = seedline(arguments + QStringList{QStringLiteral("--help")});
    QStringList result;
    static const QRegularExpression option(QStringLiteral("^  (?:-[a-z], )?(--[a-z][a-z0-9-]*)"),
                                           QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(QString::fromUtf8(help.out)); it.hasNext();)
        result.append(it.next().captured(1));
    return result;
}

// Runs the generated bash completion for a command line whose last word is being completed.
QStringList complete(const QStringList &words, const QString &workingDirectory)
{
    QString script = QStringLiteral("source '%1'\nCOMP_WORDS=(").arg(packagingFile(QStringLiteral("completion/seedline")));
    for (const QString &word : words)
        script += u'\'' + word + QStringLiteral("' ");
    script += QStringLiteral(")\nCOMP_CWORD=%1\n_seedline 2>/dev/null\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
                  .arg(words.size() - 1);
    const Run result = run(QStringLiteral("bash"), {QStringLiteral("-c"), script}, {}, workingDirectory);
    if (result.exitCode != 0)
        qWarning() << result.err;
    QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopFile()
    {
        const QString path = packagingFile(appId + QStringLiteral(".desktop"));
        const QString text = QString::fromUtf8(readAll(path));
        QVERIFY2(!text.isEmpty(), qPrintable(path));
        QVERIFY(text.contains(QStringLiteral("\nExec=seedline %F\n")));
        QVERIFY(text.contains(QStringLiteral("\nIcon=") + appId + u'\n'));
        QVERIFY(text.contains(QStringLiteral("\nMimeType=") + chainMimeType + QStringLiteral(";text/vnd.graphviz;\n")));
        QVERIFY(text.contains(QStringLiteral("\n[Desktop Action open-folder]\n")));
        QVERIFY(text.contains(QStringLiteral("\nExec=seedline --open-folder\n")));

        // The action's option exists (the window's parser prints its help and quits).
        const Run help = seedline({QStringLiteral("--open-folder"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--open-folder"), help.out.constData());

        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
        const Run validated = run(validator, {path});
        QVERIFY2(validated.exitCode == 0 && validated.out.isEmpty() && validated.err.isEmpty(),
                 QByteArray(validated.out + validated.err).constData());
    }

    void metainfo()
    {
        const QString path = packagingFile(appId + QStringLiteral(".metainfo.xml"));
        const QByteArray xml = readAll(path);
        QVERIFY2(!xml.isEmpty(), qPrintable(path));

        QXmlStreamReader reader(xml);
        QString id, launchable, screenshot, newestRelease;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = reader.name();
            if (name == QLatin1String("id"))
                id = reader.readElementText();
            else if (name == QLatin1String("launchable"))
                launchable = reader.readElementText();
            else if (name == QLatin1String("image") && screenshot.isEmpty())
                screenshot = reader.readElementText();
            else if (name == QLatin1String("release") && newestRelease.isEmpty())
                newestRelease = reader.attributes().value(QLatin1String("version")).toString();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(id, appId);
        QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
        // The newest release is this version: releases are listed newest first.
        QCOMPARE(newestRelease, QStringLiteral(SEEDLINE_VERSION_STRING));
        // The screenshot is one of docs/ (served from the repository).
        QVERIFY2(screenshot.startsWith(QLatin1String("https://")), qPrintable(screenshot));
        const qsizetype docs = screenshot.indexOf(QLatin1String("/docs/"));
        QVERIFY2(docs > 0, qPrintable(screenshot));
        QVERIFY2(QFileInfo::exists(QStringLiteral(SEEDLINE_SOURCE_DIR) + screenshot.mid(docs)), qPrintable(screenshot));

        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (validator.isEmpty())
            QSKIP("appstreamcli is not installed (Debian: appstream)");
        // --strict: no errors, warnings or infos either (pedantic notes such as the id's capital letter are allowed).
        const Run validated = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                              QStringLiteral("--strict"), path});
        QVERIFY2(validated.exitCode == 0, QByteArray(validated.out + validated.err).constData());
    }

    void mimeType()
    {
        const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        const QString freedesktop = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
        if (updater.isEmpty() || !QFileInfo::exists(freedesktop))
            QSKIP("update-mime-database or freedesktop.org.xml is missing (Debian: shared-mime-info)");
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString packages = data.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(freedesktop, packages + QStringLiteral("/freedesktop.org.xml")));
        QVERIFY(QFile::copy(packagingFile(appId + QStringLiteral(".xml")), packages + u'/' + appId + QStringLiteral(".xml")));
        // The database is built where XDG_DATA_DIRS points (else update-mime-database notes that it is not).
        qputenv("XDG_DATA_DIRS", QFile::encodeName(data.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.filePath(QStringLiteral("home"))));
        const Run updated = run(updater, {data.filePath(QStringLiteral("mime"))});
        QVERIFY2(updated.exitCode == 0 && updated.err.isEmpty(), updated.err.constData());

        // This process has not used the MIME database yet: it reads the one just built.
        const QMimeDatabase db;
        const QMimeType chain = db.mimeTypeForFile(QStringLiteral("rust.chain.toml"), QMimeDatabase::MatchExtension);
        QCOMPARE(chain.name(), chainMimeType);
        QVERIFY(chain.inherits(QStringLiteral("application/toml")));
        QCOMPARE(db.mimeTypeForFile(QStringLiteral("Cargo.toml"), QMimeDatabase::MatchExtension).name(),
                 QStringLiteral("application/toml"));
        QCOMPARE(db.mimeTypeForFile(QStringLiteral("graph.gv"), QMimeDatabase::MatchExtension).name(),
                 QStringLiteral("text/vnd.graphviz"));
    }

    void icons()
    {
#if SEEDLINE_HAVE_RSVG
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString path = packagingFile(QStringLiteral("icons/%1x%1/%2.png").arg(size).arg(appId));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.hasAlphaChannel());
            // Corners transparent (a rounded square), the middle drawn.
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        }
#else
        QSKIP("rsvg-convert was not found at configure time: only the scalable icon is installed");
#endif
    }

    void manPage()
    {
        const QString page = QString::fromUtf8(readAll(packagingFile(QStringLiteral("seedline.1"))));
        QVERIFY(page.startsWith(QLatin1String(".\\\"")));
        QVERIFY(page.contains(QStringLiteral(".TH SEEDLINE 1 ")));
        QVERIFY(page.contains(QStringLiteral("\"seedline %1\"").arg(QStringLiteral(SEEDLINE_VERSION_STRING))));
        const auto roff = [](QString option) { return option.replace(QLatin1String("--"), QLatin1String("\\-\\-")); };
        for (const QString &option : longOptions({QStringLiteral("--open-folder")}))
            QVERIFY2(page.contains(QStringLiteral("\\fB") + roff(option) + QStringLiteral("\\fR")), qPrintable(option));
        const QStringList listed = commands();
        QVERIFY2(listed.size() >= 3, qPrintable(listed.join(u' ')));
        for (const QString &command : listed) {
            QVERIFY2(page.contains(QStringLiteral("\n.SS ") + command + u'\n'), qPrintable(command));
            QVERIFY2(page.contains(QStringLiteral("\\fBseedline ") + command + QStringLiteral("\\fR")), qPrintable(command));
            const QStringList options = longOptions({command});
            QVERIFY(options.contains(QStringLiteral("--help")));
            const qsizetype section = page.indexOf(QStringLiteral("\n.SS ") + command + u'\n');
            const qsizetype next = page.indexOf(QStringLiteral("\n.S"), section + 1);
            const QString text = page.mid(section, next - section);
            for (const QString &option : options)
                QVERIFY2(text.contains(QStringLiteral("\\fB") + roff(option) + QStringLiteral("\\fR")),
                         qPrintable(command + u' ' + option));
        }

#if SEEDLINE_HAVE_GZIP
        const Run unpacked = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), packagingFile(QStringLiteral("seedline.1.gz"))});
        QCOMPARE(unpacked.exitCode, 0);
        QCOMPARE(QString::fromUtf8(unpacked.out), page);
#endif

        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        if (groff.isEmpty())
            QSKIP("groff is not installed: the page's formatting is not checked (Debian: groff-base)");
        const Run formatted = run(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                                          QStringLiteral("-z"), packagingFile(QStringLiteral("seedline.1"))});
        QVERIFY2(formatted.exitCode == 0 && formatted.err.isEmpty(), formatted.err.constData());
    }

    void bashCompletion()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
            QSKIP("bash is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : {"graph.svg", "notes.txt", "rust.chain.toml"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("checkout")));
        const QString s = QStringLiteral("seedline");

        // The commands of "seedline --help", and the inputs the window opens.
        QStringList first = complete({s, {}}, dir.path());
        for (const QString &command : commands())
            QVERIFY2(first.contains(command), qPrintable(command));
        QVERIFY(first.contains(QStringLiteral("rust.chain.toml")));
        QVERIFY(first.contains(QStringLiteral("checkout")));
        QCOMPARE(complete({s, QStringLiteral("dr")}, dir.path()), QStringList{QStringLiteral("drift")});

        // Every option of every command, and the window's options.
        for (const QString &command : commands()) {
            const QStringList offered = complete({s, command, QStringLiteral("--")}, dir.path());
            for (const QString &option : longOptions({command}))
                QVERIFY2(offered.contains(option), qPrintable(command + u' ' + option));
        }
        QVERIFY(complete({s, QStringLiteral("--")}, dir.path()).contains(QStringLiteral("--open-folder")));

        // Option values: output files by extension, fixed choices, comma-separated kinds.
        QCOMPARE(complete({s, QStringLiteral("export"), QStringLiteral("-o"), {}}, dir.path()),
                 (QStringList{QStringLiteral("checkout"), QStringLiteral("graph.svg")}));
        QCOMPARE(complete({s, QStringLiteral("export"), QStringLiteral("--rankdir"), {}}, dir.path()),
                 (QStringList{QStringLiteral("LR"), QStringLiteral("TB")}));
        QCOMPARE(complete({s, QStringLiteral("summary"), QStringLiteral("--kinds"), QStringLiteral("declared,ob")}, dir.path()),
                 QStringList{QStringLiteral("declared,observed")});
        // A value that is not a file (a step id) offers nothing; after it, inputs again.
        QCOMPARE(complete({s, QStringLiteral("summary"), QStringLiteral("--target"), {}}, dir.path()), QStringList());
        QVERIFY(complete({s, QStringLiteral("summary"), QStringLiteral("--target"), QStringLiteral("gcc"), {}}, dir.path())
                    .contains(QStringLiteral("rust.chain.toml")));
    }

    void install()
    {
        QTemporaryDir destdir;
        QVERIFY(destdir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESTDIR"), destdir.path());
        const Run installed = run(QStringLiteral(SEEDLINE_CMAKE_COMMAND),
                                  {QStringLiteral("--install"), QStringLiteral(SEEDLINE_BUILD_DIR),
                                   QStringLiteral("--prefix"), QStringLiteral("/usr")},
                                  env);
        QVERIFY2(installed.exitCode == 0, QByteArray(installed.out + installed.err).constData());

        QStringList expected{
            QStringLiteral("usr/bin/seedline"),
            QStringLiteral("usr/share/applications/%1.desktop").arg(appId),
            QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId),
            QStringLiteral("usr/share/mime/packages/%1.xml").arg(appId),
            QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
            QStringLiteral("usr/share/bash-completion/completions/seedline"),
            QStringLiteral("usr/share/doc/seedline/copyright"),
            SEEDLINE_HAVE_GZIP ? QStringLiteral("usr/share/man/man1/seedline.1.gz")
                               : QStringLiteral("usr/share/man/man1/seedline.1"),
        };
        // The KF5 highlighter helper, where this build has one (libkf5syntaxhighlighting-dev).
        const QString helper = QStringLiteral(SEEDLINE_KF5_HIGHLIGHTER_INSTALLED);
        if (!helper.isEmpty())
            expected.append(QStringLiteral("usr/libexec/seedline/seedline-kf5-highlighter"));
#if SEEDLINE_HAVE_RSVG
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            expected.append(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
#endif
        expected.sort();
        QStringList files;
        const QDir root(destdir.path());
        for (QDirIterator it(destdir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
            files.append(root.relativeFilePath(it.next()));
        files.sort();
        QCOMPARE(files, expected);

        // The installed program runs, and the installed icon is the one the resources hold.
        const Run version = run(root.filePath(QStringLiteral("usr/bin/seedline")), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("seedline " SEEDLINE_VERSION_STRING));
        QCOMPARE(readAll(root.filePath(QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId))),
                 readAll(QStringLiteral(SEEDLINE_SOURCE_DIR "/resources/icons/app/seedline.svg")));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"

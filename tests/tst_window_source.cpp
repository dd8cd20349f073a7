// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Source dock in the main window: selecting a step (graph, table, Inspector) shows and marks
// its lines, a click in the text selects the step of that line, an evidence link opens the build
// script at the line where the tool runs, an edit of a chain file redraws the graph, a bad edit
// keeps the last good graph and says where, Save writes whole or changes nothing, closing asks,
// and the edits of a killed Seedline come back.
#include "document/document.h"
#include "document/selection.h"
#include "graph/graphview.h"
#include "itemmodels/stepfilterproxymodel.h"
#include "itemmodels/steptablemodel.h"
#include "scene/scenebuilder.h"
#include "source/fileprovider.h"
#include "source/recoverystore.h"
#include "source/sourcebuffer.h"
#include "source/sourcebuffers.h"
#include "source/sourceeditor.h"
#include "source/sourcepane.h"
#include "window/configpanel.h"
#include "window/inspectorwidget.h"
#include "window/mainwindow.h"
#include "window/stepspanel.h"

#include "scratchfs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QListView>
#include <QPlainTextDocumentLayout>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

#include <csignal>
#include <cstdio>

using namespace Seedline;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SEEDLINE_FIXTURES_DIR "/") + name;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool openAndWait(MainWindow &window, const QStringList &paths)
{
    window.configPanel()->overviewCheckBox()->setChecked(false);
    QSignalSpy shown(&window, &MainWindow::graphShown);
    window.openFiles(paths);
    return QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().at(0).toBool(); }, 30000)
        && QTest::qWaitFor([&] { return !window.sceneBuilder()->isRunning(); }, 30000);
}

// The 1-based line of the first line of `path` that contains `needle`.
int lineOf(const QString &path, const QByteArray &needle)
{
    const QList<QByteArray> lines = contents(path).split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return i + 1;
    }
    return 0;
}

bool marked(const SourceEditor *editor, int line, SourceRole role)
{
    for (const SourceMark &m : editor->marks()) {
        if (m.role == role && line >= m.line && line <= m.endLine)
            return true;
    }
    return false;
}

void clickLine(SourceEditor *editor, int line)
{
    const QTextBlock block = editor->document()->findBlockByNumber(line - 1);
    editor->goToLine(line);
    QCoreApplication::processEvents();
    const QRect r = editor->cursorRect(QTextCursor(block));
    const QPoint at(r.left() + 2, r.center().y());
    QSignalSpy clicked(editor, &SourceEditor::lineClicked);
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), line);
}

// Replaces the first occurrence of `from` in the buffer's text by `to`, as typing would (one
// undoable edit).
bool replaceText(QTextDocument *document, const QString &from, const QString &to)
{
    QTextCursor found = document->find(from);
    if (found.isNull())
        return false;
    found.insertText(to);
    return true;
}

// A copy of the window fixture the test may edit.
QString copyOfSmallChain(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("small.chain.toml"));
    QFile::copy(fixture(QStringLiteral("window/small.chain.toml")), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// The child the recovery test kills: opens a file, edits it, writes the recovery file, says so
// and waits to be killed.
int crashChild(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString file = qEnvironmentVariable("SEEDLINE_TEST_CRASH_FILE");
    SourceBuffers buffers;
    buffers.setRecoveryStore(RecoveryStore(qEnvironmentVariable("SEEDLINE_TEST_CRASH_RECOVERY")));
    buffers.setDocumentFactory([] {
        auto *document = new QTextDocument;
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
        return document;
    });
    SourceBuffer *buffer = buffers.open(file);
    if (!buffer->error().isEmpty())
        return 3;
    QTextCursor cursor(buffer->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\n# typed before the crash\n"));
    buffers.writeRecovery();
    std::puts("ready");
    std::fflush(stdout);
    return app.exec(); // until killed
}

} // namespace

class TestWindowSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeedlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window_source"));
        QSettings().clear();
        RecoveryStore().removeAll();
        for (const RecoveryEntry &e : RecoveryStore().orphans())
            RecoveryStore().discard(e);
    }

    // Graph, table or Inspector → selection → the source scrolls to the step and marks it.
    void selectingAStepShowsItsLines()
    {
        QTemporaryDir dir;
        const QString path = copyOfSmallChain(dir);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {path}));
        window.showSourceDock();
        SourcePane *pane = window.sourcePane();
        QVERIFY(pane->isVisible());

        const int meson = lineOf(path, "id = \"meson-1.3.0\"");
        QVERIFY(meson > 0);
        window.selectStepId(QStringLiteral("meson-1.3.0"), true);
        QVERIFY(pane->currentBuffer());
        QVERIFY(isSameFile(pane->currentBuffer()->path(), path));
        QVERIFY(marked(pane->editor(), meson, SourceRole::Declaration));
        QVERIFY(!marked(pane->editor(), lineOf(path, "id = \"perl-5.36.0\""), SourceRole::Declaration));
        QTRY_COMPARE(pane->editor()->currentLine(), meson - 1); // the [[step]] header above the id
        const auto [first, last] = pane->editor()->visibleLines();
        QVERIFY2(first <= meson && meson <= last, qPrintable(QStringLiteral("%1..%2").arg(first).arg(last)));

        // From the steps table.
        StepsPanel *steps = window.stepsPanel();
        const int row = steps->model()->rowOfStep(window.document()->chain()->indexOf(QStringLiteral("perl-5.36.0")));
        steps->tableView()->setCurrentIndex(steps->proxy()->mapFromSource(steps->model()->index(row, 0)));
        QCOMPARE(window.selectedStepId(), QStringLiteral("perl-5.36.0"));
        QVERIFY(marked(pane->editor(), lineOf(path, "id = \"perl-5.36.0\""), SourceRole::Declaration));
        QVERIFY(!marked(pane->editor(), meson, SourceRole::Declaration));

        // From the Inspector's link to another step.
        Q_EMIT window.inspector()->stepLinkActivated(QStringLiteral("hex0"));
        QCOMPARE(window.selectedStepId(), QStringLiteral("hex0"));
        QVERIFY(marked(pane->editor(), lineOf(path, "id = \"hex0\""), SourceRole::Declaration));
    }

    // Source → selection: a click on a line selects the step that line belongs to.
    void clickingALineSelectsItsStep()
    {
        QTemporaryDir dir;
        const QString path = copyOfSmallChain(dir);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {path}));
        window.showSourceDock();
        window.selectStepId(QStringLiteral("hex0"), true);
        SourcePane *pane = window.sourcePane();
        QVERIFY(pane->isShowingText());

        // The requires line of rust-1.74.0 (inside its table).
        const int rustRequires = lineOf(path, "id = \"rust-1.74.0\"") + 1;
        QVERIFY(rustRequires > 1);
        clickLine(pane->editor(), rustRequires);
        QCOMPARE(window.selectedStepId(), QStringLiteral("rust-1.74.0"));
        QCOMPARE(window.graphView()->selectedStep(), window.viewProjection()->shownIndexOf(QStringLiteral("rust-1.74.0")));
        // The click stays where it was (the text does not jump), and the step's lines are marked.
        QCOMPARE(pane->editor()->currentLine(), rustRequires);
        QVERIFY(marked(pane->editor(), rustRequires, SourceRole::Declaration));

        // Lines before the first step belong to no step: the selection stays.
        QCOMPARE(lineOf(path, "title = "), 3);
        clickLine(pane->editor(), 3);
        QCOMPARE(window.selectedStepId(), QStringLiteral("rust-1.74.0"));
    }

    // An observed requirement's evidence: the Inspector links to the line in the build script,
    // which opens marked; the script's other lines that run what the step needs are marked too,
    // a quoted "python3" is not.
    void anEvidenceLinkOpensTheLine()
    {
        const QString checkout = fixture(QStringLiteral("checkout-mini"));
        const QString script = checkout + QStringLiteral("/steps/gcc-15.2.0/pass1.sh");
        const int evidence = lineOf(script, "python3 contrib/regenerate-sarif-spec-index.py");
        const int quoted = lineOf(script, "python3 inside single quotes");
        QVERIFY(evidence > 0 && quoted > 0);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {checkout}));
        window.selectStepId(QStringLiteral("gcc-15.2.0"), true);

        // The Inspector shows the evidence as a link.
        const QString link = QStringLiteral("seedline-source:steps/gcc-15.2.0/pass1.sh#%1").arg(evidence);
        auto *browser = window.inspector()->findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY2(browser->toHtml().contains(link), qPrintable(browser->toHtml()));
        QVERIFY(window.sourceDock()->isHidden());
        Q_EMIT browser->anchorClicked(QUrl(link));

        SourcePane *pane = window.sourcePane();
        QVERIFY(!window.sourceDock()->isHidden()); // the link shows the dock
        QVERIFY(pane->currentBuffer());
        QVERIFY(pane->currentBuffer()->path().endsWith(QStringLiteral("steps/gcc-15.2.0/pass1.sh")));
        QTRY_COMPARE(pane->editor()->currentLine(), evidence);
        // In view once the dock that was just shown is laid out, with lines above it.
        QTRY_VERIFY(pane->editor()->visibleLines().first < evidence && evidence < pane->editor()->visibleLines().second);
        QVERIFY(marked(pane->editor(), evidence, SourceRole::Evidence));
        // Every observed requirement of the step with evidence in this script is marked, nothing else.
        const Chain &chain = *window.document()->chain();
        const int gcc = chain.indexOf(QStringLiteral("gcc-15.2.0"));
        QSet<int> evidenceLines;
        for (const Requirement &r : chain.requirements) {
            if (r.from == gcc && r.evidence.file() == QStringLiteral("steps/gcc-15.2.0/pass1.sh"))
                evidenceLines.insert(r.evidence.line);
        }
        QVERIFY(evidenceLines.contains(evidence));
        QSet<int> markedLines;
        for (const SourceMark &m : pane->editor()->marks()) {
            QCOMPARE(m.role, SourceRole::Evidence);
            markedLines.insert(m.line);
        }
        QCOMPARE(markedLines, evidenceLines);
        QVERIFY(!marked(pane->editor(), quoted, SourceRole::Evidence));
        QVERIFY(pane->editor()->lineToolTip(evidence).contains(QStringLiteral("python")));
        // The locations box names the script; the manifest is one entry away.
        QVERIFY(pane->locationBox()->currentText().contains(QStringLiteral("pass1.sh")));
        bool hasManifest = false;
        for (int i = 0; i < pane->locationBox()->count(); ++i)
            hasManifest = hasManifest || pane->locationBox()->itemText(i).contains(QStringLiteral("manifest"));
        QVERIFY(hasManifest);

        // A click on the evidence line selects gcc-15.2.0 again from another step.
        window.selectStepId(QStringLiteral("bison-3.4.1"), false);
        pane->openLocation(QStringLiteral("steps/gcc-15.2.0/pass1.sh"), evidence);
        clickLine(pane->editor(), evidence);
        QCOMPARE(window.selectedStepId(), QStringLiteral("gcc-15.2.0"));
    }

    // A valid edit redraws the graph (after a pause, through the loaders, unsaved); undo brings
    // the old graph back; the file on disk is untouched.
    void anEditRedrawsTheGraph()
    {
        QTemporaryDir dir;
        const QString path = copyOfSmallChain(dir);
        const QByteArray onDisk = contents(path);
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, {path}));
        window.showSourceDock();
        SourcePane *pane = window.sourcePane();
        pane->setEditDelay(50);
        window.selectStepId(QStringLiteral("perl-5.36.0"), true);
        QTextDocument *text = pane->currentBuffer()->document();
        const QString hex0Before = window.document()->chain()->steps[0].id;

        QSignalSpy shown(&window, &MainWindow::graphShown);
        QVERIFY(replaceText(text, QStringLiteral("id = \"perl-5.36.0\""), QStringLiteral("id = \"perl-5.38.0\"")));
        QVERIFY(pane->currentBuffer()->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(window.graphView()->chain()
                                     && window.graphView()->chain()->indexOf(QStringLiteral("perl-5.38.0")) >= 0
                                     && !window.sceneBuilder()->isRunning(),
                                 30000);
        QCOMPARE(window.graphView()->chain()->indexOf(QStringLiteral("perl-5.36.0")), -1);
        QVERIFY(window.viewProjection()->shownIndexOf(QStringLiteral("perl-5.38.0")) >= 0);
        QCOMPARE(window.document()->chain()->steps[0].id, hex0Before);
        QCOMPARE(contents(path), onDisk); // not saved
        QVERIFY(!shown.isEmpty());

        text->undo();
        QVERIFY(!pane->currentBuffer()->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(window.graphView()->chain()->indexOf(QStringLiteral("perl-5.36.0")) >= 0
                                     && !window.sceneBuilder()->isRunning(),
                                 30000);
        QCOMPARE(window.graphView()->chain()->indexOf(QStringLiteral("perl-5.38.0")), -1);
    }

    // An invalid edit: the diagnostic names the file, line and column, is underlined and listed
    // in the pane, and the last good graph stays.
    void aBadEditKeepsTheLastGoodGraph()
    {
        QTemporaryDir dir;
        const QString path = copyOfSmallChain(dir);
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, {path}));
        window.showSourceDock();
        SourcePane *pane = window.sourcePane();
        pane->setEditDelay(50);
        window.selectStepId(QStringLiteral("perl-5.36.0"), true);
        const ChainPtr good = window.graphView()->chain();
        const int line = lineOf(path, "id = \"perl-5.36.0\"");

        QSignalSpy failed(window.document(), &Document::failed);
        QVERIFY(replaceText(pane->currentBuffer()->document(), QStringLiteral("id = \"perl-5.36.0\""),
                            QStringLiteral("id = \"perl-5.36.0")));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        Diagnostic error;
        for (const Diagnostic &d : window.document()->diagnostics()) {
            if (d.severity == Severity::Error && error.message.isEmpty())
                error = d;
        }
        QVERIFY2(!error.message.isEmpty(), "no error diagnostic");
        QVERIFY2(isSameFile(error.file, path), qPrintable(error.toString()));
        QCOMPARE(error.line, line);
        QVERIFY2(error.column > 0, qPrintable(error.toString()));

        // The last good graph stays.
        QCOMPARE(window.graphView()->chain(), good);
        QVERIFY(window.graphView()->chain()->indexOf(QStringLiteral("perl-5.36.0")) >= 0);
        QCOMPARE(window.document()->chain()->steps.size(), 7);

        // Shown in the pane: listed, underlined at the line, explained in the tooltip.
        QTRY_VERIFY(pane->diagnosticsView()->isVisible());
        QCOMPARE(pane->diagnosticsView()->model()->rowCount(), 1);
        QCOMPARE(pane->editor()->diagnosticsAt(line).size(), 1);
        QVERIFY(pane->editor()->lineToolTip(line).contains(error.message));

        // Fixing it redraws and clears the list.
        QVERIFY(replaceText(pane->currentBuffer()->document(), QStringLiteral("id = \"perl-5.36.0"),
                            QStringLiteral("id = \"perl-5.36.1\"")));
        QTRY_VERIFY_WITH_TIMEOUT(window.graphView()->chain()->indexOf(QStringLiteral("perl-5.36.1")) >= 0, 30000);
        QTRY_VERIFY(!pane->diagnosticsView()->isVisible());
    }

    // Save writes whole or changes nothing, and keeps the edits with the reason when it cannot.
    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = copyOfSmallChain(dir);
        const QByteArray before = contents(path);
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, {path}));
        window.showSourceDock();
        SourcePane *pane = window.sourcePane();
        window.selectStepId(QStringLiteral("hex0"), true);
        SourceBuffer *buffer = pane->currentBuffer();
        QVERIFY(replaceText(buffer->document(), QStringLiteral("A tiny hand-written seed."),
                            QStringLiteral("A tiny seed, written by hand.")));

        // A write that fails (as a full disk does): the file keeps its bytes, the edits stay.
        buffer->setWriter([](const QString &p, const QByteArray &) {
            WriteResult r;
            r.path = p;
            r.reason = QStringLiteral("No space left on device");
            r.errorCode = ENOSPC;
            return r;
        });
        QVERIFY(!pane->save());
        QCOMPARE(contents(path), before);
        QVERIFY(buffer->isModified());
        QVERIFY(buffer->text().contains(QStringLiteral("A tiny seed, written by hand.")));
        QVERIFY2(pane->bannerText().contains(QStringLiteral("No space left on device")), qPrintable(pane->bannerText()));

        // The real writer: the file holds the new text whole, and no temporary file stays.
        buffer->setWriter({});
        window.document()->setReloadDelay(10);
        QVERIFY(window.document()->isWatching(path));
        QSignalSpy loads(window.document(), &Document::loadStarted);
        QVERIFY(pane->save());
        QVERIFY(!buffer->isModified());
        QCOMPARE(contents(path), buffer->bytes());
        QVERIFY(contents(path).contains("A tiny seed, written by hand."));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("small.chain.toml")});
        QVERIFY(pane->bannerText().isEmpty());

        // Seedline's own save is not a change on disk to reload for; another program's write is.
        QTest::qWait(500);
        QCOMPARE(loads.size(), 0);
        QTRY_VERIFY(window.document()->isWatching(path));
        {
            QFile other(path);
            QVERIFY(other.open(QIODevice::Append));
            other.write("# appended by another program\n");
        }
        QTRY_VERIFY_WITH_TIMEOUT(!loads.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(buffer->text().contains(QStringLiteral("appended by another program")), 20000);
        QVERIFY(!buffer->isModified());
    }

    // Save on a real full file system (a small tmpfs, needs root as CI has).
    void saveOnAFullDiskKeepsTheFile()
    {
        SeedlineTest::ScratchFs fs(128 * 1024);
        if (!fs.isMounted())
            QSKIP(qPrintable(fs.whyNot()));
        const QString path = fs.filePath(QStringLiteral("small.chain.toml"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("window/small.chain.toml")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = contents(path);
        SourcePane pane;
        pane.setPrompts({});
        QVERIFY(pane.openFile(path, 1));
        QTextCursor cursor(pane.currentBuffer()->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QString(4096, u'#'));
        QVERIFY(fs.fill(0) > 0);
        QVERIFY(!pane.save());
        QCOMPARE(contents(path), before);
        QVERIFY(pane.currentBuffer()->isModified());
        QVERIFY2(pane.bannerText().contains(QStringLiteral("No space left on device")), qPrintable(pane.bannerText()));
    }

    // Closing with unsaved edits asks: Cancel keeps the window, Save writes, Discard closes.
    void closingAsks()
    {
        QTemporaryDir dir;
        const QString path = copyOfSmallChain(dir);
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, {path}));
        window.showSourceDock();
        SourcePane *pane = window.sourcePane();
        window.selectStepId(QStringLiteral("hex0"), true);
        QVERIFY(replaceText(pane->currentBuffer()->document(), QStringLiteral("A tiny"), QStringLiteral("A small")));

        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        SourcePane::Prompts prompts;
        prompts.saveChanges = [&](const QStringList &names) {
            asked = names;
            return answer;
        };
        pane->setPrompts(prompts);
        QVERIFY(!window.close());
        QCOMPARE(asked, QStringList{QStringLiteral("small.chain.toml")});
        QVERIFY(window.isVisible());
        QVERIFY(!contents(path).contains("A small"));

        answer = QMessageBox::Save;
        QVERIFY(window.close());
        QVERIFY(contents(path).contains("A small"));
    }

    // A Seedline killed with unsaved edits: the next start offers them back.
    void editsComeBackAfterACrash()
    {
        QTemporaryDir dir;
        const QString path = copyOfSmallChain(dir);
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SEEDLINE_TEST_CRASH_FILE"), path);
        env.insert(QStringLiteral("SEEDLINE_TEST_CRASH_RECOVERY"), recovery);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return child.readAllStandardOutput().contains("ready") || child.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());

        // What the file holds did not change; the recovery file holds the edits.
        QVERIFY(!contents(path).contains("typed before the crash"));
        const RecoveryStore store(recovery);
        QCOMPARE(store.orphans().size(), 1);

        SourcePane pane;
        pane.buffers()->setRecoveryStore(store);
        QStringList offered;
        SourcePane::Prompts prompts;
        prompts.restoreRecovered = [&](const QStringList &names) {
            offered = names;
            return QMessageBox::Yes;
        };
        pane.setPrompts(prompts);
        QSignalSpy unsaved(&pane, &SourcePane::unsavedFilesChanged);
        QCOMPARE(pane.offerRecovery(), 1);
        QCOMPARE(offered, QStringList{QStringLiteral("small.chain.toml")});
        SourceBuffer *restored = pane.buffers()->find(path);
        QVERIFY(restored);
        QVERIFY(restored->isModified());
        QVERIFY(restored->text().contains(QStringLiteral("# typed before the crash")));
        QVERIFY(!unsaved.isEmpty());
        // The loaders read the restored text.
        const auto snapshot = pane.snapshot();
        QVERIFY(snapshot->contents(path).has_value());
        QVERIFY(snapshot->contents(path)->contains("typed before the crash"));
        // It is this process's now, not an orphan any more.
        QCOMPARE(store.orphans().size(), 0);
        pane.buffers()->discardRecovery();
        QCOMPARE(store.entries().size(), 0);
    }

    // File ▸ New: a commented template that loads as a chain.
    void newFileStartsFromTheTemplate()
    {
        QTemporaryDir dir;
        const QString path = copyOfSmallChain(dir);
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, {path}));
        QSignalSpy shown(&window, &MainWindow::graphShown);
        window.newChainFile();
        SourcePane *pane = window.sourcePane();
        QVERIFY(!window.sourceDock()->isHidden());
        QVERIFY(pane->currentBuffer()->isUntitled());
        QVERIFY(pane->currentBuffer()->text().startsWith(u'#'));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toBool(), 30000);
        QVERIFY(window.document()->chain());
        QVERIFY(!window.document()->chain()->steps.isEmpty());
        QVERIFY(!QFileInfo::exists(pane->currentBuffer()->path())); // nothing written yet
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SEEDLINE_TEST_CRASH_FILE"))
        return crashChild(argc, argv);
    QApplication app(argc, argv);
    TestWindowSource test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_window_source.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window explains itself: the user guide rendered with its pictures and working links, the
// list of shortcuts read from the window's actions, What's This and tooltips on every edge-kind,
// family and option control, About; diagnostics of a failed open marked stale; titles without a
// lost or doubled "&".
#include "document/document.h"
#include "itemmodels/diagnosticsmodel.h"
#include "scene/scenebuilder.h"
#include "window/aboutdialog.h"
#include "window/configpanel.h"
#include "window/explanations.h"
#include "window/guidebrowser.h"
#include "window/mainwindow.h"
#include "window/shortcutsdialog.h"

#include "seedline-config.h"
#include "seedline-resources.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace Seedline;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SEEDLINE_FIXTURES_DIR "/window/") + name;
}

bool openAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy shown(&window, &MainWindow::graphShown);
    if (paths.isEmpty())
        window.openEmbeddedDefault();
    else
        window.openFiles(paths);
    return QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().at(0).toBool(); }, 30000)
        && QTest::qWaitFor([&] { return !window.sceneBuilder()->isRunning(); }, 30000);
}

QStringList renderedHeadings(const QTextDocument *document)
{
    QStringList headings;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            headings << b.text();
    }
    return headings;
}

// The "# " and "## " headings of the guide's Markdown source, outside code blocks.
QStringList sourceHeadings()
{
    QFile file(QStringLiteral(SEEDLINE_SOURCE_DIR "/docs/guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList headings;
    bool code = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(QLatin1String("```")))
            code = !code;
        else if (!code && line.startsWith(u'#'))
            headings << line.section(u' ', 1).trimmed();
    }
    return headings;
}

// The document position of the first link whose target satisfies `match`.
int linkPosition(const QTextDocument *document, const std::function<bool(const QString &)> &match)
{
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && match(f.charFormat().anchorHref()))
                return f.position() + f.length() / 2;
        }
    }
    return -1;
}

// Clicks a link the way a reader does: scrolled into view, pressed and released on it.
bool clickLink(QTextBrowser *browser, const std::function<bool(const QString &)> &match)
{
    const int position = linkPosition(browser->document(), match);
    if (position < 0)
        return false;
    QTextCursor cursor(browser->document());
    cursor.setPosition(position);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QPoint at = browser->cursorRect(cursor).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    return true;
}

// The first visible block's text.
QString topBlock(QTextBrowser *browser)
{
    return browser->cursorForPosition(QPoint(4, 4)).block().text();
}

} // namespace

// Receives the links the guide hands to the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestWindowHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeedlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window_help"));
        QSettings().clear();
    }

    void guideRendersItsHeadingsAndPictures()
    {
        MainWindow window;
        window.action(QStringLiteral("actionUserGuide"))->trigger();
        auto *guide = window.findChild<GuideBrowser *>(QStringLiteral("guideBrowser"));
        QVERIFY(guide);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        QTextBrowser *browser = guide->browser();
        QCOMPARE(browser->source(), GuideBrowser::home());
        const QStringList expected = sourceHeadings();
        QVERIFY2(expected.size() >= 10, "docs/guide.md has too few headings");
        QCOMPARE(renderedHeadings(browser->document()), expected);
        // The repository's comments (the SPDX header) are not shown to the reader.
        QVERIFY(!browser->toPlainText().contains(QLatin1String("SPDX")));
        QVERIFY(browser->toPlainText().startsWith(expected.first()));

        // Every picture the page shows is there: a real screenshot, scaled to the page, not a
        // broken-image placeholder.
        QStringList images;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isImageFormat())
                    images << it.fragment().charFormat().toImageFormat().name();
            }
        }
        QVERIFY2(images.size() >= 5, qPrintable(images.join(u' ')));
        for (const QString &name : std::as_const(images)) {
            const QImage image = guide->browser()->image(QUrl(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY2(image.width() >= 400 && image.height() >= 200, qPrintable(name));
            QVERIFY2(QFile::exists(QStringLiteral(SEEDLINE_SOURCE_DIR "/docs/") + name), qPrintable(name));
        }
        // F1 is the guide's key.
        QCOMPARE(window.action(QStringLiteral("actionUserGuide"))->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    void guideLinksWork()
    {
        MainWindow window;
        GuideBrowser *guide = GuideBrowser::showFor(&window);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        GuideTextBrowser *browser = guide->browser();
        QCOMPARE(browser->verticalScrollBar()->value(), 0);

        // An internal link of the contents scrolls to its heading.
        const QString anchor = GuideTextBrowser::headingAnchor(QStringLiteral("The story"));
        QCOMPARE(anchor, QStringLiteral("the-story"));
        QVERIFY(clickLink(browser, [&](const QString &href) { return href == u'#' + anchor; }));
        QTRY_COMPARE(browser->source().fragment(), anchor);
        QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
        QCOMPARE(topBlock(browser), QStringLiteral("The story"));

        // Back and Forward.
        QAction *back = guide->findChild<QAction *>(QStringLiteral("guideBack"));
        QAction *forward = guide->findChild<QAction *>(QStringLiteral("guideForward"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(browser->source(), GuideBrowser::home());
        QCOMPARE(browser->verticalScrollBar()->value(), 0);
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(browser->source().fragment(), anchor);
        QCOMPARE(topBlock(browser), QStringLiteral("The story"));

        // A link to another page of docs/ opens it in the guide, and Back returns.
        QVERIFY(clickLink(browser, [](const QString &href) { return href == QLatin1String("chain-format.md"); }));
        QTRY_COMPARE(browser->source().fileName(), QStringLiteral("chain-format.md"));
        QVERIFY(!renderedHeadings(browser->document()).isEmpty());
        QVERIFY(renderedHeadings(browser->document()).first().contains(QLatin1String("chain file"), Qt::CaseInsensitive));
        back->trigger();
        QCOMPARE(browser->source().fileName(), QStringLiteral("guide.md"));
        QCOMPARE(renderedHeadings(browser->document()), sourceHeadings());

        // A link out of the guide goes to the desktop's browser, and the guide stays where it is.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        const QUrl before = browser->source();
        QVERIFY(clickLink(browser, [](const QString &href) { return href.startsWith(QLatin1String("https://")); }));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.first().scheme(), QStringLiteral("https"));
        QCOMPARE(browser->source(), before);
    }

    void shortcutsListEveryActionWithAShortcut()
    {
        MainWindow window;
        GuideBrowser::showFor(&window); // its Back and Forward have shortcuts too
        window.action(QStringLiteral("actionShortcuts"))->trigger();
        auto *dialog = window.findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        QSet<QAction *> expected;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (!a->shortcuts().isEmpty() && !dialog->isAncestorOf(qobject_cast<QWidget *>(a->parent())))
                expected.insert(a);
        }
        QVERIFY(expected.size() >= 20);
        const QList<QAction *> listed = dialog->listedActions();
        QCOMPARE(QSet<QAction *>(listed.begin(), listed.end()), expected);
        QCOMPARE(listed.size(), expected.size()); // each once

        // Grouped by menu: Open is under the File menu, with its keys.
        QTreeWidget *tree = dialog->tree();
        const QString fileMenu = ShortcutsDialog::plainText(window.menuBar()->actions().first()->text());
        QTreeWidgetItem *openItem = nullptr;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
                if (item->text(0) == ShortcutsDialog::plainText(window.action(QStringLiteral("actionOpen"))->text()))
                    openItem = item;
            }
        }
        QVERIFY(openItem);
        QCOMPARE(openItem->parent()->text(0), fileMenu);
        QCOMPARE(openItem->text(1), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));

        // The filter narrows the list to what matches, in the name, the keys or the description.
        dialog->setFilter(QStringLiteral("zoom"));
        const QList<QAction *> zoom = dialog->visibleActions();
        QVERIFY(!zoom.isEmpty());
        QVERIFY(zoom.size() < listed.size());
        QVERIFY(zoom.contains(window.action(QStringLiteral("actionZoomIn"))));
        QVERIFY(!zoom.contains(window.action(QStringLiteral("actionOpen"))));
        const QString f11 = QKeySequence(Qt::Key_F11).toString(QKeySequence::NativeText);
        dialog->setFilter(f11);
        QVERIFY(!dialog->visibleActions().isEmpty());
        for (QAction *a : dialog->visibleActions()) {
            QVERIFY2(ShortcutsDialog::plainText(a->text()).contains(f11, Qt::CaseInsensitive)
                         || a->shortcut().toString(QKeySequence::NativeText).contains(f11)
                         || a->statusTip().contains(f11) || a->toolTip().contains(f11),
                     qPrintable(a->text()));
        }
        dialog->setFilter(QStringLiteral("no action is called this"));
        QVERIFY(dialog->visibleActions().isEmpty());
        dialog->setFilter({});
        QCOMPARE(dialog->visibleActions().size(), listed.size());
    }

    void everyToggleAndOptionExplainsItself()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {}));
        ConfigPanel *panel = window.configPanel();
        QSet<QString> texts;
        for (RequirementKind kind : allRequirementKinds) {
            QCheckBox *box = panel->edgeKindCheckBox(kind);
            QVERIFY(box);
            QCOMPARE(box->toolTip(), Explanations::edgeKindToolTip(kind));
            QCOMPARE(box->whatsThis(), Explanations::edgeKindWhatsThis(kind));
            QVERIFY2(box->whatsThis().contains(requirementKindName(kind)), qPrintable(box->whatsThis()));
            QVERIFY(!box->toolTip().isEmpty());
            texts.insert(box->whatsThis());
        }
        QCOMPARE(texts.size(), int(std::size(allRequirementKinds))); // each its own meaning

        int families = 0;
        for (QCheckBox *box : panel->findChildren<QCheckBox *>()) {
            if (!box->objectName().startsWith(QLatin1String("family_")))
                continue;
            ++families;
            QVERIFY2(!box->toolTip().isEmpty(), qPrintable(box->objectName()));
            QVERIFY2(box->whatsThis().contains(box->text()), qPrintable(box->objectName()));
        }
        QVERIFY(families >= 5); // the shipped chains have Python, Rust, C compiler, Perl, shell...

        for (const char *name : {"foldRuns", "collapseSeries", "unfoldAll", "rankDir", "selectionDirection",
                                 "selectionDepth", "focusMode", "scenarioList", "stepsFilter", "stepsRegex",
                                 "stepsFamilyFilter", "showStory", "growthPolicy", "growthProjection", "growthSpeed",
                                 "growthSlider"}) {
            auto *widget = window.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->toolTip().isEmpty(), name);
            QVERIFY2(!widget->whatsThis().isEmpty(), name);
        }

        // Help ▸ What's This? (Shift+F1).
        QAction *whatsThis = window.action(QStringLiteral("actionWhatsThis"));
        QVERIFY(whatsThis);
        QCOMPARE(whatsThis->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
        // Every toolbar button with a shortcut shows it in its tooltip.
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            for (QAction *a : bar->actions()) {
                if (!a->shortcut().isEmpty())
                    QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                             qPrintable(a->toolTip()));
            }
        }
    }

    void aboutShowsIconVersionLicenceAndLinks()
    {
        MainWindow window;
        window.action(QStringLiteral("actionAbout"))->trigger();
        auto *about = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QVERIFY(QTest::qWaitForWindowExposed(about));
        const QString text = about->textLabel()->text();
        QVERIFY2(text.contains(QStringLiteral(SEEDLINE_VERSION_STRING)), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("href=\"" SEEDLINE_HOMEPAGE_URL "\"")));
        QVERIFY(text.contains(QStringLiteral("href=\"" SEEDLINE_BUGTRACKER_URL "\"")));
        QVERIFY(about->textLabel()->openExternalLinks());
        QVERIFY(!about->iconLabel()->pixmap().isNull());
        QVERIFY(about->iconLabel()->pixmap().width() >= 64);
    }

    void aFailedOpenMarksItsDiagnosticsStale()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("small.chain.toml"))}));
        DiagnosticsModel *model = window.diagnosticsModel();
        QCOMPARE(model->staleCount(), 0);
        QCOMPARE(model->errorCount(), 0);

        QSignalSpy failed(window.document(), &Document::failed);
        window.openFiles({fixture(QStringLiteral("broken.chain.toml"))});
        QTRY_COMPARE(failed.count(), 1);
        // Listed, under a note that says where they come from and what is shown instead.
        QVERIFY(model->staleCount() >= 2);
        const QModelIndex note = model->index(0);
        QVERIFY(note.data(DiagnosticsModel::NoteRole).toBool());
        const QString noteText = note.data().toString();
        QVERIFY2(noteText.contains(QLatin1String("broken.chain.toml")) && noteText.contains(QLatin1String("small.chain.toml")),
                 qPrintable(noteText));
        QVERIFY(noteText.contains(QLatin1String("failed open")));
        int staleErrors = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const bool error = index.data(DiagnosticsModel::SeverityRole).toInt() == int(Severity::Error);
            QCOMPARE(index.data(DiagnosticsModel::StaleRole).toBool(), row < model->staleCount());
            if (error) {
                QVERIFY2(row < model->staleCount(), "an error of the failed open is listed as the shown chain's");
                ++staleErrors;
            }
        }
        QVERIFY(staleErrors > 0);
        QVERIFY(index0Italic(model, 1));
        // Still stale when the shown chain is derived again (a scenario, a reload of what is shown).
        QCOMPARE(window.document()->paths(), QStringList{fixture(QStringLiteral("small.chain.toml"))});
        QVERIFY(hasErrors(window.document()->diagnostics()));
        QVERIFY(!hasErrors(window.document()->shownDiagnostics()));

        // Once a load succeeds they are gone.
        QVERIFY(openAndWait(window, {fixture(QStringLiteral("other.chain.toml"))}));
        QTRY_COMPARE(model->staleCount(), 0);
        QCOMPARE(model->errorCount(), 0);
    }

    void aFailedReloadSaysTheChainShownIsTheLastGoodOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chain.chain.toml"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("small.chain.toml")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow window;
        window.document()->setReloadDelay(50);
        QVERIFY(openAndWait(window, {path}));
        QSignalSpy failed(window.document(), &Document::failed);
        {
            QFile broken(fixture(QStringLiteral("broken.chain.toml")));
            QVERIFY(broken.open(QIODevice::ReadOnly));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(broken.readAll());
        }
        window.document()->reload();
        QTRY_VERIFY(!failed.isEmpty());
        DiagnosticsModel *model = window.diagnosticsModel();
        QVERIFY(model->staleCount() >= 2);
        const QString noteText = model->index(0).data().toString();
        QVERIFY2(noteText.contains(QLatin1String("failed reload")) && noteText.contains(QLatin1String("chain.chain.toml")),
                 qPrintable(noteText));
    }

    void titlesHaveNoLostOrDoubledAmpersand()
    {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Seedline"));
        MainWindow window;
        QVERIFY(openAndWait(window, {}));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Qt adds the display name to the title the desktop shows: the window's own has none.
        QVERIFY(!window.windowTitle().isEmpty());
        QVERIFY2(!window.windowTitle().contains(QLatin1String("Seedline")), qPrintable(window.windowTitle()));
        QVERIFY(!window.windowHandle()->title().contains(QLatin1String("Seedline Seedline")));
        const int docks = int(window.findChildren<QDockWidget *>().size());
        QVERIFY(docks >= 6);
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            // A title is shown as it is in the title bar, and as a mnemonic in View ▸ Panels.
            QVERIFY2(!dock->windowTitle().contains(u'&'), qPrintable(dock->windowTitle()));
            QCOMPARE(dock->toggleViewAction()->text(), dock->windowTitle());
        }
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            for (const QString &text : [menu] {
                     QStringList texts{menu->title()};
                     for (QAction *a : menu->actions())
                         texts << a->text();
                     return texts;
                 }()) {
                QVERIFY2(!text.contains(QLatin1String("&&")), qPrintable(text));
                QVERIFY2(text.count(u'&') <= 1, qPrintable(text));
            }
        }
    }

private:
    static bool index0Italic(DiagnosticsModel *model, int row)
    {
        return model->index(row).data(Qt::FontRole).value<QFont>().italic();
    }
};

QTEST_MAIN(TestWindowHelp)
#include "tst_window_help.moc"

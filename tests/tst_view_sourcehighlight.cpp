// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Syntax highlighting of the source pane with the real backends: the KF5 helper process
// (seedline-kf5-highlighter, built where libkf5syntaxhighlighting-dev is installed), the KF5
// command-line tool (kate-syntax-highlighter) and, where CMake found it, KF6 in-process. A known
// token must get the colour of the theme (light or dark, following the palette), Seedline's own
// manifest definition must be used, an edit re-highlights, and without a backend the text stays
// plain with a reason.
#include "seedline-config.h"
#include "source/highlighting/sourcehighlighter.h"
#include "source/highlighting/syntaxhighlighting.h"

#include <QGuiApplication>
#include <QPlainTextDocumentLayout>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Seedline;
using Kind = SyntaxHighlighting::Kind;

Q_DECLARE_METATYPE(Seedline::SyntaxHighlighting::Kind)

namespace {

const QString bashText = QStringLiteral("if true; then\n  echo 'quoted' # note\nfi\n");

struct Highlighted
{
    std::unique_ptr<QTextDocument> document;
    std::unique_ptr<SourceHighlighter> highlighter;
};

Highlighted highlight(SyntaxHighlighting *highlighting, const QString &text, const SyntaxChoice &syntax, bool dark)
{
    Highlighted h;
    h.document = std::make_unique<QTextDocument>();
    h.document->setDocumentLayout(new QPlainTextDocumentLayout(h.document.get()));
    h.document->setPlainText(text);
    h.highlighter = std::make_unique<SourceHighlighter>(h.document.get(), highlighting, syntax, dark);
    return h;
}

bool waitForHighlighting(const SourceHighlighter &h, int batches = 1)
{
    return QTest::qWaitFor([&] { return h.batchesApplied() >= batches || !h.failure().isEmpty(); }, 20000)
        && h.failure().isEmpty();
}

QString colourAt(const SourceHighlighter &h, int line, int column)
{
    const QTextCharFormat f = h.formatAt(line, column);
    return f.hasProperty(QTextFormat::ForegroundBrush) ? f.foreground().color().name() : QStringLiteral("(none)");
}

bool isAvailable(Kind kind)
{
    SyntaxHighlighting probe({kind});
    return probe.isAvailable();
}

} // namespace

class TestViewSourceHighlight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(seedline); // Seedline's own syntax definitions
        QStandardPaths::setTestModeEnabled(true);
    }

    void backends_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addRow("helper") << Kind::Helper;
        QTest::addRow("cli") << Kind::CommandLine;
        QTest::addRow("kf6") << Kind::InProcess;
    }

    // The backend this build is meant to have is really there: CI installs it (.ci/seedline).
    void theBuildHasABackend()
    {
        if (!SEEDLINE_HAVE_KF6_SYNTAXHIGHLIGHTING && QByteArray(SEEDLINE_KF5_HIGHLIGHTER_BUILT).isEmpty()
            && QByteArray(SEEDLINE_KATE_SYNTAX_HIGHLIGHTER).isEmpty())
            QSKIP("this build found no highlighting backend (install libkf5syntaxhighlighting-dev)");
        SyntaxHighlighting highlighting;
        QVERIFY2(highlighting.isAvailable(), qPrintable(highlighting.status()));
        if (SEEDLINE_HAVE_KF6_SYNTAXHIGHLIGHTING)
            QCOMPARE(highlighting.kind(), std::optional<Kind>(Kind::InProcess));
        else if (!QByteArray(SEEDLINE_KF5_HIGHLIGHTER_BUILT).isEmpty())
            QCOMPARE(highlighting.kind(), std::optional<Kind>(Kind::Helper));
        QVERIFY(highlighting.status().startsWith(QStringLiteral("Syntax highlighting by")));
    }

    // Breeze Light and Breeze Dark, as kate-syntax-highlighter -t prints them.
    void knownTokensGetTheThemeColours_data() { backends_data(); }
    void knownTokensGetTheThemeColours()
    {
        QFETCH(Kind, kind);
        if (!isAvailable(kind))
            QSKIP("this backend is not available in this build or on this machine");
        SyntaxHighlighting highlighting({kind});
        QCOMPARE(highlighting.kind(), std::optional<Kind>(kind));

        const SyntaxChoice bash{QStringLiteral("pass1.sh"), QStringLiteral("Bash")};
        Highlighted light = highlight(&highlighting, bashText, bash, false);
        QVERIFY2(waitForHighlighting(*light.highlighter), qPrintable(light.highlighter->failure()));
        QCOMPARE(colourAt(*light.highlighter, 1, 8), QStringLiteral("#bf0303"));  // 'quoted': String
        QCOMPARE(colourAt(*light.highlighter, 1, 17), QStringLiteral("#898887")); // # note: Comment
        QVERIFY(light.highlighter->formatAt(0, 0).fontWeight() >= QFont::Bold);   // if: ControlFlow
        QVERIFY(light.highlighter->formatAt(1, 0).fontWeight() < QFont::Bold);    // indentation: plain

        // The dark theme when the palette is dark, re-applied to a document already highlighted.
        light.highlighter->setDark(true);
        QVERIFY(light.highlighter->isDark());
        QTRY_COMPARE_WITH_TIMEOUT(colourAt(*light.highlighter, 1, 8), QStringLiteral("#f44f4f"), 20000);
        QVERIFY(light.highlighter->failure().isEmpty());

        // TOML (chain files).
        Highlighted toml = highlight(&highlighting, QStringLiteral("[[step]]\nid = \"x\"\n"),
                                     {QStringLiteral("a.chain.toml"), QStringLiteral("TOML")}, false);
        QVERIFY2(waitForHighlighting(*toml.highlighter), qPrintable(toml.highlighter->failure()));
        QCOMPARE(colourAt(*toml.highlighter, 1, 0), QStringLiteral("#0057ae")); // id: key
        QCOMPARE(colourAt(*toml.highlighter, 1, 5), QStringLiteral("#bf0303")); // "x": string
    }

    // Seedline's definition of live-bootstrap's steps/manifest (resources/syntax/).
    void theManifestDefinitionIsOurs_data() { backends_data(); }
    void theManifestDefinitionIsOurs()
    {
        QFETCH(Kind, kind);
        if (!isAvailable(kind))
            QSKIP("this backend is not available in this build or on this machine");
        SyntaxHighlighting highlighting({kind});
        const SyntaxChoice syntax = SyntaxHighlighting::syntaxFor(QStringLiteral("/x/steps/manifest"));
        QCOMPARE(syntax.definitionName, QStringLiteral("live-bootstrap Manifest"));
        Highlighted h = highlight(&highlighting, QStringLiteral("# the order\nbuild: gcc-15.2.0\n"), syntax, false);
        QVERIFY2(waitForHighlighting(*h.highlighter), qPrintable(h.highlighter->failure()));
        QVERIFY(h.highlighter->formatAt(1, 0).fontWeight() >= QFont::Bold);     // build: Directive (keyword)
        QCOMPARE(colourAt(*h.highlighter, 1, 7), QStringLiteral("#644a9b"));   // gcc: Package (function)
        QCOMPARE(colourAt(*h.highlighter, 0, 2), QStringLiteral("#898887"));   // comment
    }

    // Typing changes the highlighting of the changed line only after the backend answers; the
    // answer lands on the new text.
    void anEditIsHighlightedAgain_data() { backends_data(); }
    void anEditIsHighlightedAgain()
    {
        QFETCH(Kind, kind);
        if (!isAvailable(kind))
            QSKIP("this backend is not available in this build or on this machine");
        SyntaxHighlighting highlighting({kind});
        Highlighted h = highlight(&highlighting, QStringLiteral("a = 1\nb = 2\n"),
                                  {QStringLiteral("x.toml"), QStringLiteral("TOML")}, false);
        QVERIFY(waitForHighlighting(*h.highlighter));
        QVERIFY(colourAt(*h.highlighter, 1, 4) != QStringLiteral("#bf0303"));
        QTextCursor cursor(h.document->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("\"two\""));
        QTRY_COMPARE_WITH_TIMEOUT(colourAt(*h.highlighter, 1, 4), QStringLiteral("#bf0303"), 20000);
        QCOMPARE(h.document->findBlockByNumber(1).text(), QStringLiteral("b = \"two\""));
    }

    void withoutABackendTheTextIsPlainAndSaysWhy()
    {
        SyntaxHighlighting none(QVector<Kind>{});
        QVERIFY(!none.isAvailable());
        QVERIFY(!none.status().isEmpty());
        QVERIFY2(!none.status().contains(u'\n'), qPrintable(none.status())); // one line for the status bar
        Highlighted h = highlight(&none, bashText, {QStringLiteral("pass1.sh"), QStringLiteral("Bash")}, false);
        QCoreApplication::processEvents();
        QVERIFY(!h.highlighter->hasHighlighting());
        QCOMPARE(colourAt(*h.highlighter, 1, 8), QStringLiteral("(none)"));
    }
};

QTEST_MAIN(TestViewSourceHighlight)
#include "tst_view_sourcehighlight.moc"

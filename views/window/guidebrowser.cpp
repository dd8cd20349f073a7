// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidebrowser.h"

#include "seedline-resources.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

static void initGuideResources()
{
    Q_INIT_RESOURCE(guide); // resources/guide.qrc: a static library's resources need a nudge
}

namespace Seedline {

namespace {
constexpr int maximumImageWidth = 760;

QString resourcePath(const QUrl &url)
{
    return url.scheme() == QLatin1String("qrc") ? QStringLiteral(":") + url.path() : QString();
}
} // namespace

GuideTextBrowser::GuideTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("guideText"));
    setOpenLinks(false); // followLink decides: in the guide, or out to the desktop's browser
    connect(this, &QTextBrowser::anchorClicked, this, &GuideTextBrowser::followLink);
    // Also after Back and Forward, which load a page without setSource().
    connect(this, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        document()->setDocumentMargin(fontMetrics().height()); // room to read, away from the frame
        const bool newPage = addHeadingAnchors();
        if (newPage) {
            // Tables with room around the text of their cells.
            for (QTextFrame *frame : document()->rootFrame()->childFrames()) {
                if (auto *table = qobject_cast<QTextTable *>(frame)) {
                    QTextTableFormat format = table->format();
                    format.setCellPadding(4);
                    format.setCellSpacing(0);
                    format.setBorderCollapse(true);
                    table->setFormat(format);
                }
            }
            document()->setModified(false);
        }
        if (newPage && url.hasFragment())
            scrollToAnchor(url.fragment()); // the anchors were not there when the page was read
    });
}

QString GuideTextBrowser::headingAnchor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    }
    return anchor;
}

QImage GuideTextBrowser::image(const QUrl &url) const
{
    return document()->resource(QTextDocument::ImageResource, url).value<QImage>();
}

QVariant GuideTextBrowser::loadResource(int type, const QUrl &name)
{
    const QUrl url = (source().isValid() ? source() : GuideBrowser::home()).resolved(name);
    if (resourcePath(url).isEmpty())
        return QTextBrowser::loadResource(type, url);
    if (type == QTextDocument::MarkdownResource || url.path().endsWith(QLatin1String(".md"))) {
        // The pages' HTML comments (the SPDX header) are for the repository, not for the reader:
        // Qt's Markdown reader would show them as text.
        QFile file(resourcePath(url));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression comment(QStringLiteral("<!--.*?-->\\s*"),
                                                QRegularExpression::DotMatchesEverythingOption);
        return QString::fromUtf8(file.readAll()).remove(comment);
    }
    if (type != QTextDocument::ImageResource)
        return QTextBrowser::loadResource(type, url);
    QImage image(resourcePath(url));
    if (image.isNull())
        return {};
    if (image.width() > maximumImageWidth)
        image = image.scaledToWidth(maximumImageWidth, Qt::SmoothTransformation);
    return image;
}

bool GuideTextBrowser::addHeadingAnchors()
{
    bool added = false;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 || block.length() <= 1)
            continue;
        if (block.begin() != block.end() && block.begin().fragment().charFormat().isAnchor())
            return false; // this page has them already
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(format);
        added = true;
    }
    document()->setModified(false);
    return added;
}

void GuideTextBrowser::followLink(const QUrl &link)
{
    const QUrl url = source().resolved(link);
    if (url.scheme() != QLatin1String("qrc")) {
        QDesktopServices::openUrl(url); // the web, mail: the desktop's programs
    } else if (QFile::exists(resourcePath(url.adjusted(QUrl::RemoveFragment)))) {
        setSource(url, url.path().endsWith(QLatin1String(".md")) ? QTextDocument::MarkdownResource
                                                                  : QTextDocument::UnknownResource);
    } else {
        // A file of the repository the guide links to but the application does not carry: the web's copy.
        QUrl web(QStringLiteral(SEEDLINE_HOMEPAGE_URL "/blob/main/docs/") + url.fileName());
        web.setFragment(url.fragment());
        QDesktopServices::openUrl(web);
    }
}

GuideBrowser::GuideBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new GuideTextBrowser(this))
{
    initGuideResources();
    setObjectName(QStringLiteral("guideBrowser"));
    setWindowTitle(tr("User Guide"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [this, bar](const QString &name, const QString &text, const QString &icon, QStyle::StandardPixmap fallback,
                           QKeySequence::StandardKey key) {
        QAction *a = bar->addAction(QIcon::fromTheme(icon, style()->standardIcon(fallback)), text);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, a->shortcut().toString(QKeySequence::NativeText)));
        return a;
    };
    QAction *back = add(QStringLiteral("guideBack"), tr("Back"), QStringLiteral("go-previous"),
                        QStyle::SP_ArrowBack, QKeySequence::Back);
    QAction *forward = add(QStringLiteral("guideForward"), tr("Forward"), QStringLiteral("go-next"),
                           QStyle::SP_ArrowForward, QKeySequence::Forward);
    QAction *contents = bar->addAction(QIcon::fromTheme(QStringLiteral("go-home"), style()->standardIcon(QStyle::SP_DirHomeIcon)),
                                       tr("Contents"));
    contents->setObjectName(QStringLiteral("guideHome"));
    contents->setToolTip(tr("Back to the top of the guide"));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(contents, &QAction::triggered, m_browser, [this] { m_browser->setSource(home(), QTextDocument::MarkdownResource); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_browser, 1);
    m_browser->setSource(home(), QTextDocument::MarkdownResource);
    resize(900, 720);
}

QUrl GuideBrowser::home()
{
    return QUrl(QStringLiteral("qrc:/guide/guide.md"));
}

GuideBrowser *GuideBrowser::showFor(QWidget *window)
{
    auto *guide = window->findChild<GuideBrowser *>(QStringLiteral("guideBrowser"), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new GuideBrowser(window);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

} // namespace Seedline

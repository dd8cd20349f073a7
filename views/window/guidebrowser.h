// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTextBrowser>
#include <QUrl>

class QAction;

namespace Seedline {

// Renders the user guide (docs/guide.md, compiled in under qrc:/guide/) and the screenshots it
// references. Headings get the anchors GitHub gives them ("## Reading the picture" is
// #reading-the-picture), so the same links work on the web and here; links out of the guide open
// in the desktop's browser; images are scaled down to the width of the page.
class GuideTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit GuideTextBrowser(QWidget *parent = nullptr);

    // The anchor GitHub makes of a heading: lower case, punctuation dropped, spaces to '-'.
    static QString headingAnchor(const QString &heading);
    // The image of a URL as the page shows it (null when there is none).
    QImage image(const QUrl &url) const;

    QVariant loadResource(int type, const QUrl &name) override;

private:
    void followLink(const QUrl &link);
    // Gives the page's headings their anchors; false when it had them already.
    bool addHeadingAnchors();
};

// Help ▸ User Guide: the guide with Back, Forward and Contents, one per window.
class GuideBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget *parent = nullptr);

    static QUrl home(); // qrc:/guide/guide.md
    // The guide of `window`, made on first use; shown and raised.
    static GuideBrowser *showFor(QWidget *window);

    GuideTextBrowser *browser() const { return m_browser; }

private:
    GuideTextBrowser *m_browser;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window and its Source dock (views/source): the shared Selection both ways, evidence
// links from the Inspector, the unsaved buffers the Document loads, File ▸ New/Save/Save As,
// View ▸ Source, closing with unsaved files and recovery after a crash.
#include "mainwindow.h"

#include "inspectorwidget.h"
#include "statusarea.h"

#include "document/document.h"
#include "document/selection.h"
#include "source/fileprovider.h"
#include "source/sourcebuffer.h"
#include "source/sourcebuffers.h"
#include "source/sourcepane.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>

namespace Seedline {

void MainWindow::createSourceDock()
{
    m_source = new SourcePane(this);
    m_sourceDock = new QDockWidget(tr("Source"), this);
    m_sourceDock->setObjectName(QStringLiteral("sourceDock"));
    m_sourceDock->setWidget(m_source);
    addDockWidget(Qt::RightDockWidgetArea, m_sourceDock);
    m_sourceDock->hide(); // View ▸ Source, an evidence link or File ▸ New show it
}

void MainWindow::connectSourcePane()
{
    connect(m_selection, &Selection::changed, m_source, &SourcePane::showStep);
    connect(m_source, &SourcePane::stepActivated, this, [this](const QString &id) { selectStepId(id, true); });
    connect(m_inspector, &InspectorWidget::sourceLinkActivated, m_source, &SourcePane::openLocation);
    connect(m_document, &Document::chainChanged, this, [this] { m_source->setChain(m_document->chain()); });
    connect(m_document, &Document::diagnosticsChanged, this,
            [this] { m_source->setDiagnostics(m_document->diagnostics()); });
    // Unsaved text is what the loaders read: the graph follows an edit after a short pause (an
    // invalid one keeps the last good graph and shows its errors).
    connect(m_source, &SourcePane::unsavedFilesChanged, this,
            [this](bool reload) { m_document->setUnsavedFiles(m_source->snapshot(), reload); });
    connect(m_source, &SourcePane::saved, m_document, &Document::expectOwnWrite);
    connect(m_source, &SourcePane::fileRenamed, this, [this](const QString &from, const QString &to) {
        QStringList paths = m_document->paths();
        const qsizetype i = paths.indexOf(from);
        if (i >= 0) {
            paths[i] = to;
            m_document->open(paths);
        }
    });
    connect(m_source, &SourcePane::statusMessage, this,
            [this](const QString &text, int ms) { m_status->showMessage(text, ms); });
    connect(m_source, &SourcePane::showRequested, this, &MainWindow::showSourceDock);

    QAction *source = action(QStringLiteral("actionSource"));
    connect(source, &QAction::triggered, this, [this](bool on) {
        if (on)
            showSourceDock();
        else
            m_sourceDock->hide();
    });
    connect(m_sourceDock, &QDockWidget::visibilityChanged, source, [this, source] {
        source->setChecked(!m_sourceDock->isHidden());
    });
    connect(action(QStringLiteral("actionNew")), &QAction::triggered, this, &MainWindow::newChainFile);
    connect(action(QStringLiteral("actionSave")), &QAction::triggered, this, [this] {
        if (!m_source->currentBuffer())
            m_status->showMessage(tr("Nothing to save: open a file in the Source panel (View ▸ Source)"), 5000);
        else
            m_source->save();
    });
    connect(action(QStringLiteral("actionSaveAs")), &QAction::triggered, this, [this] {
        if (m_source->currentBuffer())
            m_source->saveAs();
    });
}

void MainWindow::showSourceDock()
{
    const bool wasHidden = m_sourceDock->isHidden();
    m_sourceDock->show();
    m_sourceDock->raise();
    // Below the Inspector, wide enough for a line of a build script.
    if (wasHidden && m_sourceDock->width() < 480 && !m_sourceDock->isFloating()) {
        resizeDocks({m_sourceDock}, {std::min(640, width() * 2 / 5)}, Qt::Horizontal);
        if (auto *inspectorDock = findChild<QDockWidget *>(QStringLiteral("inspectorDock")))
            resizeDocks({inspectorDock, m_sourceDock}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
    }
}

void MainWindow::newChainFile()
{
    const QStringList paths = m_document->paths();
    const QString dir = paths.isEmpty() ? QDir::homePath() : QFileInfo(paths.front()).absolutePath();
    const QString path = m_source->newFile(dir);
    m_document->setUnsavedFiles(m_source->snapshot(), false);
    openFiles({path});
}

int MainWindow::offerRecovery()
{
    const int restored = m_source->offerRecovery();
    if (restored == 0)
        return 0;
    // Restored files the document does not load (a new file that was never saved) are opened.
    QStringList open;
    const ChainPtr chain = m_document->chain();
    for (SourceBuffer *b : m_source->buffers()->modifiedBuffers()) {
        bool loaded = false;
        for (const QString &p : m_document->paths() + m_document->pendingPaths())
            loaded = loaded || isSameFile(p, b->path());
        if (chain) {
            for (const ChainSource &s : chain->sources)
                loaded = loaded || isSameFile(s.path, b->path());
        }
        if (!loaded && b->path().endsWith(QLatin1String(".toml")))
            open << b->path();
    }
    if (!open.isEmpty())
        openFiles(open);
    return restored;
}

} // namespace Seedline

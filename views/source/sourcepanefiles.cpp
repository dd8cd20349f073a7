// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The source pane's files: New, Save, Save As, closing with unsaved files, recovery after a
// crash, and the bar that asks about a file changed on disk.
#include "sourcepane.h"

#include "sourceeditor.h"

#include "source/sourcebuffer.h"
#include "source/sourcebuffers.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

namespace Seedline {

void SourcePane::defaultPrompts()
{
    m_prompts.saveChanges = [this](const QStringList &names) {
        return QMessageBox::question(this, tr("Unsaved Changes"),
                                     tr("Save the changes to %1 before closing?").arg(names.join(QStringLiteral(", "))),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_prompts.savePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save As"), suggested,
                                            tr("Seedline chain files (*.chain.toml);;All files (*)"));
    };
    m_prompts.restoreRecovered = [this](const QStringList &names) {
        QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Edits"),
                        tr("Seedline ended without saving your edits of %1. Restore them?")
                            .arg(names.join(QStringLiteral(", "))),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
        box.button(QMessageBox::Yes)->setText(tr("Restore"));
        box.button(QMessageBox::No)->setText(tr("Discard"));
        box.button(QMessageBox::Cancel)->setText(tr("Ask Again Next Time"));
        return QMessageBox::StandardButton(box.exec());
    };
}

QString SourcePane::uniqueUntitledPath(const QString &directory) const
{
    const QDir dir(directory.isEmpty() ? QDir::homePath() : directory);
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? QStringLiteral("untitled.chain.toml") : QStringLiteral("untitled-%1.chain.toml").arg(n);
        const QString path = dir.absoluteFilePath(name);
        if (!QFileInfo::exists(path) && !m_buffers->find(path))
            return path;
    }
}

QString SourcePane::newFile(const QString &directory)
{
    QFile templ(QStringLiteral(":/templates/new.chain.toml"));
    const QString text = templ.open(QIODevice::ReadOnly) ? QString::fromUtf8(templ.readAll()) : QString();
    SourceBuffer *buffer = m_buffers->createUntitled(uniqueUntitledPath(directory), text);
    m_stepId.clear();
    m_sources.clear();
    m_locations->clear();
    setCurrent(buffer);
    m_editor->goToLine(1, false);
    Q_EMIT showRequested();
    return buffer->path();
}

bool SourcePane::saveBuffer(SourceBuffer *buffer, bool askForPath)
{
    if (!buffer)
        return false;
    const QString before = buffer->path();
    WriteResult result;
    if (askForPath || buffer->isUntitled() || buffer->isReadOnly()) {
        const QString path = m_prompts.savePath ? m_prompts.savePath(buffer->path()) : QString();
        if (path.isEmpty())
            return false;
        result = buffer->saveAs(path);
    } else {
        result = buffer->save();
    }
    if (!result.ok) {
        // The edits stay in the editor; say why, where the user looks.
        const QString why = tr("Could not save %1: %2. Your edits are kept in the editor.")
                                .arg(QFileInfo(result.path.isEmpty() ? buffer->path() : result.path).fileName(),
                                     result.reason);
        if (buffer == m_current)
            showBanner(why, false, true);
        Q_EMIT statusMessage(why, 15000);
        return false;
    }
    if (buffer == m_current)
        hideBanner();
    Q_EMIT saved(buffer->path(), buffer->bytes());
    Q_EMIT unsavedFilesChanged(false);
    if (before != buffer->path())
        Q_EMIT fileRenamed(before, buffer->path());
    Q_EMIT statusMessage(tr("Saved %1").arg(buffer->displayName()), 4000);
    updateHeader();
    return true;
}

bool SourcePane::save()
{
    return saveBuffer(m_current, false);
}

bool SourcePane::saveAs()
{
    return saveBuffer(m_current, true);
}

bool SourcePane::maybeClose()
{
    const QVector<SourceBuffer *> modified = m_buffers->modifiedBuffers();
    if (modified.isEmpty()) {
        m_buffers->discardRecovery();
        return true;
    }
    QStringList names;
    for (SourceBuffer *b : modified)
        names << b->displayName();
    const QMessageBox::StandardButton answer =
        m_prompts.saveChanges ? m_prompts.saveChanges(names) : QMessageBox::Cancel;
    if (answer == QMessageBox::Discard) {
        m_buffers->discardRecovery();
        return true;
    }
    if (answer != QMessageBox::Save)
        return false;
    for (SourceBuffer *b : modified) {
        if (!saveBuffer(b, false)) {
            setCurrent(b); // show what could not be saved, with the reason
            return false;
        }
    }
    m_buffers->discardRecovery();
    return true;
}

int SourcePane::offerRecovery()
{
    const QVector<RecoveryEntry> orphans = m_buffers->recoveryStore().orphans();
    if (orphans.isEmpty())
        return 0;
    QStringList names;
    for (const RecoveryEntry &e : orphans)
        names << QFileInfo(e.path).fileName();
    const QMessageBox::StandardButton answer =
        m_prompts.restoreRecovered ? m_prompts.restoreRecovered(names) : QMessageBox::Cancel;
    if (answer == QMessageBox::No) {
        for (const RecoveryEntry &e : orphans)
            m_buffers->recoveryStore().discard(e);
        return 0;
    }
    if (answer != QMessageBox::Yes)
        return 0;
    SourceBuffer *first = nullptr;
    for (const RecoveryEntry &e : orphans) {
        SourceBuffer *b = m_buffers->restore(e);
        if (!first)
            first = b;
    }
    // Written again under this process at once: a second crash loses nothing either.
    m_buffers->writeRecovery();
    if (first) {
        setCurrent(first);
        Q_EMIT showRequested();
    }
    Q_EMIT unsavedFilesChanged(true);
    Q_EMIT statusMessage(tr("Restored the unsaved edits of %1").arg(names.join(QStringLiteral(", "))), 10000);
    return int(orphans.size());
}

void SourcePane::onChangedOnDisk(SourceBuffer *buffer, bool removed)
{
    if (buffer != m_current) {
        Q_EMIT statusMessage(tr("%1 changed on disk while it has unsaved edits").arg(buffer->displayName()), 10000);
        return; // asked when it is shown (setCurrent)
    }
    if (removed)
        showBanner(tr("%1 was deleted or moved on disk. Your edits are kept; Save writes the file again.")
                       .arg(buffer->displayName()),
                   false);
    else
        showBanner(tr("%1 changed on disk while you edit it. Reload it from disk (your edits are lost) or keep "
                      "your edits (Save then overwrites the file)?")
                       .arg(buffer->displayName()),
                   true);
}

void SourcePane::showBanner(const QString &text, bool conflict, bool offerSaveAs)
{
    m_bannerLabel->setText(text);
    m_reloadButton->setVisible(conflict);
    m_keepButton->setVisible(conflict);
    m_saveAsButton->setVisible(offerSaveAs);
    m_banner->show();
}

void SourcePane::hideBanner()
{
    m_banner->hide();
    m_bannerLabel->clear();
}

} // namespace Seedline

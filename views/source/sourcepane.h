// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "source/sourcelocator.h"

#include <QHash>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Seedline {

class BufferSnapshot;
class DiagnosticsModel;
class SourceBuffer;
class SourceBuffers;
class SourceEditor;
class SourceHighlighter;
class SyntaxHighlighting;

// The Source dock: the file behind the selected step, scrolled to its lines and marking them (its
// chain-file table, manifest line, parts.rst section, the lines of its build script where the
// tools it needs are run), highlighted by KSyntaxHighlighting; a click on a line selects the step
// it belongs to (stepActivated). Files are edited in place with undo and redo; the document's
// diagnostics of the file are underlined, marked in the gutter and listed below the text.
//
// Nothing is lost: Save writes atomically and keeps the edits when it cannot (and says why),
// closing asks about unsaved files, unsaved text is written for recovery every few seconds and
// offered back after a crash (offerRecovery()), a file changed on disk while it is edited is asked
// about in a bar above the text. The unsaved text reaches the loaders through snapshot().
class SourcePane : public QWidget
{
    Q_OBJECT
public:
    // What the pane asks the user; the defaults are message boxes and file dialogs (tests replace them).
    struct Prompts
    {
        // Unsaved files when closing: Save (all), Discard or Cancel.
        std::function<QMessageBox::StandardButton(const QStringList &names)> saveChanges;
        // Where to save an untitled file or a copy: a path, or empty for "cancelled".
        std::function<QString(const QString &suggested)> savePath;
        // Unsaved edits a Seedline that crashed left behind: Yes (restore), No (discard), Cancel (ask later).
        std::function<QMessageBox::StandardButton(const QStringList &names)> restoreRecovered;
    };

    explicit SourcePane(QWidget *parent = nullptr);
    ~SourcePane() override;

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    // The chain of the document (files behind steps, and the step of a clicked line).
    void setChain(ChainPtr chain);
    // The document's diagnostics; the pane shows those of the file it shows.
    void setDiagnostics(const Diagnostics &diagnostics);

    // The selection changed: show the file behind the step (done when the pane is visible).
    void showStep(const QString &id);
    QString step() const { return m_stepId; }
    // An evidence link ("steps/gcc-15.2.0/pass1.sh", 197): the file resolved against the chain.
    bool openLocation(const QString &file, int line);
    // A file by its path (absolute or ":/..."), scrolled to `line` (1-based, 0: where it was).
    bool openFile(const QString &path, int line = 0, const QVector<SourceMark> &marks = {});

    // File ▸ New: an untitled chain file from the template in `directory`; returns its path.
    QString newFile(const QString &directory);
    bool save();
    bool saveAs();
    // Asks about unsaved files (Save, Discard, Cancel); true when the window may close.
    bool maybeClose();
    // Offers back what a crashed Seedline left unsaved; returns the buffers restored.
    int offerRecovery();

    // The unsaved text of every modified buffer, for LoadOptions::files.
    std::shared_ptr<const BufferSnapshot> snapshot() const;
    // The pause after typing before unsavedFilesChanged(true) (the graph follows) (ms).
    void setEditDelay(int ms) { m_editTimer.setInterval(ms); }

    SourceBuffers *buffers() const { return m_buffers; }
    SourceBuffer *currentBuffer() const { return m_current; }
    SourceEditor *editor() const { return m_editor; }
    SyntaxHighlighting *highlighting() const { return m_highlighting; }
    SourceHighlighter *highlighter(SourceBuffer *buffer = nullptr) const;
    QComboBox *locationBox() const { return m_locations; }
    QListView *diagnosticsView() const { return m_diagnosticsView; }
    QWidget *banner() const { return m_banner; }
    QString bannerText() const;
    QPushButton *reloadButton() const { return m_reloadButton; }
    QPushButton *keepButton() const { return m_keepButton; }
    bool isShowingText() const;
    QString placeholderText() const;
    const QVector<StepSource> &stepSources() const { return m_sources; }

Q_SIGNALS:
    // A click on a line of the file: the step it belongs to.
    void stepActivated(const QString &id);
    // The unsaved text changed: after an edit and a short pause (reload: true), after a save
    // (reload: false, the disk now holds it), after a reload from disk or a restore (true).
    void unsavedFilesChanged(bool reload);
    // A buffer was written (for the document's file watcher: not a change from outside).
    void saved(const QString &path, const QByteArray &bytes);
    // An untitled file got a name (Save As), or a file a new one.
    void fileRenamed(const QString &from, const QString &to);
    void statusMessage(const QString &text, int ms);
    // The pane has something to show the user (a restored file, a New file, a link): show the dock.
    void showRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void setCurrent(SourceBuffer *buffer);
    void refreshStep(bool scroll);
    void showSource(int index, bool scroll);
    void updateHeader();
    void updateDiagnostics();
    void showPlaceholder(const QString &text);
    void onLineClicked(int line);
    void onChangedOnDisk(SourceBuffer *buffer, bool removed);
    void showBanner(const QString &text, bool conflict, bool offerSaveAs = false);
    void hideBanner();
    SourceHighlighter *ensureHighlighter(SourceBuffer *buffer);
    QString uniqueUntitledPath(const QString &directory) const;
    bool saveBuffer(SourceBuffer *buffer, bool askForPath);
    void defaultPrompts();

    Prompts m_prompts;
    ChainPtr m_chain;
    Diagnostics m_allDiagnostics;
    QString m_stepId;
    QVector<StepSource> m_sources;
    int m_source = -1;
    SourceRole m_preferredRole = SourceRole::Declaration;
    bool m_pendingStep = false;
    bool m_clicking = false;
    bool m_toldNoHighlighting = false;

    SourceBuffers *m_buffers = nullptr;
    SyntaxHighlighting *m_highlighting = nullptr;
    QHash<SourceBuffer *, SourceHighlighter *> m_highlighters;
    SourceBuffer *m_current = nullptr;
    QTimer m_editTimer;

    QComboBox *m_locations = nullptr;
    QLabel *m_fileLabel = nullptr;
    QToolButton *m_saveButton = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_keepButton = nullptr;
    QPushButton *m_saveAsButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    SourceEditor *m_editor = nullptr;
    QLabel *m_placeholder = nullptr;
    DiagnosticsModel *m_diagnosticsModel = nullptr;
    QListView *m_diagnosticsView = nullptr;
};

} // namespace Seedline

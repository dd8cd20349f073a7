// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepane.h"

#include "sourceeditor.h"

#include "itemmodels/diagnosticsmodel.h"
#include "source/fileprovider.h"
#include "source/highlighting/sourcehighlighter.h"
#include "source/highlighting/syntaxhighlighting.h"
#include "source/sourcebuffer.h"
#include "source/sourcebuffers.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextDocumentLayout>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

// The syntax definitions and the template are resources of the static library seedline_resources.
static void initSourceResources()
{
    Q_INIT_RESOURCE(seedline);
}

namespace Seedline {

namespace {

QString roleText(SourceRole role)
{
    switch (role) {
    case SourceRole::Declaration:
        return SourcePane::tr("Declared in");
    case SourceRole::Prose:
        return SourcePane::tr("Prose in");
    case SourceRole::Evidence:
        return SourcePane::tr("Seen in");
    }
    return {};
}

QString shownName(const StepSource &s)
{
    if (s.file.startsWith(QLatin1String(":/")) || QFileInfo(s.file).isAbsolute())
        return QFileInfo(s.file).fileName();
    return s.file; // relative to a checkout: "steps/gcc-15.2.0/pass1.sh"
}

QString locationText(const StepSource &s)
{
    QString where;
    if (!s.marks.isEmpty()) {
        const SourceMark &m = s.marks.first();
        where = m.endLine > m.line ? SourcePane::tr("lines %1–%2").arg(m.line).arg(m.endLine)
                                   : SourcePane::tr("line %1").arg(m.line);
        if (s.marks.size() > 1)
            where += SourcePane::tr(" (+%n more)", nullptr, int(s.marks.size()) - 1);
    }
    return where.isEmpty() ? QStringLiteral("%1 %2").arg(roleText(s.role), shownName(s))
                           : QStringLiteral("%1 %2, %3").arg(roleText(s.role), shownName(s), where);
}

} // namespace

SourcePane::SourcePane(QWidget *parent)
    : QWidget(parent)
    , m_buffers(new SourceBuffers(this))
{
    initSourceResources();
    setObjectName(QStringLiteral("sourcePane"));
    m_highlighting = new SyntaxHighlighting(this);
    m_buffers->setDocumentFactory([] {
        auto *document = new QTextDocument;
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
        return document;
    });
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(600);
    connect(&m_editTimer, &QTimer::timeout, this, [this] { Q_EMIT unsavedFilesChanged(true); });
    connect(m_buffers, &SourceBuffers::bufferChangedOnDisk, this, &SourcePane::onChangedOnDisk);
    connect(m_buffers, &SourceBuffers::bufferReloaded, this, [this](SourceBuffer *buffer) {
        if (buffer == m_current) {
            hideBanner();
            refreshStep(false);
            updateHeader();
        }
        Q_EMIT unsavedFilesChanged(true);
    });
    connect(m_highlighting, &SyntaxHighlighting::backendChanged, this, [this](const QString &why) {
        Q_EMIT statusMessage(tr("%1 (%2)").arg(m_highlighting->status(), why), 15000);
    });
    defaultPrompts();
    buildUi();
}

SourcePane::~SourcePane()
{
    // The highlighters belong to the buffers' documents; detach them before the backend goes.
    qDeleteAll(m_highlighters);
    m_highlighters.clear();
}

void SourcePane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 4, 0);
    m_locations = new QComboBox(this);
    m_locations->setObjectName(QStringLiteral("sourceLocations"));
    m_locations->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_locations->setMinimumContentsLength(20);
    m_locations->setToolTip(tr("The files behind the selected step: where it is declared, its prose, the "
                               "scripts where what it needs was seen"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("sourceFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("sourceSaveButton"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the file (written whole, or not at all)"));
    header->addWidget(m_locations, 1);
    header->addWidget(m_fileLabel);
    header->addWidget(m_saveButton);
    layout->addLayout(header);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("sourceBanner"));
    static_cast<QFrame *>(m_banner)->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xe8, 0xa8));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x30, 0x28, 0x10));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setWordWrap(true);
    m_reloadButton = new QPushButton(tr("Reload from Disk"), m_banner);
    m_reloadButton->setObjectName(QStringLiteral("sourceReloadButton"));
    m_keepButton = new QPushButton(tr("Keep My Edits"), m_banner);
    m_keepButton->setObjectName(QStringLiteral("sourceKeepButton"));
    m_saveAsButton = new QPushButton(tr("Save As…"), m_banner);
    m_saveAsButton->setObjectName(QStringLiteral("sourceSaveAsButton"));
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_reloadButton);
    bannerLayout->addWidget(m_keepButton);
    bannerLayout->addWidget(m_saveAsButton);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_stack = new QStackedWidget(splitter);
    m_editor = new SourceEditor(m_stack);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("sourcePlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(16);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_placeholder);
    m_diagnosticsModel = new DiagnosticsModel(this);
    m_diagnosticsView = new QListView(splitter);
    m_diagnosticsView->setObjectName(QStringLiteral("sourceDiagnostics"));
    m_diagnosticsView->setModel(m_diagnosticsModel);
    m_diagnosticsView->setWordWrap(true);
    m_diagnosticsView->hide();
    splitter->addWidget(m_stack);
    splitter->addWidget(m_diagnosticsView);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    showPlaceholder(tr("Select a step to see the file it comes from."));

    connect(m_locations, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_sources.size()) {
            m_preferredRole = m_sources[index].role;
            showSource(index, true);
        }
    });
    connect(m_saveButton, &QToolButton::clicked, this, &SourcePane::save);
    connect(m_editor, &SourceEditor::lineClicked, this, &SourcePane::onLineClicked);
    connect(m_editor, &SourceEditor::darkChanged, this, [this](bool dark) {
        for (SourceHighlighter *h : std::as_const(m_highlighters))
            h->setDark(dark);
    });
    auto goToDiagnostic = [this](const QModelIndex &index) {
        const Diagnostic d = m_diagnosticsModel->diagnostic(index.row());
        if (d.line > 0) {
            m_editor->goToLine(d.line);
            m_editor->setFocus();
        }
    };
    connect(m_diagnosticsView, &QListView::clicked, this, goToDiagnostic);
    connect(m_diagnosticsView, &QListView::activated, this, goToDiagnostic);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        if (m_current)
            m_current->reloadFromDisk();
        hideBanner();
    });
    connect(m_keepButton, &QPushButton::clicked, this, [this] {
        if (m_current)
            m_current->keepEdits();
        hideBanner();
    });
    connect(m_saveAsButton, &QPushButton::clicked, this, &SourcePane::saveAs);
    updateHeader();
}

void SourcePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingStep)
        refreshStep(true);
}

SourceHighlighter *SourcePane::highlighter(SourceBuffer *buffer) const
{
    return m_highlighters.value(buffer ? buffer : m_current);
}

std::shared_ptr<const BufferSnapshot> SourcePane::snapshot() const
{
    return m_buffers->snapshot();
}

bool SourcePane::isShowingText() const
{
    return m_stack->currentWidget() == m_editor;
}

QString SourcePane::placeholderText() const
{
    return isShowingText() ? QString() : m_placeholder->text();
}

QString SourcePane::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_bannerLabel->text() : QString();
}

void SourcePane::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void SourcePane::setChain(ChainPtr chain)
{
    m_chain = std::move(chain);
    // The step's lines may have moved (an edit above it): mark them again, without scrolling away
    // from where the user is typing.
    refreshStep(false);
}

void SourcePane::setDiagnostics(const Diagnostics &diagnostics)
{
    m_allDiagnostics = diagnostics;
    updateDiagnostics();
}

void SourcePane::updateDiagnostics()
{
    Diagnostics mine;
    if (m_current) {
        for (const Diagnostic &d : std::as_const(m_allDiagnostics)) {
            if (isSameFile(d.file, m_current->path()))
                mine << d;
        }
    }
    m_editor->setDiagnostics(mine);
    m_diagnosticsModel->setDiagnostics(mine);
    m_diagnosticsView->setVisible(!mine.isEmpty());
}

void SourcePane::showStep(const QString &id)
{
    m_stepId = id;
    if (!isVisible()) {
        m_pendingStep = true;
        return;
    }
    refreshStep(!m_clicking); // a click in the text stays where it is
}

void SourcePane::refreshStep(bool scroll)
{
    m_pendingStep = false;
    const int index = m_chain && !m_stepId.isEmpty() ? m_chain->indexOf(m_stepId) : -1;
    const QVector<StepSource> previous = m_sources;
    const QString previousPath = m_source >= 0 && m_source < previous.size() ? previous[m_source].path : QString();
    m_sources = index >= 0 ? sourcesOfStep(*m_chain, index) : QVector<StepSource>();
    {
        const QSignalBlocker blocker(m_locations);
        m_locations->clear();
        for (const StepSource &s : std::as_const(m_sources))
            m_locations->addItem(locationText(s), s.path);
        m_locations->setEnabled(!m_sources.isEmpty());
    }
    if (m_sources.isEmpty()) {
        m_source = -1;
        if (scroll && !m_current)
            showPlaceholder(m_stepId.isEmpty() ? tr("Select a step to see the file it comes from.")
                                               : tr("Seedline does not know which file %1 comes from.").arg(m_stepId));
        if (m_current)
            m_editor->setMarks({});
        return;
    }
    int pick = -1;
    if (!scroll && !previousPath.isEmpty()) {
        // Keep the file shown when it is one of the step's.
        for (int i = 0; i < m_sources.size() && pick < 0; ++i)
            pick = m_sources[i].path == previousPath ? i : -1;
    }
    for (int i = 0; i < m_sources.size() && pick < 0; ++i)
        pick = m_sources[i].role == m_preferredRole ? i : -1;
    showSource(pick < 0 ? 0 : pick, scroll);
}

void SourcePane::showSource(int index, bool scroll)
{
    if (index < 0 || index >= m_sources.size())
        return;
    m_source = index;
    {
        const QSignalBlocker blocker(m_locations);
        m_locations->setCurrentIndex(index);
    }
    const StepSource &s = m_sources[index];
    if (!s.isResolved()) {
        showPlaceholder(tr("%1 is not in the inputs Seedline has loaded. Open the live-bootstrap checkout it "
                           "comes from (File ▸ Open Folder…) to see it.")
                            .arg(s.file));
        return;
    }
    if (!scroll && m_current && isSameFile(m_current->path(), s.path) && isShowingText()) {
        m_editor->setMarks(s.marks);
        return;
    }
    openFile(s.path, scroll ? s.line : 0, s.marks);
}

bool SourcePane::openFile(const QString &path, int line, const QVector<SourceMark> &marks)
{
    SourceBuffer *buffer = m_buffers->open(path);
    if (!buffer->error().isEmpty()) {
        showPlaceholder(buffer->error());
        m_buffers->close(buffer);
        if (m_current == buffer)
            m_current = nullptr;
        return false;
    }
    setCurrent(buffer);
    QVector<SourceMark> shown = marks;
    int target = line;
    if (shown.isEmpty() && line == 0 && !m_stepId.isEmpty()) {
        // Inputs without line numbers (DOT): the first line that names the step.
        target = findIdLine(buffer->text(), m_stepId);
        if (target > 0)
            shown.append({target, target, SourceRole::Declaration, tr("%1 is declared here").arg(m_stepId)});
    }
    m_editor->setMarks(shown);
    if (target > 0) {
        m_editor->goToLine(target);
        if (!m_editor->isVisible() || m_editor->viewport()->height() < 2 * m_editor->fontMetrics().height()) {
            // Not laid out yet (the dock is being shown): centre it once it is.
            QTimer::singleShot(0, m_editor, [this, target] { m_editor->goToLine(target); });
        }
    }
    return true;
}

bool SourcePane::openLocation(const QString &file, int line)
{
    const QString path = m_chain ? resolveSourceFile(*m_chain, file) : QString();
    Q_EMIT showRequested();
    if (path.isEmpty()) {
        showPlaceholder(tr("%1 is not in the inputs Seedline has loaded. Open the live-bootstrap checkout it "
                           "comes from (File ▸ Open Folder…) to see it.")
                            .arg(file));
        return false;
    }
    // The step's own entry for the file when it has one (its other evidence lines stay marked).
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].path == path) {
            m_source = i;
            const QSignalBlocker blocker(m_locations);
            m_locations->setCurrentIndex(i);
            return openFile(path, line, m_sources[i].marks);
        }
    }
    return openFile(path, line, line > 0 ? QVector<SourceMark>{{line, line, SourceRole::Evidence, QString()}}
                                         : QVector<SourceMark>());
}

void SourcePane::setCurrent(SourceBuffer *buffer)
{
    if (buffer == m_current && isShowingText())
        return;
    if (m_current)
        m_current->disconnect(this);
    m_current = buffer;
    m_stack->setCurrentWidget(m_editor);
    m_editor->setMarks({});
    m_editor->setDocument(buffer->document());
    m_editor->setReadOnly(buffer->isReadOnly());
    ensureHighlighter(buffer);
    connect(buffer, &SourceBuffer::modificationChanged, this, &SourcePane::updateHeader);
    connect(buffer, &SourceBuffer::pathChanged, this, &SourcePane::updateHeader);
    connect(buffer, &SourceBuffer::edited, this, [this] { m_editTimer.start(); });
    hideBanner();
    if (buffer->isConflicted())
        onChangedOnDisk(buffer, !QFileInfo::exists(buffer->path()));
    updateHeader();
    updateDiagnostics();
}

SourceHighlighter *SourcePane::ensureHighlighter(SourceBuffer *buffer)
{
    if (SourceHighlighter *existing = m_highlighters.value(buffer))
        return existing;
    const QByteArray head = buffer->text().left(4096).toUtf8();
    auto *h = new SourceHighlighter(buffer->document(), m_highlighting,
                                    SyntaxHighlighting::syntaxFor(buffer->path(), head), m_editor->isDark());
    m_highlighters.insert(buffer, h);
    connect(buffer, &QObject::destroyed, this, [this, buffer] { m_highlighters.remove(buffer); });
    if (!m_highlighting->isAvailable() && !m_toldNoHighlighting) {
        m_toldNoHighlighting = true;
        Q_EMIT statusMessage(m_highlighting->status(), 15000);
    }
    return h;
}

void SourcePane::updateHeader()
{
    if (!m_current) {
        m_fileLabel->clear();
        m_saveButton->setEnabled(false);
        return;
    }
    QString text = m_current->displayName();
    if (m_current->isModified())
        text += QStringLiteral(" \u25cf"); // ● unsaved
    if (m_current->isReadOnly())
        text += tr(" (read-only)");
    m_fileLabel->setText(text);
    QString tip = m_current->path();
    if (m_current->isReadOnly())
        tip += u'\n' + m_current->readOnlyReason();
    tip += u'\n' + m_highlighting->status();
    m_fileLabel->setToolTip(tip);
    m_saveButton->setEnabled(m_current->isModified() && !m_current->isReadOnly());
}

void SourcePane::onLineClicked(int line)
{
    if (!m_chain || !m_current)
        return;
    const int step = stepAtLine(*m_chain, m_current->path(), line);
    if (step < 0)
        return;
    m_clicking = true;
    Q_EMIT stepActivated(m_chain->steps[step].id);
    m_clicking = false;
}

} // namespace Seedline

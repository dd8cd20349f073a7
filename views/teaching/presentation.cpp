// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation.h"

#include "graph/graphview.h"
#include "window/mainwindow.h"

#include <QBoxLayout>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QStatusBar>
#include <QToolBar>

namespace Seedline {

namespace {

const QColor kInk(0x00, 0x00, 0x00);
const QColor kPaper(0xff, 0xff, 0xff);
const QColor kAccent(0xb3, 0x3c, 0x00);
const QColor kTrack(0xcc, 0xcc, 0xcc);

QLabel *makeLabel(QWidget *parent, const QString &name, int pixelSize, bool bold, const QColor &color)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ProgressLine::ProgressLine(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("progressLine"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProgressLine::setProgress(int position, int count)
{
    m_position = position;
    m_count = count;
    update();
}

QSize ProgressLine::sizeHint() const
{
    return { 200, 10 };
}

void ProgressLine::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), kTrack);
    if (m_count > 0) {
        QRect done = rect();
        done.setWidth(int(qint64(width()) * (m_position + 1) / m_count));
        p.fillRect(done, kAccent);
    }
}

Presentation::Presentation(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_header = new QWidget;
    m_header->setObjectName(QStringLiteral("presentationHeader"));
    m_header->setAutoFillBackground(true);
    QPalette palette = m_header->palette();
    palette.setColor(QPalette::Window, kPaper);
    palette.setColor(QPalette::WindowText, kInk);
    m_header->setPalette(palette);
    auto *layout = new QVBoxLayout(m_header);
    layout->setContentsMargins(24, 14, 24, 10);
    layout->setSpacing(4);
    m_title = makeLabel(m_header, QStringLiteral("presentationTitle"), 34, true, kInk);
    m_subtitle
        = makeLabel(m_header, QStringLiteral("presentationSubtitle"), 20, false, QColor(0x33, 0x33, 0x33));
    m_prose = makeLabel(m_header, QStringLiteral("presentationProse"), 22, false, kInk);
    m_environment = makeLabel(m_header, QStringLiteral("presentationEnvironment"), 20, true, kInk);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_prose);
    layout->addWidget(m_environment);
    m_progress = new ProgressLine;
    m_header->hide();
    m_progress->hide();
}

Presentation::~Presentation()
{
    // Owned by the central widget's layout once inserted; deleted with the window.
    if (!m_header->parent())
        delete m_header;
    if (!m_progress->parent())
        delete m_progress;
}

void Presentation::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_hidden.clear();
        auto hide = [this](QWidget *w) {
            if (w && w->isVisible()) {
                m_hidden << w;
                w->hide();
            }
        };
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            hide(dock);
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            hide(bar);
        hide(m_window->menuBar());
        hide(m_window->statusBar());
        if (auto *box = qobject_cast<QBoxLayout *>(m_window->centralWidget()->layout())) {
            if (!m_header->parent()) {
                box->insertWidget(0, m_header);
                box->insertWidget(1, m_progress);
            }
        }
        m_header->show();
        m_progress->show();
        // No scroll bars on a projector (the keys, the wheel and dragging still move the view).
        m_window->graphView()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_window->graphView()->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_windowState = m_window->windowState();
        m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
    } else {
        m_header->hide();
        m_progress->hide();
        m_window->graphView()->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_window->graphView()->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        for (const QPointer<QWidget> &w : std::as_const(m_hidden))
            if (w)
                w->show();
        m_hidden.clear();
        m_window->setWindowState(m_windowState & ~Qt::WindowFullScreen);
    }
    Q_EMIT activeChanged(active);
}

void Presentation::setText(const TeachingText &t, int position, int count)
{
    m_title->setText(t.title);
    // A tour's caption is a sentence or three: smaller type for longer ones, so the graph keeps the room.
    QFont font = m_title->font();
    font.setPixelSize(t.title.size() <= 60 ? 34 : t.title.size() <= 140 ? 28 : 24);
    m_title->setFont(font);
    m_subtitle->setText(t.subtitle);
    QString prose = t.prose;
    // At most about three lines on a projector: the graph needs the room.
    if (prose.size() > 260)
        prose = prose.left(260).section(u' ', 0, -2) + QStringLiteral(" …");
    if (!t.firsts.isEmpty())
        prose = QStringLiteral("★ ") + t.firsts.join(QStringLiteral(" · ★ "))
            + (prose.isEmpty() ? QString() : QStringLiteral("\n") + prose);
    m_prose->setText(prose);
    m_prose->setVisible(!prose.isEmpty());
    QStringList env { QStringLiteral("Kernel: ") + t.kernel
        + (t.kernelJumped ? QStringLiteral(" (jump)") : QString()) };
    env << t.inForce.mid(0, 3);
    env << t.counters;
    QString line = env.join(QStringLiteral("  ·  "));
    if (!t.removed.isEmpty())
        line += QStringLiteral("\nUninstalled: ") + t.removed.join(QStringLiteral(", "));
    m_environment->setText(line);
    m_progress->setProgress(position, count);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "playpanel.h"

#include "presentation.h"

#include "document/document.h"
#include "graph/graphview.h"
#include "window/configpanel.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace Seedline {

namespace {

constexpr int kBaseIntervalMs = 1500;
constexpr int kMinSpeed = -2, kMaxSpeed = 4;
const QColor kAccent(0xb3, 0x3c, 0x00);
const QColor kRemoved(0x9a, 0x00, 0x1f);

QLabel *label(QWidget *parent, const QString &name, qreal scale, bool bold = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    return l;
}

void setColor(QLabel *l, const QColor &color)
{
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, color);
    l->setPalette(p);
}

QToolButton *button(QWidget *parent, const QString &name, const QString &text, const QString &tip,
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    // The style's media icons: DejaVu has no glyphs for ⏮ ⏭ ⏸.
    if (icon != QStyle::SP_CustomBase)
        b->setIcon(parent->style()->standardIcon(icon));
    b->setToolTip(tip);
    b->setAutoRaise(false);
    return b;
}

} // namespace

namespace {
// The Play dock is in use only when it is really on screen: a dock tabified behind the Inspector
// can report itself visible while the window is set up.
bool dockOnScreen(const QDockWidget *dock)
{
    return dock->isVisible() && !dock->visibleRegion().isEmpty();
}
} // namespace

PlayPanel::PlayPanel(MainWindow *window)
    : QWidget(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("playPanel"));
    m_presentation = new Presentation(window);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("playMode"));
    m_modeBox->setToolTip(tr("Play the chain in build order, or a guided tour stop by stop"));
    outer->addWidget(m_modeBox);

    // Controls: Home, back, play/pause, forward, End, slower, faster; the slider under them.
    auto *controls = new QHBoxLayout;
    QToolButton *home = button(this, QStringLiteral("playHome"), QStringLiteral("First"),
        tr("First step (Home)"), QStyle::SP_MediaSkipBackward);
    QToolButton *back = button(this, QStringLiteral("playBack"), QStringLiteral("Back"),
        tr("Previous step (Left)"), QStyle::SP_MediaSeekBackward);
    m_playButton = button(this, QStringLiteral("playPause"), QStringLiteral("Play"),
        tr("Play or pause (Space)"), QStyle::SP_MediaPlay);
    QToolButton *forward = button(this, QStringLiteral("playForward"), QStringLiteral("Next"),
        tr("Next step (Right)"), QStyle::SP_MediaSeekForward);
    QToolButton *end = button(this, QStringLiteral("playEnd"), QStringLiteral("Last"), tr("Last step (End)"),
        QStyle::SP_MediaSkipForward);
    QToolButton *slower = button(this, QStringLiteral("playSlower"), QStringLiteral("−"), tr("Slower (-)"));
    QToolButton *faster = button(this, QStringLiteral("playFaster"), QStringLiteral("+"), tr("Faster (+)"));
    m_speedLabel = new QLabel(this);
    m_speedLabel->setObjectName(QStringLiteral("playSpeed"));
    for (QToolButton *b : { home, back, m_playButton, forward, end })
        controls->addWidget(b);
    controls->addStretch();
    controls->addWidget(slower);
    controls->addWidget(m_speedLabel);
    controls->addWidget(faster);
    outer->addLayout(controls);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("playSlider"));
    m_slider->setToolTip(tr("Scrub through the steps"));
    outer->addWidget(m_slider);
    m_firstsBox = new QComboBox(this);
    m_firstsBox->setObjectName(QStringLiteral("playFirsts"));
    m_firstsBox->setToolTip(tr("Jump to a first: the first C compiler, libc, Python, Rust..."));
    outer->addWidget(m_firstsBox);
    m_presentAction = new QAction(tr("Presentation Mode"), window);
    m_presentAction->setObjectName(QStringLiteral("actionPresentation"));
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentAction->setCheckable(true);
    m_presentAction->setToolTip(tr("Full screen, large type, docks hidden (F11; Escape leaves)"));
    window->addAction(m_presentAction);
    auto *present = new QToolButton(this);
    present->setDefaultAction(m_presentAction);
    present->setObjectName(QStringLiteral("playPresent"));
    controls->addWidget(present);

    // What the class reads, in a scroll area: the dock may be small.
    auto *content = new QWidget;
    auto *text = new QVBoxLayout(content);
    text->setContentsMargins(0, 0, 0, 0);
    m_title = label(content, QStringLiteral("playTitle"), 1.6, true);
    m_subtitle = label(content, QStringLiteral("playSubtitle"), 1.0);
    m_firsts = label(content, QStringLiteral("playFirstsText"), 1.2, true);
    setColor(m_firsts, kAccent);
    m_prose = label(content, QStringLiteral("playProse"), 1.3);
    m_kernel = label(content, QStringLiteral("playKernel"), 1.1);
    m_counters = label(content, QStringLiteral("playCounters"), 1.1);
    m_inForce = label(content, QStringLiteral("playInForce"), 1.0);
    m_removed = label(content, QStringLiteral("playRemoved"), 1.0, true);
    setColor(m_removed, kRemoved);
    for (QLabel *l : { m_title, m_subtitle, m_firsts, m_prose, m_kernel, m_counters, m_inForce, m_removed })
        text->addWidget(l);
    text->addWidget(label(content, QStringLiteral("playToolsHeading"), 1.0, true));
    static_cast<QLabel *>(text->itemAt(text->count() - 1)->widget())
        ->setText(tr("Tools present, newest first"));
    m_tools = new QListWidget(content);
    m_tools->setObjectName(QStringLiteral("playTools"));
    m_tools->setMinimumHeight(160);
    text->addWidget(m_tools, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_dock = new QDockWidget(tr("Play"), window);
    m_dock->setObjectName(QStringLiteral("playDock"));
    m_dock->setWidget(this);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (auto *inspector = window->findChild<QDockWidget *>(QStringLiteral("inspectorDock")))
        window->tabifyDockWidget(inspector, m_dock);
    if (auto *inspector = window->findChild<QDockWidget *>(QStringLiteral("inspectorDock")))
        inspector->raise();

    // Keys, active while the dock is shown or in presentation mode (the graph's own arrow keys
    // and zoom keys come back when it is closed).
    key(QKeySequence(Qt::Key_Space), QStringLiteral("actionPlayPause"), [this] { togglePlaying(); });
    key(QKeySequence(Qt::Key_Right), QStringLiteral("actionPlayForward"), [this] { stepForward(); });
    key(QKeySequence(Qt::Key_Left), QStringLiteral("actionPlayBack"), [this] { stepBack(); });
    key(QKeySequence(Qt::Key_Home), QStringLiteral("actionPlayHome"), [this] { goHome(); });
    key(QKeySequence(Qt::Key_End), QStringLiteral("actionPlayEnd"), [this] { goEnd(); });
    QAction *plus
        = key(QKeySequence(Qt::Key_Plus), QStringLiteral("actionPlayFaster"), [this] { this->faster(); });
    plus->setShortcuts({ QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal) });
    key(QKeySequence(Qt::Key_Minus), QStringLiteral("actionPlaySlower"), [this] { this->slower(); });
    QAction *escape = key(QKeySequence(Qt::Key_Escape), QStringLiteral("actionLeavePresentation"),
        [this] { m_presentation->setActive(false); });
    escape->setEnabled(false);

    connect(home, &QToolButton::clicked, this, &PlayPanel::goHome);
    connect(back, &QToolButton::clicked, this, &PlayPanel::stepBack);
    connect(m_playButton, &QToolButton::clicked, this, &PlayPanel::togglePlaying);
    connect(forward, &QToolButton::clicked, this, &PlayPanel::stepForward);
    connect(end, &QToolButton::clicked, this, &PlayPanel::goEnd);
    connect(slower, &QToolButton::clicked, this, &PlayPanel::slower);
    connect(faster, &QToolButton::clicked, this, &PlayPanel::faster);
    connect(m_slider, &QSlider::valueChanged, this, &PlayPanel::setPosition);
    connect(m_modeBox, &QComboBox::activated, this, &PlayPanel::setMode);
    connect(m_firstsBox, &QComboBox::activated, this, [this](int index) {
        const int position = m_firstsBox->itemData(index).toInt();
        if (position >= 0)
            setPosition(position);
    });
    connect(&m_timer, &QTimer::timeout, this, &PlayPanel::tick);
    connect(m_presentAction, &QAction::toggled, m_presentation, &Presentation::setActive);
    connect(m_presentation, &Presentation::activeChanged, this, [this, escape](bool active) {
        m_presentAction->setChecked(active);
        escape->setEnabled(active);
        updateKeys();
        showPosition();
        QTimer::singleShot(0, this, [this] { revealCurrent(); }); // once the header has its size
    });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool) {
        updateKeys();
        // Every step its own box while playing: the overview's folded runs would hide where it is.
        // Only once the Play tab is really on screen: docks tabified behind the Inspector report
        // themselves visible while the window is set up, and the first view must keep its overview.
        QTimer::singleShot(0, this, [this] {
            if (dockOnScreen(m_dock) && m_window->configPanel()->overviewCheckBox()->isChecked())
                m_window->configPanel()->overviewCheckBox()->setChecked(false);
        });
        if (dockOnScreen(m_dock) || m_presentation->isActive())
            showPosition();
        else if (m_window->graphView()->sceneModel().chain)
            m_window->graphView()->setHighlight(m_window->highlight()); // the window's own styles again
    });
    connect(m_window->document(), &Document::chainChanged, this, &PlayPanel::rebuild);
    connect(m_window, &MainWindow::graphShown, this, [this](bool) {
        if (dockOnScreen(m_dock) || m_presentation->isActive())
            applyHighlight();
    });
    m_speedLabel->setText(QStringLiteral("1×"));
    updateKeys();
    rebuild();
}

PlayPanel::~PlayPanel() = default;

QAction *PlayPanel::key(const QKeySequence &sequence, const QString &name, std::function<void()> slot)
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    action->setShortcut(sequence);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(slot));
    m_window->addAction(action);
    m_keys << action;
    return action;
}

void PlayPanel::updateKeys()
{
    const bool on = dockOnScreen(m_dock) || m_presentation->isActive();
    for (QAction *a : std::as_const(m_keys))
        if (a->objectName() != QLatin1String("actionLeavePresentation"))
            a->setEnabled(on);
    if (!on)
        setPlaying(false);
}

int PlayPanel::count() const
{
    return m_mode == 0 ? m_playback.size() : m_tour.size();
}

void PlayPanel::rebuild()
{
    Document *doc = m_window->document();
    const AnalysisPtr analysis = doc->analysis();
    const ChainPtr loaded = doc->loadedChain();
    const bool newChain = loaded != m_chain;
    m_chain = loaded;
    if (newChain) {
        // The tours of the loaded chain (what-ifs do not change them).
        const QString tourName = m_mode > 0 ? m_tour.tour.name : QString();
        m_modeBox->clear();
        m_modeBox->addItem(tr("The chain in build order"));
        if (loaded)
            for (const Tour &t : loaded->tours)
                m_modeBox->addItem(tr("Tour: %1").arg(t.title), t.name);
        m_mode = 0;
        if (!tourName.isEmpty() && loaded && findTour(*loaded, tourName)) {
            m_mode = m_modeBox->findData(tourName);
            m_tour = buildTourPlayback(loaded, *findTour(*loaded, tourName));
        }
        m_modeBox->setCurrentIndex(m_mode);
    }
    // Build order follows the derived chain (the what-ifs switched on); a tour keeps its stops.
    if (analysis && hasBuildOrder(*analysis->chain)) {
        m_playback = buildPlayback(*analysis);
    } else {
        m_playback = {};
    }
    m_firstsBox->clear();
    m_firstsBox->addItem(tr("Jump to a first…"), -1);
    for (const First &f : std::as_const(m_playback.firsts)) {
        const int position = m_playback.positionOf(f.step);
        if (position >= 0)
            m_firstsBox->addItem(
                QStringLiteral("★ %1: %2").arg(firstKindTitle(f.kind), m_playback.chain->steps[f.step].id),
                position);
    }
    m_firstsBox->setEnabled(m_mode == 0 && m_firstsBox->count() > 1);
    if (m_mode == 0 || newChain)
        setPosition(std::clamp(m_position, 0, std::max(0, count() - 1)));
    else
        showPosition();
}

void PlayPanel::setMode(int mode)
{
    const ChainPtr loaded = m_window->document()->loadedChain();
    if (!loaded || mode < 0 || mode > int(loaded->tours.size()))
        return;
    // A tour switches on its stops' what-ifs; leaving it puts back the ones that were on.
    if (m_mode == 0 && mode > 0)
        m_scenariosBeforeTour = m_window->document()->enabledScenarios();
    else if (m_mode > 0 && mode == 0 && m_window->document()->enabledScenarios() != m_scenariosBeforeTour)
        m_window->document()->setEnabledScenarios(m_scenariosBeforeTour);
    m_mode = mode;
    if (m_modeBox->currentIndex() != mode)
        m_modeBox->setCurrentIndex(mode);
    if (mode > 0)
        m_tour = buildTourPlayback(loaded, loaded->tours[mode - 1]);
    m_firstsBox->setEnabled(mode == 0 && m_firstsBox->count() > 1);
    m_position = -1;
    setPosition(0);
}

bool PlayPanel::selectTour(const QString &name)
{
    const ChainPtr loaded = m_window->document()->loadedChain();
    if (!loaded)
        return false;
    for (int i = 0; i < loaded->tours.size(); ++i)
        if (loaded->tours[i].name == name) {
            setMode(i + 1);
            return true;
        }
    return false;
}

void PlayPanel::setPosition(int position)
{
    const int n = count();
    position = n == 0 ? 0 : std::clamp(position, 0, n - 1);
    const bool changed = position != m_position;
    m_position = position;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, std::max(0, n - 1));
        m_slider->setValue(position);
    }
    showPosition();
    if (changed)
        Q_EMIT positionChanged(position);
}

void PlayPanel::showPosition()
{
    m_current = -1;
    m_lit.clear();
    m_zoom = {};
    m_tools->clear();
    Document *doc = m_window->document();
    const ChainPtr chain = doc->chain();
    Environment env;
    QVector<int> installed;
    if (m_mode == 0 && m_position < m_playback.size()) {
        const PlaybackFrame &frame = m_playback.frames[m_position];
        m_current = frame.step;
        m_lit = playLitSteps(*m_playback.chain, frame.step,
            doc->analysis() ? doc->analysis()->options.followed : defaultFollowedKinds());
        m_text = playFrameText(m_playback, m_position);
        env = m_playback.environmentAt(m_position);
        installed = frame.change.installed;
    } else if (m_mode > 0 && m_position < m_tour.size()) {
        const TourFrame &frame = m_tour.frames[m_position];
        const TourStop &stop = m_tour.tour.stops[frame.stop];
        m_text = tourFrameText(m_tour, m_position);
        env = frame.environment;
        m_zoom = stop.zoom;
        // The stop's what-ifs in the window too: the document derives again and the window draws.
        const QSet<QString> wanted(frame.scenarios.cbegin(), frame.scenarios.cend());
        if (doc->enabledScenarios() != wanted)
            doc->setEnabledScenarios(wanted);
        // Lit by id on the window's chain (the steps of the what-if exist there once it is drawn).
        if (chain && frame.chain)
            for (int s : frame.steps) {
                const int index = chain->indexOf(frame.chain->steps[s].id);
                if (index >= 0)
                    m_lit << index;
            }
        if (chain && frame.chain && frame.step >= 0)
            m_current = chain->indexOf(frame.chain->steps[frame.step].id);
    } else {
        m_text = {};
    }

    m_title->setText(m_text.title);
    m_subtitle->setText(m_text.subtitle);
    m_firsts->setText(m_text.firsts.isEmpty()
            ? QString()
            : QStringLiteral("★ ") + m_text.firsts.join(QStringLiteral("\n★ ")));
    m_firsts->setVisible(!m_text.firsts.isEmpty());
    m_prose->setText(m_text.prose);
    m_prose->setVisible(!m_text.prose.isEmpty());
    m_kernel->setText(
        tr("Kernel: %1").arg(m_text.kernel) + (m_text.kernelJumped ? tr("  ⟶ kernel jump") : QString()));
    setColor(m_kernel, m_text.kernelJumped ? kAccent : palette().color(QPalette::WindowText));
    QFont kf = m_kernel->font();
    kf.setBold(m_text.kernelJumped);
    m_kernel->setFont(kf);
    m_counters->setText(m_text.counters);
    m_inForce->setText(m_text.inForce.join(u'\n'));
    m_removed->setText(m_text.removed.isEmpty()
            ? QString()
            : tr("Uninstalled: %1").arg(m_text.removed.join(QStringLiteral(", "))));
    m_removed->setVisible(!m_text.removed.isEmpty());

    // The tools, newest first; what this step installed in bold.
    const ChainPtr envChain = m_mode == 0
        ? m_playback.chain
        : (m_position < m_tour.size() ? m_tour.frames[m_position].chain : nullptr);
    QVector<const EnvironmentTool *> tools;
    for (const EnvironmentTool &t : std::as_const(env.tools))
        tools << &t;
    std::sort(tools.begin(), tools.end(),
        [](const EnvironmentTool *a, const EnvironmentTool *b) { return a->step > b->step; });
    for (const EnvironmentTool *t : std::as_const(tools)) {
        auto *item = new QListWidgetItem(
            t->version.isEmpty() ? t->package : t->package + u' ' + t->version, m_tools);
        item->setData(Qt::UserRole, envChain ? envChain->steps[t->step].id : QString());
        item->setToolTip(t->commands.join(QStringLiteral(", ")));
        if (installed.contains(t->step)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    m_playButton->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_presentation->setText(m_text, m_position, count());

    if (dockOnScreen(m_dock) || m_presentation->isActive()) {
        applyHighlight();
        revealCurrent();
    }
}

void PlayPanel::applyHighlight()
{
    GraphView *view = m_window->graphView();
    const SceneModel &model = view->sceneModel();
    const AnalysisPtr analysis = m_window->document()->analysis();
    if (!analysis || !model.projection || model.projection->real.steps.size() != analysis->chain->steps.size()
        || model.highlight.steps.size() != model.projection->shown.steps.size())
        return;
    HighlightOptions options = m_window->viewOptions().highlight;
    options.selected = -1;
    options.selectedMember = -1;
    options.focus = false;
    options.whyFrom = options.whyTo = -1;
    if (m_mode > 0 && m_position < m_tour.size()) {
        const TourStop &stop = m_tour.tour.stops[m_tour.frames[m_position].stop];
        if (!stop.highlight.isEmpty())
            options.families = stop.highlight;
    }
    const ChainProjection *projection = model.projection.get();
    HighlightResult base = computeHighlight(*analysis, *projection, options);
    view->setHighlight(teachingHighlight(projection->shown, std::move(base), shownSteps(projection, m_lit),
        shownSteps(projection, { m_current }).value(0, -1)));
}

void PlayPanel::revealCurrent()
{
    GraphView *view = m_window->graphView();
    const SceneModel &model = view->sceneModel();
    if (!model.projection)
        return;
    const ChainProjection *projection = model.projection.get();
    if (m_mode > 0 && m_zoom.mode == TourZoom::Mode::All) {
        view->fitAll(true);
        return;
    }
    const QVector<int> steps = shownSteps(projection, m_mode == 0 ? QVector<int> { m_current } : m_lit);
    if (steps.isEmpty() || steps.value(0) < 0)
        return;
    if (!m_presentation->isActive() && m_zoom.mode == TourZoom::Mode::Fit) {
        view->reveal(steps, true);
        return;
    }
    // Presentation (and tour zoom factors): frame the steps ourselves, large: at most 150 % (the
    // labels at 18 px), or the factor times the fit; the play mode follows one step at 150 %.
    QRectF rect;
    for (const GraphGeometry::Node &n : model.geometry.nodes)
        if (steps.contains(n.step))
            rect |= n.rect();
    if (rect.isEmpty())
        return;
    const QSizeF viewport = view->viewport()->size();
    qreal zoom = std::min(viewport.width() / (rect.width() + 80), viewport.height() / (rect.height() + 80));
    if (m_mode > 0 && m_zoom.mode == TourZoom::Mode::Factor)
        zoom *= m_zoom.factor;
    zoom = std::min(zoom, m_presentation->isActive() ? 1.5 : 3.0);
    if (m_mode == 0)
        zoom = 1.5;
    view->finishNavigation();
    view->setZoom(zoom);
    view->centerOn(rect.center());
}

void PlayPanel::setPlaying(bool playing)
{
    if (playing && count() > 0) {
        if (m_position >= count() - 1)
            setPosition(0);
        m_timer.start(intervalMs());
    } else {
        m_timer.stop();
    }
    m_playButton->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setText(isPlaying() ? tr("Pause") : tr("Play"));
}

int PlayPanel::intervalMs() const
{
    return int(std::lround(kBaseIntervalMs / std::pow(2.0, m_speed)));
}

void PlayPanel::faster()
{
    m_speed = std::min(m_speed + 1, kMaxSpeed);
    m_timer.setInterval(intervalMs());
    m_speedLabel->setText(
        m_speed >= 0 ? QStringLiteral("%1×").arg(1 << m_speed) : QStringLiteral("1/%1×").arg(1 << -m_speed));
}

void PlayPanel::slower()
{
    m_speed = std::max(m_speed - 1, kMinSpeed);
    m_timer.setInterval(intervalMs());
    m_speedLabel->setText(
        m_speed >= 0 ? QStringLiteral("%1×").arg(1 << m_speed) : QStringLiteral("1/%1×").arg(1 << -m_speed));
}

void PlayPanel::tick()
{
    if (m_position >= count() - 1) {
        setPlaying(false);
        return;
    }
    stepForward();
}

} // namespace Seedline

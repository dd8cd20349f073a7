// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthpanel.h"

#include "appsettings.h"
#include "explanations.h"

#include "growthplayer.h"
#include "growthscenes.h"
#include "icons.h"

#include "chart/growthchart.h"
#include "chart/growthchartview.h"
#include "chart/growthrenderer.h"
#include "document/document.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "io/safewrite.h"
#include "itemmodels/timelinetablemodel.h"
#include "timeline/cpythonseries.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Seedline {

namespace {

const TimelineSeries &emptySeries()
{
    static const TimelineSeries empty;
    return empty;
}

// The desktop's media icons, the style's where the theme has none.
QIcon mediaIcon(const QWidget *widget, const QString &name)
{
    static const QHash<QString, QStyle::StandardPixmap> fallbacks{
        {QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay},
        {QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause},
        {QStringLiteral("media-skip-backward"), QStyle::SP_MediaSkipBackward},
        {QStringLiteral("media-skip-forward"), QStyle::SP_MediaSkipForward},
        {QStringLiteral("media-seek-backward"), QStyle::SP_MediaSeekBackward},
        {QStringLiteral("media-seek-forward"), QStyle::SP_MediaSeekForward},
    };
    if (!fallbacks.contains(name))
        return {};
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallbacks.value(name)));
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

} // namespace

GrowthPanel::GrowthPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineTableModel(this))
    , m_rows(new QSortFilterProxyModel(this))
    , m_player(new GrowthPlayer(this))
    , m_scenes(new GrowthScenes(this))
{
    setObjectName(QStringLiteral("growthPanel"));
    setFocusPolicy(Qt::StrongFocus); // the playback keys work while the focus is in the panel
    m_model->setStepped(true);
    // The table shows the rows; the chart also maps the stepped corners in between.
    m_rows->setSourceModel(m_model);
    m_rows->setFilterRole(TimelineTableModel::CornerRole);
    m_rows->setFilterRegularExpression(QStringLiteral("^false$"));
    m_rows->setFilterKeyColumn(TimelineTableModel::DateColumn);

    createActions();

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("growthSlider"));
    m_slider->setToolTip(tr("Scrub through time (Left/Right: the previous/next change, Home/End: the ends)"));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("growthDate"));
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 ")));
    QFont bold = m_date->font();
    bold.setBold(true);
    m_date->setFont(bold);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("growthSpeed"));
    for (int days : GrowthPlayer::speeds())
        m_speed->addItem(GrowthPlayer::speedName(days));
    m_speed->setCurrentIndex(m_player->speedIndex());
    m_speed->setToolTip(tr("Playback speed (+ and -)"));
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("growthPolicy"));
    m_policy->addItem(tr("mrustc releases count from their release"), QStringLiteral("released"));
    m_policy->addItem(tr("… from when %1 adopted them").arg(TimelinePolicy::defaultProject()),
                      QStringLiteral("observed"));
    m_policy->setToolTip(tr("When an mrustc release starts to count (docs/timeline.md)"));
    m_mrustc = new QComboBox(this);
    m_mrustc->setObjectName(QStringLiteral("growthProjection"));
    m_mrustc->addItem(tr("projected: mrustc at its average pace"), QStringLiteral("average"));
    m_mrustc->addItem(tr("projected: mrustc every 12 months"), QStringLiteral("12"));
    m_mrustc->addItem(tr("projected: mrustc never again"), QStringLiteral("never"));
    m_mrustc->setToolTip(tr("How mrustc is assumed to learn newer targets after the data ends"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_slider, m_speed, m_policy, m_mrustc})
        w->setWhatsThis(Explanations::optionWhatsThis(w->objectName()));
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("growthExport"));
    exportButton->setText(tr("Export"));
    exportButton->setIcon(Icons::icon(QStringLiteral("document-export")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAutoRaise(true);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Export the Chart…"), this, [this] { exportDialog(false); });
    exportMenu->addAction(tr("Export this Frame (Chart and Graph)…"), this, [this] { exportDialog(true); });
    exportButton->setMenu(exportMenu);

    auto *transport = new QHBoxLayout;
    transport->setContentsMargins(4, 2, 4, 0);
    transport->setSpacing(2);
    for (const char *name : {"growthStart", "growthBack", "growthPlay", "growthForward", "growthEnd"})
        transport->addWidget(toolButton(findChild<QAction *>(QLatin1String(name)), this));
    transport->addWidget(m_speed);
    transport->addSpacing(6);
    transport->addWidget(m_slider, 1);
    transport->addWidget(m_date);
    transport->addWidget(exportButton);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("growthCounter"));
    m_counter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont counterFont = m_counter->font();
    counterFont.setPointSizeF(counterFont.pointSizeF() * 1.15);
    counterFont.setBold(true);
    m_counter->setFont(counterFont);
    m_event = new QLabel(this);
    m_event->setObjectName(QStringLiteral("growthEvent"));
    m_event->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover = new QLabel(this);
    m_hover->setObjectName(QStringLiteral("growthHover"));
    m_hover->setForegroundRole(QPalette::PlaceholderText);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chartView = new GrowthChartView(this);
    m_chartView->setObjectName(QStringLiteral("growthChartView"));
    m_chartView->growthChart()->setModel(m_model);
    m_graph = new GraphView(this);
    m_graph->setObjectName(QStringLiteral("growthGraph"));
    m_graph->setMinimapVisible(false);
    m_graph->setLegendVisible(false); // the main view has it; here the chain is what counts
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("growthTable"));
    m_table->setModel(m_rows);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(TimelineTableModel::DateMsecsColumn, true);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("growthTabs"));
    tabs->addTab(m_graph, tr("Graph at the Date"));
    tabs->addTab(m_table, tr("Table"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_chartView);
    split->addWidget(tabs);
    split->setStretchFactor(0, 11);
    split->setStretchFactor(1, 9);
    split->setSizes({1100, 900}); // scaled to the width the panel gets

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(2);
    contentLayout->addLayout(transport);
    auto *counterRow = new QHBoxLayout;
    counterRow->setContentsMargins(8, 0, 4, 0);
    counterRow->addWidget(m_counter, 1);
    counterRow->addWidget(m_policy);
    counterRow->addWidget(m_mrustc);
    contentLayout->addLayout(counterRow);
    m_event->setContentsMargins(8, 0, 8, 0);
    contentLayout->addWidget(m_event);
    contentLayout->addWidget(split, 1);
    contentLayout->addWidget(m_hover);
    m_empty = new QLabel(tr("The chains loaded have no timeline. A chain file's [timeline] (a release table and the "
                            "mrustc releases, see docs/chain-format.md) makes one; File ▸ Open the Shipped Chains "
                            "opens chains that have it."),
                         this);
    m_empty->setObjectName(QStringLiteral("growthEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_player, &GrowthPlayer::dateChanged, this, &GrowthPanel::onDateChanged);
    connect(m_player, &GrowthPlayer::playingChanged, this, [this](bool playing) {
        m_play->setText(playing ? tr("Pause") : tr("Play"));
        m_play->setIcon(mediaIcon(this, playing ? QStringLiteral("media-playback-pause")
                                                : QStringLiteral("media-playback-start")));
        m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play: the chain grows release by release (Space)"));
        if (playing)
            m_chartView->growthChart()->setRevealing(true);
        updateAnimationDuration();
    });
    connect(m_player, &GrowthPlayer::speedChanged, this, [this](int index) {
        const QSignalBlocker blocker(m_speed);
        m_speed->setCurrentIndex(index);
        updateAnimationDuration();
    });
    connect(m_speed, &QComboBox::currentIndexChanged, m_player, &GrowthPlayer::setSpeedIndex);
    connect(m_slider, &QSlider::valueChanged, this, [this](int day) {
        if (m_player->isEmpty())
            return;
        m_player->pause();
        m_chartView->growthChart()->setRevealing(true);
        m_player->setDate(m_player->first().addDays(day));
    });
    connect(m_chartView, &GrowthChartView::dateScrubbed, this, [this](const QDate &date) {
        m_player->pause();
        m_chartView->growthChart()->setRevealing(true);
        m_player->setDate(date);
    });
    connect(m_chartView, &GrowthChartView::dateHovered, this, [this](const QDate &, const QString &text) {
        m_hover->setText(text.section(u'\n', 0, 0));
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QDate date = m_rows->index(index.row(), TimelineTableModel::DateColumn).data(TimelineTableModel::DateRole).toDate();
        m_player->pause();
        m_player->setDate(date);
    });
    connect(m_scenes, &GrowthScenes::sceneReady, this, [this](int row) {
        if (m_series && row == m_series->rowAt(m_player->date()))
            showGraphFor(row);
    });
    connect(m_scenes, &GrowthScenes::progress, this, [this](int ready, int distinct) {
        m_hover->setText(ready < distinct ? tr("Preparing the graphs of every date: %1 of %2").arg(ready).arg(distinct)
                                          : QString());
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, &GrowthPanel::recompute);
    connect(m_mrustc, &QComboBox::currentIndexChanged, this, &GrowthPanel::recompute);
    onDateChanged(QDate());
}

GrowthPanel::~GrowthPanel() = default;

void GrowthPanel::createActions()
{
    auto make = [this](const char *name, const QString &text, const QString &tip, const QList<QKeySequence> &keys,
                       const QString &icon, auto slot) {
        auto *a = new QAction(mediaIcon(this, icon), text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the panel has the focus
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.value(0).toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    make("growthStart", tr("Start"), tr("Go to the first date"), {QKeySequence(Qt::Key_Home)},
         QStringLiteral("media-skip-backward"), [this] {
             m_chartView->growthChart()->setRevealing(true);
             m_player->toStart();
         });
    make("growthBack", tr("Previous Change"), tr("Step back to the previous change"), {QKeySequence(Qt::Key_Left)},
         QStringLiteral("media-seek-backward"), [this] {
             m_chartView->growthChart()->setRevealing(true);
             m_player->stepBack();
         });
    m_play = make("growthPlay", tr("Play"), tr("Play: the chain grows release by release"), {QKeySequence(Qt::Key_Space)},
                  QStringLiteral("media-playback-start"), [this] { m_player->togglePlaying(); });
    make("growthForward", tr("Next Change"), tr("Step to the next change"), {QKeySequence(Qt::Key_Right)},
         QStringLiteral("media-seek-forward"), [this] {
             m_chartView->growthChart()->setRevealing(true);
             m_player->stepForward();
         });
    make("growthEnd", tr("End"), tr("Go to the last date"), {QKeySequence(Qt::Key_End)},
         QStringLiteral("media-skip-forward"), [this] { m_player->toEnd(); });
    make("growthFaster", tr("Faster"), tr("Play faster"),
         {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, QString(), [this] { m_player->faster(); });
    make("growthSlower", tr("Slower"), tr("Play slower"), {QKeySequence(Qt::Key_Minus)}, QString(),
         [this] { m_player->slower(); });
}

GrowthChart *GrowthPanel::chart() const
{
    return m_chartView->growthChart();
}

const TimelineSeries &GrowthPanel::series() const
{
    return m_series ? *m_series : emptySeries();
}

bool GrowthPanel::hasTimeline() const
{
    return m_series && !m_series->rows.isEmpty();
}

bool GrowthPanel::isBusy() const
{
    return m_computing || m_dirty || m_scenes->isRunning() || m_graph->graphScene()->isAnimating()
        || m_graph->isNavigating();
}

void GrowthPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::chainChanged, this, [this] {
            m_dirty = true;
            if (isVisible())
                recompute();
        });
    }
    m_dirty = true;
    if (isVisible())
        recompute();
}

void GrowthPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        recompute();
}

void GrowthPanel::recompute()
{
    m_dirty = false;
    const ChainPtr chain = m_document ? m_document->loadedChain() : ChainPtr();
    if (!chain || chain->timeline.isEmpty()) {
        m_job.cancel();
        m_computing = false;
        setSeries(TimelineSeries());
        return;
    }
    TimelineOptions options;
    QString ignored;
    if (m_policy->currentData().toString() == QLatin1String("observed"))
        options.policy.adoption = AdoptionPolicy::Observed;
    if (const auto tool = ToolAssumption::parse(m_mrustc->currentData().toString(), &ignored))
        options.projection.tool = *tool;
    m_computing = true;
    m_job.start([chain, options](const std::atomic_bool &) { return computeTimeline(*chain, options); },
                [this](TimelineSeries series) {
                    m_computing = false;
                    setSeries(std::move(series));
                });
}

void GrowthPanel::setSeries(TimelineSeries series)
{
    m_player->pause();
    m_series = std::make_shared<const TimelineSeries>(std::move(series));
    m_model->setSeries(*m_series);
    m_shownRow = m_shownCanonical = -1;
    m_fitted = false;
    m_graph->clear();
    if (m_series->rows.isEmpty()) {
        m_scenes->clear();
        m_player->setTimeline({}, {}, {});
        m_stack->setCurrentIndex(0);
        Q_EMIT timelineReady();
        return;
    }
    m_stack->setCurrentIndex(1);
    QVector<QDate> changes;
    for (const TimelineRow &row : m_series->rows)
        changes << row.date;
    const QDate first = changes.front(), last = changes.back();
    const bool fresh = m_player->isEmpty();
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(first.daysTo(last)));
        m_slider->setPageStep(42);
    }
    m_player->setTimeline(first, last, changes);
    if (fresh) {
        // The chain of today (within the range); the whole chart drawn until the user plays or scrubs.
        m_chartView->growthChart()->setRevealing(false);
        m_player->setDate(QDate::currentDate());
    }
    GrowthSceneOptions options;
    options.family = m_series->options.family;
    if (m_document)
        options.scenarios = m_document->enabledScenarios();
    const QSize viewport = m_graph->viewport()->size();
    if (viewport.width() > 100 && viewport.height() > 100)
        options.view.layout.aspectRatio = std::clamp(double(viewport.width()) / viewport.height(), 0.5, 3.0);
    else
        options.view.layout.aspectRatio = 1.4;
    m_scenes->setInput(m_document ? m_document->loadedChain() : ChainPtr(), m_series, options);
    onDateChanged(m_player->date());
    Q_EMIT timelineReady();
}

void GrowthPanel::onDateChanged(const QDate &date)
{
    const bool has = date.isValid() && hasTimeline();
    for (QAction *a : actions())
        a->setEnabled(has);
    m_slider->setEnabled(has);
    m_chartView->growthChart()->setPlayhead(has ? date : QDate());
    if (!has) {
        m_date->clear();
        m_counter->clear();
        m_event->clear();
        return;
    }
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(m_player->first().daysTo(date)));
    }
    m_date->setText(date.toString(Qt::ISODate));
    updateCounter();
    const int row = m_series->rowAt(date);
    // The table follows (without taking the focus or scrolling while it is not shown).
    const int modelRow = m_model->rowForDate(date);
    const QModelIndex at = m_rows->mapFromSource(m_model->index(std::max(modelRow, 0), 0));
    if (modelRow >= 0 && at.isValid() && m_table->currentIndex().row() != at.row()) {
        m_table->setCurrentIndex(at);
        if (m_table->isVisible())
            m_table->scrollTo(at);
    }
    showGraphFor(row);
}

void GrowthPanel::updateCounter()
{
    const QDate date = m_player->date();
    const int row = m_series ? m_series->rowAt(date) : -1;
    if (row < 0) {
        m_counter->setText(tr("No bootstrap anchor yet on %1").arg(date.toString(Qt::ISODate)));
        m_event->clear();
        return;
    }
    const TimelineRow &r = m_series->rows[row];
    m_counter->setText(growthCounter(r));
    m_counter->setToolTip(r.describe());
    const TimelineEvent *event = recentEvent(*m_series, date);
    m_event->setText(event ? QStringLiteral("%1  %2").arg(event->date.toString(Qt::ISODate), event->title) : r.describe());
    m_event->setToolTip(event ? event->source : QString());
}

void GrowthPanel::showGraphFor(int row)
{
    if (row < 0) {
        m_graph->clear();
        m_shownRow = -1;
        return;
    }
    const ScenePtr scene = m_scenes->scene(row);
    if (!scene) {
        m_scenes->prefer(row); // shown when it arrives; the previous graph stays until then
        return;
    }
    m_shownRow = row;
    const SceneModel &shown = m_graph->sceneModel();
    if (shown.chain == scene->chain && !shown.isEmpty()) {
        Q_EMIT graphShown(row);
        return;
    }
    // A new chain: the steps move by id to their new places, new rustc builds fade in, the ones
    // mrustc no longer needs fade out.
    m_graph->setSceneModel(*scene, m_fitted);
    // Frame the chain that grows (the rustc builds and the tool), when it does not fit any more.
    QVector<int> chain;
    const QString family = m_series->options.family;
    const QString tool = m_series->rows[row].anchor.tool;
    for (int i = 0; scene->chain && i < scene->chain->steps.size(); ++i) {
        const Step &step = scene->chain->steps[i];
        if (step.hasFamily(family) || (!tool.isEmpty() && (step.package == tool || step.hasFamily(tool))))
            chain << i;
    }
    const bool outside = std::any_of(chain.cbegin(), chain.cend(), [this](int i) { return !m_graph->isStepVisible(i); });
    if (!m_fitted || outside) {
        if (chain.isEmpty())
            m_graph->fitAll(m_fitted);
        else
            m_graph->reveal(chain, m_fitted);
    }
    m_fitted = true;
    Q_EMIT graphShown(row);
}

void GrowthPanel::updateAnimationDuration()
{
    // The graph moves within the time between two releases at this speed (42 days), 350 ms at most.
    const double msPerRelease = 42.0 * 1000.0 / double(m_player->daysPerSecond());
    m_graph->graphScene()->setAnimationDuration(
        m_player->isPlaying() ? int(std::clamp(msPerRelease * 0.8, 80.0, 350.0)) : 350);
}

bool GrowthPanel::exportChart(const QString &fileName, QString *error)
{
    GrowthRenderer renderer(m_model);
    const GrowthChart *shown = chart();
    renderer.setToday(shown->today());
    renderer.setPlayhead(shown->playhead());
    renderer.chart()->setRevealing(shown->isRevealing());
    renderer.setTitle(tr("How the Rust chain grows: rustc builds from mrustc to the newest Rust"));
    const QString failure = renderer.writeChart(fileName, m_chartView->size().expandedTo(QSize(900, 520)));
    if (error)
        *error = failure;
    return failure.isEmpty();
}

bool GrowthPanel::exportFrame(const QString &fileName, const QSize &size, QString *error)
{
    const auto format = pictureFormatForFileName(fileName);
    QString failure;
    if (!format) {
        failure = tr("a frame is written as .svg or .png");
    } else if (!hasTimeline()) {
        failure = tr("there is no timeline to draw");
    } else {
        GrowthRenderer renderer(m_model);
        renderer.setToday(chart()->today());
        renderer.setPlayhead(m_player->date());
        const ScenePtr scene = m_scenes->scene(m_series->rowAt(m_player->date()));
        const SceneModel graph = scene ? *scene : SceneModel();
        QByteArray bytes;
        if (*format == PictureFormat::Svg) {
            bytes = renderer.frameSvg(size, graph);
        } else {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!renderer.frameImage(size, graph).save(&buffer, "PNG"))
                bytes.clear();
        }
        if (bytes.isEmpty()) {
            failure = tr("the frame could not be drawn");
        } else {
            const WriteResult written = writeFileAtomically(fileName, bytes);
            if (!written.ok)
                failure = written.message();
        }
    }
    if (error)
        *error = failure;
    return failure.isEmpty();
}

void GrowthPanel::exportDialog(bool frame)
{
    AppSettings settings;
    const QString key = frame ? QStringLiteral("growth/lastFrame") : QStringLiteral("growth/lastChart");
    const QString last = settings.lastExport(key, frame ? QStringLiteral("seedline-frame.png") : QStringLiteral("rust-growth.svg"));
    const QString fileName = QFileDialog::getSaveFileName(this, frame ? tr("Export the Frame") : tr("Export the Chart"),
                                                          last, tr("SVG image (*.svg);;PNG image (*.png)"));
    if (fileName.isEmpty())
        return;
    settings.setLastExport(key, fileName);
    QString error;
    const bool ok = frame ? exportFrame(fileName, QSize(1920, 1080), &error) : exportChart(fileName, &error);
    if (ok)
        m_hover->setText(tr("Exported %1").arg(QFileInfo(fileName).fileName()));
    else
        QMessageBox::warning(this, tr("Export failed"), tr("Could not export %1:\n%2").arg(fileName, error));
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthchart.h"

#include "highlight/palette.h"
#include "itemmodels/timelinetablemodel.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLocale>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QTimeZone>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Seedline {

namespace {

// Stacking over Qt Charts' own items (plot area 0, shades 1, grid 2, axes 3, series 4, legend 5).
constexpr qreal shadeZ = 0.5;
constexpr qreal guideZ = 3.5;
constexpr qreal labelZ = 5.5;

// The observed projects, in the order of the series (Okabe–Ito, after the two family colours).
QColor observedColor(int index)
{
    static const QColor colors[] = {QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                                    QColor(0x99, 0x88, 0x00), QColor(0x55, 0x55, 0x55)};
    return colors[index % int(std::size(colors))];
}

QPen linePen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

QFont smallFont(qreal points)
{
    QFont f;
    f.setPointSizeF(points);
    return f;
}

qint64 msecsOf(const QDate &date)
{
    return TimelineTableModel::msecsOf(date);
}

QDate dateOfMsecs(qreal msecs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(msecs)), QTimeZone::utc()).date();
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

GrowthChart::GrowthChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_x(new QCategoryAxis(this))
    , m_y(new QValueAxis(this))
    , m_today(QDate::currentDate())
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setMargins(QMargins(6, 6, 6, 6));
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setFont(smallFont(8.5));
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setLabelsFont(smallFont(8.5));
    m_x->setTitleFont(smallFont(8.5));
    m_y->setTitleText(tr("builds needed"));
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setLabelsFont(smallFont(8.5));
    m_y->setTitleFont(smallFont(8.5));
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
    for (int i = 0; i < LineCount; ++i)
        m_lines.append(Line());
    connect(this, &QChart::plotAreaChanged, this, [this] {
        // A narrower plot labels fewer years (the labels would be elided otherwise).
        if (m_rangeFirst.isValid() && m_rangeLast.isValid() && labelStep(m_rangeFirst, m_rangeLast) != m_labelStep) {
            setDateRange(m_rangeFirst, m_rangeLast);
            updateReveal();
        }
        placeOverlays();
    });
}

GrowthChart::~GrowthChart() = default;

void GrowthChart::setModel(TimelineTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        m_model->setStepped(true);
        connect(m_model, &QAbstractItemModel::modelReset, this, &GrowthChart::rebuild);
    }
    rebuild();
}

void GrowthChart::setPlayhead(const QDate &date)
{
    if (date == m_playhead)
        return;
    m_playhead = date;
    updateReveal();
    placeOverlays();
}

void GrowthChart::setRevealing(bool revealing)
{
    if (revealing == m_revealing)
        return;
    m_revealing = revealing;
    updateReveal();
    placeOverlays();
}

void GrowthChart::setToday(const QDate &date)
{
    m_today = date;
    placeOverlays();
}

bool GrowthChart::isTodayInRange() const
{
    return m_today.isValid() && m_lastMsecs > m_firstMsecs && msecsOf(m_today) >= m_firstMsecs
        && msecsOf(m_today) <= m_lastMsecs;
}

QDate GrowthChart::firstDate() const
{
    return m_lastMsecs > m_firstMsecs ? dateOfMsecs(qreal(m_firstMsecs)) : QDate();
}

QDate GrowthChart::lastDate() const
{
    return m_lastMsecs > m_firstMsecs ? dateOfMsecs(qreal(m_lastMsecs)) : QDate();
}

QVXYModelMapper *GrowthChart::mapperOf(const QLineSeries *series) const
{
    for (const Line &line : m_lines) {
        if (line.series && line.series == series)
            return line.mapper;
    }
    return nullptr;
}

void GrowthChart::clearParts()
{
    for (Line &line : m_lines) {
        delete line.mapper;
        line = Line();
    }
    removeAllSeries(); // deletes them
    m_anchorPoints = m_projectedAnchorPoints = nullptr;
    m_observedPoints.clear();
    m_observedAll.clear();
    m_anchorsAll.clear();
    m_projectedAnchorsAll.clear();
    for (const Marker &m : std::as_const(m_anchorMarkers) + m_eventMarkers) {
        delete m.label;
        delete m.line;
    }
    m_anchorMarkers.clear();
    m_eventMarkers.clear();
    delete m_projectionShade;
    delete m_projectionLabel;
    delete m_todayLine;
    delete m_todayLabel;
    delete m_playheadLine;
    m_projectionShade = nullptr;
    m_projectionLabel = nullptr;
    m_todayLine = nullptr;
    m_todayLabel = nullptr;
    m_playheadLine = nullptr;
    m_firstMsecs = m_lastMsecs = 0;
    m_dataEnd = QDate();
    m_revealed = -2;
}

GrowthChart::Line GrowthChart::makeLine(int column, const QString &name, const QPen &pen, int first, int end)
{
    Line line;
    line.column = column;
    line.first = first;
    line.end = end;
    line.series = new QLineSeries;
    line.series->setName(name);
    line.series->setPen(pen);
    addSeries(line.series);
    line.series->attachAxis(m_x);
    line.series->attachAxis(m_y);
    line.mapper = new QVXYModelMapper(this);
    line.mapper->setXColumn(TimelineTableModel::DateMsecsColumn);
    line.mapper->setYColumn(column);
    line.mapper->setFirstRow(first);
    line.mapper->setRowCount(end - first);
    if (end > first)
        line.mapper->setModel(m_model);
    line.mapper->setSeries(line.series);
    line.head = new QLineSeries;
    line.head->setPen(pen);
    addSeries(line.head);
    line.head->attachAxis(m_x);
    line.head->attachAxis(m_y);
    hideFromLegend(this, line.head);
    return line;
}

int GrowthChart::labelStep(const QDate &first, const QDate &last) const
{
    // A year label needs about 44 px, a month label about 64: every year (month), or fewer on a
    // narrow plot. Negative: months.
    const qreal width = std::max<qreal>(plotArea().width(), 1);
    const int years = last.year() - first.year() + 1;
    if (years >= 3) {
        const int wanted = int(std::ceil(44.0 * years / width));
        return wanted <= 1 ? 1 : (wanted <= 2 ? 2 : 5);
    }
    const int span = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    const int wanted = int(std::ceil(64.0 * span / width));
    return -(wanted <= 1 ? 1 : (wanted <= 3 ? 3 : 6));
}

void GrowthChart::setDateRange(const QDate &first, const QDate &last)
{
    // Labels exactly on the 1st of January (or of a month for short ranges): a QDateTimeAxis spaces
    // its ticks evenly, which puts them beside the year boundaries.
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_labelStep = labelStep(first, last);
    m_rangeFirst = first;
    m_rangeLast = last;
    const bool months = m_labelStep < 0;
    const int step = std::abs(m_labelStep);
    QDate start, end;
    if (!months) {
        start = QDate(first.year() - first.year() % step, 1, 1);
        end = QDate(last.year() + 1, 1, 1);
        while ((end.year() - start.year()) % step != 0)
            end = end.addYears(1);
    } else {
        start = QDate(first.year(), first.month(), 1);
        end = QDate(last.year(), last.month(), 1).addMonths(1);
        while (((end.year() - start.year()) * 12 + end.month() - start.month()) % step != 0)
            end = end.addMonths(1);
    }
    m_firstMsecs = msecsOf(start);
    m_lastMsecs = msecsOf(end);
    m_x->setStartValue(qreal(m_firstMsecs) - 1);
    for (QDate d = start; d <= end; d = months ? d.addMonths(step) : d.addYears(step))
        m_x->append(months ? QLocale().toString(d, QStringLiteral("MMM yyyy")) : QString::number(d.year()), qreal(msecsOf(d)));
    m_x->setRange(qreal(m_firstMsecs), qreal(m_lastMsecs));
}

void GrowthChart::rebuild()
{
    clearParts();
    if (!m_model || m_model->rowCount() == 0) {
        setDateRange(QDate(2018, 1, 1), QDate(2030, 12, 31));
        m_y->setRange(0, 10);
        return;
    }
    const TimelineSeries &s = m_model->series();
    const int rows = m_model->rowCount();
    const int projected = m_model->firstProjectedRow(); // a row, never a corner; -1 without projection
    const int solidEnd = projected < 0 ? rows : projected;
    const int dashedFirst = projected < 0 ? -1 : std::max(0, projected - 1); // from the corner before it

    const QColor rust = Palette().familyColor(QStringLiteral("rust"));
    const QColor python = Palette().familyColor(QStringLiteral("python"));
    if (solidEnd > 0)
        m_lines[RustcSolid] = makeLine(TimelineTableModel::RustcBuildsColumn,
                                       tr("rustc builds"), linePen(rust, 2.6), 0,
                                       solidEnd);
    if (dashedFirst >= 0)
        m_lines[RustcDashed] = makeLine(TimelineTableModel::RustcBuildsColumn, tr("rustc builds (projected)"),
                                        linePen(rust, 2.2, Qt::DashLine), dashedFirst, rows);
    if (m_lines[RustcDashed].series)
        hideFromLegend(this, m_lines[RustcDashed].series); // the shaded projection says it
    if (s.cpythonComputed) {
        if (solidEnd > 0)
            m_lines[CpythonSolid] = makeLine(TimelineTableModel::CpythonWithRustColumn,
                                             tr("CPython + Rust"), linePen(python, 2.0), 0,
                                             solidEnd);
        if (dashedFirst >= 0)
            m_lines[CpythonDashed] = makeLine(TimelineTableModel::CpythonWithRustColumn,
                                              tr("builds to CPython with Rust (projected)"),
                                              linePen(python, 1.8, Qt::DashLine), dashedFirst, rows);
        if (m_lines[CpythonDashed].series)
            hideFromLegend(this, m_lines[CpythonDashed].series);
        m_lines[CpythonBase] = makeLine(TimelineTableModel::CpythonColumn, tr("CPython, no Rust"),
                                        linePen(QColor(0x77, 0x77, 0x77), 1.4, Qt::DotLine), 0, rows);
    }

    // The axes: the model's dates, and 0 to a little above the highest value (observations included).
    const QDate firstRow = dateOfMsecs(m_model->index(0, TimelineTableModel::DateMsecsColumn).data().toReal());
    const QDate lastRow = dateOfMsecs(m_model->index(rows - 1, TimelineTableModel::DateMsecsColumn).data().toReal());
    setDateRange(firstRow, lastRow);
    qreal top = 1;
    for (int r = 0; r < rows; ++r) {
        top = std::max(top, valueAt(r, TimelineTableModel::RustcBuildsColumn));
        if (s.cpythonComputed)
            top = std::max(top, valueAt(r, TimelineTableModel::CpythonWithRustColumn));
    }
    for (const ObservedChain &o : s.observed)
        top = std::max(top, qreal(o.builds));
    const qreal step = top * 1.12 <= 100 ? 10 : (top * 1.12 <= 200 ? 20 : 50);
    const qreal yMax = std::ceil(top * 1.12 / step) * step;
    m_y->setRange(0, yMax);
    m_y->setTickCount(int(yMax / step) + 1);

    // mrustc releases (the anchors): where each one starts to count.
    const auto inRange = [this](const QDate &d) {
        return d.isValid() && msecsOf(d) >= m_firstMsecs && msecsOf(d) <= m_lastMsecs;
    };
    m_anchorPoints = new QScatterSeries;
    m_anchorPoints->setName(tr("mrustc"));
    m_anchorPoints->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_anchorPoints->setMarkerSize(9);
    m_anchorPoints->setColor(Palette().text());
    m_anchorPoints->setBorderColor(Palette().background());
    m_projectedAnchorPoints = new QScatterSeries;
    m_projectedAnchorPoints->setName(tr("mrustc (projected)"));
    m_projectedAnchorPoints->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_projectedAnchorPoints->setMarkerSize(9);
    m_projectedAnchorPoints->setColor(Palette().background());
    m_projectedAnchorPoints->setBorderColor(Palette().text());
    for (const AnchorInForce &a : s.anchors) {
        if (!inRange(a.since))
            continue;
        const int row = s.rowAt(a.since);
        if (row < 0)
            continue;
        const QPointF p(qreal(msecsOf(a.since)), qreal(s.rows[row].rustcBuilds()));
        (a.projected ? m_projectedAnchorsAll : m_anchorsAll) << p;
        Marker m;
        m.date = a.since;
        m.value = p;
        m.label = new QGraphicsSimpleTextItem(a.projected ? tr("mrustc (projected)\nbuilds %1").arg(a.builds)
                                                          : tr("%1\nbuilds %2").arg(a.label(), a.builds),
                                              this);
        m.label->setFont(smallFont(8));
        m.label->setBrush(Palette().text());
        m.label->setZValue(labelZ);
        m_anchorMarkers << m;
    }
    // The observed histories, one colour per project.
    for (int p = 0; p < s.projects.size(); ++p) {
        QList<QPointF> points;
        for (const ObservedChain &o : s.observed) {
            if (o.project == s.projects[p] && inRange(o.date))
                points << QPointF(qreal(msecsOf(o.date)), qreal(o.builds));
        }
        if (points.isEmpty())
            continue;
        auto *scatter = new QScatterSeries;
        scatter->setName(s.projects[p]);
        scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        scatter->setMarkerSize(8);
        scatter->setColor(observedColor(p));
        scatter->setBorderColor(Palette().background());
        m_observedPoints << scatter;
        m_observedAll << points;
    }
    for (QScatterSeries *scatter : {m_anchorPoints, m_projectedAnchorPoints}) {
        addSeries(scatter);
        scatter->attachAxis(m_x);
        scatter->attachAxis(m_y);
    }
    hideFromLegend(this, m_projectedAnchorPoints); // labelled "mrustc (projected)" where drawn
    for (QScatterSeries *scatter : std::as_const(m_observedPoints)) {
        addSeries(scatter);
        scatter->attachAxis(m_x);
        scatter->attachAxis(m_y);
    }
    if (m_projectedAnchorsAll.isEmpty())
        hideFromLegend(this, m_projectedAnchorPoints);

    // Events: a dotted line and the title (an mrustc release's title is the anchor's label).
    for (int i = 0; i < s.events.size(); ++i) {
        const TimelineEvent &e = s.events[i];
        if (!inRange(e.date))
            continue;
        Marker m;
        m.date = e.date;
        m.event = i;
        m.line = new QGraphicsLineItem(this);
        m.line->setPen(linePen(QColor(0xa8, 0xa8, 0xb8), 1.0, Qt::DotLine));
        m.line->setZValue(guideZ);
        const bool anchored = std::any_of(m_anchorMarkers.cbegin(), m_anchorMarkers.cend(),
                                          [&e](const Marker &a) { return a.date == e.date; });
        if (!anchored) {
            m.label = new QGraphicsSimpleTextItem(this);
            m.label->setFont(smallFont(7.5));
            m.label->setBrush(QColor(0x70, 0x70, 0x80));
            m.label->setRotation(-90);
            m.label->setZValue(guideZ); // under the lines: annotations, not data
        }
        m_eventMarkers << m;
    }

    // The projection: shaded, from the end of the data.
    m_dataEnd = s.projection.dataEnd;
    if (projected >= 0 && m_dataEnd.isValid()) {
        m_projectionShade = new QGraphicsRectItem(this);
        m_projectionShade->setPen(Qt::NoPen);
        m_projectionShade->setBrush(QColor(0xf1, 0xf1, 0xf5));
        m_projectionShade->setZValue(shadeZ);
        m_projectionLabel = new QGraphicsSimpleTextItem(tr("projected →"), this);
        m_projectionLabel->setFont(smallFont(8));
        m_projectionLabel->setBrush(QColor(0x55, 0x55, 0x66));
        m_projectionLabel->setZValue(labelZ);
    }
    m_todayLine = new QGraphicsLineItem(this);
    m_todayLine->setPen(linePen(QColor(0x00, 0x72, 0xb2), 1.2, Qt::DashDotLine));
    m_todayLine->setZValue(guideZ);
    m_todayLabel = new QGraphicsSimpleTextItem(this);
    m_todayLabel->setFont(smallFont(8));
    m_todayLabel->setBrush(QColor(0x00, 0x5a, 0x8c));
    m_todayLabel->setZValue(labelZ);
    m_playheadLine = new QGraphicsLineItem(this);
    m_playheadLine->setPen(linePen(Palette().text(), 1.4));
    m_playheadLine->setZValue(guideZ + 0.1);

    updateReveal();
    placeOverlays();
}

qreal GrowthChart::valueAt(int modelRow, int column) const
{
    return m_model ? m_model->index(modelRow, column).data().toReal() : 0.0;
}

void GrowthChart::updateReveal()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int rows = m_model->rowCount();
    const bool cut = m_playhead.isValid() && m_revealing;
    const int inForce = cut ? m_model->rowForDate(m_playhead) : rows - 1;
    const int visible = cut ? inForce + 1 : rows;
    const qreal headMsecs = qreal(cut ? msecsOf(m_playhead) : 0);
    const bool rowsChanged = visible != m_revealed;
    m_revealed = visible;
    for (Line &line : m_lines) {
        if (!line.series)
            continue;
        if (rowsChanged) {
            // No rows: the mapper lets go of the model (Qt warns about a mapper of zero rows).
            const int count = std::clamp(visible - line.first, 0, line.end - line.first);
            if (count == 0) {
                line.mapper->setModel(nullptr);
                line.series->clear();
            } else {
                line.mapper->setRowCount(count);
                if (line.mapper->model() != m_model)
                    line.mapper->setModel(m_model);
            }
        }
        // The level in force, from its row to the playhead; in the line that owns the row.
        QList<QPointF> head;
        if (cut && inForce >= line.first && inForce < line.end
            && (inForce + 1 < line.end || line.end == rows)) {
            const qreal x = m_model->index(inForce, TimelineTableModel::DateMsecsColumn).data().toReal();
            const qreal y = valueAt(inForce, line.column);
            if (headMsecs > x)
                head << QPointF(x, y) << QPointF(headMsecs, y);
        }
        if (head != line.head->points())
            line.head->replace(head);
    }
    // Points up to the playhead.
    const auto upTo = [cut, headMsecs](const QList<QPointF> &all) {
        if (!cut)
            return all;
        QList<QPointF> shown;
        for (const QPointF &p : all) {
            if (p.x() <= headMsecs)
                shown << p;
        }
        return shown;
    };
    const auto apply = [&upTo](QScatterSeries *series, const QList<QPointF> &all) {
        const QList<QPointF> shown = upTo(all);
        if (series && shown.size() != series->count())
            series->replace(shown);
    };
    apply(m_anchorPoints, m_anchorsAll);
    apply(m_projectedAnchorPoints, m_projectedAnchorsAll);
    for (int i = 0; i < m_observedPoints.size(); ++i)
        apply(m_observedPoints[i], m_observedAll[i]);
}

qreal GrowthChart::xOf(const QDate &date) const
{
    const QRectF plot = plotArea();
    if (m_lastMsecs <= m_firstMsecs || !date.isValid())
        return plot.left();
    return plot.left() + plot.width() * qreal(msecsOf(date) - m_firstMsecs) / qreal(m_lastMsecs - m_firstMsecs);
}

QDate GrowthChart::dateAt(const QPointF &position) const
{
    const QRectF plot = plotArea();
    if (m_lastMsecs <= m_firstMsecs || !plot.adjusted(-1, -1, 1, 1).contains(position))
        return {};
    const qreal f = std::clamp((position.x() - plot.left()) / plot.width(), 0.0, 1.0);
    return dateOfMsecs(qreal(m_firstMsecs) + f * qreal(m_lastMsecs - m_firstMsecs));
}

const TimelineEvent *GrowthChart::eventNear(const QPointF &position, qreal distance) const
{
    if (!m_model || !plotArea().contains(position))
        return nullptr;
    const TimelineEvent *best = nullptr;
    qreal bestDistance = distance;
    for (const Marker &m : m_eventMarkers) {
        if (!m.line || !m.line->isVisible())
            continue;
        const qreal d = std::abs(xOf(m.date) - position.x());
        if (d <= bestDistance) {
            bestDistance = d;
            best = &m_model->series().events[m.event];
        }
    }
    return best;
}

QStringList GrowthChart::visibleLabels() const
{
    QStringList labels;
    for (const Marker &m : std::as_const(m_anchorMarkers) + m_eventMarkers) {
        if (m.label && m.label->isVisible())
            labels << m.label->text();
    }
    for (const QGraphicsSimpleTextItem *item : {m_projectionLabel, m_todayLabel}) {
        if (item && item->isVisible() && !item->text().isEmpty())
            labels << item->text();
    }
    return labels;
}

void GrowthChart::placeOverlays()
{
    if (!m_model || m_lastMsecs <= m_firstMsecs)
        return;
    const QRectF plot = plotArea();
    if (plot.width() < 2 || plot.height() < 2)
        return;
    const qreal yRange = m_y->max() - m_y->min();
    const auto yOf = [&](qreal value) { return plot.bottom() - plot.height() * (value - m_y->min()) / yRange; };
    const qint64 head = m_playhead.isValid() && m_revealing ? msecsOf(m_playhead) : m_lastMsecs;
    const auto shown = [head](const QDate &d) { return msecsOf(d) <= head; };

    QList<QRectF> placed; // anchor labels do not overlap: a label that would moves down
    for (const Marker &m : std::as_const(m_anchorMarkers)) {
        const QPointF p(xOf(m.date), yOf(m.value.y()));
        const QRectF text = m.label->boundingRect();
        // Below and to the right of the point (the line rises from it), else above it, else to its
        // left; further down when all of those are taken.
        const qreal right = p.x() + 6, left = p.x() - 6 - text.width();
        const qreal below = p.y() + 4, above = p.y() - 4 - text.height();
        QList<QRectF> candidates;
        for (int down = 0; down < 3; ++down) {
            const qreal shift = down * (text.height() + 2);
            candidates << QRectF(QPointF(right, below + shift), text.size())
                       << QRectF(QPointF(right, above - shift), text.size())
                       << QRectF(QPointF(left, below + shift), text.size())
                       << QRectF(QPointF(left, above - shift), text.size());
        }
        QRectF at = candidates.front();
        for (const QRectF &c : std::as_const(candidates)) {
            const bool inside = plot.contains(c);
            const bool free = std::none_of(placed.cbegin(), placed.cend(), [&c](const QRectF &r) { return r.intersects(c); });
            if (inside && free) {
                at = c;
                break;
            }
        }
        m.label->setPos(at.topLeft());
        m.label->setVisible(shown(m.date) && plot.width() >= 560);
        if (m.label->isVisible())
            placed << at;
    }

    // Event titles along their lines, reading upwards from under the top; a title that would touch
    // the one before it is left to the tooltip.
    qreal lastLabelX = -1e9;
    const qreal maxLength = plot.height() * 0.55;
    for (const Marker &m : std::as_const(m_eventMarkers)) {
        const qreal x = xOf(m.date);
        m.line->setLine(x, plot.top(), x, plot.bottom());
        m.line->setVisible(shown(m.date));
        if (!m.label)
            continue;
        const QString title = m_model->series().events[m.event].title;
        m.label->setText(QFontMetricsF(m.label->font()).elidedText(title, Qt::ElideRight, maxLength));
        const QRectF text = m.label->boundingRect(); // unrotated: width along the line
        const qreal left = x + 2;
        m.label->setPos(left, plot.top() + 4 + text.width());
        const bool fits = left - lastLabelX >= text.height() + 1 && left + text.height() <= plot.right()
            && plot.height() >= 260; // a small chart keeps its titles for the tooltip
        m.label->setVisible(shown(m.date) && fits);
        if (fits)
            lastLabelX = left;
    }

    if (m_projectionShade && m_dataEnd.isValid()) {
        const qreal x = std::clamp(xOf(m_dataEnd), plot.left(), plot.right());
        m_projectionShade->setRect(QRectF(QPointF(x, plot.top()), QPointF(plot.right(), plot.bottom())));
        m_projectionLabel->setPos(x + 4, plot.top() + 2);
        m_projectionLabel->setVisible(plot.right() - x > m_projectionLabel->boundingRect().width() + 8);
    }

    // Today: a line when it is in the range, otherwise a note at the edge it lies beyond.
    if (m_todayLine) {
        const QString date = m_today.isValid() ? m_today.toString(Qt::ISODate) : QString();
        if (isTodayInRange()) {
            const qreal x = xOf(m_today);
            m_todayLine->setLine(x, plot.top(), x, plot.bottom());
            m_todayLine->setVisible(true);
            m_todayLabel->setText(tr("today %1").arg(date));
            const qreal w = m_todayLabel->boundingRect().width();
            m_todayLabel->setPos(x + w + 4 > plot.right() ? x - w - 3 : x + 3, plot.top() + 2);
        } else {
            m_todayLine->setVisible(false);
            if (!m_today.isValid())
                m_todayLabel->setText({});
            else if (msecsOf(m_today) < m_firstMsecs)
                m_todayLabel->setText(tr("← today (%1) is before these dates").arg(date));
            else
                m_todayLabel->setText(tr("today (%1) is after these dates →").arg(date));
            const qreal w = m_todayLabel->boundingRect().width();
            m_todayLabel->setPos(msecsOf(m_today) < m_firstMsecs ? plot.left() + 3 : plot.right() - w - 3,
                                 plot.top() + 2);
        }
        m_todayLabel->setVisible(!m_todayLabel->text().isEmpty());
        // The projection's label steps down out of the way of today's.
        if (m_projectionLabel && m_todayLabel->isVisible()
            && m_todayLabel->sceneBoundingRect().intersects(m_projectionLabel->sceneBoundingRect()))
            m_projectionLabel->setY(m_todayLabel->y() + m_todayLabel->boundingRect().height() + 2);
    }
    if (m_playheadLine) {
        const qreal x = m_playhead.isValid() ? xOf(m_playhead) : 0;
        m_playheadLine->setLine(x, plot.top(), x, plot.bottom());
        m_playheadLine->setVisible(m_playhead.isValid());
    }
}

} // namespace Seedline

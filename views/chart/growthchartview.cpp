// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthchartview.h"

#include "growthchart.h"
#include "itemmodels/timelinetablemodel.h"

#include <QMouseEvent>
#include <QToolTip>

namespace Seedline {

GrowthChartView::GrowthChartView(QWidget *parent)
    : QChartView(parent)
    , m_chart(new GrowthChart)
{
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    setMinimumSize(320, 220);
}

QDate GrowthChartView::dateAt(const QPoint &viewportPos) const
{
    return m_chart->dateAt(m_chart->mapFromScene(mapToScene(viewportPos)));
}

QString GrowthChartView::describeAt(const QPoint &viewportPos) const
{
    const TimelineTableModel *model = m_chart->model();
    const QDate date = dateAt(viewportPos);
    if (!model || !date.isValid())
        return {};
    const int row = model->rowForDate(date);
    QString text = date.toString(Qt::ISODate);
    if (row >= 0)
        text += QStringLiteral(": ") + model->index(row, 0).data(TimelineTableModel::DescriptionRole).toString();
    else
        text += tr(": no bootstrap anchor yet");
    if (const TimelineEvent *event = m_chart->eventNear(m_chart->mapFromScene(mapToScene(viewportPos)), 4)) {
        text += QStringLiteral("\n%1 %2").arg(event->date.toString(Qt::ISODate), event->title);
        if (!event->source.isEmpty())
            text += QStringLiteral(" (%1)").arg(event->source);
    }
    return text;
}

void GrowthChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QDate date = dateAt(pos);
    const QString text = describeAt(pos);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    Q_EMIT dateHovered(date, text);
    if (m_scrubbing && date.isValid())
        Q_EMIT dateScrubbed(date);
    QChartView::mouseMoveEvent(event);
}

void GrowthChartView::mousePressEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && date.isValid()) {
        m_scrubbing = true;
        Q_EMIT dateScrubbed(date);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void GrowthChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_scrubbing = false;
    QChartView::mouseReleaseEvent(event);
}

void GrowthChartView::leaveEvent(QEvent *event)
{
    m_scrubbing = false;
    Q_EMIT dateHovered({}, {});
    QChartView::leaveEvent(event);
}

} // namespace Seedline

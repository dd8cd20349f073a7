// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QDate>

namespace Seedline {

class GrowthChart;

// The growth chart on screen: hovering a date shows the chain of that date in a tooltip ("mrustc
// v0.11.0 → 1.74.0 → … → 1.91.1: 18 rustc builds", and the event under the pointer); clicking or
// dragging in the plot scrubs to a date.
class GrowthChartView : public QChartView
{
    Q_OBJECT
public:
    explicit GrowthChartView(QWidget *parent = nullptr);

    GrowthChart *growthChart() const { return m_chart; }
    // What the tooltip says for a position in the viewport (empty outside the plot).
    QString describeAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    // The date under the pointer (invalid when it leaves the plot).
    void dateHovered(const QDate &date, const QString &description);
    // Pressed or dragged with the left button on a date.
    void dateScrubbed(const QDate &date);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QDate dateAt(const QPoint &viewportPos) const;

    GrowthChart *m_chart = nullptr;
    bool m_scrubbing = false;
};

} // namespace Seedline

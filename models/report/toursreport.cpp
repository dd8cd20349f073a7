// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "toursreport.h"

#include "teaching/tourplayback.h"

#include <QJsonObject>

namespace Seedline {

namespace {

QJsonValue zoomToJson(const TourZoom &zoom)
{
    if (zoom.mode == TourZoom::Mode::Factor)
        return zoom.factor;
    return tourZoomName(zoom);
}

} // namespace

QJsonArray toursToJson(const Chain &chain)
{
    QJsonArray tours;
    for (const Tour &tour : chain.tours) {
        QJsonArray stops;
        for (const TourStop &stop : tour.stops) {
            QJsonArray steps;
            for (int s : resolveTourStop(chain, stop))
                steps.append(chain.steps[s].id);
            stops.append(QJsonObject{{QStringLiteral("caption"), stop.caption},
                                     {QStringLiteral("steps"), steps},
                                     {QStringLiteral("highlight"), QJsonArray::fromStringList(stop.highlight)},
                                     {QStringLiteral("zoom"), zoomToJson(stop.zoom)},
                                     {QStringLiteral("scenarios"), QJsonArray::fromStringList(stop.scenarios)}});
        }
        QJsonObject o{{QStringLiteral("name"), tour.name},
                      {QStringLiteral("title"), tour.title},
                      {QStringLiteral("stops"), stops}};
        if (!tour.description.isEmpty())
            o.insert(QStringLiteral("description"), tour.description);
        tours.append(o);
    }
    return tours;
}

QString toursSummaryLine(const Chain &chain)
{
    if (chain.tours.isEmpty())
        return QString();
    QStringList parts;
    for (const Tour &tour : chain.tours)
        parts << QStringLiteral("%1 (%2 stops)").arg(tour.name).arg(tour.stops.size());
    return QStringLiteral("%1 %2: %3")
        .arg(chain.tours.size())
        .arg(chain.tours.size() == 1 ? QStringLiteral("tour") : QStringLiteral("tours"))
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace Seedline

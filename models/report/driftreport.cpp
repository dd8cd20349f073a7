// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftreport.h"

#include <QJsonArray>
#include <QStringList>

namespace Seedline {

namespace {

QJsonArray entries(const QVector<DriftReport::Entry> &list)
{
    QJsonArray a;
    for (const DriftReport::Entry &e : list) {
        QJsonObject o{{QStringLiteral("package"), e.package}};
        if (!e.partsVersion.isEmpty() || e.partsLine > 0) {
            o.insert(QStringLiteral("parts_version"), e.partsVersion);
            o.insert(QStringLiteral("parts_line"), e.partsLine);
        }
        if (!e.manifestVersion.isEmpty() || e.manifestLine > 0) {
            o.insert(QStringLiteral("manifest_version"), e.manifestVersion);
            o.insert(QStringLiteral("manifest_line"), e.manifestLine);
        }
        a.append(o);
    }
    return a;
}

QString label(const QString &package, const QString &version)
{
    return version.isEmpty() ? package : package + u' ' + version;
}

} // namespace

QJsonObject driftToJson(const DriftReport &report)
{
    return QJsonObject{{QStringLiteral("missing_from_parts"), entries(report.missingFromParts)},
                       {QStringLiteral("missing_from_manifest"), entries(report.missingFromManifest)},
                       {QStringLiteral("version_mismatches"), entries(report.versionMismatches)}};
}

QString driftToText(const DriftReport &report, const QString &partsName, const QString &manifestName)
{
    QStringList lines;
    if (report.isEmpty())
        return QStringLiteral("%1 and %2 agree.\n").arg(partsName, manifestName);
    if (!report.versionMismatches.isEmpty()) {
        lines << QStringLiteral("Versions that disagree (%1):").arg(report.versionMismatches.size());
        for (const auto &e : report.versionMismatches)
            lines << QStringLiteral("  %1: %2 says %3 (line %4), %5 says %6 (line %7)")
                         .arg(e.package, partsName, e.partsVersion)
                         .arg(e.partsLine)
                         .arg(manifestName, e.manifestVersion)
                         .arg(e.manifestLine);
    }
    if (!report.missingFromParts.isEmpty()) {
        lines << QStringLiteral("In %1 but not in %2 (%3):").arg(manifestName, partsName).arg(report.missingFromParts.size());
        for (const auto &e : report.missingFromParts)
            lines << QStringLiteral("  %1 (line %2)").arg(label(e.package, e.manifestVersion)).arg(e.manifestLine);
    }
    if (!report.missingFromManifest.isEmpty()) {
        lines << QStringLiteral("In %1 but not in %2 (%3):").arg(partsName, manifestName).arg(report.missingFromManifest.size());
        for (const auto &e : report.missingFromManifest)
            lines << QStringLiteral("  %1 (line %2)").arg(label(e.package, e.partsVersion)).arg(e.partsLine);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace Seedline

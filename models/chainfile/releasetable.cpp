// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasetable.h"

#include <QStringDecoder>

namespace Seedline {

QVector<Release> parseReleaseTable(const QByteArray &bytes, const QString &fileName, const QString &family,
                                   Diagnostics *diagnostics)
{
    QVector<Release> out;
    auto report = [&](int line, int column, Severity severity, const QString &message) {
        diagnostics->append(Diagnostic{fileName, line, column, severity, message});
    };
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        report(1, 1, Severity::Error, QStringLiteral("the release table is not valid UTF-8 text"));
        return out;
    }
    const QStringList lines = text.split(u'\n');
    int versionColumn = -1, dateColumn = -1, sourceColumn = -1;
    bool haveHeader = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int lineNumber = i + 1;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        if (!haveHeader) {
            haveHeader = true;
            for (int c = 0; c < cells.size(); ++c) {
                const QString name = cells[c].trimmed().toLower();
                if (name == QLatin1String("version"))
                    versionColumn = c;
                else if (name == QLatin1String("date"))
                    dateColumn = c;
                else if (name == QLatin1String("source") || name == QLatin1String("src"))
                    sourceColumn = c;
            }
            if (versionColumn < 0 || dateColumn < 0) {
                report(lineNumber, 1, Severity::Error,
                       QStringLiteral("the first row of a release table must name its tab-separated columns: "
                                      "version, date and optionally source (found \"%1\")")
                           .arg(line.left(80)));
                return out;
            }
            continue;
        }
        auto columnOf = [&](int cell) {
            int column = 1;
            for (int c = 0; c < cell && c < cells.size(); ++c)
                column += int(cells[c].size()) + 1;
            return column;
        };
        if (cells.size() <= std::max(versionColumn, dateColumn)) {
            report(lineNumber, 1, Severity::Error,
                   QStringLiteral("expected %1 tab-separated columns (version, date, source), found %2")
                       .arg(std::max(versionColumn, dateColumn) + 1)
                       .arg(cells.size()));
            continue;
        }
        const QString version = cells[versionColumn].trimmed();
        const QString dateText = cells[dateColumn].trimmed();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (version.isEmpty()) {
            report(lineNumber, columnOf(versionColumn), Severity::Error, QStringLiteral("the version is empty"));
            continue;
        }
        if (!date.isValid()) {
            report(lineNumber, columnOf(dateColumn), Severity::Error,
                   QStringLiteral("expected a date such as 2025-09-18, found \"%1\"").arg(dateText.left(40)));
            continue;
        }
        const QString source = sourceColumn >= 0 && sourceColumn < cells.size() ? cells[sourceColumn].trimmed() : QString();
        out << Release{family, version, date, source};
    }
    if (!haveHeader)
        report(1, 1, Severity::Warning, QStringLiteral("the release table is empty"));
    return out;
}

} // namespace Seedline

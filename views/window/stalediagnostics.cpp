// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalediagnostics.h"

#include "document/document.h"
#include "itemmodels/diagnosticsmodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace Seedline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seedline::StaleDiagnostics", text);
}

QString namesOf(const QStringList &paths)
{
    if (paths.isEmpty())
        return tr("the shipped chains");
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    return names.join(QStringLiteral(", "));
}

} // namespace

QString staleDiagnosticsNote(const FailedLoad &failed, const Document &document)
{
    const QString at = QLocale().toString(failed.at.time(), QLocale::ShortFormat);
    if (failed.reload)
        return tr("From the failed reload of %1 at %2 \u2014 the chain shown is the last version that loaded "
                  "without errors")
            .arg(namesOf(failed.paths), at);
    return tr("From the failed open of %1 at %2 \u2014 not about the chain shown, which is still %3")
        .arg(namesOf(failed.paths), at, namesOf(document.paths()));
}

void showDocumentDiagnostics(DiagnosticsModel &model, const Document &document)
{
    const FailedLoad &failed = document.failedLoad();
    if (failed.isEmpty())
        model.setDiagnostics(document.shownDiagnostics());
    else
        model.setDiagnostics(document.shownDiagnostics(), failed.diagnostics, staleDiagnosticsNote(failed, document));
}

} // namespace Seedline

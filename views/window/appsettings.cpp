// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace Seedline {

namespace {

const QChar pathSeparator = QChar(u'\n');

QString group(const QString &key)
{
    return QStringLiteral("inputs/") + key;
}

} // namespace

QString themeChoiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return QStringLiteral("light");
    case ThemeChoice::Dark: return QStringLiteral("dark");
    case ThemeChoice::System: break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromName(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return ThemeChoice::Light;
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

QByteArray AppSettings::windowGeometry() const { return QSettings().value(QStringLiteral("window/geometry")).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(QStringLiteral("window/geometry"), geometry); }
QByteArray AppSettings::windowState() const { return QSettings().value(QStringLiteral("window/state")).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &state) { QSettings().setValue(QStringLiteral("window/state"), state); }

bool AppSettings::minimap() const { return QSettings().value(QStringLiteral("view/minimap"), true).toBool(); }
void AppSettings::setMinimap(bool on) { QSettings().setValue(QStringLiteral("view/minimap"), on); }
bool AppSettings::legend() const { return QSettings().value(QStringLiteral("view/legend"), true).toBool(); }
void AppSettings::setLegend(bool on) { QSettings().setValue(QStringLiteral("view/legend"), on); }

ThemeChoice AppSettings::theme() const
{
    return themeChoiceFromName(QSettings().value(QStringLiteral("view/theme")).toString());
}

void AppSettings::setTheme(ThemeChoice choice)
{
    QSettings().setValue(QStringLiteral("view/theme"), themeChoiceName(choice));
}

QList<QStringList> AppSettings::recentFiles() const
{
    QList<QStringList> result;
    for (const QString &entry : QSettings().value(QStringLiteral("recentFiles")).toStringList()) {
        const QStringList paths = entry.split(pathSeparator, Qt::SkipEmptyParts);
        if (!paths.isEmpty())
            result << paths;
    }
    return result;
}

void AppSettings::setRecentFiles(const QList<QStringList> &entries)
{
    QStringList stored;
    for (const QStringList &paths : entries)
        stored << paths.join(pathSeparator);
    QSettings().setValue(QStringLiteral("recentFiles"), stored);
}

QString AppSettings::lastExport(const QString &kind, const QString &fallback) const
{
    return QSettings().value(kind, fallback).toString();
}

void AppSettings::setLastExport(const QString &kind, const QString &fileName)
{
    QSettings().setValue(kind, fileName);
}

QString AppSettings::inputKey(const QStringList &paths)
{
    if (paths.isEmpty())
        return QStringLiteral("shipped");
    QStringList canonical;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString c = info.canonicalFilePath();
        canonical << (c.isEmpty() ? info.absoluteFilePath() : c);
    }
    canonical.sort();
    canonical.removeDuplicates();
    const QByteArray hash = QCryptographicHash::hash(canonical.join(pathSeparator).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

bool AppSettings::hasInputView(const QString &key) const
{
    return QSettings().contains(group(key) + QStringLiteral("/families"));
}

InputView AppSettings::inputView(const QString &key) const
{
    InputView v;
    QSettings s;
    s.beginGroup(group(key));
    if (!s.contains(QStringLiteral("families")))
        return v;
    v.overview = s.value(QStringLiteral("overview"), v.overview).toBool();
    v.series = s.value(QStringLiteral("series"), v.series).toBool();
    v.foldedStages = s.value(QStringLiteral("foldedStages")).toStringList();
    v.foldedStages.removeAll(QString());
    v.families = s.value(QStringLiteral("families")).toStringList();
    v.families.removeAll(QString());
    if (s.contains(QStringLiteral("edgeKinds")))
        v.edgeKinds = s.value(QStringLiteral("edgeKinds")).toInt();
    v.rankDir = s.value(QStringLiteral("rankDir"), v.rankDir).toInt();
    v.direction = s.value(QStringLiteral("direction"), v.direction).toInt();
    v.depth = s.value(QStringLiteral("depth"), v.depth).toInt();
    if (s.contains(QStringLiteral("scenarios")))
    {
        QStringList names = s.value(QStringLiteral("scenarios")).toStringList();
        names.removeAll(QString());
        v.scenarios = names;
    }
    return v;
}

void AppSettings::setInputView(const QString &key, const InputView &view, const QStringList &paths)
{
    QSettings s;
    s.remove(group(key));
    s.beginGroup(group(key));
    s.setValue(QStringLiteral("paths"), paths); // for a reader of the file: which input this is
    s.setValue(QStringLiteral("overview"), view.overview);
    s.setValue(QStringLiteral("series"), view.series);
    s.setValue(QStringLiteral("foldedStages"), view.foldedStages);
    // An empty list must still be stored as "none highlighted", not read back as missing.
    s.setValue(QStringLiteral("families"), view.families.isEmpty() ? QStringList{QString()} : view.families);
    if (view.edgeKinds)
        s.setValue(QStringLiteral("edgeKinds"), *view.edgeKinds);
    s.setValue(QStringLiteral("rankDir"), view.rankDir);
    s.setValue(QStringLiteral("direction"), view.direction);
    s.setValue(QStringLiteral("depth"), view.depth);
    if (view.scenarios)
        s.setValue(QStringLiteral("scenarios"), view.scenarios->isEmpty() ? QStringList{QString()} : *view.scenarios);
}

void AppSettings::forgetInputView(const QString &key)
{
    QSettings().remove(group(key));
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Seedline {

// The window's theme: the desktop's (System), or one chosen.
enum class ThemeChoice : quint8 { System, Light, Dark };
QString themeChoiceName(ThemeChoice choice);          // "system", "light", "dark"
ThemeChoice themeChoiceFromName(const QString &name); // System for anything else

// How the window shows one input (a file, a set of files, a checkout, the shipped chains). The
// defaults are the window's for an input opened the first time.
struct InputView
{
    bool overview = true;              // fold look-alike runs
    bool series = false;               // fold version series
    QStringList foldedStages;          // stage ids folded by hand
    QStringList families{QStringLiteral("python"), QStringLiteral("rust")}; // highlighted families
    std::optional<int> edgeKinds;      // RequirementKinds bits; none: the chain's default
    int rankDir = 0;                   // LayoutGraph::RankDir
    int direction = 2;                 // HighlightOptions::Direction (Both)
    int depth = 0;                     // 0: unlimited
    std::optional<QStringList> scenarios; // enabled what-ifs; none: the chain's defaults
    bool operator==(const InputView &) const = default;
};

// Everything Seedline remembers, in one place (QSettings of the application's organisation and
// name). Keys:
//   window/geometry, window/state        the window's layout
//   view/minimap, view/legend, view/theme the global view options
//   recentFiles                          Open Recent (one entry per set of paths, '\n'-joined)
//   export/lastFile, growth/lastFrame, growth/lastChart  the last export of each kind
//   inputs/<key>/...                     one InputView per input; <key> is inputKey(paths)
class AppSettings
{
public:
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    bool minimap() const;
    void setMinimap(bool on);
    bool legend() const;
    void setLegend(bool on);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice choice);

    QList<QStringList> recentFiles() const;
    void setRecentFiles(const QList<QStringList> &entries);

    // The last file written by an export of `kind` ("export/lastFile", "growth/lastFrame"...).
    QString lastExport(const QString &kind, const QString &fallback) const;
    void setLastExport(const QString &kind, const QString &fileName);

    // The key of an input: "shipped" for the embedded chains (no paths), otherwise the first 16 hex
    // digits of the SHA-256 of its canonical paths, sorted and joined (the same files in any order,
    // by any relative path, are the same input).
    static QString inputKey(const QStringList &paths);
    bool hasInputView(const QString &key) const;
    InputView inputView(const QString &key) const; // the defaults when nothing is stored
    void setInputView(const QString &key, const InputView &view, const QStringList &paths);
    void forgetInputView(const QString &key);
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainfiledocument.h"
#include "core/diagnostic.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <toml++/toml.h>

#include <optional>

// Typed access to toml++ nodes that turns every surprise into a Diagnostic with line and column.
// Internal to models/chainfile.
namespace Seedline::ChainFileDetail {

class TomlReader
{
public:
    TomlReader(const QString &fileName, Diagnostics *diagnostics);

    const QString &fileName() const { return m_fileName; }
    const SourceFile &sourceFile() const { return m_sourceFile; } // shared by the steps read
    Position position(const toml::node &node) const;
    Position position(const toml::key &key) const;
    Position position(const toml::source_region &region) const;

    void error(const Position &where, const QString &message);
    void warning(const Position &where, const QString &message);
    int errorCount() const { return m_errors; } // errors reported through this reader

    // Warns about every key of `table` not in `allowed`, suggesting the nearest allowed key.
    void checkKeys(const toml::table &table, const QStringList &allowed, const QString &where);

    // The value of `key`, or nullopt when absent or of the wrong type (then with an error).
    // `where` names the table in messages ("[[step]]").
    std::optional<QString> string(const toml::table &table, const char *key, const QString &where,
                                  bool required = false);
    std::optional<qint64> integer(const toml::table &table, const char *key, const QString &where);
    std::optional<double> number(const toml::table &table, const char *key, const QString &where);
    std::optional<bool> boolean(const toml::table &table, const char *key, const QString &where);
    // A TOML local date (2025-09-18) or a string "2025-09-18".
    std::optional<QDate> date(const toml::table &table, const char *key, const QString &where,
                              bool required = false);
    std::optional<QDate> date(const toml::node &node, const QString &what);
    // A string or an array of strings.
    std::optional<QStringList> stringList(const toml::table &table, const char *key, const QString &where);
    // A table, or nullptr (absent, or the wrong type with an error).
    const toml::table *table(const toml::table &table, const char *key, const QString &where);
    // Elements of an array of tables (a single table is accepted as a one-element array).
    QVector<const toml::table *> tables(const toml::table &table, const char *key, const QString &where);

    static QString typeName(const toml::node &node);
    static QString toQString(std::string_view text);

private:
    QString m_fileName;
    SourceFile m_sourceFile;
    Diagnostics *m_diagnostics;
    int m_errors = 0;
};

} // namespace Seedline::ChainFileDetail

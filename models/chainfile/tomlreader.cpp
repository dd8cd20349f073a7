// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tomlreader.h"

#include "core/textdistance.h"

namespace Seedline::ChainFileDetail {

TomlReader::TomlReader(const QString &fileName, Diagnostics *diagnostics)
    : m_fileName(fileName)
    , m_sourceFile(fileName)
    , m_diagnostics(diagnostics)
{
}

QString TomlReader::toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

Position TomlReader::position(const toml::source_region &region) const
{
    return Position{m_fileName, int(region.begin.line), int(region.begin.column)};
}

Position TomlReader::position(const toml::node &node) const
{
    return position(node.source());
}

Position TomlReader::position(const toml::key &key) const
{
    return position(key.source());
}

void TomlReader::error(const Position &where, const QString &message)
{
    ++m_errors;
    m_diagnostics->append(Diagnostic{where.file, where.line, where.column, Severity::Error, message});
}

void TomlReader::warning(const Position &where, const QString &message)
{
    m_diagnostics->append(Diagnostic{where.file, where.line, where.column, Severity::Warning, message});
}

QString TomlReader::typeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::none:
        return QStringLiteral("nothing");
    case toml::node_type::table:
        return QStringLiteral("a table");
    case toml::node_type::array:
        return QStringLiteral("an array");
    case toml::node_type::string:
        return QStringLiteral("a string");
    case toml::node_type::integer:
        return QStringLiteral("an integer");
    case toml::node_type::floating_point:
        return QStringLiteral("a floating-point number");
    case toml::node_type::boolean:
        return QStringLiteral("a boolean");
    case toml::node_type::date:
        return QStringLiteral("a date");
    case toml::node_type::time:
        return QStringLiteral("a time");
    case toml::node_type::date_time:
        return QStringLiteral("a date-time");
    }
    return QStringLiteral("an unknown value");
}

void TomlReader::checkKeys(const toml::table &table, const QStringList &allowed, const QString &where)
{
    for (auto &&[key, node] : table) {
        Q_UNUSED(node);
        const QString name = toQString(key.str());
        if (allowed.contains(name))
            continue;
        const QStringList near = nearestWords(name, allowed, 1);
        QString message = QStringLiteral("unknown key `%1` in %2").arg(name, where);
        if (!near.isEmpty())
            message += QStringLiteral(", did you mean `%1`?").arg(near.front());
        else
            message += QStringLiteral(" (expected one of: %1)").arg(allowed.join(QStringLiteral(", ")));
        warning(position(key), message);
    }
}

namespace {
QString keyName(const char *key)
{
    return QString::fromLatin1(key);
}
} // namespace

std::optional<QString> TomlReader::string(const toml::table &table, const char *key, const QString &where,
                                          bool required)
{
    const toml::node *node = table.get(key);
    if (!node) {
        if (required)
            error(position(table), QStringLiteral("%1 needs the key `%2` (a string)").arg(where, keyName(key)));
        return std::nullopt;
    }
    if (const auto *s = node->as_string())
        return toQString(s->get());
    error(position(*node), QStringLiteral("`%1` in %2 must be a string, not %3").arg(keyName(key), where, typeName(*node)));
    return std::nullopt;
}

std::optional<qint64> TomlReader::integer(const toml::table &table, const char *key, const QString &where)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    if (const auto *i = node->as_integer())
        return qint64(i->get());
    error(position(*node),
          QStringLiteral("`%1` in %2 must be an integer, not %3").arg(keyName(key), where, typeName(*node)));
    return std::nullopt;
}

std::optional<double> TomlReader::number(const toml::table &table, const char *key, const QString &where)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    if (const auto *i = node->as_integer())
        return double(i->get());
    if (const auto *f = node->as_floating_point())
        return f->get();
    error(position(*node),
          QStringLiteral("`%1` in %2 must be a number, not %3").arg(keyName(key), where, typeName(*node)));
    return std::nullopt;
}

std::optional<bool> TomlReader::boolean(const toml::table &table, const char *key, const QString &where)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    if (const auto *b = node->as_boolean())
        return b->get();
    error(position(*node),
          QStringLiteral("`%1` in %2 must be true or false, not %3").arg(keyName(key), where, typeName(*node)));
    return std::nullopt;
}

std::optional<QDate> TomlReader::date(const toml::node &node, const QString &what)
{
    if (const auto *d = node.as_date()) {
        const toml::date v = d->get();
        const QDate date(int(v.year), int(v.month), int(v.day));
        if (date.isValid())
            return date;
    } else if (const auto *s = node.as_string()) {
        const QDate date = QDate::fromString(toQString(s->get()), Qt::ISODate);
        if (date.isValid())
            return date;
        error(position(node), QStringLiteral("%1 must be a date such as 2025-09-18, not \"%2\"")
                                  .arg(what, toQString(s->get())));
        return std::nullopt;
    }
    error(position(node), QStringLiteral("%1 must be a date such as 2025-09-18, not %2").arg(what, typeName(node)));
    return std::nullopt;
}

std::optional<QDate> TomlReader::date(const toml::table &table, const char *key, const QString &where, bool required)
{
    const toml::node *node = table.get(key);
    if (!node) {
        if (required)
            error(position(table), QStringLiteral("%1 needs the key `%2` (a date)").arg(where, keyName(key)));
        return std::nullopt;
    }
    return date(*node, QStringLiteral("`%1` in %2").arg(keyName(key), where));
}

std::optional<QStringList> TomlReader::stringList(const toml::table &table, const char *key, const QString &where)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    if (const auto *s = node->as_string())
        return QStringList{toQString(s->get())};
    if (const auto *a = node->as_array()) {
        QStringList out;
        for (const toml::node &element : *a) {
            if (const auto *s = element.as_string())
                out << toQString(s->get());
            else
                error(position(element), QStringLiteral("`%1` in %2 must hold strings, not %3")
                                             .arg(keyName(key), where, typeName(element)));
        }
        return out;
    }
    error(position(*node), QStringLiteral("`%1` in %2 must be a string or an array of strings, not %3")
                               .arg(keyName(key), where, typeName(*node)));
    return std::nullopt;
}

const toml::table *TomlReader::table(const toml::table &parent, const char *key, const QString &where)
{
    const toml::node *node = parent.get(key);
    if (!node)
        return nullptr;
    if (const auto *t = node->as_table())
        return t;
    error(position(*node),
          QStringLiteral("`%1` in %2 must be a table, not %3").arg(keyName(key), where, typeName(*node)));
    return nullptr;
}

QVector<const toml::table *> TomlReader::tables(const toml::table &parent, const char *key, const QString &where)
{
    QVector<const toml::table *> out;
    const toml::node *node = parent.get(key);
    if (!node)
        return out;
    if (const auto *t = node->as_table()) {
        out << t;
        return out;
    }
    if (const auto *a = node->as_array()) {
        for (const toml::node &element : *a) {
            if (const auto *t = element.as_table())
                out << t;
            else
                error(position(element), QStringLiteral("`%1` in %2 must hold tables, not %3")
                                             .arg(keyName(key), where, typeName(element)));
        }
        return out;
    }
    error(position(*node), QStringLiteral("`%1` in %2 must be an array of tables ([[%1]]), not %3")
                               .arg(keyName(key), where, typeName(*node)));
    return out;
}

} // namespace Seedline::ChainFileDetail

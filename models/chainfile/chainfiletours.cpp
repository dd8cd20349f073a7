// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The [[tour]] and [[tour.stop]] parts of a chain file: guided tours for teaching. What they name
// (steps, families, scenarios) is checked once everything is loaded (chainfiletourcheck.cpp).
#include "chainfileparser.h"

#include "core/textdistance.h"

namespace Seedline::ChainFileDetail {

namespace {

constexpr double minZoom = 0.05;
constexpr double maxZoom = 20.0;

const QStringList &tourKeys()
{
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                                  QStringLiteral("stop")};
    return keys;
}

const QStringList &stopKeys()
{
    static const QStringList keys{QStringLiteral("steps"), QStringLiteral("caption"), QStringLiteral("highlight"),
                                  QStringLiteral("zoom"), QStringLiteral("scenarios")};
    return keys;
}

SourceRange rangeOf(const toml::table &table, const SourceFile &file)
{
    // toml++ gives a table the region of its header: the table ends at its last value.
    const toml::source_region region = table.source();
    auto endLine = std::max(region.end.line, region.begin.line);
    for (auto &&[key, node] : table)
        endLine = std::max({endLine, key.source().end.line, node.source().end.line});
    return SourceRange{file, int(region.begin.line), int(endLine)};
}

} // namespace

void ChainFileParser::parseTour(const toml::table &table)
{
    const QString where = QStringLiteral("[[tour]]");
    m_reader.checkKeys(table, tourKeys(), where);
    const Position position = m_reader.position(table);
    const auto name = m_reader.string(table, "name", where, true);
    if (!name)
        return;
    if (name->trimmed().isEmpty()) {
        m_reader.error(m_reader.position(*table.get("name")), QStringLiteral("the `name` of a tour must not be empty"));
        return;
    }
    Tour tour;
    tour.name = name->trimmed();
    tour.title = m_reader.string(table, "title", where).value_or(QString()).trimmed();
    if (tour.title.isEmpty())
        tour.title = tour.name;
    tour.description = m_reader.string(table, "description", where).value_or(QString()).trimmed();
    tour.origin = rangeOf(table, m_reader.sourceFile());
    for (int i = 0; i < m_doc.tours.size(); ++i) {
        if (m_doc.tours[i].name == tour.name) {
            m_reader.error(m_reader.position(*table.get("name")),
                           QStringLiteral("duplicate tour name `%1` (first declared on line %2)")
                               .arg(tour.name)
                               .arg(m_doc.tourPositions[i].line));
            return;
        }
    }
    const QVector<const toml::table *> stops = m_reader.tables(table, "stop", where);
    for (const toml::table *t : stops) {
        if (auto stop = parseTourStop(*t, tour.name))
            tour.stops << *stop;
    }
    if (stops.isEmpty()) {
        m_reader.warning(position, QStringLiteral("tour `%1` has no stops: add [[tour.stop]] tables with `steps` and a "
                                                  "`caption` after it; the tour is left out")
                                       .arg(tour.name));
        return;
    }
    if (tour.stops.isEmpty())
        return; // every stop had an error, reported where it was written
    m_doc.tours << tour;
    m_doc.tourPositions << position;
}

std::optional<TourStop> ChainFileParser::parseTourStop(const toml::table &table, const QString &tourName)
{
    const QString where = QStringLiteral("[[tour.stop]]");
    m_reader.checkKeys(table, stopKeys(), where);
    const Position position = m_reader.position(table);
    TourStop stop;
    stop.origin = rangeOf(table, m_reader.sourceFile());
    bool ok = true;

    const auto caption = m_reader.string(table, "caption", where);
    if (!caption && !table.get("caption")) {
        m_reader.error(position, QStringLiteral("a stop of tour `%1` needs a `caption`: what the audience reads at this "
                                                "stop")
                                     .arg(tourName));
        ok = false;
    } else if (caption && caption->trimmed().isEmpty()) {
        m_reader.error(m_reader.position(*table.get("caption")), QStringLiteral("the `caption` of a stop must not be empty"));
        ok = false;
    } else if (!caption) {
        ok = false; // the wrong type, reported by the reader
    } else {
        stop.caption = caption->trimmed();
    }

    if (const toml::node *steps = table.get("steps")) {
        ok = parseTourSteps(*steps, QStringLiteral("`steps` of [[tour.stop]]"), &stop) && ok;
    } else {
        m_reader.error(position,
                       QStringLiteral("a stop of tour `%1` needs `steps`: a step id, a selector such as { family = "
                                      "\"python\" }, a range such as { from = \"hex0\", to = \"M2-Planet\" }, or an "
                                      "array of them")
                           .arg(tourName));
        ok = false;
    }

    if (const auto highlight = names(table, "highlight", where)) {
        for (const NameSpec &n : *highlight) {
            if (!stop.highlight.contains(n.name))
                stop.highlight << n.name;
        }
        m_doc.tourReferences.highlights += *highlight;
    }
    if (const auto scenarios = names(table, "scenarios", where)) {
        for (const NameSpec &n : *scenarios) {
            if (!stop.scenarios.contains(n.name))
                stop.scenarios << n.name;
        }
        m_doc.tourReferences.scenarios += *scenarios;
    }
    if (const toml::node *zoom = table.get("zoom")) {
        if (const auto z = parseTourZoom(*zoom))
            stop.zoom = *z;
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return stop;
}

bool ChainFileParser::parseTourSteps(const toml::node &node, const QString &where, TourStop *stop)
{
    auto one = [&](const toml::node &element) {
        const auto *t = element.as_table();
        if (t && (t->get("from") || t->get("to"))) {
            m_reader.checkKeys(*t, {QStringLiteral("from"), QStringLiteral("to")}, QStringLiteral("a range in ") + where);
            const QString rangeWhere = QStringLiteral("a range in %1").arg(where);
            const auto from = m_reader.string(*t, "from", rangeWhere, true);
            const auto to = m_reader.string(*t, "to", rangeWhere, true);
            if (!from || !to)
                return false;
            if (from->isEmpty() || to->isEmpty()) {
                m_reader.error(m_reader.position(element), QStringLiteral("an empty step id in %1").arg(rangeWhere));
                return false;
            }
            const RangeSpec range{StepRange{*from, *to}, m_reader.position(*t->get("from")),
                                  m_reader.position(*t->get("to"))};
            stop->ranges << range.range;
            m_doc.tourReferences.ranges << range;
            return true;
        }
        const auto spec = parseSelector(element, where, StepSelector::Pick::All, {});
        if (!spec)
            return false;
        stop->steps << spec->selector;
        m_doc.tourReferences.steps << *spec;
        return true;
    };
    if (const auto *a = node.as_array()) {
        if (a->empty()) {
            m_reader.error(m_reader.position(node), QStringLiteral("%1 is empty: name at least one step").arg(where));
            return false;
        }
        bool ok = true;
        for (const toml::node &element : *a)
            ok = one(element) && ok;
        return ok;
    }
    return one(node);
}

std::optional<TourZoom> ChainFileParser::parseTourZoom(const toml::node &node)
{
    const Position position = m_reader.position(node);
    if (const auto *s = node.as_string()) {
        const QString word = TomlReader::toQString(s->get());
        if (word == QLatin1String("fit"))
            return TourZoom{};
        if (word == QLatin1String("all"))
            return TourZoom{TourZoom::Mode::All, 1.0};
        const QStringList words{QStringLiteral("fit"), QStringLiteral("all")};
        const QStringList near = nearestWords(word, words, 1);
        m_reader.error(position, QStringLiteral("unknown zoom \"%1\"%2: `zoom` is \"fit\" (the stop's steps fill the "
                                                "view), \"all\" (the whole chain) or a number such as 2 (twice as "
                                                "close as \"fit\")")
                                     .arg(word, near.isEmpty() ? QString()
                                                               : QStringLiteral(", did you mean \"%1\"?").arg(near.front())));
        return std::nullopt;
    }
    std::optional<double> factor;
    if (const auto *i = node.as_integer())
        factor = double(i->get());
    else if (const auto *f = node.as_floating_point())
        factor = f->get();
    if (!factor) {
        m_reader.error(position, QStringLiteral("`zoom` in [[tour.stop]] must be \"fit\", \"all\" or a number, not %1")
                                     .arg(TomlReader::typeName(node)));
        return std::nullopt;
    }
    if (!(*factor >= minZoom && *factor <= maxZoom)) { // also false for NaN
        m_reader.error(position, QStringLiteral("`zoom` must be between %1 and %2, not %3")
                                     .arg(minZoom)
                                     .arg(maxZoom)
                                     .arg(*factor));
        return std::nullopt;
    }
    return TourZoom{TourZoom::Mode::Factor, *factor};
}

std::optional<QVector<NameSpec>> ChainFileParser::names(const toml::table &table, const char *key, const QString &where)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    const QString keyName = QString::fromLatin1(key);
    QVector<NameSpec> out;
    auto one = [&](const toml::node &element) {
        const auto *s = element.as_string();
        if (!s) {
            m_reader.error(m_reader.position(element),
                           QStringLiteral("`%1` in %2 must hold strings, not %3").arg(keyName, where, TomlReader::typeName(element)));
            return;
        }
        const QString name = TomlReader::toQString(s->get()).trimmed();
        if (name.isEmpty()) {
            m_reader.error(m_reader.position(element), QStringLiteral("an empty name in `%1` of %2").arg(keyName, where));
            return;
        }
        out << NameSpec{name, m_reader.position(element)};
    };
    if (const auto *a = node->as_array()) {
        for (const toml::node &element : *a)
            one(element);
    } else if (node->is_string()) {
        one(*node);
    } else {
        m_reader.error(m_reader.position(*node), QStringLiteral("`%1` in %2 must be a string or an array of strings, not %3")
                                                     .arg(keyName, where, TomlReader::typeName(*node)));
        return std::nullopt;
    }
    return out;
}

} // namespace Seedline::ChainFileDetail

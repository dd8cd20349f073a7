// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The [[series]], [[scenario]] and [timeline] parts of a chain file.
#include "chainfileparser.h"

namespace Seedline::ChainFileDetail {

void ChainFileParser::parseSeries(const toml::table &table)
{
    const QString where = QStringLiteral("[[series]]");
    m_reader.checkKeys(table,
                       {QStringLiteral("name"), QStringLiteral("package"), QStringLiteral("family"),
                        QStringLiteral("families"), QStringLiteral("kind"), QStringLiteral("from"),
                        QStringLiteral("to"), QStringLiteral("prose"), QStringLiteral("first_requires"),
                        QStringLiteral("requires"), QStringLiteral("members")},
                       where);
    SeriesSpec series;
    series.position = m_reader.position(table);
    const auto package = m_reader.string(table, "package", where, true);
    const auto from = m_reader.string(table, "from", where, true);
    if (!package || !from || package->isEmpty() || from->isEmpty())
        return;
    series.package = *package;
    series.from = *from;
    series.to = m_reader.string(table, "to", where).value_or(QString());
    series.family = m_reader.string(table, "family", where).value_or(series.package);
    series.name = m_reader.string(table, "name", where).value_or(series.package);
    series.families = m_reader.stringList(table, "families", where).value_or(QStringList{series.family});
    series.prose = m_reader.string(table, "prose", where).value_or(QString());
    if (const auto kind = m_reader.string(table, "kind", where)) {
        const auto k = stepKindFromName(*kind);
        if (!k || *k == StepKind::Scenario)
            m_reader.error(m_reader.position(*table.get("kind")),
                           QStringLiteral("unknown step kind `%1` in [[series]]").arg(*kind));
        else
            series.kind = *k;
    }
    series.firstRequires = parseRequirementList(table, "first_requires", where);
    series.everyRequires = parseRequirementList(table, "requires", where);
    if (const toml::table *members = m_reader.table(table, "members", where)) {
        for (auto &&[key, node] : *members) {
            const QString version = TomlReader::toQString(key.str());
            const QString memberWhere = QStringLiteral("member \"%1\" of [[series]]").arg(version);
            const auto *member = node.as_table();
            if (!member) {
                m_reader.error(m_reader.position(node), QStringLiteral("%1 must be a table with `prose` and `facts`")
                                                            .arg(memberWhere));
                continue;
            }
            m_reader.checkKeys(*member, {QStringLiteral("prose"), QStringLiteral("facts")}, memberWhere);
            if (const auto prose = m_reader.string(*member, "prose", memberWhere))
                series.memberProse.insert(version, *prose);
            if (const auto facts = parseFacts(*member, memberWhere))
                series.memberFacts.insert(version, *facts);
        }
    }
    m_doc.series << series;
}

void ChainFileParser::parseScenario(const toml::table &table)
{
    const QString where = QStringLiteral("[[scenario]]");
    m_reader.checkKeys(table,
                       {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                        QStringLiteral("enabled_by_default"), QStringLiteral("rule")},
                       where);
    Scenario scenario;
    const auto name = m_reader.string(table, "name", where, true);
    if (!name || name->isEmpty())
        return;
    scenario.name = *name;
    scenario.title = m_reader.string(table, "title", where).value_or(scenario.name);
    scenario.description = m_reader.string(table, "description", where).value_or(QString());
    scenario.enabledByDefault = m_reader.boolean(table, "enabled_by_default", where).value_or(false);
    for (const Scenario &other : std::as_const(m_doc.scenarios)) {
        if (other.name == scenario.name) {
            m_reader.error(m_reader.position(*table.get("name")),
                           QStringLiteral("duplicate scenario name `%1`").arg(scenario.name));
            return;
        }
    }
    const QString ruleWhere = QStringLiteral("[[scenario.rule]]");
    for (const toml::table *t : m_reader.tables(table, "rule", where)) {
        m_reader.checkKeys(*t,
                           {QStringLiteral("action"), QStringLiteral("from"), QStringLiteral("to"),
                            QStringLiteral("to_newest_at_release"), QStringLiteral("note"), QStringLiteral("evidence")},
                           ruleWhere);
        ScenarioRule rule;
        if (const auto action = m_reader.string(*t, "action", ruleWhere)) {
            if (*action == QLatin1String("add")) {
                rule.action = ScenarioRule::Action::Add;
            } else if (*action == QLatin1String("remove")) {
                rule.action = ScenarioRule::Action::Remove;
            } else {
                m_reader.error(m_reader.position(*t->get("action")),
                               QStringLiteral("`action` must be \"add\" or \"remove\", not \"%1\"").arg(*action));
                continue;
            }
        }
        const toml::node *from = t->get("from");
        const toml::node *to = t->get("to");
        if (!from || !to) {
            m_reader.error(m_reader.position(*t), QStringLiteral("a scenario rule needs `from` and `to`"));
            continue;
        }
        const auto fromSpec = parseSelector(*from, QStringLiteral("`from` of a scenario rule"),
                                            StepSelector::Pick::All, {});
        const auto toSpec = parseSelector(*to, QStringLiteral("`to` of a scenario rule"),
                                          StepSelector::Pick::Newest, {});
        if (!fromSpec || !toSpec)
            continue;
        rule.from = fromSpec->selector;
        rule.to = toSpec->selector;
        rule.toNewestAtRelease = m_reader.boolean(*t, "to_newest_at_release", ruleWhere).value_or(false);
        if (rule.toNewestAtRelease && rule.to.family.isEmpty()) {
            m_reader.error(toSpec->position, QStringLiteral("`to_newest_at_release` needs a `to` selector with a "
                                                            "`family` (it picks that family's release)"));
            continue;
        }
        parseEvidence(*t, ruleWhere, &rule.evidence);
        for (const SelectorSpec *s : {&*fromSpec, &*toSpec}) {
            if (!s->selector.id.isEmpty())
                m_doc.scenarioReferences << *s;
        }
        scenario.rules << rule;
    }
    m_doc.scenarios << scenario;
}

void ChainFileParser::parseTimeline(const toml::table &table)
{
    const QString where = QStringLiteral("[timeline]");
    m_reader.checkKeys(table,
                       {QStringLiteral("release"), QStringLiteral("release_table"), QStringLiteral("anchor"),
                        QStringLiteral("observed"), QStringLiteral("event")},
                       where);
    const QString releaseWhere = QStringLiteral("[[timeline.release]]");
    for (const toml::table *t : m_reader.tables(table, "release", where)) {
        m_reader.checkKeys(*t, {QStringLiteral("family"), QStringLiteral("version"), QStringLiteral("date"),
                                QStringLiteral("source")},
                           releaseWhere);
        const auto family = m_reader.string(*t, "family", releaseWhere, true);
        const auto version = m_reader.string(*t, "version", releaseWhere, true);
        const auto date = m_reader.date(*t, "date", releaseWhere, true);
        if (family && version && date)
            m_doc.timeline.releases << Release{*family, *version, *date,
                                               m_reader.string(*t, "source", releaseWhere).value_or(QString())};
    }
    const QString tableWhere = QStringLiteral("[[timeline.release_table]]");
    for (const toml::table *t : m_reader.tables(table, "release_table", where)) {
        m_reader.checkKeys(*t, {QStringLiteral("family"), QStringLiteral("file")}, tableWhere);
        const auto family = m_reader.string(*t, "family", tableWhere, true);
        const auto file = m_reader.string(*t, "file", tableWhere, true);
        if (family && file)
            m_doc.releaseTables << ReleaseTableSpec{*family, *file, m_reader.position(*t->get("file"))};
    }
    const QString anchorWhere = QStringLiteral("[[timeline.anchor]]");
    for (const toml::table *t : m_reader.tables(table, "anchor", where)) {
        m_reader.checkKeys(*t, {QStringLiteral("tool"), QStringLiteral("tool_version"), QStringLiteral("family"),
                                QStringLiteral("builds"), QStringLiteral("date"), QStringLiteral("note")},
                           anchorWhere);
        BootstrapAnchor a;
        const auto tool = m_reader.string(*t, "tool", anchorWhere, true);
        const auto family = m_reader.string(*t, "family", anchorWhere, true);
        const auto builds = m_reader.string(*t, "builds", anchorWhere, true);
        const auto date = m_reader.date(*t, "date", anchorWhere, true);
        if (!tool || !family || !builds || !date)
            continue;
        m_doc.timeline.anchors << BootstrapAnchor{*tool,   m_reader.string(*t, "tool_version", anchorWhere).value_or(QString()),
                                                  *family, *builds,
                                                  *date,   m_reader.string(*t, "note", anchorWhere).value_or(QString())};
    }
    const QString observedWhere = QStringLiteral("[[timeline.observed]]");
    for (const toml::table *t : m_reader.tables(table, "observed", where)) {
        m_reader.checkKeys(*t, {QStringLiteral("project"), QStringLiteral("date"), QStringLiteral("family"),
                                QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("builds"),
                                QStringLiteral("tool_version"), QStringLiteral("note")},
                           observedWhere);
        const auto project = m_reader.string(*t, "project", observedWhere, true);
        const auto date = m_reader.date(*t, "date", observedWhere, true);
        const auto family = m_reader.string(*t, "family", observedWhere, true);
        const auto first = m_reader.string(*t, "first", observedWhere, true);
        const auto last = m_reader.string(*t, "last", observedWhere, true);
        const auto builds = m_reader.integer(*t, "builds", observedWhere);
        if (!builds && !t->get("builds"))
            m_reader.error(m_reader.position(*t), QStringLiteral("%1 needs the key `builds` (an integer)").arg(observedWhere));
        if (!project || !date || !family || !first || !last || !builds)
            continue;
        if (*builds < 0 || *builds > 100000) {
            m_reader.error(m_reader.position(*t->get("builds")),
                           QStringLiteral("`builds` must be between 0 and 100000, not %1").arg(*builds));
            continue;
        }
        m_doc.timeline.observed << ObservedChain{*project, *date, *family, *first, *last, int(*builds),
                                                 m_reader.string(*t, "note", observedWhere).value_or(QString()),
                                                 m_reader.string(*t, "tool_version", observedWhere).value_or(QString())};
    }
    parseEvents(table);
}

void ChainFileParser::parseEvents(const toml::table &table)
{
    const QString where = QStringLiteral("[[timeline.event]]");
    for (const toml::table *t : m_reader.tables(table, "event", QStringLiteral("[timeline]"))) {
        m_reader.checkKeys(*t, {QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("source"),
                                QStringLiteral("note")},
                           where);
        const auto date = m_reader.date(*t, "date", where, true);
        const auto title = m_reader.string(*t, "title", where, true);
        const auto source = m_reader.string(*t, "source", where);
        const auto note = m_reader.string(*t, "note", where);
        if (!date || !title)
            continue;
        if (title->trimmed().isEmpty()) {
            m_reader.error(m_reader.position(*t->get("title")), QStringLiteral("the `title` of an event must not be empty"));
            continue;
        }
        const Position position = m_reader.position(*t);
        const TimelineEvent event{*date, title->trimmed(), source.value_or(QString()), note.value_or(QString())};
        bool duplicate = false;
        for (qsizetype i = 0; i < m_doc.timeline.events.size() && !duplicate; ++i) {
            const TimelineEvent &other = m_doc.timeline.events[i];
            if (other.date == event.date && other.title == event.title) {
                m_reader.warning(position, QStringLiteral("duplicate event \"%1\" on %2 (first on line %3); it is kept once")
                                               .arg(event.title, event.date.toString(Qt::ISODate))
                                               .arg(m_doc.eventPositions.value(i).line));
                duplicate = true;
            }
        }
        if (duplicate)
            continue;
        m_doc.timeline.events << event;
        m_doc.eventPositions << position;
    }
}

} // namespace Seedline::ChainFileDetail

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainfileparser.h"

#include "core/textdistance.h"

#include <QSet>

namespace Seedline::ChainFileDetail {

namespace {

const QStringList &topKeys()
{
    static const QStringList keys{QStringLiteral("format"),   QStringLiteral("title"),     QStringLiteral("description"),
                                  QStringLiteral("include"),  QStringLiteral("sequence"),  QStringLiteral("step"),
                                  QStringLiteral("requirement"), QStringLiteral("series"), QStringLiteral("scenario"),
                                  QStringLiteral("timeline"), QStringLiteral("tour")};
    return keys;
}

const QStringList &stepKeys()
{
    static const QStringList keys{QStringLiteral("id"),       QStringLiteral("label"),    QStringLiteral("package"),
                                  QStringLiteral("version"),  QStringLiteral("pass"),     QStringLiteral("kind"),
                                  QStringLiteral("families"), QStringLiteral("predicate"), QStringLiteral("prose"),
                                  QStringLiteral("facts"),    QStringLiteral("requires"), QStringLiteral("toolchain"),
                                  QStringLiteral("removes"),  QStringLiteral("stage")};
    return keys;
}

const QStringList &factKeys()
{
    static const QStringList keys{QStringLiteral("released"), QStringLiteral("build_hours"),
                                  QStringLiteral("seed_bytes"), QStringLiteral("url"), QStringLiteral("notes")};
    return keys;
}

const QStringList &selectorKeys()
{
    static const QStringList keys{QStringLiteral("id"), QStringLiteral("family"), QStringLiteral("version"),
                                  QStringLiteral("pick")};
    return keys;
}

const QStringList &edgeKeys()
{
    static const QStringList keys{QStringLiteral("kind"), QStringLiteral("note"), QStringLiteral("evidence")};
    return keys;
}

QStringList stepKindNames()
{
    QStringList names;
    for (StepKind k : {StepKind::Seed, StepKind::Build, StepKind::Improve, StepKind::Define, StepKind::Jump,
                       StepKind::Uninstall, StepKind::Stage})
        names << stepKindName(k);
    return names;
}

QString suggestion(const QString &word, const QStringList &candidates)
{
    const QStringList near = nearestWords(word, candidates, 1);
    if (!near.isEmpty())
        return QStringLiteral(", did you mean `%1`?").arg(near.front());
    return QStringLiteral(" (expected one of: %1)").arg(candidates.join(QStringLiteral(", ")));
}

} // namespace

ChainFileParser::ChainFileParser(const QString &fileName, const FamilyPatterns &families, Diagnostics *diagnostics)
    : m_reader(fileName, diagnostics)
    , m_families(families)
{
    m_doc.fileName = fileName;
}

ChainFileDocument ChainFileParser::parse(const QByteArray &bytes)
{
    const Position start{m_reader.fileName(), 1, 1};
    if (bytes.trimmed().isEmpty()) {
        // Nothing to show is an error, as for every loader (empty or garbage input).
        m_reader.error(start, QStringLiteral("the chain file is empty: expected at least a `title` and "
                                             "[[step]] tables or an `include` (see docs/chain-format.md)"));
        m_doc.parsed = true;
        return m_doc;
    }
    toml::table root;
    try {
        root = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())),
                           std::string_view(m_reader.fileName().toStdString()));
    } catch (const toml::parse_error &e) {
        QString description = TomlReader::toQString(e.description());
        m_reader.error(m_reader.position(e.source()),
                       QStringLiteral("this is not valid TOML: %1").arg(description));
        return m_doc;
    } catch (const std::exception &e) {
        m_reader.error(start, QStringLiteral("this is not valid TOML: %1").arg(QString::fromUtf8(e.what())));
        return m_doc;
    }
    m_doc.parsed = true;
    parseTop(root);
    return m_doc;
}

void ChainFileParser::parseTop(const toml::table &root)
{
    const QString where = QStringLiteral("the top level");
    m_reader.checkKeys(root, topKeys(), where);
    if (const auto format = m_reader.integer(root, "format", where); format && *format != 1)
        m_reader.warning(m_reader.position(*root.get("format")),
                         QStringLiteral("this file declares format %1; Seedline reads format 1 and may misread it")
                             .arg(*format));
    m_doc.title = m_reader.string(root, "title", where).value_or(QString());
    m_doc.description = m_reader.string(root, "description", where).value_or(QString());
    m_doc.sequence = m_reader.boolean(root, "sequence", where).value_or(false);
    if (const toml::node *include = root.get("include"))
        parseIncludes(*include);
    for (const toml::table *t : m_reader.tables(root, "step", where))
        parseStep(*t);
    for (const toml::table *t : m_reader.tables(root, "requirement", where))
        parseTopRequirement(*t);
    for (const toml::table *t : m_reader.tables(root, "series", where))
        parseSeries(*t);
    for (const toml::table *t : m_reader.tables(root, "scenario", where))
        parseScenario(*t);
    if (const toml::table *t = m_reader.table(root, "timeline", where))
        parseTimeline(*t);
    for (const toml::table *t : m_reader.tables(root, "tour", where))
        parseTour(*t);
    // Nothing to show is an error, as for every loader (empty or garbage input), unless the errors
    // already reported say why.
    if (m_doc.steps.isEmpty() && m_doc.includes.isEmpty() && m_doc.series.isEmpty() && m_doc.timeline.isEmpty()
        && m_doc.releaseTables.isEmpty() && m_doc.scenarios.isEmpty() && m_doc.requirements.isEmpty()
        && m_doc.tours.isEmpty() && m_reader.errorCount() == 0)
        m_reader.error(m_reader.position(root),
                       QStringLiteral("the chain file declares nothing: expected [[step]], [[series]], "
                                      "`include`, [[scenario]], [timeline] or [[tour]] tables"));
}

void ChainFileParser::parseIncludes(const toml::node &node)
{
    const QString where = QStringLiteral("`include`");
    auto one = [&](const toml::node &element) {
        if (const auto *s = element.as_string()) {
            m_doc.includes << IncludeSpec{TomlReader::toQString(s->get()), false, m_reader.position(element)};
        } else if (const auto *t = element.as_table()) {
            m_reader.checkKeys(*t, {QStringLiteral("path"), QStringLiteral("optional")}, where);
            const auto path = m_reader.string(*t, "path", where, true);
            const bool optional = m_reader.boolean(*t, "optional", where).value_or(false);
            if (path)
                m_doc.includes << IncludeSpec{*path, optional, m_reader.position(element)};
        } else {
            m_reader.error(m_reader.position(element),
                           QStringLiteral("an include must be a path string or { path = \"...\", optional = true }, "
                                          "not %1")
                               .arg(TomlReader::typeName(element)));
        }
    };
    if (const auto *a = node.as_array()) {
        for (const toml::node &element : *a)
            one(element);
    } else {
        one(node);
    }
}

std::optional<StepFacts> ChainFileParser::parseFacts(const toml::table &table, const QString &where)
{
    const toml::table *facts = m_reader.table(table, "facts", where);
    if (!facts)
        return std::nullopt;
    const QString factsWhere = QStringLiteral("the facts of %1").arg(where);
    m_reader.checkKeys(*facts, factKeys(), factsWhere);
    StepFacts out;
    out.released = m_reader.date(*facts, "released", factsWhere);
    out.buildHours = m_reader.number(*facts, "build_hours", factsWhere);
    if (out.buildHours && *out.buildHours < 0) {
        m_reader.error(m_reader.position(*facts->get("build_hours")),
                       QStringLiteral("`build_hours` must not be negative"));
        out.buildHours.reset();
    }
    out.seedBytes = m_reader.integer(*facts, "seed_bytes", factsWhere);
    out.url = m_reader.string(*facts, "url", factsWhere).value_or(QString());
    out.notes = m_reader.string(*facts, "notes", factsWhere).value_or(QString());
    return out;
}

void ChainFileParser::parseStep(const toml::table &table)
{
    const QString where = QStringLiteral("[[step]]");
    m_reader.checkKeys(table, stepKeys(), where);
    const Position position = m_reader.position(table);
    Step step;
    const auto id = m_reader.string(table, "id", where);
    const auto package = m_reader.string(table, "package", where);
    const auto version = m_reader.string(table, "version", where);
    const auto pass = m_reader.integer(table, "pass", where);
    if ((!id || id->isEmpty()) && (!package || package->isEmpty())) {
        m_reader.error(position, QStringLiteral("a [[step]] needs an `id` or a `package`"));
        return;
    }
    if (id && !id->isEmpty()) {
        step.id = *id;
        const auto [base, suffixPass] = splitPassSuffix(*id);
        const auto [derivedPackage, derivedVersion] = splitPackageVersion(base);
        step.package = derivedPackage;
        step.version = derivedVersion;
        step.pass = suffixPass;
    }
    if (package)
        step.package = *package;
    if (version)
        step.version = *version;
    if (pass) {
        if (*pass < 1 || *pass > 1000) {
            m_reader.error(m_reader.position(*table.get("pass")),
                           QStringLiteral("`pass` must be between 1 and 1000, not %1").arg(*pass));
        } else {
            step.pass = int(*pass);
        }
    }
    if (step.id.isEmpty())
        step.id = makeStepId(step.package, step.version, step.pass);
    step.label = m_reader.string(table, "label", where).value_or(QString());
    if (step.label.isEmpty())
        step.label = step.version.isEmpty() ? step.package : step.package + u' ' + step.version;
    if (const auto kind = m_reader.string(table, "kind", where)) {
        if (const auto k = stepKindFromName(*kind); k && *k != StepKind::Scenario) {
            step.kind = *k;
        } else {
            m_reader.error(m_reader.position(*table.get("kind")),
                           QStringLiteral("unknown step kind `%1`").arg(*kind) + suggestion(*kind, stepKindNames()));
        }
    }
    if (const auto families = m_reader.stringList(table, "families", where))
        step.families = *families;
    else
        step.families = m_families.familiesFor(makeStepId(step.package, step.version));
    StepDetails details;
    details.predicate = m_reader.string(table, "predicate", where).value_or(QString());
    details.prose = m_reader.string(table, "prose", where).value_or(QString());
    details.removes = m_reader.stringList(table, "removes", where).value_or(QStringList());
    step.details = details;
    // `stage` starts a stage of the picture: this step and the ones after it in the file, until
    // the next `stage`.
    if (const auto stage = m_reader.string(table, "stage", where); stage && !stage->trimmed().isEmpty())
        step.details.edit().attributes.insert(QStringLiteral("stage"), stage->trimmed());
    if (const auto facts = parseFacts(table, where))
        step.facts = *facts;
    // toml++ gives a [[step]] table the region of its header: the step ends at its last value.
    const toml::source_region region = table.source();
    auto endLine = std::max(region.end.line, region.begin.line);
    for (auto &&[key, node] : table)
        endLine = std::max({endLine, key.source().end.line, node.source().end.line});
    step.origin = SourceRange{m_reader.sourceFile(), int(region.begin.line), int(endLine)};

    if (const auto first = m_stepIds.constFind(step.id); first != m_stepIds.constEnd()) {
        m_reader.error(position, QStringLiteral("duplicate step id `%1` (first declared on line %2)")
                                     .arg(step.id)
                                     .arg(m_doc.stepPositions[*first].line));
        return;
    }

    const SelectorSpec self{StepSelector{step.id, {}, {}, StepSelector::Pick::All}, position};
    QVector<RequirementSpec> requirements = parseRequirementList(table, "requires", where);
    if (const auto toolchain = m_reader.stringList(table, "toolchain", where)) {
        for (const QString &t : *toolchain) {
            RequirementSpec r;
            r.to = SelectorSpec{StepSelector{t, {}, {}, StepSelector::Pick::All}, m_reader.position(*table.get("toolchain"))};
            r.kind = RequirementKind::Toolchain;
            r.position = r.to.position;
            r.evidence = Evidence{m_reader.fileName(), r.position.line, r.position.column,
                                  QStringLiteral("built with %1").arg(t)};
            requirements << r;
        }
    }
    for (RequirementSpec &r : requirements) {
        r.from = self;
        m_doc.requirements << std::move(r);
    }
    m_stepIds.insert(step.id, int(m_doc.steps.size()));
    m_doc.steps << std::move(step);
    m_doc.stepPositions << position;
}

QVector<RequirementSpec> ChainFileParser::parseRequirementList(const toml::table &table, const char *key,
                                                               const QString &where)
{
    QVector<RequirementSpec> out;
    const toml::node *node = table.get(key);
    if (!node)
        return out;
    const QString what = QStringLiteral("`%1` of %2").arg(QString::fromLatin1(key), where);
    if (const auto *a = node->as_array()) {
        for (const toml::node &element : *a) {
            if (auto r = parseRequirement(element, what))
                out << *r;
        }
    } else if (auto r = parseRequirement(*node, what)) {
        out << *r;
    }
    return out;
}

std::optional<SelectorSpec> ChainFileParser::parseSelector(const toml::node &node, const QString &where,
                                                           StepSelector::Pick defaultPick,
                                                           const QStringList &extraKeys)
{
    SelectorSpec spec;
    spec.position = m_reader.position(node);
    spec.selector.pick = defaultPick;
    if (const auto *s = node.as_string()) {
        spec.selector.id = TomlReader::toQString(s->get());
        spec.selector.pick = StepSelector::Pick::All;
        if (spec.selector.id.isEmpty()) {
            m_reader.error(spec.position, QStringLiteral("an empty step id in %1").arg(where));
            return std::nullopt;
        }
        return spec;
    }
    const auto *t = node.as_table();
    if (!t) {
        m_reader.error(spec.position,
                       QStringLiteral("%1 must be a step id or a table such as { family = \"python\", version = "
                                      "\">= 3.7\" }, not %2")
                           .arg(where, TomlReader::typeName(node)));
        return std::nullopt;
    }
    m_reader.checkKeys(*t, selectorKeys() + extraKeys, where);
    const auto id = m_reader.string(*t, "id", where);
    const auto family = m_reader.string(*t, "family", where);
    if (id && family) {
        m_reader.error(spec.position, QStringLiteral("%1 has both `id` and `family`: use one").arg(where));
        return std::nullopt;
    }
    if ((!id || id->isEmpty()) && (!family || family->isEmpty())) {
        m_reader.error(spec.position, QStringLiteral("%1 needs an `id` or a `family`").arg(where));
        return std::nullopt;
    }
    if (id) {
        spec.selector.id = *id;
        spec.selector.pick = StepSelector::Pick::All;
        for (const char *k : {"version", "pick"}) {
            if (const toml::node *n = t->get(k))
                m_reader.warning(m_reader.position(*n),
                                 QStringLiteral("`%1` is ignored next to `id` (it applies to `family`)")
                                     .arg(QString::fromLatin1(k)));
        }
        return spec;
    }
    spec.selector.family = *family;
    if (const auto version = m_reader.string(*t, "version", where)) {
        QString error;
        int errorPos = 0;
        if (!VersionConstraint::parse(*version, &spec.selector.version, &error, &errorPos)) {
            Position p = m_reader.position(*t->get("version"));
            p.column += 1 + errorPos; // past the opening quote
            m_reader.error(p, QStringLiteral("invalid version constraint \"%1\": %2").arg(*version, error));
            return std::nullopt;
        }
    }
    if (const auto pick = m_reader.string(*t, "pick", where)) {
        static const QStringList picks{QStringLiteral("all"), QStringLiteral("newest"), QStringLiteral("oldest")};
        const qsizetype i = picks.indexOf(*pick);
        if (i < 0) {
            m_reader.error(m_reader.position(*t->get("pick")),
                           QStringLiteral("unknown pick `%1`").arg(*pick) + suggestion(*pick, picks));
            return std::nullopt;
        }
        spec.selector.pick = i == 0 ? StepSelector::Pick::All
                                    : (i == 1 ? StepSelector::Pick::Newest : StepSelector::Pick::Oldest);
    }
    return spec;
}

void ChainFileParser::parseEvidence(const toml::table &table, const QString &where, Evidence *evidence)
{
    const Position position = m_reader.position(table);
    *evidence = Evidence{m_reader.fileName(), position.line, position.column, QString()};
    QString text;
    if (const toml::table *e = m_reader.table(table, "evidence", where)) {
        const QString eWhere = QStringLiteral("the evidence of %1").arg(where);
        m_reader.checkKeys(*e, {QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                                QStringLiteral("text")},
                           eWhere);
        if (const auto file = m_reader.string(*e, "file", eWhere)) {
            evidence->setFile(*file);
            evidence->line = 0;
            evidence->column = 0;
        }
        if (const auto line = m_reader.integer(*e, "line", eWhere))
            evidence->line = int(std::clamp<qint64>(*line, 0, 1 << 30));
        if (const auto column = m_reader.integer(*e, "column", eWhere))
            evidence->column = int(std::clamp<qint64>(*column, 0, 1 << 30));
        text = m_reader.string(*e, "text", eWhere).value_or(QString());
    }
    const QString note = m_reader.string(table, "note", where).value_or(QString());
    if (text.isEmpty())
        text = note;
    else if (!note.isEmpty())
        text += QStringLiteral(" (") + note + u')';
    evidence->setText(text);
}

std::optional<RequirementSpec> ChainFileParser::parseRequirement(const toml::node &node, const QString &where)
{
    auto to = parseSelector(node, where, StepSelector::Pick::Newest, edgeKeys());
    if (!to)
        return std::nullopt;
    RequirementSpec r;
    r.to = *to;
    r.position = to->position;
    r.kind = RequirementKind::Declared;
    r.evidence = Evidence{m_reader.fileName(), r.position.line, r.position.column, QString()};
    if (const auto *t = node.as_table()) {
        if (const auto kind = m_reader.string(*t, "kind", where)) {
            static const QStringList kinds{QStringLiteral("sequence"), QStringLiteral("declared"),
                                           QStringLiteral("observed"), QStringLiteral("mentioned"),
                                           QStringLiteral("toolchain")};
            if (*kind == QLatin1String("scenario")) {
                m_reader.error(m_reader.position(*t->get("kind")),
                               QStringLiteral("kind `scenario` is for what-ifs: write a [[scenario]] table instead"));
                return std::nullopt;
            }
            if (!kinds.contains(*kind)) {
                m_reader.error(m_reader.position(*t->get("kind")),
                               QStringLiteral("unknown requirement kind `%1`").arg(*kind) + suggestion(*kind, kinds));
                return std::nullopt;
            }
            r.kind = *requirementKindFromName(*kind);
        }
        parseEvidence(*t, where, &r.evidence);
    }
    return r;
}

void ChainFileParser::parseTopRequirement(const toml::table &table)
{
    const QString where = QStringLiteral("[[requirement]]");
    m_reader.checkKeys(table, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"),
                               QStringLiteral("note"), QStringLiteral("evidence")},
                       where);
    const toml::node *from = table.get("from");
    const toml::node *to = table.get("to");
    if (!from || !to) {
        m_reader.error(m_reader.position(table), QStringLiteral("a [[requirement]] needs `from` and `to`"));
        return;
    }
    const auto fromSpec = parseSelector(*from, QStringLiteral("`from` of [[requirement]]"), StepSelector::Pick::All, {});
    const auto toSpec = parseSelector(*to, QStringLiteral("`to` of [[requirement]]"), StepSelector::Pick::Newest, {});
    if (!fromSpec || !toSpec)
        return;
    RequirementSpec r;
    r.from = *fromSpec;
    r.to = *toSpec;
    r.position = m_reader.position(table);
    r.evidence = Evidence{m_reader.fileName(), r.position.line, r.position.column, QString()};
    if (const toml::node *kind = table.get("kind")) {
        const auto *s = kind->as_string();
        const auto k = s ? requirementKindFromName(TomlReader::toQString(s->get())) : std::nullopt;
        if (!k || *k == RequirementKind::Scenario) {
            m_reader.error(m_reader.position(*kind),
                           QStringLiteral("`kind` of [[requirement]] must be one of sequence, declared, observed, "
                                          "mentioned, toolchain"));
            return;
        }
        r.kind = *k;
    }
    parseEvidence(table, where, &r.evidence);
    m_doc.requirements << r;
}

} // namespace Seedline::ChainFileDetail

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainfileresolver.h"

#include "core/version.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Seedline::ChainFileDetail {

namespace {

Diagnostic at(const Position &p, Severity severity, const QString &message)
{
    return Diagnostic{p.file, p.line, p.column, severity, message};
}

QString quotedList(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << u'`' + w + u'`';
    return quoted.join(QStringLiteral(", "));
}

// "1.91.1" -> "1.91": point releases of a minor release share this key.
QString minorKey(const QString &version)
{
    const QStringList parts = version.split(u'.');
    return parts.size() >= 2 ? parts[0] + u'.' + parts[1] : version;
}

} // namespace

void addSequenceEdges(ChainFileDocument &doc)
{
    if (!doc.sequence)
        return;
    for (int i = 1; i < doc.steps.size(); ++i) {
        RequirementSpec r;
        r.from = SelectorSpec{StepSelector{doc.steps[i].id, {}, {}, StepSelector::Pick::All}, doc.stepPositions[i]};
        r.to = SelectorSpec{StepSelector{doc.steps[i - 1].id, {}, {}, StepSelector::Pick::All}, doc.stepPositions[i]};
        r.kind = RequirementKind::Sequence;
        r.position = doc.stepPositions[i];
        r.evidence = Evidence{doc.fileName, r.position.line, 0,
                              QStringLiteral("comes after %1 in this file (sequence = true)").arg(doc.steps[i - 1].id)};
        doc.requirements << r;
    }
}

void expandSeries(ChainFileDocument &doc, const QVector<Release> &releases, Diagnostics *diagnostics)
{
    for (const SeriesSpec &series : std::as_const(doc.series)) {
        QHash<QString, QDate> dates;
        for (const Release &r : releases) {
            if (r.family == series.family)
                dates.insert(r.version, r.date);
        }
        if (dates.isEmpty()) {
            diagnostics->append(at(series.position, Severity::Error,
                                   QStringLiteral("series `%1` walks the `%2` releases, but no release of `%2` is "
                                                  "loaded: add [[timeline.release]] rows or a "
                                                  "[[timeline.release_table]]")
                                       .arg(series.name, series.family)));
            continue;
        }
        const QStringList known = dates.keys();
        if (!dates.contains(series.from)) {
            diagnostics->append(at(series.position, Severity::Error,
                                   QStringLiteral("series `%1` starts at %2, which is not a release of `%3`")
                                       .arg(series.name, series.from, series.family)));
            continue;
        }
        if (!series.to.isEmpty() && !dates.contains(series.to)) {
            diagnostics->append(at(series.position, Severity::Error,
                                   QStringLiteral("series `%1` ends at %2, which is not a release of `%3`")
                                       .arg(series.name, series.to, series.family)));
            continue;
        }
        if (!series.to.isEmpty() && compareVersions(series.to, series.from) < 0) {
            diagnostics->append(at(series.position, Severity::Error,
                                   QStringLiteral("series `%1` ends at %2, before it starts (%3)")
                                       .arg(series.name, series.to, series.from)));
            continue;
        }
        // One member per minor release: its newest point release within the bounds.
        QMap<QString, QString> newestOfMinor;
        const QString fromMinor = minorKey(series.from);
        for (const QString &v : known) {
            if (compareVersions(v, series.from) <= 0 || minorKey(v) == fromMinor)
                continue;
            if (!series.to.isEmpty() && compareVersions(v, series.to) > 0)
                continue;
            const QString key = minorKey(v);
            const auto it = newestOfMinor.find(key);
            if (it == newestOfMinor.end() || compareVersions(v, *it) > 0)
                newestOfMinor.insert(key, v);
        }
        QStringList members{series.from};
        QStringList rest = newestOfMinor.values();
        std::sort(rest.begin(), rest.end(), [](const QString &a, const QString &b) { return compareVersions(a, b) < 0; });
        members += rest;

        QStringList described = series.memberFacts.keys() + series.memberProse.keys();
        described.removeDuplicates();
        for (const QString &version : std::as_const(described)) {
            if (!members.contains(version))
                diagnostics->append(at(series.position, Severity::Warning,
                                       QStringLiteral("series `%1` has facts for %2, which is not one of its members "
                                                      "(a point release replaces its minor release)")
                                           .arg(series.name, version)));
        }

        QString previousId;
        const SourceFile file(doc.fileName); // one for the members
        for (const QString &version : std::as_const(members)) {
            Step step;
            step.package = series.package;
            step.version = version;
            step.id = makeStepId(series.package, version);
            step.label = series.package + u' ' + version;
            step.kind = series.kind;
            step.families = series.families;
            step.facts = series.memberFacts.value(version);
            if (!step.facts->released)
                step.facts.edit().released = dates.value(version);
            step.details.edit().prose = series.memberProse.value(version, series.prose);
            step.origin = SourceRange{file, series.position.line, series.position.line};
            const bool exists = std::any_of(doc.steps.begin(), doc.steps.end(),
                                            [&](const Step &s) { return s.id == step.id; });
            if (!exists) {
                doc.steps << step;
                doc.stepPositions << series.position;
            }
            const SelectorSpec self{StepSelector{step.id, {}, {}, StepSelector::Pick::All}, series.position};
            if (previousId.isEmpty()) {
                for (RequirementSpec r : series.firstRequires) {
                    r.from = self;
                    doc.requirements << r;
                }
            } else {
                RequirementSpec r;
                r.from = self;
                r.to = SelectorSpec{StepSelector{previousId, {}, {}, StepSelector::Pick::All}, series.position};
                r.kind = RequirementKind::Declared;
                r.position = series.position;
                r.evidence = Evidence{doc.fileName, series.position.line, series.position.column,
                                      QStringLiteral("series `%1`: each version is built by its predecessor (%2 by %3)")
                                          .arg(series.name, step.id, previousId)};
                doc.requirements << r;
            }
            for (RequirementSpec r : series.everyRequires) {
                r.from = self;
                doc.requirements << r;
            }
            previousId = step.id;
        }
    }
}

FamilyMembers familyMembers(const Chain &chain)
{
    FamilyMembers out;
    for (int i = 0; i < chain.steps.size(); ++i) {
        for (const QString &family : chain.steps[i].families) {
            QVector<int> &members = out[family];
            if (members.isEmpty() || members.back() != i) // a family listed twice counts once
                members.append(i);
        }
    }
    return out;
}

QVector<int> resolveSelector(const Chain &chain, const StepSelector &selector, int exclude,
                             const FamilyMembers *members)
{
    QVector<int> out;
    if (!selector.id.isEmpty()) {
        const int i = chain.indexOf(selector.id);
        if (i >= 0)
            out << i;
        return out;
    }
    const auto consider = [&](int i) {
        const Step &s = chain.steps[i];
        if (i == exclude || !s.hasFamily(selector.family))
            return;
        if (!selector.version.clauses.isEmpty() && (s.version.isEmpty() || !selector.version.matches(s.version)))
            return;
        out << i;
    };
    if (members) {
        const auto it = members->constFind(selector.family);
        if (it != members->constEnd()) {
            for (int i : *it)
                consider(i);
        }
    } else {
        for (int i = 0; i < chain.steps.size(); ++i)
            consider(i);
    }
    if (out.size() <= 1 || selector.pick == StepSelector::Pick::All)
        return out;
    auto older = [&](int a, int b) {
        const int c = compareVersions(chain.steps[a].version, chain.steps[b].version);
        if (c != 0)
            return c < 0;
        if (chain.steps[a].pass != chain.steps[b].pass)
            return chain.steps[a].pass < chain.steps[b].pass;
        return a < b;
    };
    const auto best = selector.pick == StepSelector::Pick::Newest ? std::max_element(out.begin(), out.end(), older)
                                                                   : std::min_element(out.begin(), out.end(), older);
    return QVector<int>{*best};
}

namespace {

QVector<int> resolveOrReport(const Chain &chain, const SelectorSpec &spec, int exclude, Diagnostics *diagnostics,
                             const FamilyMembers *members = nullptr)
{
    const QVector<int> found = resolveSelector(chain, spec.selector, exclude, members);
    if (!found.isEmpty())
        return found;
    if (!spec.selector.id.isEmpty()) {
        const QStringList near = chain.nearestIds(spec.selector.id, 3);
        QString message = QStringLiteral("unknown step id `%1`").arg(spec.selector.id);
        if (!near.isEmpty())
            message += QStringLiteral(", did you mean %1?").arg(quotedList(near));
        diagnostics->append(at(spec.position, Severity::Error, message));
        return found;
    }
    QStringList versions;
    for (const Step &s : chain.steps) {
        if (s.hasFamily(spec.selector.family) && !s.version.isEmpty() && !versions.contains(s.version))
            versions << s.version;
    }
    QString message = QStringLiteral("no step of family `%1` matches %2")
                          .arg(spec.selector.family, spec.selector.version.toString());
    if (versions.isEmpty())
        message += QStringLiteral(" (no loaded step has this family)");
    else
        message += QStringLiteral(" (its versions: %1)").arg(versions.mid(0, 12).join(QStringLiteral(", ")));
    diagnostics->append(at(spec.position, Severity::Error, message));
    return found;
}

} // namespace

void resolveRequirements(const ChainFileDocument &doc, Chain &chain, QVector<Position> &positions,
                         Diagnostics *diagnostics)
{
    positions.resize(chain.requirements.size());
    // Adding requirements leaves the steps alone: one family table serves every selector.
    const FamilyMembers members = familyMembers(chain);
    for (const RequirementSpec &spec : doc.requirements) {
        const QVector<int> froms = resolveOrReport(chain, spec.from, -1, diagnostics, &members);
        for (int from : froms) {
            const QVector<int> tos = resolveOrReport(chain, spec.to, from, diagnostics, &members);
            for (int to : tos) {
                Requirement r;
                r.from = from;
                r.to = to;
                r.kind = spec.kind;
                r.evidence = spec.evidence;
                if (chain.addRequirement(r))
                    positions << spec.position;
            }
            if (tos.isEmpty())
                break; // reported once, not once per `from`
        }
    }
}

void checkScenarioReferences(const ChainFileDocument &doc, const Chain &chain, Diagnostics *diagnostics)
{
    for (const SelectorSpec &spec : doc.scenarioReferences)
        resolveOrReport(chain, spec, -1, diagnostics);
}

void reportDeclaredCycles(const Chain &chain, const QVector<Position> &positions, Diagnostics *diagnostics)
{
    const int n = int(chain.steps.size());
    QVector<QVector<std::pair<int, int>>> out(n); // node -> (target, requirement index)
    for (int i = 0; i < chain.requirements.size(); ++i) {
        const Requirement &r = chain.requirements[i];
        if (r.kind == RequirementKind::Declared && r.from >= 0 && r.from < n && r.to >= 0 && r.to < n)
            out[r.from].append({r.to, i});
    }
    enum Color : quint8 { White, Grey, Black };
    QVector<quint8> color(n, White);
    QVector<int> path;            // the grey nodes, in order
    QVector<int> pathEdge;        // the requirement that led to path[k] (k >= 1)
    QVector<std::pair<int, int>> stack; // (node, next edge)
    int reported = 0;
    constexpr int maxReports = 20;
    for (int root = 0; root < n && reported < maxReports; ++root) {
        if (color[root] != White)
            continue;
        stack.append({root, 0});
        path.append(root);
        pathEdge.append(-1);
        color[root] = Grey;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            if (next < out[node].size()) {
                const auto [target, edge] = out[node][next++];
                if (color[target] == White) {
                    color[target] = Grey;
                    stack.append({target, 0});
                    path.append(target);
                    pathEdge.append(edge);
                } else if (color[target] == Grey && reported < maxReports) {
                    const qsizetype start = path.indexOf(target);
                    QStringList ids;
                    for (qsizetype k = start; k < path.size(); ++k)
                        ids << chain.steps[path[k]].id;
                    ids << chain.steps[target].id;
                    const Position p = edge < positions.size() ? positions[edge] : Position{};
                    diagnostics->append(at(p, Severity::Warning,
                                           QStringLiteral("declared requirements form a cycle: %1")
                                               .arg(ids.join(QStringLiteral(" -> ")))));
                    ++reported;
                }
            } else {
                color[node] = Black;
                stack.removeLast();
                path.removeLast();
                pathEdge.removeLast();
            }
        }
    }
}

} // namespace Seedline::ChainFileDetail

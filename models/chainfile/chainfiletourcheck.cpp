// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Checks what the tours of the loaded chain files name, once everything is loaded.
#include "chainfileresolver.h"

#include "analysis/scenarioapply.h"
#include "core/textdistance.h"

#include <QHash>
#include <QSet>

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

QString unknownIdMessage(const Chain &chain, const QString &id)
{
    QString message = QStringLiteral("unknown step id `%1`").arg(id);
    const QStringList near = chain.nearestIds(id, 3);
    if (!near.isEmpty())
        message += QStringLiteral(", did you mean %1?").arg(quotedList(near));
    return message;
}

// Every family and package name of the chain's steps, in first-seen order.
QStringList familyNames(const Chain &chain, bool withPackages)
{
    QStringList out;
    QSet<QString> seen;
    for (const Step &s : chain.steps) {
        QStringList names = s.families;
        if (withPackages)
            names << s.package;
        for (const QString &n : std::as_const(names)) {
            if (!n.isEmpty() && !seen.contains(n)) {
                seen.insert(n);
                out << n;
            }
        }
    }
    return out;
}

void checkSelector(const Chain &chain, const SelectorSpec &spec, Diagnostics *diagnostics)
{
    if (!Seedline::resolveSelector(chain, spec.selector).isEmpty())
        return;
    if (!spec.selector.id.isEmpty()) {
        diagnostics->append(at(spec.position, Severity::Error, unknownIdMessage(chain, spec.selector.id)));
        return;
    }
    QStringList versions;
    for (const Step &s : chain.steps) {
        if ((s.hasFamily(spec.selector.family) || s.package == spec.selector.family) && !s.excluded
            && !s.version.isEmpty() && !versions.contains(s.version))
            versions << s.version;
    }
    QString message = QStringLiteral("no step of family `%1`").arg(spec.selector.family);
    if (!spec.selector.version.clauses.isEmpty())
        message += QStringLiteral(" matches %1").arg(spec.selector.version.toString());
    if (!versions.isEmpty()) {
        message += QStringLiteral(" (its versions: %1)").arg(versions.mid(0, 12).join(QStringLiteral(", ")));
    } else {
        message += QStringLiteral(" is loaded");
        const QStringList near = nearestWords(spec.selector.family, familyNames(chain, true), 3);
        if (!near.isEmpty())
            message += QStringLiteral(", did you mean %1?").arg(quotedList(near));
    }
    diagnostics->append(at(spec.position, Severity::Error, message));
}

void checkRange(const Chain &chain, const RangeSpec &spec, Diagnostics *diagnostics)
{
    const int from = chain.indexOf(spec.range.from);
    const int to = chain.indexOf(spec.range.to);
    if (from < 0)
        diagnostics->append(at(spec.from, Severity::Error, unknownIdMessage(chain, spec.range.from)));
    if (to < 0)
        diagnostics->append(at(spec.to, Severity::Error, unknownIdMessage(chain, spec.range.to)));
    if (from >= 0 && to >= 0 && to < from)
        diagnostics->append(at(spec.from, Severity::Error,
                               QStringLiteral("the range from `%1` to `%2` runs backwards: `%2` comes before `%1` in "
                                              "the build order")
                                   .arg(spec.range.from, spec.range.to)));
}

} // namespace

void checkTours(const QVector<const ChainFileDocument *> &documents, const Chain &chain, Diagnostics *diagnostics)
{
    const QStringList families = familyNames(chain, false);
    const QSet<QString> familySet(families.begin(), families.end());
    QStringList scenarioNames;
    for (const Scenario &s : chain.scenarios)
        scenarioNames << s.name;

    QHash<QString, Position> firstTour; // tour name -> where it was first declared
    for (const ChainFileDocument *doc : documents) {
        for (int i = 0; i < doc->tours.size(); ++i) {
            const QString &name = doc->tours[i].name;
            const Position &p = doc->tourPositions.value(i);
            const auto first = firstTour.constFind(name);
            if (first == firstTour.constEnd()) {
                firstTour.insert(name, p);
                continue;
            }
            diagnostics->append(at(p, Severity::Error,
                                   QStringLiteral("duplicate tour name `%1`: %2 declares it on line %3; that one is "
                                                  "kept")
                                       .arg(name, first->file)
                                       .arg(first->line)));
        }
        const TourReferences &refs = doc->tourReferences;
        for (const SelectorSpec &spec : refs.steps)
            checkSelector(chain, spec, diagnostics);
        for (const RangeSpec &spec : refs.ranges)
            checkRange(chain, spec, diagnostics);
        for (const NameSpec &n : refs.highlights) {
            if (familySet.contains(n.name))
                continue;
            QString message = QStringLiteral("no loaded step has the family `%1` that this stop highlights").arg(n.name);
            const QStringList near = nearestWords(n.name, families, 3);
            if (!near.isEmpty())
                message += QStringLiteral(", did you mean %1?").arg(quotedList(near));
            diagnostics->append(at(n.position, Severity::Warning, message));
        }
        for (const NameSpec &n : refs.scenarios) {
            if (scenarioNames.contains(n.name))
                continue;
            QString message = QStringLiteral("unknown scenario `%1`").arg(n.name);
            const QStringList near = nearestWords(n.name, scenarioNames, 3);
            if (!near.isEmpty())
                message += QStringLiteral(", did you mean %1?").arg(quotedList(near));
            else if (!scenarioNames.isEmpty())
                message += QStringLiteral(" (the loaded scenarios: %1)").arg(quotedList(scenarioNames));
            else
                message += QStringLiteral(" (no [[scenario]] is loaded)");
            diagnostics->append(at(n.position, Severity::Error, message));
        }
    }
}

} // namespace Seedline::ChainFileDetail

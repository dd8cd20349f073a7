// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioapply.h"

#include "core/textdistance.h"
#include "core/version.h"

#include <QSet>
#include <QStringList>

#include <unordered_set>

namespace Seedline {

namespace {

bool stepMatchesFamily(const Step &s, const QString &family)
{
    return s.hasFamily(family) || s.package == family;
}

// a is newer than b: version, then pass, then position.
bool newer(const Chain &chain, int a, int b)
{
    const Step &x = chain.steps[a];
    const Step &y = chain.steps[b];
    const int c = compareVersions(x.version, y.version);
    if (c != 0)
        return c > 0;
    if (x.pass != y.pass)
        return x.pass > y.pass;
    return a > b;
}

int pickOne(const Chain &chain, const QVector<int> &candidates, bool newest)
{
    int best = -1;
    for (int c : candidates) {
        if (best < 0 || (newest ? newer(chain, c, best) : newer(chain, best, c)))
            best = c;
    }
    return best;
}

void warn(Diagnostics *diags, const Scenario &scenario, const ScenarioRule &rule, const QString &message)
{
    if (!diags)
        return;
    Diagnostic d;
    d.file = rule.evidence.file();
    d.line = rule.evidence.line;
    d.column = rule.evidence.column;
    d.severity = Severity::Warning;
    d.message = QStringLiteral("scenario \"%1\": %2").arg(scenario.name, message);
    diags->append(d);
}

// Why a selector matched nothing, with the nearest names.
QString noMatchMessage(const Chain &chain, const StepSelector &selector, const QString &role)
{
    QString msg = QStringLiteral("%1 selector \"%2\" matches no step").arg(role, selector.toString());
    if (!selector.id.isEmpty()) {
        const QStringList near = chain.nearestIds(selector.id);
        if (!near.isEmpty())
            msg += QStringLiteral("; nearest ids: ") + near.join(QStringLiteral(", "));
        return msg;
    }
    QStringList versions;
    for (int i = 0; i < chain.steps.size(); ++i) {
        const Step &s = chain.steps[i];
        if (!s.excluded && stepMatchesFamily(s, selector.family) && !versions.contains(s.version))
            versions << s.version;
    }
    if (!versions.isEmpty()) {
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return compareVersions(a, b) < 0; });
        msg += QStringLiteral("; %1 has versions %2 to %3").arg(selector.family, versions.first(), versions.last());
        return msg;
    }
    QStringList names;
    QSet<QString> seen;
    for (const Step &s : chain.steps) {
        for (const QString &f : s.families + QStringList{s.package}) {
            if (!f.isEmpty() && !seen.contains(f)) {
                seen.insert(f);
                names << f;
            }
        }
    }
    const QStringList near = nearestWords(selector.family, names);
    if (!near.isEmpty())
        msg += QStringLiteral("; nearest families: ") + near.join(QStringLiteral(", "));
    return msg;
}

// The `to` steps of a rule for one from-step.
QVector<int> resolveTo(const Chain &chain, const ScenarioRule &rule, int from, const QVector<int> &toAll)
{
    if (!rule.toNewestAtRelease)
        return toAll;
    const std::optional<QDate> date = releaseDate(chain, from);
    if (!date)
        return {};
    QVector<int> candidates;
    for (int t : toAll) {
        const std::optional<QDate> d = releaseDate(chain, t);
        if (d && *d <= *date)
            candidates.append(t);
    }
    const int best = pickOne(chain, candidates, true);
    return best < 0 ? QVector<int>() : QVector<int>{best};
}

quint64 pairKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

} // namespace

QVector<int> resolveSelector(const Chain &chain, const StepSelector &selector)
{
    QVector<int> out;
    if (!selector.id.isEmpty()) {
        const int i = chain.indexOf(selector.id);
        if (i >= 0)
            out.append(i);
        return out;
    }
    if (selector.family.isEmpty())
        return out;
    for (int i = 0; i < chain.steps.size(); ++i) {
        const Step &s = chain.steps[i];
        if (!s.excluded && stepMatchesFamily(s, selector.family) && selector.version.matches(s.version))
            out.append(i);
    }
    if (selector.pick != StepSelector::Pick::All && !out.isEmpty())
        out = {pickOne(chain, out, selector.pick == StepSelector::Pick::Newest)};
    return out;
}

std::optional<QDate> releaseDate(const Chain &chain, int step)
{
    if (step < 0 || step >= chain.steps.size())
        return std::nullopt;
    const Step &s = chain.steps[step];
    if (s.facts->released && s.facts->released->isValid())
        return s.facts->released;
    for (const Release &r : chain.timeline.releases) {
        if (r.date.isValid() && (s.hasFamily(r.family) || s.package == r.family)
            && compareVersions(r.version, s.version) == 0)
            return r.date;
    }
    return std::nullopt;
}

Chain applyScenario(const Chain &chain, const Scenario &scenario, Diagnostics *diags)
{
    Chain out = chain;
    for (const ScenarioRule &rule : scenario.rules) {
        const QVector<int> from = resolveSelector(out, rule.from);
        if (from.isEmpty())
            warn(diags, scenario, rule, noMatchMessage(out, rule.from, QStringLiteral("from")));
        StepSelector toAllSelector = rule.to;
        if (rule.toNewestAtRelease)
            toAllSelector.pick = StepSelector::Pick::All;
        const QVector<int> toAll = resolveSelector(out, toAllSelector);
        if (toAll.isEmpty())
            warn(diags, scenario, rule, noMatchMessage(out, rule.to, QStringLiteral("to")));
        if (from.isEmpty() || toAll.isEmpty())
            continue;

        std::unordered_set<quint64> pairs;
        QVector<std::pair<int, int>> ordered;
        for (int f : from) {
            const QVector<int> to = resolveTo(out, rule, f, toAll);
            if (to.isEmpty() && rule.toNewestAtRelease) {
                warn(diags, scenario, rule,
                     releaseDate(out, f)
                         ? QStringLiteral("no %1 step matching \"%2\" was released by %3 (the release of %4)")
                               .arg(rule.to.family, rule.to.toString(), releaseDate(out, f)->toString(Qt::ISODate),
                                    out.steps[f].id)
                         : QStringLiteral("%1 has no release date (neither in its facts nor in the timeline)")
                               .arg(out.steps[f].id));
            }
            for (int t : to) {
                if (f != t && pairs.insert(pairKey(f, t)).second)
                    ordered.append({f, t});
            }
        }

        int changed = 0;
        if (rule.action == ScenarioRule::Action::Add) {
            // Existing scenario edges, so that a rule applied twice adds nothing twice.
            std::unordered_set<quint64> existing;
            for (const Requirement &r : std::as_const(out.requirements)) {
                if (r.kind == RequirementKind::Scenario)
                    existing.insert(pairKey(r.from, r.to));
            }
            for (const auto &[f, t] : std::as_const(ordered)) {
                if (!existing.insert(pairKey(f, t)).second)
                    continue;
                Requirement r;
                r.from = f;
                r.to = t;
                r.kind = RequirementKind::Scenario;
                r.evidence = rule.evidence;
                out.requirements.append(r);
                ++changed;
            }
        } else {
            const qsizetype before = out.requirements.size();
            out.requirements.removeIf([&](const Requirement &r) { return pairs.count(pairKey(r.from, r.to)) > 0; });
            changed = int(before - out.requirements.size());
        }
        if (changed == 0) {
            warn(diags, scenario, rule,
                 rule.action == ScenarioRule::Action::Add
                     ? QStringLiteral("adds no new edge from \"%1\" to \"%2\"").arg(rule.from.toString(), rule.to.toString())
                     : QStringLiteral("removes no edge from \"%1\" to \"%2\"").arg(rule.from.toString(), rule.to.toString()));
        }
    }
    return out;
}

Chain applyScenarios(const Chain &chain, const QVector<Scenario> &scenarios, Diagnostics *diags)
{
    Chain out = chain;
    for (const Scenario &s : scenarios)
        out = applyScenario(out, s, diags);
    return out;
}

} // namespace Seedline

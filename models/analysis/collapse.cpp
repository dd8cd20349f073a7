// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collapse.h"

#include <QHash>
#include <QSet>

#include <bit>
#include <algorithm>
#include <vector>

namespace Seedline {

namespace {

// (from, to, kind) in one word: from < 2^29, to < 2^32, kind index < 8.
quint64 edgeKey(int from, int to, RequirementKind kind)
{
    return (quint64(quint32(from)) << 35) | (quint64(quint32(to)) << 3) | quint64(std::countr_zero(quint8(kind)));
}

Step seriesStep(const Chain &chain, const Series &series)
{
    const Step &first = chain.steps[series.members.first()];
    const Step &last = chain.steps[series.members.last()];
    Step s;
    s.id = series.id;
    s.kind = StepKind::Build;
    s.package = series.package;
    s.label = series.package + u' ' + QChar(0x00D7) + QString::number(series.members.size());
    s.version = first.version == last.version ? first.version : first.version + QChar(0x2013) + last.version;
    s.origin = first.origin;
    s.proseOrigin = first.proseOrigin;
    s.excluded = true;
    QStringList ids;
    double hours = 0;
    bool anyHours = false;
    for (int m : series.members) {
        const Step &member = chain.steps[m];
        ids << member.id;
        for (const QString &f : member.families) {
            if (!s.families.contains(f))
                s.families << f;
        }
        if (member.facts.buildHours) {
            hours += *member.facts.buildHours;
            anyHours = true;
        }
        s.excluded = s.excluded && member.excluded;
    }
    if (anyHours)
        s.facts.buildHours = hours;
    s.facts.released = last.facts.released;
    s.prose = QStringLiteral("Series of %1 builds: %2").arg(series.members.size()).arg(ids.join(QStringLiteral(", ")));
    s.attributes.insert(QStringLiteral("series.first"), first.id);
    s.attributes.insert(QStringLiteral("series.last"), last.id);
    return s;
}

} // namespace

const Series *CollapsedChain::seriesAt(int node) const
{
    for (const Series &s : series) {
        if (s.node == node)
            return &s;
    }
    return nullptr;
}

CollapsedChain collapseSeries(const Chain &chain, const CollapseOptions &options)
{
    CollapsedChain out;
    out.original = chain;
    const int n = int(chain.steps.size());

    // Builds per package, in step order.
    QHash<QString, QVector<int>> byPackage;
    QStringList packageOrder;
    for (int i = 0; i < n; ++i) {
        const Step &s = chain.steps[i];
        if (!s.isBuild() || s.package.isEmpty())
            continue;
        if (!options.packages.isEmpty() && !options.packages.contains(s.package))
            continue;
        auto it = byPackage.find(s.package);
        if (it == byPackage.end()) {
            packageOrder << s.package;
            it = byPackage.insert(s.package, {});
        }
        it->append(i);
    }

    // linked[i]: build i needs the previous build of its package over a link kind.
    std::vector<int> previousBuild(size_t(n), -1);
    for (const QVector<int> &builds : std::as_const(byPackage)) {
        for (int k = 1; k < builds.size(); ++k)
            previousBuild[size_t(builds[k])] = builds[k - 1];
    }
    std::vector<char> linked(size_t(n), 0);
    for (const Requirement &r : chain.requirements) {
        if (r.from >= 0 && r.to >= 0 && r.from < n && r.to < n && options.linkKinds.testFlag(r.kind)
            && previousBuild[size_t(r.from)] == r.to)
            linked[size_t(r.from)] = 1;
    }

    QSet<QString> usedIds;
    usedIds.reserve(n);
    for (const Step &s : chain.steps)
        usedIds.insert(s.id);
    const int minimum = std::max(2, options.minimumMembers);
    std::vector<int> seriesOf(size_t(n), -1);
    for (const QString &package : std::as_const(packageOrder)) {
        const QVector<int> &builds = byPackage[package];
        auto closeRun = [&](int begin, int end) {
            if (end - begin < minimum || options.keepExpanded.contains(package))
                return;
            Series series;
            series.package = package;
            series.members = builds.mid(begin, end - begin);
            series.id = package + QChar(0x00D7) + QString::number(series.members.size());
            if (usedIds.contains(series.id))
                series.id += u'@' + chain.steps[series.members.first()].version;
            if (usedIds.contains(series.id) || options.keepExpanded.contains(series.id))
                return;
            usedIds.insert(series.id);
            for (int m : std::as_const(series.members))
                seriesOf[size_t(m)] = int(out.series.size());
            out.series.append(series);
        };
        int begin = 0;
        for (int k = 1; k <= builds.size(); ++k) {
            if (k < builds.size() && linked[size_t(builds[k])])
                continue;
            closeRun(begin, k);
            begin = k;
        }
    }

    // Steps: a series takes the place of its first member.
    out.chain.title = chain.title;
    out.chain.scenarios = chain.scenarios;
    out.chain.timeline = chain.timeline;
    out.chain.sources = chain.sources;
    out.chain.configuration = chain.configuration;
    out.chain.graphAttributes = chain.graphAttributes;
    out.chain.directed = chain.directed;
    out.nodeOf = QVector<int>(n, -1);
    out.chain.steps.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int si = seriesOf[size_t(i)];
        if (si < 0) {
            out.nodeOf[i] = int(out.chain.steps.size());
            out.chain.steps.append(chain.steps[i]);
            out.members.append(QVector<int>{i});
            continue;
        }
        Series &series = out.series[si];
        if (series.node < 0) {
            series.node = int(out.chain.steps.size());
            out.chain.steps.append(seriesStep(chain, series));
            out.members.append(series.members);
        }
        out.nodeOf[i] = series.node;
    }
    out.chain.reindex();

    // Requirements remapped, inner edges dropped, duplicates merged (only edges touching a series
    // can become duplicates: sort their keys and keep the first of each).
    const int m = int(chain.requirements.size());
    std::vector<std::pair<quint64, int>> keys;
    std::vector<char> keep(size_t(m), 0);
    for (int e = 0; e < m; ++e) {
        const Requirement &r = chain.requirements[e];
        if (r.from < 0 || r.to < 0 || r.from >= n || r.to >= n)
            continue;
        const bool touchesSeries = seriesOf[size_t(r.from)] >= 0 || seriesOf[size_t(r.to)] >= 0;
        if (!touchesSeries) {
            keep[size_t(e)] = 1;
            continue;
        }
        const int from = out.nodeOf[r.from];
        const int to = out.nodeOf[r.to];
        if (from != to)
            keys.emplace_back(edgeKey(from, to, r.kind), e);
    }
    std::sort(keys.begin(), keys.end());
    for (size_t k = 0; k < keys.size(); ++k) {
        if (k == 0 || keys[k].first != keys[k - 1].first)
            keep[size_t(keys[k].second)] = 1;
    }
    out.chain.requirements.reserve(m);
    out.requirementOf.reserve(m);
    for (int e = 0; e < m; ++e) {
        if (!keep[size_t(e)])
            continue;
        Requirement r = chain.requirements[e];
        r.from = out.nodeOf[r.from];
        r.to = out.nodeOf[r.to];
        out.chain.requirements.append(r);
        out.requirementOf.append(e);
    }
    return out;
}

Chain expand(const CollapsedChain &collapsed)
{
    return collapsed.original;
}

CollapsedChain expandSeries(const CollapsedChain &collapsed, const QString &seriesIdOrPackage,
                            const CollapseOptions &options)
{
    CollapseOptions o = options;
    for (const Series &s : collapsed.series) {
        if (s.id == seriesIdOrPackage || s.package == seriesIdOrPackage)
            o.keepExpanded << s.id;
    }
    return collapseSeries(collapsed.original, o);
}

} // namespace Seedline

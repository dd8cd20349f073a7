// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collapse.h"

#include <QHash>
#include <QSet>

#include <bit>
#include <unordered_set>

namespace Seedline {

namespace {

quint64 pairKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

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

    std::unordered_set<quint64> links;
    for (const Requirement &r : chain.requirements) {
        if (r.from >= 0 && r.to >= 0 && r.from < n && r.to < n && options.linkKinds.testFlag(r.kind))
            links.insert(pairKey(r.from, r.to));
    }

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

    QSet<QString> usedIds;
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
            if (k < builds.size() && links.count(pairKey(builds[k], builds[k - 1])))
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

    // Requirements remapped, inner edges dropped, duplicates merged.
    std::unordered_set<quint64> seen;
    for (int e = 0; e < chain.requirements.size(); ++e) {
        const Requirement &r = chain.requirements[e];
        if (r.from < 0 || r.to < 0 || r.from >= n || r.to >= n)
            continue;
        Requirement m = r;
        m.from = out.nodeOf[r.from];
        m.to = out.nodeOf[r.to];
        const bool touchesSeries = seriesOf[size_t(r.from)] >= 0 || seriesOf[size_t(r.to)] >= 0;
        if (touchesSeries && m.from == m.to)
            continue;
        if (touchesSeries && !seen.insert(edgeKey(m.from, m.to, m.kind)).second)
            continue;
        out.chain.requirements.append(m);
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

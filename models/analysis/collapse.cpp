// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collapse.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Seedline {

QVector<FoldGroup> findSeries(const Chain &chain, const CollapseOptions &options)
{
    QVector<FoldGroup> out;
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
    for (const QString &package : std::as_const(packageOrder)) {
        const QVector<int> &builds = byPackage[package];
        auto closeRun = [&](int begin, int end) {
            if (end - begin < minimum || options.keepExpanded.contains(package))
                return;
            FoldGroup series;
            series.kind = FoldGroup::Kind::Series;
            series.package = package;
            series.title = package;
            series.members = builds.mid(begin, end - begin);
            series.id = package + QChar(0x00D7) + QString::number(series.members.size());
            if (usedIds.contains(series.id))
                series.id += u'@' + chain.steps[series.members.first()].version;
            if (usedIds.contains(series.id) || options.keepExpanded.contains(series.id))
                return;
            usedIds.insert(series.id);
            out.append(series);
        };
        int begin = 0;
        for (int k = 1; k <= builds.size(); ++k) {
            if (k < builds.size() && linked[size_t(builds[k])])
                continue;
            closeRun(begin, k);
            begin = k;
        }
    }

    return out;
}

ChainProjection collapseSeries(const Chain &chain, const CollapseOptions &options)
{
    return foldGroups(chain, findSeries(chain, options));
}

ChainProjection expandSeries(const ChainProjection &collapsed, const QString &seriesIdOrPackage,
                             const CollapseOptions &options)
{
    CollapseOptions o = options;
    for (const FoldGroup &g : collapsed.groups) {
        if (g.kind == FoldGroup::Kind::Series && (g.id == seriesIdOrPackage || g.package == seriesIdOrPackage))
            o.keepExpanded << g.id;
    }
    return collapseSeries(collapsed.real, o);
}

} // namespace Seedline

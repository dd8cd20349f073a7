// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datedchain.h"

#include "core/version.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Seedline {

namespace {

quint64 edgeKey(int from, int to, RequirementKind kind)
{
    return (quint64(quint32(from)) << 32 | quint32(to)) * 64 + quint64(kind);
}

bool isToolStep(const Step &s, const QString &tool)
{
    return !tool.isEmpty() && (s.package == tool || s.hasFamily(tool));
}

// The step among `indices` with the highest version, or -1.
int newestOf(const Chain &chain, const QVector<int> &indices)
{
    int best = -1;
    for (int i : indices) {
        if (best < 0 || compareVersions(chain.steps[i].version, chain.steps[best].version) > 0)
            best = i;
    }
    return best;
}

} // namespace

QString anchorStepId(const AnchorInForce &anchor)
{
    if (anchor.tool.isEmpty())
        return {};
    if (anchor.projected || anchor.toolVersion.isEmpty())
        return makeStepId(anchor.tool, QStringLiteral("projected-") + anchor.since.toString(Qt::ISODate));
    QString v = anchor.toolVersion;
    if (v.startsWith(u'v') || v.startsWith(u'V'))
        v.remove(0, 1);
    return makeStepId(anchor.tool, v);
}

Chain chainAtDate(const Chain &chain, const TimelineRow &row, const QString &family)
{
    if (row.members.isEmpty())
        return chain;
    const QString &tool = row.anchor.tool;
    const qsizetype n = chain.steps.size();

    QVector<int> seriesSteps, toolSteps;
    QVector<bool> removed(n, false);
    for (int i = 0; i < n; ++i) {
        const Step &s = chain.steps[i];
        if (s.isBuild() && s.hasFamily(family)) {
            seriesSteps << i;
            removed[i] = true;
        } else if (isToolStep(s, tool)) {
            toolSteps << i;
            removed[i] = true;
        }
    }
    // What built each series member in the loaded chain: its requirements on other removed steps.
    QHash<int, QStringList> builders;
    for (const Requirement &r : chain.requirements) {
        if (r.from >= 0 && r.to >= 0 && r.from < n && r.to < n && removed[r.from] && removed[r.to])
            builders[r.from] << chain.steps[r.to].id;
    }
    const int templateMember = newestOf(chain, seriesSteps);
    const int templateTool = newestOf(chain, toolSteps);
    // The dated steps go where the tool (or the series) was, so that the step order still reads in
    // build order; at the end when the chain had neither.
    int insertAt = int(n);
    for (int i : toolSteps + seriesSteps)
        insertAt = std::min(insertAt, i);

    Chain out;
    out.title = chain.title;
    out.description = chain.description;
    out.scenarios = chain.scenarios;
    out.timeline = chain.timeline;
    out.sources = chain.sources;
    out.configuration = chain.configuration;
    out.graphAttributes = chain.graphAttributes;
    out.directed = chain.directed;
    out.steps.reserve(n + row.members.size() + 1);

    QVector<int> map(n, -1); // original index -> index in out (kept steps, removed ones kept by id)
    QVector<int> templateOf; // per out step: the original step whose requirements a copy takes, or -1
    int toolIndex = -1;
    QVector<int> memberIndex;

    auto append = [&](const Step &s, int copiedFrom) {
        const int i = int(out.steps.size());
        out.steps.append(s);
        templateOf.append(copiedFrom);
        return i;
    };
    auto addDated = [&] {
        if (!tool.isEmpty()) {
            const QString id = anchorStepId(row.anchor);
            const int existing = chain.indexOf(id);
            if (existing >= 0 && removed[existing]) {
                toolIndex = append(chain.steps[existing], -1);
                map[existing] = toolIndex;
            } else {
                Step s = templateTool >= 0 ? chain.steps[templateTool] : Step {};
                s.id = id;
                s.package = tool;
                s.version = id.mid(tool.size() + 1);
                s.pass = 1;
                s.kind = StepKind::Build;
                if (templateTool < 0)
                    s.families = QStringList { tool };
                s.label = row.anchor.label();
                s.facts = StepFacts { {}, {}, {}, s.facts->url, {} };
                if (row.anchor.toolReleased.isValid())
                    s.facts.edit().released = row.anchor.toolReleased;
                s.details.edit().prose = row.anchor.note;
                s.details.edit().attributes.insert(QStringLiteral("timeline"),
                    row.anchor.projected ? QStringLiteral("projected") : QStringLiteral("dated"));
                toolIndex = append(s, templateTool);
            }
        }
        const QString package = templateMember >= 0 ? chain.steps[templateMember].package : family;
        QString builder = anchorStepId(row.anchor);
        for (const ChainMember &m : row.members) {
            const QString id = makeStepId(package, m.version);
            const QString builtBy = std::exchange(builder, id);
            const int existing = chain.indexOf(id);
            if (existing >= 0 && removed[existing] && !isToolStep(chain.steps[existing], tool)) {
                Step s = chain.steps[existing];
                if (!s.facts->released && m.released.isValid())
                    s.facts.edit().released = m.released;
                // Its build time was measured with another builder (rust-1.90.0 by mrustc, not by 1.89.0).
                const QStringList before = builders.value(existing);
                if (s.facts->buildHours && !before.isEmpty() && !before.contains(builtBy))
                    s.facts.edit().buildHours.reset();
                const int i = append(s, -1);
                map[existing] = i;
                memberIndex << i;
                continue;
            }
            Step s = templateMember >= 0 ? chain.steps[templateMember] : Step {};
            s.id = id;
            s.package = package;
            s.version = m.version;
            s.pass = 1;
            s.kind = StepKind::Build;
            if (templateMember < 0)
                s.families = QStringList { family };
            s.label = package + u' ' + m.version;
            s.facts = StepFacts {};
            if (m.released.isValid())
                s.facts.edit().released = m.released;
            s.details.edit().attributes.insert(QStringLiteral("timeline"),
                m.projected ? QStringLiteral("projected") : QStringLiteral("dated"));
            memberIndex << append(s, templateMember);
        }
    };
    for (int i = 0; i < n; ++i) {
        if (i == insertAt)
            addDated();
        if (!removed[i])
            map[i] = append(chain.steps[i], -1);
    }
    if (insertAt >= n)
        addDated();
    out.reindex();

    const int newest = memberIndex.back();
    QSet<quint64> seen;
    auto add = [&](const Requirement &r) {
        if (r.from < 0 || r.to < 0 || r.from == r.to)
            return;
        const quint64 key = edgeKey(r.from, r.to, r.kind);
        if (seen.contains(key))
            return;
        seen.insert(key);
        out.requirements.append(r);
    };
    // The series edges of the date: first member <- tool, every later member <- its predecessor.
    QHash<quint64, bool> wanted; // key (declared) -> satisfied by a kept edge
    if (toolIndex >= 0)
        wanted.insert(edgeKey(memberIndex.front(), toolIndex, RequirementKind::Declared), false);
    for (int k = 1; k < memberIndex.size(); ++k)
        wanted.insert(edgeKey(memberIndex[k], memberIndex[k - 1], RequirementKind::Declared), false);

    QHash<int, QVector<int>> outgoing; // original step -> its requirement indices (for the templates)
    for (int e = 0; e < chain.requirements.size(); ++e) {
        const Requirement &r = chain.requirements[e];
        if (r.from < 0 || r.to < 0 || r.from >= n || r.to >= n)
            continue;
        if (r.from == templateMember || r.from == templateTool)
            outgoing[r.from] << e;
        Requirement m = r;
        if (removed[r.from] && removed[r.to]) {
            // A series edge: kept only where the dated chain has the same edge.
            m.from = map[r.from];
            m.to = map[r.to];
            const quint64 key = edgeKey(m.from, m.to, m.kind);
            if (m.from >= 0 && m.to >= 0 && wanted.contains(key)) {
                wanted[key] = true;
                add(m);
            }
            continue;
        }
        if (removed[r.from]) {
            m.from = map[r.from]; // a kept member's or tool's own requirement; dropped with the step
            m.to = map[r.to];
            if (m.from >= 0)
                add(m);
            continue;
        }
        m.from = map[r.from];
        if (removed[r.to])
            m.to = map[r.to] >= 0 ? map[r.to] : (isToolStep(chain.steps[r.to], tool) ? toolIndex : newest);
        else
            m.to = map[r.to];
        if (m.to >= 0)
            add(m);
    }
    // Copies take their template's requirements on steps outside the series.
    for (int i = 0; i < out.steps.size(); ++i) {
        const int t = templateOf[i];
        if (t < 0)
            continue;
        for (int e : outgoing.value(t)) {
            const Requirement &r = chain.requirements[e];
            if (removed[r.to])
                continue;
            Requirement m = r;
            m.from = i;
            m.to = map[r.to];
            add(m);
        }
    }
    const QString where = row.date.toString(Qt::ISODate);
    const SourceRange origin = templateMember >= 0 ? chain.steps[templateMember].origin : SourceRange {};
    auto seriesEdge = [&](int from, int to, const QString &text) {
        const quint64 key = edgeKey(from, to, RequirementKind::Declared);
        if (wanted.value(key, true))
            return;
        Requirement r;
        r.from = from;
        r.to = to;
        r.kind = RequirementKind::Declared;
        r.evidence.setFile(origin.file);
        r.evidence.line = origin.line;
        r.evidence.setText(text);
        add(r);
    };
    if (toolIndex >= 0)
        seriesEdge(memberIndex.front(), toolIndex,
            QStringLiteral("%1 builds rustc %2 (the timeline on %3)")
                .arg(row.anchor.label(), row.anchor.builds, where));
    for (int k = 1; k < memberIndex.size(); ++k)
        seriesEdge(memberIndex[k], memberIndex[k - 1],
            QStringLiteral("%1 is built by %2 (the timeline on %3)")
                .arg(out.steps[memberIndex[k]].id, out.steps[memberIndex[k - 1]].id, where));
    return out;
}

} // namespace Seedline

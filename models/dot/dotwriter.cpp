// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotwriter.h"

#include "dottext.h"

#include <QSet>

namespace Seedline {

namespace {

using DotText::quoteId;
using DotText::quoteValue;

bool isBookkeeping(const QString &name)
{
    return name.startsWith(QLatin1String("seedline:"));
}

QByteArray attributeList(const QMap<QString, QString> &attributes)
{
    const QStringList html = attributes.value(QStringLiteral("seedline:html")).split(u',', Qt::SkipEmptyParts);
    QByteArray out;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        if (isBookkeeping(it.key()))
            continue;
        if (!out.isEmpty())
            out += ", ";
        out += quoteId(it.key()) + '=' + quoteValue(it.value(), html.contains(it.key()));
    }
    return out;
}

QMap<QString, QString> merged(QMap<QString, QString> base, const QMap<QString, QString> &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        base.insert(it.key(), it.value());
        if (!isBookkeeping(it.key())) {
            // An extra attribute is a plain string even if the kept one was HTML.
            QStringList html = base.value(QStringLiteral("seedline:html")).split(u',', Qt::SkipEmptyParts);
            if (html.removeAll(it.key()) > 0)
                base.insert(QStringLiteral("seedline:html"), html.join(u','));
        }
    }
    return base;
}

QString kindColor(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Sequence: return QStringLiteral("gray60");
    case RequirementKind::Declared: return QStringLiteral("black");
    case RequirementKind::Observed: return QStringLiteral("firebrick");
    case RequirementKind::Mentioned: return QStringLiteral("steelblue");
    case RequirementKind::Toolchain: return QStringLiteral("darkgreen");
    case RequirementKind::Scenario: return QStringLiteral("darkorange");
    }
    return QStringLiteral("black");
}

} // namespace

QByteArray writeDot(const Chain &chain, const DotWriteOptions &options)
{
    QByteArray out;
    const bool strict = chain.graphAttributes.value(QStringLiteral("seedline:strict")) == QLatin1String("true");
    const QString name = !options.graphName.isEmpty() ? options.graphName
                                                      : chain.title;
    const QByteArray arrow = chain.directed ? " -> " : " -- ";
    out += QByteArray(strict ? "strict " : "") + (chain.directed ? "digraph " : "graph ") + (name.isEmpty() ? QByteArray() : quoteId(name) + ' ') + "{\n";

    QMap<QString, QString> graphAttributes;
    for (auto it = chain.graphAttributes.constBegin(); it != chain.graphAttributes.constEnd(); ++it) {
        if (!isBookkeeping(it.key()))
            graphAttributes.insert(it.key(), it.value());
    }
    if (chain.graphAttributes.contains(QStringLiteral("seedline:html")))
        graphAttributes.insert(QStringLiteral("seedline:html"), chain.graphAttributes.value(QStringLiteral("seedline:html")));
    if (options.rankDir == DotWriteOptions::RankDir::LeftToRight)
        graphAttributes.insert(QStringLiteral("rankdir"), QStringLiteral("LR"));
    else if (options.rankDir == DotWriteOptions::RankDir::TopToBottom)
        graphAttributes.remove(QStringLiteral("rankdir"));
    if (!options.title.isEmpty()) {
        graphAttributes.insert(QStringLiteral("label"), options.title);
        graphAttributes.insert(QStringLiteral("labelloc"), QStringLiteral("t"));
    }
    const QByteArray graphList = attributeList(graphAttributes);
    if (!graphList.isEmpty())
        out += "  graph [" + graphList + "];\n";

    // Nodes, grouped by cluster (clusters are written flat, in order of first appearance).
    QVector<bool> kept(chain.steps.size());
    QStringList clusterOrder;
    QHash<QString, QVector<int>> clusterMembers;
    for (int i = 0; i < chain.steps.size(); ++i) {
        const Step &s = chain.steps[i];
        kept[i] = options.includeExcluded || !s.excluded;
        if (!kept[i])
            continue;
        const QString cluster = s.details->attributes.value(QStringLiteral("seedline:cluster"));
        if (!clusterMembers.contains(cluster))
            clusterOrder << cluster;
        clusterMembers[cluster].append(i);
    }
    auto writeNode = [&](int i, const char *indent) {
        const Step &s = chain.steps[i];
        QMap<QString, QString> attributes = merged(s.details->attributes, options.stepAttributes.value(i));
        if (!attributes.contains(QStringLiteral("label")) && !s.label.isEmpty()) {
            // What the window shows: a later pass reads "tcc-0.9.27 · pass 2", not the first pass's label.
            if (const QString shown = stepDisplayLabel(s); shown != s.id)
                attributes.insert(QStringLiteral("label"), shown);
        }
        const QByteArray list = attributeList(attributes);
        out += indent + quoteId(s.id) + (list.isEmpty() ? QByteArray() : " [" + list + ']') + ";\n";
    };
    for (const QString &cluster : std::as_const(clusterOrder)) {
        if (cluster.isEmpty()) {
            for (int i : clusterMembers.value(cluster))
                writeNode(i, "  ");
            continue;
        }
        out += "  subgraph " + quoteId(cluster) + " {\n";
        const QString label = chain.graphAttributes.value(QStringLiteral("seedline:cluster-label:") + cluster);
        if (!label.isEmpty())
            out += "    label=" + quoteValue(label, false) + ";\n";
        for (int i : clusterMembers.value(cluster))
            writeNode(i, "    ");
        out += "  }\n";
    }

    QSet<RequirementKind> kindsUsed;
    for (int r = 0; r < chain.requirements.size(); ++r) {
        const Requirement &req = chain.requirements[r];
        if (!options.kinds.testFlag(req.kind) || req.from < 0 || req.to < 0 || req.from >= kept.size() ||
            req.to >= kept.size() || !kept[req.from] || !kept[req.to])
            continue;
        kindsUsed.insert(req.kind);
        QMap<QString, QString> attributes = req.evidence.attributes();
        if (req.kind != RequirementKind::Declared) {
            attributes.insert(QStringLiteral("seedline_kind"), requirementKindName(req.kind));
            if (!attributes.contains(QStringLiteral("color")))
                attributes.insert(QStringLiteral("color"), kindColor(req.kind));
        }
        attributes = merged(attributes, options.requirementAttributes.value(r));
        const QByteArray list = attributeList(attributes);
        out += "  " + quoteId(chain.steps[req.from].id) + arrow + quoteId(chain.steps[req.to].id) +
               (list.isEmpty() ? QByteArray() : " [" + list + ']') + ";\n";
    }

    if (options.legend && !kindsUsed.isEmpty()) {
        out += "  subgraph cluster_seedline_legend {\n    label=\"Legend: A needs B\";\n"
               "    node [shape=plaintext, label=\"\", width=0.1, height=0.1];\n";
        int n = 0;
        for (RequirementKind kind : allRequirementKinds) {
            if (!kindsUsed.contains(kind))
                continue;
            const QByteArray a = "seedline_legend_" + QByteArray::number(n) + "a";
            const QByteArray b = "seedline_legend_" + QByteArray::number(n) + "b";
            out += "    " + a + " -> " + b + " [label=" + quoteValue(requirementKindName(kind), false) +
                   ", color=" + quoteValue(kindColor(kind), false) + "];\n";
            ++n;
        }
        out += "  }\n";
    }
    out += "}\n";
    return out;
}

} // namespace Seedline

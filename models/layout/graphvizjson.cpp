// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutinternal.h"

#include "dot/dottext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Seedline::LayoutInternal {

QByteArray graphvizInput(const LayoutGraph &graph, const LayoutOptions &options, const EngineChoice &choice)
{
    using DotText::quoteId;
    using DotText::quoteValue;
    QMap<QString, QString> attributes = choice.attributes;
    attributes.insert(QStringLiteral("rankdir"),
                      graph.rankDir == LayoutGraph::LeftToRight ? QStringLiteral("LR") : QStringLiteral("TB"));
    for (auto it = options.graphAttributes.constBegin(); it != options.graphAttributes.constEnd(); ++it)
        attributes.insert(it.key(), it.value());

    QByteArray out;
    out.reserve(graph.nodes.size() * 48 + graph.edges.size() * 32 + 256);
    out += "digraph seedline {\n  graph [";
    bool first = true;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        out += (first ? "" : ", ") + quoteId(it.key()) + '=' + quoteValue(it.value(), false);
        first = false;
    }
    out += "];\n  node [shape=box];\n";
    // Clusters (dot draws them; the other engines ignore them): subgraph cluster_seedline_K.
    QVector<int> clusterOf(graph.nodes.size(), -1);
    if (!graph.ordered) {
        for (int k = 0; k < graph.stages.size(); ++k)
            for (int n : graph.stages[k].nodes)
                if (n >= 0 && n < clusterOf.size() && clusterOf[n] < 0)
                    clusterOf[n] = k;
        for (int k = 0; k < graph.stages.size(); ++k) {
            out += "  subgraph cluster_seedline_" + QByteArray::number(k) + " { label="
                + quoteValue(graph.stages[k].title, false) + ";";
            for (int n = 0; n < clusterOf.size(); ++n)
                if (clusterOf[n] == k)
                    out += " n" + QByteArray::number(n) + ';';
            out += " }\n";
        }
    }
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const LayoutGraph::Node &n = graph.nodes[i];
        out += "  n" + QByteArray::number(i) + " [label=" + quoteValue(n.label.isEmpty() ? n.id : n.label, false);
        if (!n.shape.isEmpty() && n.shape != QLatin1String("box"))
            out += ", shape=" + quoteValue(n.shape, false);
        if (n.widthInches > 0)
            out += ", width=" + QByteArray::number(n.widthInches);
        if (n.heightInches > 0)
            out += ", height=" + QByteArray::number(n.heightInches);
        out += "];\n";
    }
    for (int i = 0; i < graph.edges.size(); ++i) {
        const LayoutGraph::Edge &e = graph.edges[i];
        if (e.from < 0 || e.to < 0 || e.from >= graph.nodes.size() || e.to >= graph.nodes.size())
            continue;
        if (options.dependenciesFirst)
            out += "  n" + QByteArray::number(e.to) + " -> n" + QByteArray::number(e.from) + " [dir=back, ";
        else
            out += "  n" + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to) + " [";
        out += "id=e" + QByteArray::number(i);
        if (!e.constraint)
            out += ", constraint=false";
        out += "];\n";
    }
    out += "}\n";
    return out;
}

namespace {

bool parsePoint(QStringView text, QPointF *point)
{
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return false;
    bool okX = false, okY = false;
    const double x = text.left(comma).toDouble(&okX);
    QStringView rest = text.mid(comma + 1);
    if (const qsizetype c2 = rest.indexOf(u','); c2 >= 0)
        rest = rest.left(c2); // "x,y,z" in 3D layouts
    const double y = rest.toDouble(&okY);
    if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
        return false;
    *point = QPointF(x, y);
    return true;
}

double inches(const QJsonValue &v)
{
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}

QPointF clipToBox(const QPointF &inside, const QPointF &outside, const LayoutResult::NodeGeometry &box)
{
    const QPointF d = outside - inside;
    const double hw = box.size.width() / 2, hh = box.size.height() / 2;
    double t = 1.0;
    if (std::abs(d.x()) > 1e-9)
        t = std::min(t, hw / std::abs(d.x()));
    if (std::abs(d.y()) > 1e-9)
        t = std::min(t, hh / std::abs(d.y()));
    return inside + d * std::min(t, 1.0);
}

} // namespace

LayoutResult::EdgeGeometry straightEdge(const LayoutResult::NodeGeometry &tail, const LayoutResult::NodeGeometry &head)
{
    LayoutResult::EdgeGeometry e;
    const QPointF a = clipToBox(tail.center, head.center, tail);
    const QPointF b = clipToBox(head.center, tail.center, head);
    e.points = {a, a + (b - a) / 3.0, a + (b - a) * (2.0 / 3.0), b};
    e.arrowTip = b;
    return e;
}

bool parseJsonLayout(const QByteArray &json, const LayoutGraph &graph, const LayoutOptions &options,
                     LayoutResult &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject()) {
        result.error = QStringLiteral("Graphviz output is not JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    const QStringList bb = root.value(QLatin1String("bb")).toString().split(u',');
    if (bb.size() != 4) {
        result.error = QStringLiteral("Graphviz output has no bounding box");
        return false;
    }
    const double llx = bb[0].toDouble(), lly = bb[1].toDouble(), urx = bb[2].toDouble(), ury = bb[3].toDouble();
    auto toQt = [&](const QPointF &p) { return QPointF(p.x() - llx, ury - p.y()); };
    result.boundingBox = QRectF(0, 0, urx - llx, ury - lly);

    result.nodes = QVector<LayoutResult::NodeGeometry>(graph.nodes.size());
    QVector<bool> placed(graph.nodes.size(), false);
    const QJsonArray objects = root.value(QLatin1String("objects")).toArray();
    const QLatin1String clusterPrefix("cluster_seedline_");
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        if (name.startsWith(clusterPrefix)) {
            bool ok = false;
            const int k = QStringView(name).mid(clusterPrefix.size()).toInt(&ok);
            const QStringList cbb = o.value(QLatin1String("bb")).toString().split(u',');
            if (!ok || k < 0 || k >= graph.stages.size() || cbb.size() != 4)
                continue;
            LayoutResult::Cluster c;
            c.id = graph.stages[k].id;
            c.title = graph.stages[k].title;
            const QPointF a = toQt(QPointF(cbb[0].toDouble(), cbb[1].toDouble()));
            const QPointF b = toQt(QPointF(cbb[2].toDouble(), cbb[3].toDouble()));
            c.rect = QRectF(a, b).normalized();
            c.titleRect = QRectF(c.rect.left() + 8, c.rect.top() + 2, c.rect.width() - 16, 18);
            c.nodes = graph.stages[k].nodes;
            result.clusters.append(c);
            continue;
        }
        if (!name.startsWith(u'n'))
            continue;
        bool ok = false;
        const int index = QStringView(name).mid(1).toInt(&ok);
        QPointF pos;
        if (!ok || index < 0 || index >= graph.nodes.size() || !parsePoint(o.value(QLatin1String("pos")).toString(), &pos))
            continue;
        result.nodes[index].center = toQt(pos);
        result.nodes[index].size = QSizeF(inches(o.value(QLatin1String("width"))) * 72.0,
                                          inches(o.value(QLatin1String("height"))) * 72.0);
        placed[index] = true;
    }
    if (const qsizetype missing = std::count(placed.cbegin(), placed.cend(), false); missing > 0) {
        result.error = QStringLiteral("Graphviz output lacks the position of %1 nodes").arg(missing);
        return false;
    }

    result.edges = QVector<LayoutResult::EdgeGeometry>(graph.edges.size());
    QVector<bool> routed(graph.edges.size(), false);
    const QJsonArray edges = root.value(QLatin1String("edges")).toArray();
    for (const QJsonValue &v : edges) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        bool ok = false;
        const int index = id.startsWith(u'e') ? QStringView(id).mid(1).toInt(&ok) : -1;
        if (!ok || index < 0 || index >= graph.edges.size())
            continue;
        // "e,x,y s,x,y x,y x,y ..." (only the first spline when there are several, ';'-separated)
        const QString pos = o.value(QLatin1String("pos")).toString().section(u';', 0, 0);
        if (pos.isEmpty())
            continue;
        LayoutResult::EdgeGeometry g;
        std::optional<QPointF> startArrow, endArrow;
        const QStringList parts = pos.split(u' ', Qt::SkipEmptyParts);
        bool good = true;
        for (const QString &part : parts) {
            QPointF p;
            if (part.startsWith(QLatin1String("e,")) || part.startsWith(QLatin1String("s,"))) {
                if (!parsePoint(QStringView(part).mid(2), &p)) {
                    good = false;
                    break;
                }
                (part[0] == u'e' ? endArrow : startArrow) = toQt(p);
            } else if (parsePoint(part, &p)) {
                g.points.append(toQt(p));
            } else {
                good = false;
                break;
            }
        }
        if (!good || g.points.size() < 4 || (g.points.size() - 1) % 3 != 0)
            continue;
        if (options.dependenciesFirst) {
            // Written as "to -> from [dir=back]": turn it round so that it runs from the tail.
            std::reverse(g.points.begin(), g.points.end());
            g.arrowTip = startArrow;
        } else {
            g.arrowTip = endArrow;
        }
        result.edges[index] = g;
        routed[index] = true;
    }
    int straight = 0;
    for (int i = 0; i < graph.edges.size(); ++i) {
        if (routed[i])
            continue;
        const LayoutGraph::Edge &e = graph.edges[i];
        if (e.from < 0 || e.to < 0 || e.from >= graph.nodes.size() || e.to >= graph.nodes.size())
            continue;
        result.edges[i] = straightEdge(result.nodes[e.from], result.nodes[e.to]);
        ++straight;
    }
    if (straight > 0)
        result.notes << QStringLiteral("%1 edges drawn as straight lines (not routed by Graphviz)").arg(straight);
    return true;
}

} // namespace Seedline::LayoutInternal

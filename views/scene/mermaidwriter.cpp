// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidwriter.h"

#include "highlight/palette.h"

#include <QHash>
#include <QSet>

namespace Seedline {

namespace {

// Mermaid labels are quoted; quotes and angle brackets are written as entities.
QString label(const QString &text)
{
    QString out = text;
    out.replace(u'"', QStringLiteral("#quot;"));
    out.replace(u'<', QStringLiteral("#lt;"));
    out.replace(u'>', QStringLiteral("#gt;"));
    return u'"' + out + u'"';
}

QString className(const QString &cssClass)
{
    QString out = cssClass;
    for (QChar &c : out)
        if (!c.isLetterOrNumber())
            c = u'_';
    return out;
}

} // namespace

QByteArray writeMermaid(const SceneModel &m, bool leftToRight)
{
    QStringList lines;
    lines << QStringLiteral("%% ") + (m.title.isEmpty() ? QStringLiteral("Seedline") : m.title);
    if (!m.caption.isEmpty())
        lines << QStringLiteral("%% ") + m.caption;
    lines << QStringLiteral("%% A --> B: A needs B. Written by Seedline.");
    lines << (leftToRight ? QStringLiteral("flowchart LR") : QStringLiteral("flowchart TB"));
    if (!m.chain)
        return lines.join(u'\n').toUtf8() + '\n';
    auto shown = [&m](int step) { return m.geometry.node(step) && !m.stepStyle(step).hidden; };
    auto id = [](int step) { return QStringLiteral("n%1").arg(step); };
    // Nodes, inside the subgraph of their stage.
    QSet<int> inBand;
    for (int b = 0; b < m.bands.size(); ++b) {
        QStringList members;
        for (int step : m.bands[b].steps)
            if (shown(step)) {
                members << QStringLiteral("    %1[%2]").arg(id(step), label(m.label(step)));
                inBand.insert(step);
            }
        if (members.isEmpty())
            continue;
        lines << QStringLiteral("  subgraph band%1[%2]").arg(b).arg(label(m.bands[b].title));
        lines += members;
        lines << QStringLiteral("  end");
    }
    for (const GraphGeometry::Node &n : m.geometry.nodes)
        if (shown(n.step) && !inBand.contains(n.step))
            lines << QStringLiteral("  %1[%2]").arg(id(n.step), label(m.label(n.step)));
    // Edges.
    for (const GraphGeometry::Edge &e : m.geometry.edges) {
        const EdgeStyle s = m.edgeStyle(e.requirement);
        if (s.hidden || !shown(e.from) || !shown(e.to))
            continue;
        const RequirementKind kind = e.requirement >= 0 && e.requirement < m.chain->requirements.size()
            ? m.chain->requirements[e.requirement].kind
            : RequirementKind::Declared;
        const bool dashed = kind == RequirementKind::Mentioned || kind == RequirementKind::Scenario
            || kind == RequirementKind::Sequence;
        const QString arrow = dashed ? QStringLiteral("-.->") : QStringLiteral("-->");
        lines << (kind == RequirementKind::Scenario
                      ? QStringLiteral("  %1 %2|what-if| %3").arg(id(e.from), arrow, id(e.to))
                      : QStringLiteral("  %1 %2 %3").arg(id(e.from), arrow, id(e.to)));
    }
    // The highlight as classes, in the palette's colours.
    QHash<QString, QStringList> members;
    QStringList order;
    for (const GraphGeometry::Node &n : m.geometry.nodes) {
        if (!shown(n.step))
            continue;
        for (const QString &c : m.stepClasses(n.step)) {
            if (c == QLatin1String("step") || c == QLatin1String("dimmed"))
                continue;
            if (!members.contains(c))
                order << c;
            members[c] << id(n.step);
        }
    }
    for (const QString &c : std::as_const(order)) {
        QString style;
        if (c.startsWith(QLatin1String("family-"))) {
            const QColor fill = m.highlight.palette().familyColor(c.mid(7));
            style = QStringLiteral("fill:%1,color:%2,stroke:%3").arg(fill.name(), Palette::textOn(fill).name(),
                                                                      fill.darker(140).name());
        } else if (c.startsWith(QLatin1String("newly-requires-"))) {
            style = QStringLiteral("stroke:%1,stroke-width:2px,stroke-dasharray:5 3")
                        .arg(m.highlight.palette().familyColor(c.mid(15)).name());
        } else if (c.startsWith(QLatin1String("requires-"))) {
            const QString f = c.mid(9);
            style = QStringLiteral("fill:%1,stroke:%2,stroke-width:2px")
                        .arg(m.highlight.palette().familyTint(f).name(), m.highlight.palette().familyColor(f).name());
        } else if (c == QLatin1String("selected")) {
            style = QStringLiteral("stroke:#000000,stroke-width:4px");
        } else {
            continue;
        }
        lines << QStringLiteral("  classDef %1 %2;").arg(className(c), style);
        lines << QStringLiteral("  class %1 %2;").arg(members.value(c).join(u','), className(c));
    }
    return lines.join(u'\n').toUtf8() + '\n';
}

} // namespace Seedline

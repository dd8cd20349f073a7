// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgwriter.h"

#include "scene/exporter.h"
#include "scene/scenepainter.h"
#include "highlight/palette.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Seedline {

namespace {

QString num(qreal v)
{
    // Two decimals are plenty for points; trailing zeros dropped.
    QString s = QString::number(v, 'f', 2);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString pathData(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += QStringLiteral("M%1,%2 ").arg(num(e.x), num(e.y));
            break;
        case QPainterPath::LineToElement:
            d += QStringLiteral("L%1,%2 ").arg(num(e.x), num(e.y));
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 < path.elementCount()) {
                const QPainterPath::Element c2 = path.elementAt(i + 1);
                const QPainterPath::Element to = path.elementAt(i + 2);
                d += QStringLiteral("C%1,%2 %3,%4 %5,%6 ")
                         .arg(num(e.x), num(e.y), num(c2.x), num(c2.y), num(to.x), num(to.y));
                i += 2;
            }
            break;
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    return d.trimmed();
}

QString dashArray(Qt::PenStyle style, qreal width)
{
    // Qt's dash patterns are in pen widths (widths below 1 count as 1).
    const qreal w = std::max<qreal>(width, 1.0);
    auto pattern = [w](std::initializer_list<qreal> units) {
        QStringList parts;
        for (qreal u : units)
            parts << num(u * w);
        return parts.join(u' ');
    };
    switch (style) {
    case Qt::DashLine: return pattern({4, 2});
    case Qt::DotLine: return pattern({1, 2});
    case Qt::DashDotLine: return pattern({4, 2, 1, 2});
    case Qt::DashDotDotLine: return pattern({4, 2, 1, 2, 1, 2});
    default: return {};
    }
}

void writeStroke(QXmlStreamWriter &w, const QColor &color, qreal width, Qt::PenStyle style)
{
    w.writeAttribute(QStringLiteral("stroke"), color.name());
    w.writeAttribute(QStringLiteral("stroke-width"), num(width));
    const QString dashes = dashArray(style, width);
    if (!dashes.isEmpty())
        w.writeAttribute(QStringLiteral("stroke-dasharray"), dashes);
}

void writeText(QXmlStreamWriter &w, const QPointF &pos, const QString &text, const QFont &font, const QColor &color,
               bool centered = false, const QString &cssClass = {})
{
    w.writeStartElement(QStringLiteral("text"));
    if (!cssClass.isEmpty())
        w.writeAttribute(QStringLiteral("class"), cssClass);
    w.writeAttribute(QStringLiteral("x"), num(pos.x()));
    w.writeAttribute(QStringLiteral("y"), num(pos.y()));
    w.writeAttribute(QStringLiteral("font-size"), num(font.pixelSize()));
    if (font.bold())
        w.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
    if (centered)
        w.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
    w.writeAttribute(QStringLiteral("fill"), color.name());
    w.writeCharacters(text);
    w.writeEndElement();
}

void writeBox(QXmlStreamWriter &w, const QRectF &box, qreal radius, const QColor &fill, const QColor &stroke,
              qreal width, Qt::PenStyle style, const QString &cssClass = {})
{
    w.writeEmptyElement(QStringLiteral("rect"));
    if (!cssClass.isEmpty())
        w.writeAttribute(QStringLiteral("class"), cssClass);
    w.writeAttribute(QStringLiteral("x"), num(box.x()));
    w.writeAttribute(QStringLiteral("y"), num(box.y()));
    w.writeAttribute(QStringLiteral("width"), num(box.width()));
    w.writeAttribute(QStringLiteral("height"), num(box.height()));
    w.writeAttribute(QStringLiteral("rx"), num(radius));
    w.writeAttribute(QStringLiteral("fill"), fill.isValid() ? fill.name() : QStringLiteral("none"));
    writeStroke(w, stroke, width, style);
}

void writeDecorations(QXmlStreamWriter &w, const StepDecorations &d)
{
    for (const StepDecorations::Ring &ring : d.rings)
        writeBox(w, ring.rect, stepCornerRadius + 2, QColor(), ring.color, ring.width,
                 ring.dashed ? Qt::DashLine : Qt::SolidLine, QStringLiteral("ring"));
    const QFont font = badgeFont();
    const QFontMetricsF fm(font);
    for (const StepDecorations::Badge &b : d.badges) {
        writeBox(w, b.rect, 3, b.fill, b.dashed ? b.textColor : b.fill.darker(130), 1.0,
                 b.dashed ? Qt::DashLine : Qt::SolidLine, QStringLiteral("badge"));
        const QPointF base(b.rect.center().x(), b.rect.center().y() + (fm.ascent() - fm.descent()) / 2);
        writeText(w, base, b.text, font, b.textColor, true, QStringLiteral("badge"));
    }
}

} // namespace

QString svgStepId(const QString &stepId)
{
    QString out = QStringLiteral("step-");
    for (const QChar c : stepId) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                           || u == u'.' || u == u'-';
        if (plain)
            out += c;
        else
            out += u'_' + QString::number(u, 16).toUpper() + u'_';
    }
    return out;
}

QByteArray writeSvg(const SceneModel &m, const SvgOptions &options)
{
    const Palette palette = m.highlight.palette();
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();

    const QRectF r = m.sceneRect.isValid() ? m.sceneRect : QRectF(0, 0, 100, 100);
    QSizeF size = r.size();
    if (!options.canvas.isEmpty())
        size = QSizeF(options.canvas); // the viewBox keeps its aspect, centred (xMidYMid meet)
    else if (std::max(size.width(), size.height()) > svgMaximumSide)
        size.scale(svgMaximumSide, svgMaximumSide, Qt::KeepAspectRatio);

    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    w.writeAttribute(QStringLiteral("width"), num(std::round(size.width())));
    w.writeAttribute(QStringLiteral("height"), num(std::round(size.height())));
    w.writeAttribute(QStringLiteral("viewBox"),
                     QStringLiteral("%1 %2 %3 %4").arg(num(r.x()), num(r.y()), num(r.width()), num(r.height())));
    w.writeAttribute(QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans', Verdana, sans-serif"));
    w.writeTextElement(QStringLiteral("title"), m.title.isEmpty() ? (m.chain ? m.chain->title : QString()) : m.title);
    w.writeTextElement(QStringLiteral("desc"), QStringLiteral("Exported by Seedline"));
    if (!options.css.isEmpty()) {
        w.writeStartElement(QStringLiteral("style"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("text/css"));
        QString css = options.css;
        css.replace(QStringLiteral("]]>"), QStringLiteral("]]]]><![CDATA[>"));
        w.writeCDATA(css);
        w.writeEndElement();
    }

    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("x"), num(r.x()));
    w.writeAttribute(QStringLiteral("y"), num(r.y()));
    w.writeAttribute(QStringLiteral("width"), num(r.width()));
    w.writeAttribute(QStringLiteral("height"), num(r.height()));
    w.writeAttribute(QStringLiteral("fill"), palette.background().name());

    const Chain *chain = m.chain.get();

    // Stage bands behind everything.
    if (!m.bands.isEmpty()) {
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("stages"));
        const QFont font = bandTitleFont();
        const QFontMetricsF bfm(font);
        for (const SceneModel::Band &band : m.bands) {
            if (band.summary.hidden)
                continue;
            w.writeStartElement(QStringLiteral("g"));
            w.writeAttribute(QStringLiteral("class"), QStringLiteral("stage"));
            w.writeAttribute(QStringLiteral("id"), svgStepId(band.id).mid(5)); // "stage-3"
            w.writeTextElement(QStringLiteral("title"), band.summaryLabel);
            writeBox(w, band.rect, 6, palette.bandFill(), palette.bandOutline(), 1.0, Qt::SolidLine,
                     QStringLiteral("band"));
            const QPointF base(band.titleRect.left(),
                               band.titleRect.center().y() + (bfm.ascent() - bfm.descent()) / 2);
            writeText(w, base, bfm.elidedText(band.title, Qt::ElideRight, band.titleRect.width()), font,
                      palette.bandTitle());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // Edges, in the scene's stacking order: dimmed, plain, witness path.
    QVector<const GraphGeometry::Edge *> edges;
    for (const GraphGeometry::Edge &e : m.geometry.edges)
        edges.append(&e);
    auto zOf = [&m](const GraphGeometry::Edge *e) {
        const EdgeStyle s = m.edgeStyle(e->requirement);
        return s.onWitnessPath ? 1 : s.dimmed ? -1 : 0;
    };
    std::stable_sort(edges.begin(), edges.end(), [&](auto *a, auto *b) { return zOf(a) < zOf(b); });

    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("edges"));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    w.writeAttribute(QStringLiteral("stroke-linecap"), QStringLiteral("round"));
    w.writeAttribute(QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
    for (const GraphGeometry::Edge *e : std::as_const(edges)) {
        const EdgeStyle s = m.edgeStyle(e->requirement);
        const StepStyle a = m.stepStyle(e->from), b = m.stepStyle(e->to);
        if (s.hidden || a.hidden || b.hidden || !m.geometry.node(e->from) || !m.geometry.node(e->to))
            continue;
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("edge-%1").arg(e->requirement));
        QString kind;
        if (chain && e->requirement >= 0 && e->requirement < chain->requirements.size())
            kind = requirementKindName(chain->requirements[e->requirement].kind);
        QStringList classes{QStringLiteral("edge")};
        if (!kind.isEmpty())
            classes << kind << QStringLiteral("kind-") + kind;
        if (s.onWitnessPath)
            classes << QStringLiteral("witness");
        if (s.dimmed)
            classes << QStringLiteral("dimmed");
        w.writeAttribute(QStringLiteral("class"), classes.join(u' '));
        if (chain && e->from >= 0 && e->to >= 0) {
            w.writeAttribute(QStringLiteral("data-from"), chain->steps[e->from].id);
            w.writeAttribute(QStringLiteral("data-to"), chain->steps[e->to].id);
            w.writeTextElement(QStringLiteral("title"), m.edgeEvidence(e->requirement).join(u'\n'));
        }
        w.writeEmptyElement(QStringLiteral("path"));
        w.writeAttribute(QStringLiteral("d"), pathData(e->path));
        writeStroke(w, s.color, s.width, s.penStyle);
        const QPolygonF &arrow = e->arrow;
        if (!arrow.isEmpty()) {
            QStringList pts;
            for (const QPointF &p : arrow)
                pts << num(p.x()) + u',' + num(p.y());
            w.writeEmptyElement(QStringLiteral("polygon"));
            w.writeAttribute(QStringLiteral("points"), pts.join(u' '));
            w.writeAttribute(QStringLiteral("fill"), s.color.name());
            w.writeAttribute(QStringLiteral("stroke"), s.color.name());
            w.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("0.8"));
        }
        w.writeEndElement();
    }
    w.writeEndElement();

    // Steps.
    const QFontMetricsF fm(m.labelFont);
    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("steps"));
    for (const GraphGeometry::Node &n : m.geometry.nodes) {
        const StepStyle s = m.stepStyle(n.step);
        if (s.hidden)
            continue;
        const QString id = chain ? chain->steps[n.step].id : QString::number(n.step);
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("id"), svgStepId(id));
        w.writeAttribute(QStringLiteral("class"), m.stepClasses(n.step).join(u' '));
        QString title = id;
        for (const QString &f : s.requiredFamilies)
            title += QStringLiteral("\nneeds %1%2").arg(Palette::familyDisplayName(f),
                                                        s.newlyRequiredFamilies.contains(f)
                                                            ? QStringLiteral(" (only because of the what-if)")
                                                            : QString());
        w.writeTextElement(QStringLiteral("title"), title);
        const QRectF box = n.rect();
        const StepDecorations decorations = stepDecorations(box, s, palette);
        writeBox(w, box, stepCornerRadius, s.fill, s.outline, s.outlineWidth,
                 decorations.outlineDashed ? Qt::DashLine : Qt::SolidLine, QStringLiteral("box"));
        writeDecorations(w, decorations);
        const QStringList lines = fittedLabelLines(m.label(n.step), fm, box.width() - 4);
        const qreal first = box.center().y() + (fm.ascent() - fm.descent()) / 2 - fm.lineSpacing() * (lines.size() - 1) / 2;
        for (qsizetype i = 0; i < lines.size(); ++i)
            writeText(w, QPointF(box.center().x(), first + i * fm.lineSpacing()), lines[i], m.labelFont, s.text, true,
                      QStringLiteral("label"));
        w.writeEndElement();
    }
    w.writeEndElement();

    // Legend.
    if (!m.legendRows.isEmpty()) {
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("legend"));
        w.writeEmptyElement(QStringLiteral("rect"));
        w.writeAttribute(QStringLiteral("x"), num(m.legendRect.x()));
        w.writeAttribute(QStringLiteral("y"), num(m.legendRect.y()));
        w.writeAttribute(QStringLiteral("width"), num(m.legendRect.width()));
        w.writeAttribute(QStringLiteral("height"), num(m.legendRect.height()));
        w.writeAttribute(QStringLiteral("fill"), palette.background().name());
        w.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#999999"));
        w.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1"));
        QFont heading = m.legendFont;
        heading.setBold(true);
        writeText(w, m.legendHeadingPos, m.legendHeading, heading, palette.text());
        for (const SceneModel::LegendRow &row : m.legendRows) {
            const LegendEntry &e = row.entry;
            if (e.shape == LegendEntry::Shape::Step) {
                StepStyle style;
                style.fill = e.fill;
                style.outline = e.outline;
                style.outlineWidth = std::min<qreal>(e.width, 3.5);
                style.marks = e.marks;
                const StepDecorations d = stepDecorations(row.swatch, style, palette);
                writeBox(w, row.swatch, 3, e.fill, e.outline, style.outlineWidth,
                         d.outlineDashed || e.penStyle == Qt::DashLine ? Qt::DashLine : Qt::SolidLine,
                         e.cssClass);
                writeDecorations(w, d);
            } else {
                const qreal y = row.swatch.center().y();
                w.writeEmptyElement(QStringLiteral("line"));
                w.writeAttribute(QStringLiteral("x1"), num(row.swatch.left()));
                w.writeAttribute(QStringLiteral("y1"), num(y));
                w.writeAttribute(QStringLiteral("x2"), num(row.swatch.right()));
                w.writeAttribute(QStringLiteral("y2"), num(y));
                writeStroke(w, e.outline, e.width, e.penStyle);
            }
            writeText(w, row.textPos, e.text, m.legendFont, palette.text());
        }
        w.writeEndElement();
    }

    if (!m.title.isEmpty()) {
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("title"));
        writeText(w, m.titlePos, m.title, m.titleFont, palette.text());
        w.writeEndElement();
    }
    if (!m.caption.isEmpty()) {
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("caption"));
        writeText(w, m.captionPos, m.caption, m.legendFont, palette.bandTitle());
        w.writeEndElement();
    }
    if (!m.sources.isEmpty()) {
        QFont small = m.legendFont;
        small.setPixelSize(std::max(1, m.legendFont.pixelSize() - 2));
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("sources"));
        writeText(w, m.sourcesPos, m.sources, small, palette.bandTitle());
        w.writeEndElement();
    }

    w.writeEndElement(); // svg
    w.writeEndDocument();
    return bytes;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framesplay.h"

#include "highlight/palette.h"
#include "scene/exporter.h"
#include "scene/scenepainter.h"
#include "scene/svgwriter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Seedline::Cli {

namespace {

// High contrast for a projector: black on white, one accent.
const QColor kInk(0x11, 0x11, 0x11);
const QColor kMuted(0x44, 0x44, 0x44);
const QColor kAccent(0xb3, 0x3c, 0x00); // firsts and the kernel jump
const QColor kRemoved(0x9a, 0x00, 0x1f); // uninstalls
const QColor kRule(0xcc, 0xcc, 0xcc);

constexpr qreal kMargin = 16;
constexpr qreal kProgressHeight = 8;

struct Line
{
    QString text;
    qreal px = 14;
    bool bold = false;
    QColor color = kInk;
    QString cssClass;
    QPointF pos; // baseline start
};

struct Layout
{
    QRectF header, graph, panel, progress;
    QVector<Line> headerLines;
    QVector<Line> panelLines;
};

QFont fontOf(qreal px, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(px));
    f.setBold(bold);
    return f;
}

// Word-wraps `text` to `width` in at most `maxLines` lines (the last elided).
QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + u' ' + words[i];
        if (fm.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
            continue;
        }
        lines << line;
        line = words[i];
        if (lines.size() == maxLines) {
            line.clear();
            lines.last() = fm.elidedText(lines.last() + QStringLiteral(" …………"), Qt::ElideRight, width);
            break;
        }
    }
    if (!line.isEmpty())
        lines << fm.elidedText(line, Qt::ElideRight, width);
    return lines;
}

class PanelWriter
{
public:
    PanelWriter(QVector<Line> *lines, const QRectF &rect)
        : m_lines(lines)
        , m_rect(rect)
        , m_y(rect.top())
    { }
    bool add(const QString &text, qreal px, bool bold, const QColor &color, const QString &cssClass,
        int maxLines = 1)
    {
        const QFont font = fontOf(px, bold);
        const QFontMetricsF fm(font);
        bool all = true;
        for (const QString &l : wrap(text, font, m_rect.width(), maxLines)) {
            if (m_y + fm.height() > m_rect.bottom()) {
                all = false;
                break;
            }
            m_y += fm.ascent();
            m_lines->append({ l, px, bold, color, cssClass, QPointF(m_rect.left(), m_y) });
            m_y += fm.descent() + 2;
        }
        return all;
    }
    void gap(qreal px) { m_y += px; }
    qreal remaining() const { return m_rect.bottom() - m_y; }

private:
    QVector<Line> *m_lines;
    QRectF m_rect;
    qreal m_y;
};

Layout layoutFrame(const PlayFrame &f)
{
    Layout l;
    const qreal w = f.size.width();
    const qreal h = f.size.height();
    const qreal panelWidth = std::clamp(w * 0.3, 240.0, 440.0);
    // Type in proportion to the frame: 720 px high reads at 28 px titles.
    const qreal unit = std::clamp(h / 720.0, 0.6, 2.0);
    // A tour's caption is often a sentence or three: smaller type for longer ones, up to three lines.
    const qreal titlePx = (f.text.title.size() <= 60 ? 28 : f.text.title.size() <= 140 ? 24 : 20) * unit;
    const qreal subPx = 16 * unit, body = 15 * unit, small = 13 * unit;

    const QFont titleFont = fontOf(titlePx, true);
    const QFontMetricsF tfm(titleFont);
    const QStringList title = wrap(f.text.title, titleFont, w - 2 * kMargin, 3);
    const qreal headerHeight
        = kMargin + title.size() * tfm.height() + QFontMetricsF(fontOf(subPx, false)).height() + kMargin / 2;
    l.header = QRectF(0, 0, w, headerHeight);
    l.progress = QRectF(0, h - kProgressHeight, w, kProgressHeight);
    l.panel = QRectF(w - panelWidth, headerHeight, panelWidth, h - headerHeight - kProgressHeight)
                  .adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    l.graph = QRectF(0, headerHeight, w - panelWidth, h - headerHeight - kProgressHeight);

    PanelWriter head(&l.headerLines, l.header.adjusted(kMargin, kMargin, -kMargin, 0));
    head.add(f.text.title, titlePx, true, kInk, QStringLiteral("title"), 3);
    head.add(f.text.subtitle, subPx, false, kMuted, QStringLiteral("subtitle"));

    PanelWriter p(&l.panelLines, l.panel);
    for (const QString &first : f.text.firsts)
        p.add(QStringLiteral("★ ") + first, body, true, kAccent, QStringLiteral("first"), 2);
    if (!f.text.prose.isEmpty()) {
        p.add(f.text.prose, body, false, kInk, QStringLiteral("prose"), 6);
        p.gap(6 * unit);
    }
    p.add(QStringLiteral("Kernel: ") + f.text.kernel
            + (f.text.kernelJumped ? QStringLiteral("  ⟶ jump") : QString()),
        body, f.text.kernelJumped, f.text.kernelJumped ? kAccent : kInk,
        f.text.kernelJumped ? QStringLiteral("kernel kernel-jump") : QStringLiteral("kernel"));
    p.add(f.text.counters, body, false, kInk, QStringLiteral("counters"), 2);
    for (const QString &s : f.text.inForce)
        p.add(s, small, false, kInk, QStringLiteral("in-force"));
    if (!f.text.removed.isEmpty())
        p.add(QStringLiteral("Uninstalled: ") + f.text.removed.join(QStringLiteral(", ")), small, true,
            kRemoved, QStringLiteral("removed"), 3);
    p.gap(6 * unit);
    p.add(QStringLiteral("Tools present (%1), newest first:").arg(f.text.tools.size()), small, true, kInk,
        QStringLiteral("tools-heading"));
    const qreal lineHeight = QFontMetricsF(fontOf(small, false)).height() + 2;
    const int fits = std::max(0, int(p.remaining() / lineHeight));
    const int shown = int(f.text.tools.size()) <= fits ? int(f.text.tools.size()) : std::max(0, fits - 1);
    for (int i = 0; i < shown; ++i)
        p.add(f.text.tools[i], small, false, kInk, QStringLiteral("tool"));
    if (shown < f.text.tools.size())
        p.add(QStringLiteral("… and %1 more").arg(f.text.tools.size() - shown), small, false, kMuted,
            QStringLiteral("tool-more"));
    return l;
}

QRectF nodeRect(const SceneModel &m, int shown)
{
    for (const GraphGeometry::Node &n : m.geometry.nodes)
        if (n.step == shown)
            return n.rect();
    return {};
}

QString num(qreal v)
{
    return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

// writeSvg's document as a nested <svg> filling `area` and showing `view`, the current step marked.
QString nestedGraphSvg(const PlayFrame &f, const QRectF &area, const QRectF &view)
{
    QString svg = QString::fromUtf8(writeSvg(f.model));
    const int start = svg.indexOf(QStringLiteral("<svg"));
    if (start < 0)
        return {};
    svg = svg.mid(start);
    const int tagEnd = svg.indexOf(u'>');
    QString tag = svg.left(tagEnd);
    static const QRegularExpression geometry(QStringLiteral(R"( (width|height|viewBox)="[^"]*")"));
    tag.remove(geometry);
    tag += QStringLiteral(
        R"( x="%1" y="%2" width="%3" height="%4" viewBox="%5 %6 %7 %8" preserveAspectRatio="xMidYMid meet")")
               .arg(num(area.x()), num(area.y()), num(area.width()), num(area.height()), num(view.x()),
                   num(view.y()), num(view.width()), num(view.height()));
    svg = tag + svg.mid(tagEnd);
    if (f.current >= 0 && !f.currentId.isEmpty()) {
        const QString id = svgStepId(f.currentId);
        const QRegularExpression group(
            QStringLiteral(R"re((<g id="%1" class=")([^"]*)")re").arg(QRegularExpression::escape(id)));
        svg.replace(group, QStringLiteral("\\1\\2 current\""));
        const QRectF r = nodeRect(f.model, f.current).adjusted(-6, -6, 6, 6);
        if (r.isValid()) {
            const QString ring = QStringLiteral(
                R"(<rect class="current" data-step="%1" x="%2" y="%3" width="%4" height="%5" rx="8" fill="none" stroke="%6" stroke-width="4"/>)")
                                     .arg(f.currentId.toHtmlEscaped(), num(r.x()), num(r.y()), num(r.width()),
                                         num(r.height()), kAccent.name());
            const int end = svg.lastIndexOf(QStringLiteral("</svg>"));
            svg.insert(end, ring + u'\n');
        }
    }
    return svg;
}

void writeLines(QXmlStreamWriter &w, const QVector<Line> &lines)
{
    for (const Line &l : lines) {
        w.writeStartElement(QStringLiteral("text"));
        w.writeAttribute(QStringLiteral("class"), l.cssClass);
        w.writeAttribute(QStringLiteral("x"), num(l.pos.x()));
        w.writeAttribute(QStringLiteral("y"), num(l.pos.y()));
        w.writeAttribute(QStringLiteral("font-size"), num(l.px));
        if (l.bold)
            w.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        w.writeAttribute(QStringLiteral("fill"), l.color.name());
        w.writeCharacters(l.text);
        w.writeEndElement();
    }
}

void paintLines(QPainter &p, const QVector<Line> &lines)
{
    for (const Line &l : lines) {
        p.setFont(fontOf(l.px, l.bold));
        p.setPen(l.color);
        p.drawText(l.pos, l.text);
    }
}

} // namespace

QRectF playFrameViewRect(
    const SceneModel &model, const QVector<int> &focus, const TourZoom &zoom, const QSizeF &area)
{
    const QRectF all
        = model.graphRect.isValid() ? model.graphRect.adjusted(-20, -20, 20, 20) : model.sceneRect;
    if (area.isEmpty() || all.isEmpty())
        return all;
    QRectF target;
    for (int s : focus)
        target |= nodeRect(model, s);
    if (zoom.mode == TourZoom::Mode::All || target.isEmpty())
        target = all;
    target.adjust(-40, -40, 40, 40);
    qreal scale = std::min(area.width() / target.width(), area.height() / target.height());
    if (zoom.mode != TourZoom::Mode::All)
        scale = std::min(scale, 1.0); // never closer than the labels' own size...
    if (zoom.mode == TourZoom::Mode::Factor)
        scale *= zoom.factor; // ...unless the tour asks for it
    // Not further out than the whole graph.
    scale = std::max(scale, std::min(area.width() / all.width(), area.height() / all.height()));
    QRectF view(QPointF(), QSizeF(area.width() / scale, area.height() / scale));
    view.moveCenter(target.center());
    // Keep the graph in view: shift into it where the graph is larger than the view, centre it where not.
    if (view.width() >= all.width())
        view.moveLeft(all.center().x() - view.width() / 2);
    else
        view.moveLeft(std::clamp(view.left(), all.left(), all.right() - view.width()));
    if (view.height() >= all.height())
        view.moveTop(all.center().y() - view.height() / 2);
    else
        view.moveTop(std::clamp(view.top(), all.top(), all.bottom() - view.height()));
    return view;
}

QByteArray writePlayFrameSvg(const PlayFrame &f)
{
    const Layout l = layoutFrame(f);
    const QRectF view = playFrameViewRect(f.model, f.focus, f.zoom, l.graph.size());
    QString svg = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
        "viewBox=\"0 0 %1 %2\" font-family=\"'DejaVu Sans', Verdana, sans-serif\">\n"
        "<title>%3</title>\n<rect width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n")
                      .arg(f.size.width())
                      .arg(f.size.height())
                      .arg(f.text.title.toHtmlEscaped());
    // The graph first, so that the header and the panel stay on top of anything it draws.
    svg += nestedGraphSvg(f, l.graph, view);

    QString overlay;
    QXmlStreamWriter w(&overlay);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("header"));
    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("width"), num(l.header.width()));
    w.writeAttribute(QStringLiteral("height"), num(l.header.height()));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));
    writeLines(w, l.headerLines);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("environment"));
    w.writeAttribute(QStringLiteral("data-step"), f.currentId);
    w.writeEmptyElement(QStringLiteral("rect"));
    const QRectF panel = l.panel.adjusted(-kMargin, -kMargin / 2, kMargin, kMargin / 2);
    w.writeAttribute(QStringLiteral("x"), num(panel.x()));
    w.writeAttribute(QStringLiteral("y"), num(panel.y()));
    w.writeAttribute(QStringLiteral("width"), num(panel.width()));
    w.writeAttribute(QStringLiteral("height"), num(panel.height()));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("#f7f7f7"));
    w.writeAttribute(QStringLiteral("stroke"), kRule.name());
    // Every tool, also those the panel has no room for.
    w.writeTextElement(
        QStringLiteral("desc"), QStringLiteral("Tools present: ") + f.text.tools.join(QStringLiteral(", ")));
    writeLines(w, l.panelLines);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("progress"));
    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("y"), num(l.progress.y()));
    w.writeAttribute(QStringLiteral("width"), num(l.progress.width()));
    w.writeAttribute(QStringLiteral("height"), num(l.progress.height()));
    w.writeAttribute(QStringLiteral("fill"), kRule.name());
    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("y"), num(l.progress.y()));
    w.writeAttribute(
        QStringLiteral("width"), num(l.progress.width() * (f.position + 1) / std::max(1, f.count)));
    w.writeAttribute(QStringLiteral("height"), num(l.progress.height()));
    w.writeAttribute(QStringLiteral("fill"), kAccent.name());
    w.writeEndElement();

    return (svg + overlay + QStringLiteral("\n</svg>\n")).toUtf8();
}

QImage renderPlayFrame(const PlayFrame &f)
{
    const Layout l = layoutFrame(f);
    const QRectF view = playFrameViewRect(f.model, f.focus, f.zoom, l.graph.size());
    QImage image(f.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // The graph, `view` fitted into the graph area.
    p.save();
    p.setClipRect(l.graph);
    const qreal scale = std::min(l.graph.width() / view.width(), l.graph.height() / view.height());
    p.translate(l.graph.center());
    p.scale(scale, scale);
    p.translate(-view.center());
    paintSceneModel(&p, f.model, scale);
    if (f.current >= 0) {
        const QRectF r = nodeRect(f.model, f.current).adjusted(-6, -6, 6, 6);
        p.setPen(QPen(kAccent, 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 8, 8);
    }
    p.restore();

    p.fillRect(l.header, Qt::white);
    paintLines(p, l.headerLines);
    const QRectF panel = l.panel.adjusted(-kMargin, -kMargin / 2, kMargin, kMargin / 2);
    p.setPen(kRule);
    p.setBrush(QColor(0xf7, 0xf7, 0xf7));
    p.drawRect(panel);
    paintLines(p, l.panelLines);
    p.fillRect(l.progress, kRule);
    QRectF done = l.progress;
    done.setWidth(l.progress.width() * (f.position + 1) / std::max(1, f.count));
    p.fillRect(done, kAccent);
    p.end();
    return image;
}

} // namespace Seedline::Cli

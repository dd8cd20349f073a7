// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenemodel.h"

#include "legenduse.h"

#include "highlight/palette.h"

#include <QFontMetricsF>
#include <QPen>
#include <QSet>
#include <QtMath>

#include <algorithm>

namespace Seedline {

namespace {

constexpr qreal margin = 24;
constexpr qreal legendGap = 32;
constexpr qreal legendPadding = 10;
constexpr qreal legendRowHeight = 20;
constexpr qreal legendMarkedRowHeight = 28; // a swatch with badges on its top edge
constexpr qreal swatchWidth = 44;
constexpr qreal swatchHeight = 14;

QFont makeFont(int pixelSize, bool bold = false)
{
    // DejaVu Sans is installed wherever Seedline is tested; the SVG names the same family with
    // sans-serif as the fallback.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

// A band's summary for the picture zoomed far out: it needs a family when one of its steps does.
void summariseBands(SceneModel &m)
{
    for (SceneModel::Band &band : m.bands) {
        const Palette palette = m.highlight.palette();
        StepStyle summary;
        summary.fill = palette.stepFill();
        summary.outline = palette.stepOutline();
        summary.text = palette.text();
        int shown = 0;
        for (int step : std::as_const(band.steps)) {
            const StepStyle s = m.stepStyle(step);
            if (s.hidden)
                continue;
            ++shown;
            for (const FamilyMark &mark : s.marks) {
                auto it = std::find_if(summary.marks.begin(), summary.marks.end(),
                                       [&mark](const FamilyMark &x) { return x.family == mark.family; });
                if (it == summary.marks.end()) {
                    FamilyMark copy = mark;
                    copy.member = false; // the band needs it, whoever provides it
                    summary.marks.append(copy);
                    it = summary.marks.end() - 1;
                    summary.requiredFamilies << mark.family;
                } else {
                    it->newly = it->newly && mark.newly;
                }
                if (mark.member && !summary.memberFamilies.contains(mark.family))
                    summary.memberFamilies << mark.family;
            }
        }
        for (FamilyMark &mark : summary.marks)
            mark.badge = (mark.newly ? QStringLiteral("+") : QString()) + familyBadge(mark.family);
        if (!summary.marks.isEmpty()) {
            summary.role = StepRole::RequiresFamily;
            summary.family = summary.marks.first().family;
            summary.fill = palette.familyTint(summary.family);
            summary.outline = palette.familyColor(summary.family);
            summary.outlineWidth = 2.4;
        }
        summary.hidden = shown == 0;
        band.summary = summary;
        band.summaryLabel = QStringLiteral("%1 \u00B7 %2").arg(band.title).arg(shown == 1 ? QStringLiteral("1 step")
                                                                                     : QStringLiteral("%1 steps").arg(shown));
    }
}

void layoutDecorations(SceneModel &m)
{
    const QRectF graph = m.geometry.bounds.isValid() ? m.geometry.bounds : QRectF(0, 0, 1, 1);
    m.graphRect = graph;
    QRectF all = graph;
    summariseBands(m);

    m.title = m.highlight.title;
    m.titleRect = QRectF();
    qreal aboveGraph = 16;
    if (!m.sources.isEmpty()) {
        QFont small = m.legendFont;
        small.setPixelSize(std::max(1, m.legendFont.pixelSize() - 2));
        const QFontMetricsF fm(small);
        const QRectF sourcesRect(graph.left(), graph.top() - fm.height() - aboveGraph, fm.horizontalAdvance(m.sources),
                                 fm.height());
        m.sourcesPos = QPointF(sourcesRect.left(), sourcesRect.top() + fm.ascent());
        all |= sourcesRect;
        aboveGraph += fm.height() + 4;
    }
    if (!m.caption.isEmpty()) {
        const QFontMetricsF fm(m.legendFont);
        const QRectF captionRect(graph.left(), graph.top() - fm.height() - aboveGraph, fm.horizontalAdvance(m.caption),
                                 fm.height());
        m.captionPos = QPointF(captionRect.left(), captionRect.top() + fm.ascent());
        all |= captionRect;
        aboveGraph += fm.height() + 6;
    }
    if (!m.title.isEmpty()) {
        const QFontMetricsF fm(m.titleFont);
        const qreal h = fm.height();
        m.titleRect = QRectF(graph.left(), graph.top() - h - aboveGraph, fm.horizontalAdvance(m.title), h);
        m.titlePos = QPointF(m.titleRect.left(), m.titleRect.top() + fm.ascent());
        all |= m.titleRect;
    }

    m.legendRows.clear();
    m.legendRect = QRectF();
    const QVector<LegendEntry> legend = usedLegend(m);
    if (!legend.isEmpty()) {
        const QFontMetricsF fm(m.legendFont);
        QFont headingFont = m.legendFont;
        headingFont.setBold(true);
        const QFontMetricsF hfm(headingFont);
        m.legendHeading = QStringLiteral("Legend (A \u2192 B: A needs B)");
        const qreal left = graph.right() + legendGap;
        const qreal top = graph.top();
        qreal textWidth = hfm.horizontalAdvance(m.legendHeading);
        m.legendHeadingPos = QPointF(left + legendPadding, top + legendPadding + hfm.ascent());
        qreal y = top + legendPadding + hfm.height() + 6;
        for (const LegendEntry &e : legend) {
            SceneModel::LegendRow row;
            row.entry = e;
            const qreal rowHeight = e.marks.isEmpty() ? legendRowHeight : legendMarkedRowHeight;
            const qreal cy = y + rowHeight - legendRowHeight / 2;
            row.swatch = QRectF(left + legendPadding, cy - swatchHeight / 2, swatchWidth, swatchHeight);
            row.textPos = QPointF(row.swatch.right() + 8, cy + (fm.ascent() - fm.descent()) / 2);
            textWidth = std::max(textWidth, swatchWidth + 8 + fm.horizontalAdvance(e.text));
            m.legendRows.append(row);
            y += rowHeight;
        }
        m.legendRect = QRectF(left, top, textWidth + 2 * legendPadding, y - top + legendPadding);
        all |= m.legendRect;
    }
    m.sceneRect = all.adjusted(-margin, -margin, margin, margin);
}

} // namespace

QString SceneModel::label(int step) const
{
    if (const GraphGeometry::Node *n = geometry.node(step); n && !n->label.isEmpty())
        return n->label;
    return chain && step >= 0 && step < chain->steps.size() ? stepDisplayLabel(chain->steps[step]) : QString();
}

StepStyle SceneModel::stepStyle(int step) const
{
    if (step >= 0 && step < highlight.steps.size())
        return highlight.steps[step];
    const Palette palette = highlight.palette();
    StepStyle s;
    s.fill = palette.stepFill();
    s.outline = palette.stepOutline();
    s.text = palette.text();
    return s;
}

EdgeStyle SceneModel::edgeStyle(int requirement) const
{
    if (requirement >= 0 && requirement < highlight.edges.size())
        return highlight.edges[requirement];
    EdgeStyle e;
    e.color = highlight.palette().edgeColor(RequirementKind::Declared);
    return e;
}

QStringList SceneModel::edgeEvidence(int requirement) const
{
    QStringList lines;
    auto describe = [](const Chain &c, const Requirement &r) {
        QString line = QStringLiteral("%1 %2 %3 (%4)")
                           .arg(c.steps.value(r.from).id,
                                r.kind == RequirementKind::Sequence ? QStringLiteral("comes after")
                                                                    : QStringLiteral("needs"),
                                c.steps.value(r.to).id, requirementKindName(r.kind));
        const QString ev = r.evidence.toString();
        if (!ev.isEmpty())
            line += QStringLiteral(": ") + ev;
        return line;
    };
    if (projection && requirement >= 0 && requirement < projection->requirementsOf.size()) {
        for (int e : projection->requirementsOf[requirement])
            lines << describe(projection->real, projection->real.requirements[e]);
    } else if (chain && requirement >= 0 && requirement < chain->requirements.size()) {
        lines << describe(*chain, chain->requirements[requirement]);
    }
    return lines;
}

QStringList SceneModel::stepClasses(int step) const
{
    const StepStyle s = stepStyle(step);
    QStringList classes{QStringLiteral("step")};
    for (const QString &f : s.memberFamilies)
        classes << QStringLiteral("family-") + f;
    for (const QString &f : s.requiredFamilies)
        classes << QStringLiteral("requires-") + f;
    for (const QString &f : s.newlyRequiredFamilies)
        classes << QStringLiteral("newly-requires-") + f;
    if (projection && projection->groupAt(step))
        classes << QStringLiteral("folded");
    if (s.selected)
        classes << QStringLiteral("selected");
    if (s.onWitnessPath)
        classes << QStringLiteral("witness");
    if (s.needed)
        classes << QStringLiteral("needed");
    if (s.needing)
        classes << QStringLiteral("needing");
    if (s.dimmed)
        classes << QStringLiteral("dimmed");
    return classes;
}

SceneModel buildSceneModel(ChainPtr chain, GraphGeometry geometry, HighlightResult highlight, const QString &caption,
                           const QString &sources)
{
    SceneModel m;
    m.caption = caption;
    m.sources = sources;
    m.chain = std::move(chain);
    m.geometry = std::move(geometry);
    if (m.chain && m.geometry.nodeOfStep.size() != m.chain->steps.size())
        m.geometry.reindex(int(m.chain->steps.size()));
    m.labelFont = makeFont(labelPixelSize);
    m.titleFont = makeFont(22, true);
    m.legendFont = makeFont(13);
    for (const GraphGeometry::Cluster &c : std::as_const(m.geometry.clusters))
        m.bands.append(SceneModel::Band{c.id, c.title, c.rect, c.titleRect, c.steps, {}, {}});
    restyleSceneModel(m, std::move(highlight));
    return m;
}

void restyleSceneModel(SceneModel &model, HighlightResult highlight)
{
    if (model.chain && highlight.steps.size() != model.chain->steps.size())
        highlight = plainHighlight(*model.chain, highlight.theme);
    model.highlight = std::move(highlight);
    layoutDecorations(model);
}

QFont badgeFont()
{
    return makeFont(9, true);
}

StepDecorations stepDecorations(const QRectF &box, const StepStyle &style, const Palette &palette, bool withBadges)
{
    StepDecorations d;
    if (style.marks.isEmpty())
        return d;
    constexpr qreal ringGap = 3.0;
    constexpr qreal badgeHeight = 12.0;
    constexpr qreal badgeGap = 2.0;
    // The outline already shows one needed family (the first one it does not provide).
    QString outlineFamily;
    for (const FamilyMark &m : style.marks) {
        if (!m.member) {
            outlineFamily = m.family;
            d.outlineDashed = m.newly && !style.selected && !style.onWitnessPath && !style.needed && !style.needing;
            break;
        }
    }
    qreal offset = 0;
    for (const FamilyMark &m : style.marks) {
        if (m.member || m.family == outlineFamily)
            continue;
        offset += ringGap;
        StepDecorations::Ring ring;
        ring.rect = box.adjusted(-offset, -offset, offset, offset);
        ring.color = m.color;
        ring.dashed = m.newly;
        d.rings.append(ring);
    }
    if (!withBadges)
        return d;
    const QFontMetricsF fm(badgeFont());
    qreal right = box.right() - 4;
    for (int i = int(style.marks.size()) - 1; i >= 0; --i) {
        const FamilyMark &m = style.marks[i];
        const qreal w = fm.horizontalAdvance(m.badge) + 6;
        StepDecorations::Badge b;
        b.rect = QRectF(right - w, box.top() - badgeHeight / 2 - offset, w, badgeHeight);
        b.fill = m.newly ? palette.background() : m.color;
        b.textColor = m.newly ? (palette.isDark() ? m.color : m.color.darker(130)) : Palette::textOn(m.color);
        b.text = m.badge;
        b.dashed = m.newly;
        d.badges.prepend(b);
        right -= w + badgeGap;
    }
    return d;
}

QPen edgePen(const EdgeStyle &style)
{
    QPen pen(style.color, style.width, style.penStyle, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(false);
    return pen;
}

QStringList fittedLabelLines(const QString &label, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines = label.split(u'\n');
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideMiddle, width);
    return lines;
}

} // namespace Seedline

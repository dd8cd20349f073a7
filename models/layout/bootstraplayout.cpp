// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The bootstrap layout: build order read like lines of text. Each stage is a titled block whose
// steps fill a grid row by row in build order; blocks follow each other like words on a line and
// wrap onto the next shelf. The number of grid columns is chosen so that the whole picture has
// the requested aspect ratio. Edges are drawn as curves from the step that needs to the step it
// needs; they do not shape the layout, so every kind can be shown or hidden without moving a step.
#include "layoutengine.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Seedline {

namespace {

constexpr double nodeHeight = 30;
constexpr double columnGap = 16;  // between cells of a block
constexpr double rowGap = 30;     // between rows of a block: room for curves and badges
constexpr double blockPadding = 12;
constexpr double titleHeight = 24;
constexpr double blockGap = 26;   // between blocks on a shelf
constexpr double shelfGap = 30;   // between shelves
constexpr double charWidth = 7.2; // DejaVu Sans at 12 px, on average

double labelWidth(const LayoutGraph::Node &n)
{
    if (n.widthInches > 0)
        return n.widthInches * 72.0;
    qsizetype longest = 0;
    for (const QStringView line : QStringView(n.label.isEmpty() ? n.id : n.label).split(u'\n'))
        longest = std::max(longest, line.size());
    return double(longest) * charWidth + 20.0;
}

struct Block
{
    int stage = -1;
    QVector<int> nodes;
    double titleWidth = 0;
    // placement
    int columns = 1;
    int rows = 1;
    double x = 0, y = 0, width = 0, height = 0;
};

struct Placement
{
    double width = 0, height = 0;
};

double contentWidth(int columns, double cellWidth)
{
    return columns * cellWidth + (columns - 1) * columnGap;
}

double blockHeight(int rows)
{
    return titleHeight + rows * nodeHeight + (rows - 1) * rowGap + blockPadding;
}

// Places the blocks on shelves for a grid of at most `maxColumns` columns; returns the extent.
Placement place(QVector<Block> &blocks, int maxColumns, double cellWidth)
{
    const double maxWidth = 2 * blockPadding + contentWidth(maxColumns, cellWidth);
    double x = 0, y = 0;
    double shelfHeight = 0;
    int shelfRows = 0;
    double widest = 0;
    bool shelfEmpty = true;
    for (Block &b : blocks) {
        const int n = int(b.nodes.size());
        auto fit = [&](int rows) {
            b.columns = std::max(1, int(std::ceil(double(n) / rows)));
            b.rows = std::max(1, int(std::ceil(double(n) / b.columns)));
            b.width = std::max(2 * blockPadding + contentWidth(b.columns, cellWidth), b.titleWidth);
            b.height = blockHeight(b.rows);
        };
        if (!shelfEmpty) {
            fit(shelfRows);
            if (b.columns <= maxColumns && x + blockGap + b.width <= maxWidth) {
                b.x = x + blockGap;
                b.y = y;
                x = b.x + b.width;
                shelfHeight = std::max(shelfHeight, b.height);
                widest = std::max(widest, x);
                continue;
            }
            y += shelfHeight + shelfGap;
        }
        shelfRows = std::max(1, int(std::ceil(double(n) / maxColumns)));
        fit(shelfRows);
        b.x = 0;
        b.y = y;
        x = b.width;
        shelfHeight = b.height;
        shelfEmpty = false;
        widest = std::max(widest, x);
    }
    return {widest, y + shelfHeight};
}

// `below`: an arc between boxes of one row goes under them (the first row of a block, whose
// space above is its title's).
LayoutResult::EdgeGeometry curve(const LayoutResult::NodeGeometry &tail, const LayoutResult::NodeGeometry &head,
                                 int spread, bool below)
{
    LayoutResult::EdgeGeometry e;
    const QPointF t = tail.center, h = head.center;
    const double halfT = tail.size.height() / 2, halfH = head.size.height() / 2;
    const double dx = h.x() - t.x();
    const double offset = spread * 5.0; // a little fan where several edges leave one box
    QPointF p0, p3, c1, c2;
    if (std::abs(h.y() - t.y()) < nodeHeight) {
        // The same row: an arc over (or under) the boxes in between, inside the gap between rows.
        const double lift = std::min(rowGap * 1.1, 12.0 + 0.12 * std::abs(dx)) * (below ? -1 : 1);
        const double side = below ? 1 : -1;
        p0 = QPointF(t.x() + (dx > 0 ? 1 : -1) * std::min(tail.size.width() / 4, 20.0) + offset, t.y() + side * halfT);
        p3 = QPointF(h.x() - (dx > 0 ? 1 : -1) * std::min(head.size.width() / 4, 20.0), h.y() + side * halfH);
        c1 = p0 + QPointF(0, -lift);
        c2 = p3 + QPointF(0, -lift);
    } else if (h.y() < t.y()) {
        // What it needs comes earlier: above.
        p0 = QPointF(t.x() + offset, t.y() - halfT);
        p3 = QPointF(h.x(), h.y() + halfH);
        const double k = std::max(24.0, 0.4 * (p0.y() - p3.y()));
        c1 = p0 + QPointF(0, -k);
        c2 = p3 + QPointF(0, k);
    } else {
        // Against the build order (a cycle from a what-if): below.
        p0 = QPointF(t.x() + offset, t.y() + halfT);
        p3 = QPointF(h.x(), h.y() - halfH);
        const double k = std::max(24.0, 0.4 * (p3.y() - p0.y()));
        c1 = p0 + QPointF(0, k);
        c2 = p3 + QPointF(0, -k);
    }
    e.points = {p0, c1, c2, p3};
    e.arrowTip = p3;
    return e;
}

} // namespace

LayoutResult bootstrapLayout(const LayoutGraph &graph, const LayoutOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    result.engine = QStringLiteral("bootstrap");
    const int n = int(graph.nodes.size());
    result.nodes.resize(n);
    result.edges.resize(graph.edges.size());

    // Blocks: the stages in order; nodes of no stage form blocks of their own between them.
    QVector<int> stageOf(n, -1);
    for (int s = 0; s < graph.stages.size(); ++s) {
        for (int k : graph.stages[s].nodes) {
            if (k >= 0 && k < n && stageOf[k] < 0)
                stageOf[k] = s;
        }
    }
    QVector<Block> blocks;
    for (int k = 0; k < n; ++k) {
        if (blocks.isEmpty() || blocks.last().stage != stageOf[k]) {
            Block b;
            b.stage = stageOf[k];
            const QString title = b.stage >= 0 ? graph.stages[b.stage].title : QString();
            b.titleWidth = title.isEmpty() ? 0 : title.size() * (charWidth + 0.6) + 2 * blockPadding;
            blocks.append(b);
        }
        blocks.last().nodes.append(k);
    }

    // One cell width for the whole picture: wide enough for nine labels in ten.
    QVector<double> widths;
    widths.reserve(n);
    for (const LayoutGraph::Node &node : graph.nodes)
        widths.append(labelWidth(node));
    std::sort(widths.begin(), widths.end());
    const double cellWidth = widths.isEmpty() ? 120.0
                                              : std::clamp(widths[std::min<qsizetype>(widths.size() - 1,
                                                                                    qsizetype(widths.size() * 0.9))],
                                                           96.0, 210.0);

    // The number of columns that gives the aspect ratio asked for.
    const double aspect = options.aspectRatio > 0 ? options.aspectRatio : 1.6;
    int bestColumns = 1;
    double bestScore = std::numeric_limits<double>::max();
    const int maxColumns = std::clamp(n, 1, 80);
    for (int c = 1; c <= maxColumns; ++c) {
        const Placement p = place(blocks, c, cellWidth);
        if (p.width <= 0 || p.height <= 0)
            continue;
        const double score = std::abs(std::log(p.width / p.height) - std::log(aspect));
        if (score < bestScore - 1e-9) {
            bestScore = score;
            bestColumns = c;
        }
    }
    const Placement extent = place(blocks, bestColumns, cellWidth);

    for (const Block &b : std::as_const(blocks)) {
        const double x0 = b.x + blockPadding;
        const double y0 = b.y + titleHeight;
        for (int i = 0; i < b.nodes.size(); ++i) {
            const int row = i / b.columns, column = i % b.columns;
            LayoutResult::NodeGeometry &g = result.nodes[b.nodes[i]];
            g.size = QSizeF(cellWidth, nodeHeight);
            g.center = QPointF(x0 + column * (cellWidth + columnGap) + cellWidth / 2,
                               y0 + row * (nodeHeight + rowGap) + nodeHeight / 2);
        }
        if (b.stage >= 0) {
            LayoutResult::Cluster c;
            c.id = graph.stages[b.stage].id;
            c.title = graph.stages[b.stage].title;
            c.rect = QRectF(b.x, b.y, b.width, b.height);
            c.titleRect = QRectF(b.x + blockPadding, b.y + 4, b.width - 2 * blockPadding, titleHeight - 6);
            c.nodes = b.nodes;
            result.clusters.append(c);
        }
    }

    // Edges: curves, fanned a little where several leave the same box.
    QVector<bool> firstRow(n, false);
    for (const Block &b : std::as_const(blocks))
        for (int i = 0; i < b.nodes.size() && i < b.columns; ++i)
            firstRow[b.nodes[i]] = true;
    QVector<int> leaving(n, 0);
    int forward = 0;
    for (int e = 0; e < graph.edges.size(); ++e) {
        const LayoutGraph::Edge &edge = graph.edges[e];
        if (edge.from < 0 || edge.to < 0 || edge.from >= n || edge.to >= n || edge.from == edge.to)
            continue;
        const int spread = (leaving[edge.from]++ % 5) - 2;
        result.edges[e] = curve(result.nodes[edge.from], result.nodes[edge.to], spread, firstRow[edge.from]);
        if (edge.to > edge.from)
            ++forward;
    }

    result.boundingBox = QRectF(0, 0, std::max(extent.width, 1.0), std::max(extent.height, 1.0));
    result.notes << QStringLiteral("bootstrap layout: %1 steps in build order, %2 stages, %3 columns, %4 × %5 pt")
                        .arg(n)
                        .arg(graph.stages.size())
                        .arg(bestColumns)
                        .arg(qRound(extent.width))
                        .arg(qRound(extent.height));
    if (forward > 0)
        result.notes << QStringLiteral("%1 requirements point forward in the build order (a cycle, often from a "
                                       "what-if): drawn below their step")
                            .arg(forward);
    result.ok = true;
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Seedline

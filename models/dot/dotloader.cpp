// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotloader.h"

#include "core/timinglog.h"
#include "dottext.h"
#include "graphvizglobal.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>

// Edge direction: DOT files written by dependency tools (guix graph, debtree, cargo-depgraph)
// draw "dependent -> dependency", so an edge `a -> b` is read as "a needs b to build":
// Requirement{from = a, to = b}. `nix-store --graph` is the exception: it draws
// "reference -> referrer"; a graph whose node names are all Nix store names is read reversed
// (with an Info diagnostic). Undirected edges `a -- b` are read as "a needs b".

namespace Seedline {

namespace {

using namespace Graphviz;

QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

struct ParsedMessage
{
    Severity severity;
    int line;
    QString message;
    QString near;
};

ParsedMessage parseMessage(const QString &raw)
{
    static const QRegularExpression lineRe(QStringLiteral("in line (\\d+)"));
    static const QRegularExpression nearRe(QStringLiteral("near '(.*)'"));
    ParsedMessage p{Severity::Error, 0, raw.trimmed(), {}};
    if (p.message.startsWith(QLatin1String("Warning:"))) {
        p.severity = Severity::Warning;
        p.message = p.message.mid(8).trimmed();
    } else if (p.message.startsWith(QLatin1String("Error:"))) {
        p.message = p.message.mid(6).trimmed();
    }
    if (p.message.startsWith(QLatin1String(": ")))
        p.message = p.message.mid(2);
    if (const auto m = lineRe.match(p.message); m.hasMatch())
        p.line = m.captured(1).toInt();
    if (const auto m = nearRe.match(p.message); m.hasMatch())
        p.near = m.captured(1);
    return p;
}

// Column of `near` in line `line` of the text (1-based, 0 if not found).
int columnOf(const QByteArray &text, int line, const QString &near)
{
    if (line <= 0 || near.isEmpty())
        return 0;
    qsizetype start = 0;
    for (int l = 1; l < line; ++l) {
        start = text.indexOf('\n', start);
        if (start < 0)
            return 0;
        ++start;
    }
    qsizetype end = text.indexOf('\n', start);
    if (end < 0)
        end = text.size();
    const QString lineText = QString::fromUtf8(text.mid(start, end - start));
    const qsizetype col = lineText.lastIndexOf(near);
    return col < 0 ? 0 : int(col) + 1;
}

// The attribute symbols declared for one kind of object, with their names as QString: looked up
// once per graph, not once per node or edge.
struct Symbol
{
    Agsym_t *sym;
    QString name;
};

QVector<Symbol> symbolsOf(Agraph_t *root, int kind)
{
    QVector<Symbol> out;
    for (Agsym_t *sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym))
        out.append(Symbol{sym, str(sym->name)});
    return out;
}

// Non-empty attribute values of one object, for the attribute symbols declared for `kind`.
QMap<QString, QString> attributesOf(const QVector<Symbol> &symbols, int kind, void *obj, QStringList *htmlNames)
{
    QMap<QString, QString> out;
    for (const Symbol &s : symbols) {
        char *value = agxget(obj, s.sym);
        if (!value || !*value)
            continue;
        if (s.name == QLatin1String("label") && std::strcmp(value, "\\N") == 0)
            continue;
        if (kind == AGRAPH && s.name == QLatin1String("charset"))
            continue; // the text is UTF-8 once loaded
        out.insert(s.name, str(value));
        if (htmlNames && aghtmlstr(value))
            htmlNames->append(s.name);
    }
    return out;
}

void collectClusters(Agraph_t *g, const QString &cluster, QHash<Agnode_t *, QString> &clusterOf,
                     QMap<QString, QString> &graphAttributes, int depth)
{
    if (depth > 200)
        return;
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        const QString name = str(agnameof(sub));
        QString inner = cluster;
        if (name.startsWith(QLatin1String("cluster"))) {
            inner = name;
            if (const char *label = agget(sub, const_cast<char *>("label")); label && *label)
                graphAttributes.insert(QStringLiteral("seedline:cluster-label:") + name, str(label));
            for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n))
                clusterOf.insert(n, name);
        }
        collectClusters(sub, inner, clusterOf, graphAttributes, depth + 1);
    }
}

void addDiagnostic(LoadResult &result, const QString &file, Severity severity, const QString &message,
                   int line = 0, int column = 0)
{
    result.diagnostics.append(Diagnostic{file, line, column, severity, message});
}

void buildChain(Agraph_t *g, const QString &fileName, const LoadOptions &options, LoadResult &result)
{
    Chain &chain = result.chain;
    const QString graphName = str(agnameof(g));
    if (!graphName.startsWith(u'%'))
        chain.title = graphName;
    chain.directed = agisdirected(g);
    chain.sources.append(ChainSource{ChainSource::Kind::Dot, fileName});
    QStringList graphHtml;
    chain.graphAttributes = attributesOf(symbolsOf(g, AGRAPH), AGRAPH, g, &graphHtml);
    if (agisstrict(g))
        chain.graphAttributes.insert(QStringLiteral("seedline:strict"), QStringLiteral("true"));
    if (!graphHtml.isEmpty())
        chain.graphAttributes.insert(QStringLiteral("seedline:html"), graphHtml.join(u','));

    QHash<Agnode_t *, QString> clusterOf;
    collectClusters(g, QString(), clusterOf, chain.graphAttributes, 0);

    const QVector<Symbol> nodeSymbols = symbolsOf(g, AGNODE);
    const QVector<Symbol> edgeSymbols = symbolsOf(g, AGEDGE);
    QHash<Agnode_t *, int> indexOf;
    indexOf.reserve(agnnodes(g));
    chain.steps.reserve(agnnodes(g));
    int storeNames = 0;
    const SourceFile file(fileName); // one for every step
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        Step step;
        step.id = str(agnameof(n));
        step.kind = StepKind::Build;
        step.origin = SourceRange{file, 0, 0};
        QStringList html;
        QMap<QString, QString> attributes = attributesOf(nodeSymbols, AGNODE, n, &html);
        if (!html.isEmpty())
            attributes.insert(QStringLiteral("seedline:html"), html.join(u','));
        if (const auto c = clusterOf.constFind(n); c != clusterOf.constEnd())
            attributes.insert(QStringLiteral("seedline:cluster"), *c);
        const QString rawLabel = attributes.value(QStringLiteral("label"));
        const QString shape = attributes.value(QStringLiteral("shape"));
        if (!attributes.isEmpty())
            step.details.edit().attributes = std::move(attributes);
        const bool record = shape == QLatin1String("record") || shape == QLatin1String("Mrecord");
        step.label = DotText::plainLabel(rawLabel, step.id, html.contains(QStringLiteral("label")), record);
        if (DotText::looksLikeStoreName(step.id))
            ++storeNames;
        // The name, unless it says nothing (numeric ids from guix graph and cargo-depgraph) or
        // only the label carries a version (a store hash as name).
        const QString fromName = DotText::stripStorePrefix(step.id).trimmed();
        const QString fromLabel = (rawLabel.isEmpty() || rawLabel == QLatin1String("\\N"))
                                      ? fromName
                                      : DotText::stripStorePrefix(step.label.section(u'\n', 0, 0)).trimmed();
        const bool numeric = !fromName.isEmpty() &&
                             std::all_of(fromName.cbegin(), fromName.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        const bool nameSaysNothing = numeric ||
                                     (DotText::splitNameVersion(fromName).second.isEmpty() &&
                                      !DotText::splitNameVersion(fromLabel).second.isEmpty());
        const QString nameSource = nameSaysNothing ? fromLabel : fromName;
        const auto [package, version] = DotText::splitNameVersion(nameSource);
        step.package = package;
        step.version = version;
        // Each distinct name is matched once (the three are usually one or two names).
        const QString labelName = DotText::splitNameVersion(fromLabel).first;
        step.families = options.families.familiesFor(package);
        for (const QString *name : {&nameSource, &labelName}) {
            if (*name == package || (name == &labelName && labelName == nameSource))
                continue;
            for (const QString &f : options.families.familiesFor(*name)) {
                if (!step.families.contains(f))
                    step.families << f;
            }
        }
        indexOf.insert(n, chain.addStep(std::move(step)));
    }

    const bool reverse = chain.directed && storeNames > 0 && storeNames == chain.steps.size();
    if (reverse)
        addDiagnostic(result, fileName, Severity::Info,
                      QStringLiteral("node names are Nix store paths (nix-store --graph): edges point from a "
                                     "dependency to the path that refers to it and are read reversed"));

    // Edges in file order.
    QVector<Agedge_t *> edges;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            edges.append(e);
    }
    std::sort(edges.begin(), edges.end(), [](Agedge_t *a, Agedge_t *b) { return AGSEQ(a) < AGSEQ(b); });
    QSet<quint64> seen;
    seen.reserve(edges.size());
    chain.requirements.reserve(edges.size());
    for (Agedge_t *e : std::as_const(edges)) {
        int from = indexOf.value(agtail(e), -1);
        int to = indexOf.value(aghead(e), -1);
        if (from < 0 || to < 0)
            continue;
        if (reverse)
            std::swap(from, to);
        if (from == to) {
            addDiagnostic(result, fileName, Severity::Warning,
                          QStringLiteral("edge from '%1' to itself ignored").arg(chain.steps[from].id));
            continue;
        }
        // Like Chain::addRequirement: one edge per (from, to); the first one's attributes win.
        const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Requirement r;
        r.from = from;
        r.to = to;
        r.kind = RequirementKind::Declared;
        r.evidence = Evidence{fileName, 0, 0,
                              chain.steps[from].id + (chain.directed ? QStringLiteral(" -> ") : QStringLiteral(" -- ")) +
                                  chain.steps[to].id};
        QStringList html;
        QMap<QString, QString> attributes = attributesOf(edgeSymbols, AGEDGE, e, &html);
        attributes.remove(QStringLiteral("key"));
        if (!html.isEmpty())
            attributes.insert(QStringLiteral("seedline:html"), html.join(u','));
        r.evidence.setAttributes(attributes);
        chain.requirements.append(std::move(r));
    }
}

} // namespace

LoadResult loadDot(const QByteArray &bytes, const QString &fileName, const LoadOptions &options)
{
    LoadResult result;
    if (bytes.size() > options.maxFileBytes) {
        addDiagnostic(result, fileName, Severity::Error,
                      QStringLiteral("file is %1 bytes, more than the limit of %2 bytes: not read")
                          .arg(bytes.size())
                          .arg(options.maxFileBytes));
        return result;
    }
    if (QByteArrayView(bytes).trimmed().isEmpty()) { // a view: no copy of the whole file
        addDiagnostic(result, fileName, Severity::Error,
                      QStringLiteral("empty file: expected a DOT graph such as 'digraph { a -> b }'"), 1, 1);
        return result;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const int line = int(bytes.left(nul).count('\n')) + 1;
        addDiagnostic(result, fileName, Severity::Error,
                      QStringLiteral("NUL byte at offset %1: this is not a DOT text file").arg(nul), line, 0);
        return result;
    }

    const DotText::DecodedInput input = DotText::decodeInput(bytes);
    if (input.convertedFromLatin1 && !input.declaredLatin1)
        addDiagnostic(result, fileName, Severity::Warning,
                      QStringLiteral("the file is not valid UTF-8: read as Latin-1 (ISO 8859-1)"));

    std::lock_guard lock(graphvizMutex());
    ErrorCapture errors;
    int extraGraphs = 0;
    int firstMessageCount = 0;
    PhaseTimer timer("DOT: parse (cgraph)");
    GraphHandle graph = readGraph(input.utf8, &extraGraphs, &firstMessageCount, GraphMemory::Arena);
    timer.lap("DOT: parse (cgraph)");
    const QStringList allMessages = errors.messages();

    for (qsizetype i = 0; i < allMessages.size(); ++i) {
        ParsedMessage p = parseMessage(allMessages[i]);
        if (i >= firstMessageCount && p.severity == Severity::Error)
            p.severity = Severity::Warning; // after the first graph: not fatal for what we read
        addDiagnostic(result, fileName, p.severity, p.message, p.line, columnOf(input.utf8, p.line, p.near));
    }
    if (!graph) {
        if (!hasErrors(result.diagnostics))
            addDiagnostic(result, fileName, Severity::Error,
                          QStringLiteral("no graph found: expected 'digraph NAME { ... }' or 'graph NAME { ... }'"), 1,
                          1);
        return result;
    }
    if (extraGraphs > 0)
        addDiagnostic(result, fileName, Severity::Warning,
                      QStringLiteral("the file holds %1 graphs: only the first one is loaded").arg(extraGraphs + 1));

    buildChain(graph.get(), fileName, options, result);
    timer.lap("DOT: build the chain");
    if (!result.chain.directed)
        addDiagnostic(result, fileName, Severity::Warning,
                      QStringLiteral("undirected graph: edges have no direction and 'a -- b' is read as "
                                     "\"a needs b\" (first needs second)"));
    return result;
}

} // namespace Seedline

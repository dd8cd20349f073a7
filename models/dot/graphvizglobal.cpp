// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizglobal.h"

#include <QByteArray>
#include <QStringList>

#include <cstring>

// cgraph's flex scanner (prefix "aag") keeps its start condition (inside a quoted string, an HTML
// string, a comment) across agread calls: after an input that ends inside a string the next,
// unrelated input would be lexed from inside that string. yylex_destroy resets all of it. It is
// exported by libcgraph but not declared in its headers: declared weak, so that a Graphviz
// without it still links (and then only misses the reset).
extern "C" int aaglex_destroy(void) __attribute__((weak));

namespace Seedline::Graphviz {

namespace {
// Guarded by graphvizMutex(): only one ErrorCapture exists at a time.
QByteArray s_pending;
QStringList s_messages;

int collectError(char *text)
{
    if (!text)
        return 0;
    s_pending += text;
    qsizetype nl;
    while ((nl = s_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(s_pending.left(nl)).trimmed();
        s_pending.remove(0, nl + 1);
        if (!line.isEmpty() && s_messages.size() < 1000)
            s_messages << line;
    }
    return 0;
}
// Reading bytes from memory, one line at a time like fgets (what cgraph's lexer expects).
struct MemoryReader
{
    const char *data = nullptr;
    qsizetype size = 0;
    qsizetype pos = 0;
};

int readMemory(void *chan, char *buf, int bufsize)
{
    auto *r = static_cast<MemoryReader *>(chan);
    if (bufsize <= 1 || r->pos >= r->size)
        return 0;
    const qsizetype avail = std::min<qsizetype>(r->size - r->pos, bufsize - 1);
    const void *nl = std::memchr(r->data + r->pos, '\n', size_t(avail));
    const qsizetype n = nl ? (static_cast<const char *>(nl) - (r->data + r->pos)) + 1 : avail;
    std::memcpy(buf, r->data + r->pos, size_t(n));
    buf[n] = '\0';
    r->pos += n;
    return int(n);
}
} // namespace

namespace {
void resetLexer()
{
    if (aaglex_destroy)
        aaglex_destroy();
}

// True if cgraph reported, since the first `since` messages, that its parser ran out of stack.
bool parserExhausted(qsizetype since)
{
    for (qsizetype i = since; i < s_messages.size(); ++i) {
        if (s_messages.at(i).contains(QLatin1String("memory exhausted")))
            return true;
    }
    return s_pending.contains("memory exhausted");
}

// Bison gives up on input nested deeper than its stack ("memory exhausted", e.g. 20,000 '{')
// without running cgraph's error rule, so cgraph's parser keeps its static stack of open
// (sub)graphs: records allocated in the memory of the graph being read, which the next parse
// pushes onto and walks and frees when it ends. An arena frees those records with the graph, and
// the next parse then reads and writes freed memory (a crash in the next load, now and then). A
// parse of an empty graph with the same memory discipline, while that graph is still open, walks
// and empties the stack; the lexer is reset around it. Call before the exhausted graph is closed.
void drainParser(Agdisc_t *disc)
{
    resetLexer();
    static const char empty[] = "digraph{}\n";
    MemoryReader reader{empty, qsizetype(sizeof(empty) - 1), 0};
    GraphHandle drained(agread(&reader, disc));
    resetLexer();
}
} // namespace

GraphHandle readGraph(const QByteArray &utf8, int *extraGraphs, int *messagesAfterFirst, GraphMemory memory)
{
    resetLexer();
    MemoryReader reader{utf8.constData(), utf8.size(), 0};
    Agiodisc_t io = AgIoDisc;
    io.afread = &readMemory;
    Agdisc_t disc{memory == GraphMemory::Arena ? &ArenaMemDisc : &AgMemDisc, &AgIdDisc, &io};
    agsetfile(nullptr); // resets cgraph's line counter
    qsizetype before = s_messages.size();
    GraphHandle graph(agread(&reader, &disc));
    if (messagesAfterFirst)
        *messagesAfterFirst = int(s_messages.size());
    bool exhausted = parserExhausted(before);
    if (exhausted)
        drainParser(&disc); // and the rest of the input, read from inside the nesting, is not read
    int extra = 0;
    // agread returns null at the end of the input (or on an error) and then flushes the lexer.
    for (int i = 0; graph && !exhausted && i < 100000; ++i) {
        before = s_messages.size();
        GraphHandle next(agread(&reader, &disc));
        exhausted = parserExhausted(before);
        if (exhausted)
            drainParser(&disc);
        if (!next)
            break;
        ++extra;
    }
    if (extraGraphs)
        *extraGraphs = extra;
    resetLexer();
    return graph;
}

std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

ErrorCapture::ErrorCapture()
{
    s_pending.clear();
    s_messages.clear();
    m_previousLevel = agseterr(AGWARN);
    m_previous = agseterrf(&collectError);
    agreseterrors();
}

ErrorCapture::~ErrorCapture()
{
    agseterrf(m_previous);
    agseterr(agerrlevel_t(m_previousLevel));
    agreseterrors();
}

QStringList ErrorCapture::messages() const
{
    QStringList out = s_messages;
    const QString rest = QString::fromUtf8(s_pending).trimmed();
    if (!rest.isEmpty())
        out << rest;
    return out;
}

} // namespace Seedline::Graphviz

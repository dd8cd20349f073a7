// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// seedline-kf5-highlighter: highlights the documents Seedline's source pane shows with
// KF5SyntaxHighlighting, line by line, keeping each line's state, so that an edit is answered
// with the lines it changed (usually one). Reads requests from stdin and answers on stdout
// (models/source/highlighting/helperprotocol.h); ends at the end of stdin.
//
//   seedline-kf5-highlighter [--definitions DIR]   DIR holds syntax/*.xml (Seedline's own definitions)
#include "helperprotocol.h"
#include "lineengine.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

using namespace Seedline;

namespace {

constexpr qint64 maxPayload = 64 * 1024 * 1024;

class Output
{
public:
    void line(const QByteArray &text)
    {
        m_buffer += text;
        m_buffer += '\n';
    }
    void payload(const QByteArray &bytes) { m_buffer += bytes; }
    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), stdout);
        std::fflush(stdout);
        m_buffer.clear();
    }

private:
    QByteArray m_buffer;
};

QByteArray colour(const QColor &c)
{
    return c.isValid() ? c.name(QColor::HexArgb).toLatin1() : QByteArrayLiteral("-");
}

class Helper
{
public:
    explicit Helper(const QString &definitions)
    {
        if (!definitions.isEmpty())
            m_repository.addCustomSearchPath(definitions);
        m_theme = m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    }

    void hello()
    {
        m_out.line("hello " + QByteArray::number(HelperProtocol::version) + ' ' + QByteArrayLiteral(KF5_VERSION_STRING)
                   + ' ' + QByteArray::number(m_repository.definitions().size()));
        m_out.flush();
    }

    bool handle(const QList<QByteArray> &words, const QByteArray &payload)
    {
        const QByteArray &command = words.value(0);
        if (command == "theme") {
            const bool dark = words.value(1) == "dark";
            m_theme = m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
            m_sent.clear();
            m_out.line("reset");
            for (auto &[id, doc] : m_docs) {
                doc.engine->setTheme(m_theme);
                const LineEngine::Range r = doc.engine->rehighlightAll();
                send(id, doc, r);
            }
        } else if (command == "open") {
            const int id = words.value(1).toInt();
            const QString fileName = QString::fromUtf8(QByteArray::fromBase64(words.value(2)));
            const QString name = words.value(3) == "-" ? QString() : QString::fromUtf8(QByteArray::fromBase64(words.value(3)));
            Document &doc = m_docs[id];
            doc.engine = std::make_unique<LineEngine>();
            doc.engine->setTheme(m_theme);
            KSyntaxHighlighting::Definition def = m_repository.definitionForFileName(fileName);
            if (!def.isValid() && !name.isEmpty())
                def = m_repository.definitionForName(name);
            if (!def.isValid()) {
                m_out.line("error " + words.value(1) + ' '
                           + QStringLiteral("no syntax definition for %1").arg(name.isEmpty() ? fileName : name).toUtf8().toBase64());
            } else {
                doc.engine->setDefinition(def);
                m_out.line("opened " + words.value(1) + ' ' + def.name().toUtf8().toBase64());
            }
        } else if (command == "edit") {
            const int id = words.value(1).toInt();
            auto it = m_docs.find(id);
            if (it == m_docs.end())
                return true;
            Document &doc = it->second;
            doc.seq = words.value(2).toLongLong();
            const int first = words.value(3).toInt();
            const int removed = words.value(4).toInt();
            const int inserted = words.value(5).toInt();
            QStringList lines = QString::fromUtf8(payload).split(u'\n');
            if (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast(); // each line is followed by '\n'
            while (lines.size() < inserted)
                lines << QString();
            if (lines.size() > inserted)
                lines = lines.mid(0, inserted);
            send(id, doc, doc.engine->edit(first, removed, lines));
        } else if (command == "close") {
            m_docs.erase(words.value(1).toInt());
        } else if (command == "quit") {
            return false;
        }
        return true;
    }

    void flush() { m_out.flush(); }

private:
    struct Document
    {
        std::unique_ptr<LineEngine> engine;
        qint64 seq = 0;
    };

    void sendStyle(quint16 id, const KSyntaxHighlighting::Format &f)
    {
        if (m_sent.contains(id))
            return;
        m_sent.insert(id);
        QByteArray flags;
        if (f.isBold(m_theme))
            flags += 'b';
        if (f.isItalic(m_theme))
            flags += 'i';
        if (f.isUnderline(m_theme))
            flags += 'u';
        if (f.isStrikeThrough(m_theme))
            flags += 'z';
        m_out.line("style " + QByteArray::number(id) + ' '
                   + (f.hasTextColor(m_theme) ? colour(f.textColor(m_theme)) : QByteArrayLiteral("-")) + ' '
                   + (f.hasBackgroundColor(m_theme) ? colour(f.backgroundColor(m_theme)) : QByteArrayLiteral("-"))
                   + ' ' + (flags.isEmpty() ? QByteArrayLiteral("-") : flags));
    }

    void send(int id, const Document &doc, const LineEngine::Range &range)
    {
        QByteArray body;
        const auto &formats = doc.engine->formats();
        for (int line = range.first; line < range.end; ++line) {
            bool firstSpan = true;
            for (const LineEngine::Span &s : doc.engine->spans(line)) {
                sendStyle(s.format, formats.value(s.format));
                if (!firstSpan)
                    body += ' ';
                firstSpan = false;
                body += QByteArray::number(s.start) + ':' + QByteArray::number(s.length) + ':' + QByteArray::number(s.format);
            }
            body += '\n';
        }
        m_out.line("lines " + QByteArray::number(id) + ' ' + QByteArray::number(doc.seq) + ' '
                   + QByteArray::number(range.first) + ' ' + QByteArray::number(range.end - range.first) + ' '
                   + QByteArray::number(body.size()));
        m_out.payload(body);
    }

    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Theme m_theme;
    std::map<int, Document> m_docs;
    QSet<quint16> m_sent;
    Output m_out;
};

bool readLine(QByteArray *line)
{
    line->clear();
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF)
            return !line->isEmpty();
        if (c == '\n')
            return true;
        if (line->size() > 4096)
            return false; // no request line is this long: not our client
        *line += char(c);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QString definitions;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--definitions" && i + 1 < argc) {
            definitions = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--version") {
            std::printf("%s %s (KF5SyntaxHighlighting %s)\n", HelperProtocol::programName,
                        QByteArray::number(HelperProtocol::version).constData(), KF5_VERSION_STRING);
            return 0;
        } else {
            std::fprintf(stderr, "usage: %s [--definitions DIR]\n", HelperProtocol::programName);
            return 2;
        }
    }
    Helper helper(definitions);
    helper.hello();
    QByteArray request;
    while (readLine(&request)) {
        const QList<QByteArray> words = request.split(' ');
        QByteArray payload;
        if (words.value(0) == "edit") {
            const qint64 size = words.value(6).toLongLong();
            if (size < 0 || size > maxPayload)
                return 2;
            payload.resize(qsizetype(size));
            if (size > 0 && std::fread(payload.data(), 1, size_t(size), stdin) != size_t(size))
                return 2;
        }
        if (!helper.handle(words, payload))
            break;
        // Answer once the requests that are already waiting are done: a burst of keystrokes costs
        // one write.
        helper.flush();
    }
    helper.flush();
    return 0;
}

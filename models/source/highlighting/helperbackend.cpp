// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helperbackend.h"

#include "helperprotocol.h"
#include "source/sourcelog.h"

#include "seedline-config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace Seedline {

namespace {

constexpr qint64 maxAnswerBytes = 128 * 1024 * 1024;

// An edit not yet answered: later answers' line numbers are moved through it.
struct PendingEdit
{
    qint64 seq = 0;
    int first = 0;
    int removed = 0;
    int inserted = 0;
};

} // namespace

// One document in the helper.
class HelperSession : public HighlightSession
{
public:
    HelperSession(HelperHighlightBackend *backend, const SyntaxChoice &syntax, bool dark)
        : m_backend(backend)
    {
        m_backend->setDark(dark);
        m_id = m_backend->attach(this);
        m_backend->send("open " + QByteArray::number(m_id) + ' ' + syntax.fileName.toUtf8().toBase64() + ' '
                        + (syntax.definitionName.isEmpty() ? QByteArrayLiteral("-")
                                                           : syntax.definitionName.toUtf8().toBase64()));
    }
    ~HelperSession() override
    {
        if (m_backend)
            m_backend->detach(m_id);
    }

    void updateLines(int first, int removed, const QStringList &inserted) override
    {
        if (!m_backend)
            return;
        first = std::clamp(first, 0, int(m_lines.size()));
        removed = std::clamp(removed, 0, int(m_lines.size()) - first);
        m_lines.remove(first, removed);
        for (int i = 0; i < inserted.size(); ++i)
            m_lines.insert(first + i, inserted[i]);
        const PendingEdit edit{++m_seq, first, removed, int(inserted.size())};
        m_pending << edit;
        QByteArray payload;
        for (const QString &line : inserted) {
            payload += line.toUtf8();
            payload += '\n';
        }
        m_backend->send("edit " + QByteArray::number(m_id) + ' ' + QByteArray::number(edit.seq) + ' '
                            + QByteArray::number(first) + ' ' + QByteArray::number(removed) + ' '
                            + QByteArray::number(inserted.size()) + ' ' + QByteArray::number(payload.size()),
                        payload);
    }

    void setDark(bool dark) override
    {
        if (m_backend)
            m_backend->setDark(dark);
    }

    // An answer: lines [first, first + spans.size()) as they were after edit `seq`.
    void deliver(qint64 seq, int first, const QVector<QVector<StyledSpan>> &spans, const QVector<TextStyle> &styles)
    {
        while (!m_pending.isEmpty() && m_pending.first().seq <= seq)
            m_pending.removeFirst();
        HighlightBatch batch;
        batch.styles = styles;
        auto flush = [&] {
            if (!batch.lines.isEmpty())
                Q_EMIT highlighted(batch);
            batch.lines.clear();
        };
        int expected = -1;
        for (int i = 0; i < spans.size(); ++i) {
            int line = first + i;
            // Where that line is now, after the edits sent since (gone when one of them replaced it).
            for (const PendingEdit &e : std::as_const(m_pending)) {
                if (line < e.first)
                    continue;
                if (line < e.first + e.removed) {
                    line = -1;
                    break;
                }
                line += e.inserted - e.removed;
            }
            if (line < 0 || line >= m_lines.size()) {
                flush();
                expected = -1;
                continue;
            }
            if (line != expected) {
                flush();
                batch.first = line;
            }
            batch.lines.append({lineHash(m_lines.at(line)), spans.at(i)});
            expected = line + 1;
        }
        flush();
    }

    void fail(const QString &why) { Q_EMIT failed(why); }
    void detachBackend() { m_backend = nullptr; }

private:
    QPointer<HelperHighlightBackend> m_backend;
    int m_id = 0;
    qint64 m_seq = 0;
    QStringList m_lines;
    QVector<PendingEdit> m_pending;
};

HelperHighlightBackend::HelperHighlightBackend(const QString &program, const QString &definitionsDir, QObject *parent)
    : HighlightBackend(parent)
    , m_program(program)
    , m_definitions(definitionsDir)
{
}

HelperHighlightBackend::~HelperHighlightBackend()
{
    for (const QPointer<HelperSession> &s : std::as_const(m_sessions)) {
        if (s)
            s->detachBackend();
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->closeWriteChannel(); // the helper ends at the end of its input
        if (!m_process->waitForFinished(500))
            m_process->kill();
        m_process->waitForFinished(500);
    }
}

QString HelperHighlightBackend::name() const
{
    return QStringLiteral("seedline-kf5-highlighter (KF5SyntaxHighlighting %1, line by line)")
        .arg(m_version.isEmpty() ? QStringLiteral("5") : m_version);
}

QString HelperHighlightBackend::findProgram()
{
    const QString name = QLatin1String(HelperProtocol::programName);
    const QString override = qEnvironmentVariable("SEEDLINE_KF5_HIGHLIGHTER");
    QStringList candidates;
    if (!override.isEmpty())
        candidates << override;
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + u'/' + name << QDir::cleanPath(appDir + QStringLiteral("/../libexec/seedline/") + name)
               << QStringLiteral(SEEDLINE_KF5_HIGHLIGHTER_INSTALLED) << QStringLiteral(SEEDLINE_KF5_HIGHLIGHTER_BUILT);
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (!candidate.isEmpty() && info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

std::unique_ptr<HighlightSession> HelperHighlightBackend::createSession(const SyntaxChoice &syntax, bool dark)
{
    start();
    return std::make_unique<HelperSession>(this, syntax, dark);
}

void HelperHighlightBackend::start()
{
    if (m_process || m_failed)
        return;
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    QStringList arguments;
    if (!m_definitions.isEmpty())
        arguments << QStringLiteral("--definitions") << m_definitions;
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &HelperHighlightBackend::readAnswers);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        fail(status == QProcess::CrashExit ? QStringLiteral("%1 crashed").arg(m_program)
                                           : QStringLiteral("%1 ended (exit code %2)").arg(m_program).arg(code));
    });
    m_process->start(QIODevice::ReadWrite);
}

void HelperHighlightBackend::send(const QByteArray &line, const QByteArray &payload)
{
    if (!m_process || m_failed)
        return;
    m_process->write(line + '\n' + payload);
}

void HelperHighlightBackend::setDark(bool dark)
{
    if (m_themeSent && dark == m_dark)
        return;
    m_dark = dark;
    m_themeSent = true;
    start();
    send(dark ? QByteArrayLiteral("theme dark") : QByteArrayLiteral("theme light"));
}

int HelperHighlightBackend::attach(HelperSession *session)
{
    const int id = m_nextId++;
    m_sessions.insert(id, session);
    return id;
}

void HelperHighlightBackend::detach(int id)
{
    m_sessions.remove(id);
    send("close " + QByteArray::number(id));
}

void HelperHighlightBackend::readAnswers()
{
    m_in += m_process->readAllStandardOutput();
    if (m_in.size() > maxAnswerBytes) {
        fail(QStringLiteral("%1 wrote more than %2 MB unasked").arg(m_program).arg(maxAnswerBytes / (1024 * 1024)));
        return;
    }
    qsizetype at = 0;
    for (;;) {
        const qsizetype newline = m_in.indexOf('\n', at);
        if (newline < 0)
            break;
        const QList<QByteArray> words = m_in.mid(at, newline - at).split(' ');
        qsizetype next = newline + 1;
        QByteArray payload;
        if (words.value(0) == "lines") {
            const qint64 size = words.value(5).toLongLong();
            if (size < 0 || size > maxAnswerBytes) {
                fail(QStringLiteral("%1 does not speak Seedline's protocol").arg(m_program));
                return;
            }
            if (m_in.size() - next < size)
                break; // the rest of the payload is still on its way
            payload = m_in.mid(next, qsizetype(size));
            next += qsizetype(size);
        }
        at = next;
        if (!handle(words, payload))
            return;
    }
    m_in.remove(0, at);
}

bool HelperHighlightBackend::handle(const QList<QByteArray> &words, const QByteArray &payload)
{
    const QByteArray &command = words.value(0);
    if (command == "hello") {
        if (words.value(1).toInt() != HelperProtocol::version) {
            fail(QStringLiteral("%1 speaks protocol %2, Seedline %3")
                     .arg(m_program, QString::fromLatin1(words.value(1)))
                     .arg(HelperProtocol::version));
            return false;
        }
        m_ready = true;
        m_version = QString::fromLatin1(words.value(2));
        qCDebug(lcSource) << "KF5 helper ready:" << m_version << words.value(3) << "definitions";
    } else if (command == "style") {
        TextStyle style;
        if (words.value(2) != "-")
            style.foreground = QColor(QString::fromLatin1(words.value(2)));
        if (words.value(3) != "-")
            style.background = QColor(QString::fromLatin1(words.value(3)));
        const QByteArray flags = words.value(4);
        style.bold = flags.contains('b');
        style.italic = flags.contains('i');
        style.underline = flags.contains('u');
        style.strikeOut = flags.contains('z');
        const int id = words.value(1).toInt();
        if (auto it = m_styleIndex.constFind(id); it != m_styleIndex.cend()) {
            m_styles[*it] = style;
        } else {
            m_styleIndex.insert(id, int(m_styles.size()));
            m_styles << style;
        }
    } else if (command == "reset") {
        m_styleIndex.clear();
        m_styles.clear();
    } else if (command == "lines") {
        const QPointer<HelperSession> session = m_sessions.value(words.value(1).toInt());
        if (!session)
            return true;
        const qint64 seq = words.value(2).toLongLong();
        const int first = words.value(3).toInt();
        const int count = words.value(4).toInt();
        QVector<QVector<StyledSpan>> lines;
        lines.reserve(count);
        for (const QByteArray &text : payload.split('\n')) {
            if (lines.size() == count)
                break;
            QVector<StyledSpan> spans;
            for (const QByteArray &item : text.split(' ')) {
                const QList<QByteArray> parts = item.split(':');
                if (parts.size() != 3)
                    continue;
                const int style = m_styleIndex.value(parts[2].toInt(), -1);
                if (style >= 0)
                    spans.append({parts[0].toInt(), parts[1].toInt(), style});
            }
            lines << spans;
        }
        session->deliver(seq, first, lines, m_styles);
    } else if (command == "error") {
        const QString message = QString::fromUtf8(QByteArray::fromBase64(words.value(2)));
        if (const QPointer<HelperSession> session = m_sessions.value(words.value(1).toInt()))
            session->fail(message);
        else
            qCWarning(lcSource) << m_program << message;
    }
    return true;
}

void HelperHighlightBackend::fail(const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcSource) << why;
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
    }
    Q_EMIT broken(why);
}

} // namespace Seedline

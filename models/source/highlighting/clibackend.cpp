// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clibackend.h"

#include "katehtml.h"
#include "source/sourcelog.h"

#include "seedline-config.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace Seedline {

namespace {

constexpr int runTimeoutMs = 20000;

// The tool writes about 30 bytes of HTML per input byte at most; a flood beyond this is stopped.
qint64 outputLimit(qint64 inputBytes)
{
    return 64 * inputBytes + 1024 * 1024;
}

class CliSession : public HighlightSession
{
public:
    CliSession(CliHighlightBackend *backend, const SyntaxChoice &syntax, bool dark)
        : m_backend(backend)
        , m_syntax(syntax)
        , m_dark(dark)
    {
        m_debounce.setSingleShot(true);
        connect(&m_debounce, &QTimer::timeout, this, &CliSession::run);
    }
    ~CliSession() override
    {
        if (m_process) {
            m_process->disconnect(this);
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }

    void updateLines(int first, int removed, const QStringList &inserted) override
    {
        first = std::clamp(first, 0, int(m_lines.size()));
        removed = std::clamp(removed, 0, int(m_lines.size()) - first);
        m_lines.remove(first, removed);
        for (int i = 0; i < inserted.size(); ++i)
            m_lines.insert(first + i, inserted[i]);
        schedule(m_started ? m_backend->debounce() : 0);
        m_started = true;
    }

    void setDark(bool dark) override
    {
        if (dark == m_dark)
            return;
        m_dark = dark;
        schedule(0);
    }

private:
    void schedule(int ms)
    {
        m_dirty = true;
        if (!m_process)
            m_debounce.start(ms);
    }

    QString syntaxArgument() const
    {
        return m_syntax.definitionName.isEmpty() ? m_syntax.fileName : m_syntax.definitionName;
    }

    void run()
    {
        if (m_process || !m_dirty)
            return;
        m_dirty = false;
        m_out.clear();
        m_err.clear();
        m_input = m_lines.join(u'\n').toUtf8() + '\n';
        m_process = new QProcess(this);
        m_process->setProcessEnvironment(m_backend->environment());
        m_process->setProgram(m_backend->program());
        m_process->setArguments({QStringLiteral("--stdin"), QStringLiteral("-s"), syntaxArgument(),
                                 QStringLiteral("-f"), QStringLiteral("html"), QStringLiteral("-t"),
                                 m_dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light")});
        connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
            m_out += m_process->readAllStandardOutput();
            if (m_out.size() > outputLimit(m_input.size()))
                stop(QStringLiteral("kate-syntax-highlighter wrote more than %1 MB and was stopped")
                         .arg(outputLimit(m_input.size()) / (1024 * 1024)));
        });
        connect(m_process, &QProcess::readyReadStandardError, this, [this] {
            const QByteArray bytes = m_process->readAllStandardError();
            if (m_err.size() < 4096)
                m_err += bytes.left(4096 - m_err.size());
        });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                stop(QStringLiteral("cannot run %1: %2").arg(m_backend->program(), m_process->errorString()), true);
        });
        connect(m_process, &QProcess::finished, this, &CliSession::finished);
        m_timer.start();
        m_process->start(QIODevice::ReadWrite);
        m_process->write(m_input);
        m_process->closeWriteChannel();
        QTimer::singleShot(runTimeoutMs, m_process, [this] {
            stop(QStringLiteral("kate-syntax-highlighter did not finish within %1 s").arg(runTimeoutMs / 1000));
        });
    }

    void stop(const QString &why, bool backendBroken = false)
    {
        if (!m_process)
            return;
        QProcess *process = std::exchange(m_process, nullptr);
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
        process->deleteLater();
        qCWarning(lcSource) << why;
        if (backendBroken)
            Q_EMIT m_backend->broken(why);
        else
            Q_EMIT failed(why);
    }

    void finished(int exitCode, QProcess::ExitStatus status)
    {
        QProcess *process = std::exchange(m_process, nullptr);
        m_out += process->readAllStandardOutput();
        process->deleteLater();
        if (status != QProcess::NormalExit || exitCode != 0) {
            const QString err = QString::fromUtf8(m_err).trimmed();
            Q_EMIT failed(status != QProcess::NormalExit
                              ? QStringLiteral("kate-syntax-highlighter crashed")
                              : QStringLiteral("kate-syntax-highlighter cannot highlight %1: %2")
                                    .arg(syntaxArgument(), err.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode) : err));
            return;
        }
        ParsedHighlight parsed = parseKateHtml(m_out);
        m_out.clear();
        if (!parsed.error.isEmpty()) {
            Q_EMIT failed(parsed.error);
            return;
        }
        qCDebug(lcSource) << "kate-syntax-highlighter:" << m_input.size() << "bytes in" << m_timer.elapsed() << "ms";
        HighlightBatch batch;
        batch.first = 0;
        batch.lines = std::move(parsed.lines);
        batch.styles = std::move(parsed.styles);
        Q_EMIT highlighted(batch);
        if (m_dirty)
            m_debounce.start(m_backend->debounce()); // edited while it ran
    }

    CliHighlightBackend *m_backend;
    SyntaxChoice m_syntax;
    bool m_dark;
    QStringList m_lines;
    QByteArray m_input;
    QByteArray m_out;
    QByteArray m_err;
    QProcess *m_process = nullptr;
    QTimer m_debounce;
    QElapsedTimer m_timer;
    bool m_dirty = false;
    bool m_started = false;
};

} // namespace

CliHighlightBackend::CliHighlightBackend(const QString &program, const QString &definitionsDir, QObject *parent)
    : HighlightBackend(parent)
    , m_program(program)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    if (!definitionsDir.isEmpty()) {
        // KSyntaxHighlighting looks for org.kde.syntax-highlighting/syntax/ in every data directory.
        const QString dirs = m_environment.value(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/usr/local/share:/usr/share"));
        m_environment.insert(QStringLiteral("XDG_DATA_DIRS"), definitionsDir + u':' + dirs);
    }
}

QString CliHighlightBackend::name() const
{
    return QStringLiteral("kate-syntax-highlighter (KF5, a process per run)");
}

std::unique_ptr<HighlightSession> CliHighlightBackend::createSession(const SyntaxChoice &syntax, bool dark)
{
    return std::make_unique<CliSession>(this, syntax, dark);
}

QString CliHighlightBackend::findProgram()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
    if (!found.isEmpty())
        return found;
    const QString configured = QStringLiteral(SEEDLINE_KATE_SYNTAX_HIGHLIGHTER);
    const QFileInfo info(configured);
    return !configured.isEmpty() && info.isExecutable() && info.isFile() ? configured : QString();
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutinternal.h"

#include <QElapsedTimer>
#include <QProcess>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Seedline::LayoutInternal {

namespace {

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() { reset(); }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
}

} // namespace

LayoutResult runProcess(const QString &program, const LayoutGraph &graph, const LayoutOptions &options,
                        const EngineChoice &choice, const std::atomic_bool *cancel)
{
    LayoutResult result;
    result.engine = choice.engine + QStringLiteral(" (process)");
    QElapsedTimer timer;
    timer.start();

    // stderr goes to a pipe of our own that is read at our pace (QProcess would read a flood into
    // memory as fast as it comes); stdout is read by QProcess one pipe's worth at a time.
    int errPipe[2] = {-1, -1};
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        result.error = QStringLiteral("cannot run %1: no pipe for its messages: %2")
                           .arg(program, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    const Descriptor errRead(errPipe[0]);
    Descriptor errWrite(errPipe[1]);
    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("-K") + choice.engine, QStringLiteral("-Tjson0")});
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const int childErr = errPipe[1];
    process.setChildProcessModifier([childErr] { ::dup2(childErr, STDERR_FILENO); });
    process.start(QIODevice::ReadWrite);
    errWrite.reset(); // the child has its copy
    if (!process.waitForStarted(10000)) {
        result.error = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return result;
    }
    ::fcntl(errRead.get(), F_SETFL, O_NONBLOCK);
    ::fcntl(errRead.get(), F_SETPIPE_SZ, 1024 * 1024); // a round reads up to 1 MB (best effort)
    process.write(graphvizInput(graph, options, choice));
    process.closeWriteChannel();

    auto stop = [&](const QString &why) {
        process.kill();
        process.waitForFinished(2000);
        result.error = why;
        result.elapsedMs = timer.elapsed();
        return result;
    };
    // The output is taken as it arrives and bounded: a helper that writes endlessly is stopped
    // instead of filling memory. Only the start of stderr is kept (it becomes notes or the error).
    const qint64 limit = layoutOutputLimit(graph, options);
    constexpr qint64 keptErrorBytes = 64 * 1024;
    QByteArray out;
    QByteArray errBytes;
    qint64 errTotal = 0;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    auto drain = [&] {
        out += process.readAllStandardOutput();
        for (int i = 0; i < 16; ++i) { // at most 1 MB of stderr per round; the child waits for us
            const ssize_t n = ::read(errRead.get(), chunk.data(), size_t(chunk.size()));
            if (n <= 0)
                break;
            errTotal += n;
            if (errBytes.size() < keptErrorBytes)
                errBytes.append(chunk.constData(), qsizetype(std::min<qint64>(n, keptErrorBytes - errBytes.size())));
        }
        return out.size() <= limit && errTotal <= limit;
    };
    // Poll: waitForReadyRead(10) returns with the first chunk of stdout (at most a pipe's worth) and
    // also feeds stdin; a finished process returns at once.
    for (;;) {
        const bool finished = process.state() == QProcess::NotRunning;
        if (!finished)
            process.waitForReadyRead(10);
        if (!drain()) {
            result.outputOverflow = true;
            return stop(QStringLiteral("%1 wrote more than %2 (%3 on stdout, %4 on stderr) and was stopped")
                            .arg(program, formatBytes(limit), formatBytes(out.size()), formatBytes(errTotal)));
        }
        if (finished)
            break;
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return stop(QStringLiteral("layout cancelled"));
        }
        if (options.timeoutMs > 0 && timer.elapsed() > options.timeoutMs) {
            result.timedOut = true;
            return stop(QStringLiteral("%1 did not finish within %2 s and was stopped; try a smaller selection or "
                                       "another engine")
                            .arg(choice.engine)
                            .arg(options.timeoutMs / 1000.0, 0, 'f', 1));
        }
    }
    result.elapsedMs = timer.elapsed();
    const QString err = QString::fromUtf8(errBytes).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = process.exitStatus() != QProcess::NormalExit
                           ? QStringLiteral("%1 crashed: %2").arg(program, err.isEmpty() ? process.errorString() : err)
                           : QStringLiteral("%1 failed (exit code %2): %3").arg(program).arg(process.exitCode()).arg(err);
        return result;
    }
    if (!err.isEmpty())
        result.notes << err.split(u'\n').mid(0, 5);
    result.ok = parseJsonLayout(out, graph, options, result);
    return result;
}

} // namespace Seedline::LayoutInternal

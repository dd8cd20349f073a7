// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedread.h"

#include "filekind.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Seedline {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;
constexpr int pollIntervalMs = 50;

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

ReadResult failed(ReadResult::Failure failure, const QString &error)
{
    ReadResult r;
    r.failure = failure;
    r.error = error;
    return r;
}

QString tooLarge(qint64 limit, qint64 size = -1)
{
    const QString what = size >= 0 ? QStringLiteral("it has %1, more than").arg(formatByteSize(size))
                                   : QStringLiteral("it sent more than");
    return QStringLiteral("%1 the limit of %2 that Seedline reads (--max-input-size raises it)")
        .arg(what, formatByteSize(limit));
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1) + (ms == 1000 ? QStringLiteral(" second")
                                                                                    : QStringLiteral(" seconds"));
}

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// True for a pipe without a name (bash's `<(...)`, a shell pipeline on /dev/stdin), which always
// had a writer; false for a FIFO in the file system, which may have none.
bool isAnonymousPipe(int fd)
{
    char link[64] = {};
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
    const ssize_t n = ::readlink(self.constData(), link, sizeof link - 1);
    return n > 5 && std::strncmp(link, "pipe:", 5) == 0;
}

ReadResult readRegular(int fd, const struct stat &st, const ReadLimits &limits)
{
    if (st.st_size > limits.maxBytes)
        return failed(ReadResult::Failure::TooLarge, tooLarge(limits.maxBytes, st.st_size));
    ReadResult r;
    // The size may be 0 (/proc) or grow while reading: the limit is checked as the bytes arrive.
    r.bytes.reserve(qsizetype(std::min<qint64>(st.st_size, limits.maxBytes) + chunkBytes + 1));
    for (;;) {
        const qint64 want = std::min<qint64>(chunkBytes, limits.maxBytes + 1 - r.bytes.size());
        const qsizetype old = r.bytes.size();
        r.bytes.resize(old + qsizetype(want));
        const ssize_t n = ::read(fd, r.bytes.data() + old, size_t(want));
        r.bytes.resize(old + std::max<qsizetype>(n, 0));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failed(ReadResult::Failure::System, systemReason(errno));
        }
        if (n == 0)
            break;
        if (r.bytes.size() > limits.maxBytes)
            return failed(ReadResult::Failure::TooLarge, tooLarge(limits.maxBytes));
    }
    r.ok = true;
    return r;
}

// Reads a pipe or FIFO opened with O_NONBLOCK. read() tells the states apart: data; 0 = no writer
// (the end, or for a FIFO: nobody has opened it for writing yet); EAGAIN = a writer, no data yet.
// The bytes are kept in blocks and joined at the end, so that a stream cut off at the limit has
// cost the limit, not a doubling buffer's twice that.
ReadResult readStream(int fd, const ReadLimits &limits)
{
    const bool named = !isAnonymousPipe(fd);
    ::fcntl(fd, F_SETPIPE_SZ, 1024 * 1024); // fewer wake-ups for big streams (best effort)
    constexpr qsizetype blockBytes = 1024 * 1024;
    QList<QByteArray> blocks;
    qint64 total = 0;
    QElapsedTimer sinceData;
    sinceData.start();
    for (;;) {
        if (blocks.isEmpty() || blocks.back().size() == blockBytes) {
            blocks.append(QByteArray());
            blocks.back().reserve(blockBytes);
        }
        QByteArray &block = blocks.back();
        const qsizetype used = block.size();
        block.resize(blockBytes);
        const ssize_t n = ::read(fd, block.data() + used, size_t(blockBytes - used));
        block.resize(used + std::max<qsizetype>(n, 0));
        if (n > 0) {
            total += n;
            if (total > limits.maxBytes)
                return failed(ReadResult::Failure::TooLarge, tooLarge(limits.maxBytes));
            sinceData.restart();
            continue;
        }
        int waitMs = pollIntervalMs;
        if (n == 0) {
            if (!named || total > 0)
                break; // the writer closed its end
            // A FIFO nobody writes to (yet).
            if (sinceData.elapsed() >= limits.fifoTimeoutMs)
                return failed(ReadResult::Failure::Timeout,
                              QStringLiteral("it is a FIFO (named pipe) and nothing opened it for writing within %1")
                                  .arg(seconds(limits.fifoTimeoutMs)));
            waitMs = int(std::min<qint64>(pollIntervalMs, limits.fifoTimeoutMs - sinceData.elapsed()));
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            if (sinceData.elapsed() >= limits.streamTimeoutMs)
                return failed(ReadResult::Failure::Timeout,
                              QStringLiteral("it is a pipe that sent nothing for %1").arg(seconds(limits.streamTimeoutMs)));
            waitMs = int(std::min<qint64>(pollIntervalMs, limits.streamTimeoutMs - sinceData.elapsed()));
        } else if (errno != EINTR) {
            return failed(ReadResult::Failure::System, systemReason(errno));
        }
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, std::max(waitMs, 1));
        // A writer came and went without writing: the FIFO's end.
        if (ready > 0 && (p.revents & POLLHUP) && !(p.revents & POLLIN) && named && total == 0)
            break;
    }
    ReadResult r;
    r.bytes.reserve(qsizetype(total));
    for (const QByteArray &block : std::as_const(blocks))
        r.bytes.append(block);
    r.ok = true;
    return r;
}

} // namespace

ReadLimits ReadLimits::from(const LoadOptions &options)
{
    ReadLimits limits;
    limits.maxBytes = options.maxFileBytes;
    limits.streamTimeoutMs = options.streamTimeoutMs;
    limits.fifoTimeoutMs = options.fifoTimeoutMs;
    return limits;
}

ReadResult readBounded(const QString &path, const ReadLimits &limits)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (name.isEmpty() || ::stat(name.constData(), &st) != 0) {
        const int error = name.isEmpty() ? ENOENT : errno;
        return failed(error == ENOENT ? ReadResult::Failure::Missing : ReadResult::Failure::System,
                      error == ENOENT ? QStringLiteral("no such file or directory") : systemReason(error));
    }
    // Decided before opening: opening a device can have effects (a tape rewinds, a tty is taken).
    if (S_ISDIR(st.st_mode))
        return failed(ReadResult::Failure::NotAFile, QStringLiteral("it is a directory, not a file"));
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode))
        return failed(ReadResult::Failure::NotAFile,
                      QStringLiteral("it is %1, not a file; Seedline reads regular files and pipes (a device such as "
                                     "/dev/zero never ends)")
                          .arg(fileKindName(st.st_mode)));
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    const Descriptor fd(::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (fd.get() < 0)
        return failed(errno == ENOENT ? ReadResult::Failure::Missing : ReadResult::Failure::System,
                      systemReason(errno));
    if (::fstat(fd.get(), &st) != 0)
        return failed(ReadResult::Failure::System, systemReason(errno));
    if (S_ISREG(st.st_mode))
        return readRegular(fd.get(), st, limits);
    if (S_ISFIFO(st.st_mode))
        return readStream(fd.get(), limits);
    return failed(ReadResult::Failure::NotAFile,
                  QStringLiteral("it is %1, not a file").arg(fileKindName(st.st_mode)));
}

QString formatByteSize(qint64 bytes)
{
    static const char *const units[] = {"KB", "MB", "GB", "TB"};
    if (bytes < 1024)
        return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    const double rounded = std::round(value * 10) / 10;
    const bool whole = rounded == std::floor(rounded);
    return QString::number(rounded, 'f', whole ? 0 : 1) + u' ' + QLatin1String(units[unit]);
}

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kKmMgGtT]?)(?:i?[bB])?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    switch (unit.isEmpty() ? u' ' : unit.at(0).unicode()) {
    case 't':
        value *= 1024;
        [[fallthrough]];
    case 'g':
        value *= 1024;
        [[fallthrough]];
    case 'm':
        value *= 1024;
        [[fallthrough]];
    case 'k':
        value *= 1024;
        break;
    default:
        break;
    }
    if (!(value >= 1) || value > 9.0e18)
        return std::nullopt;
    return qint64(value);
}

} // namespace Seedline

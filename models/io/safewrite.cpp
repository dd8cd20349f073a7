// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safewrite.h"

#include "filekind.h"

#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Seedline {

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The directory part and the name part of a path ("a/b" -> "a", "b"; "b" -> ".", "b").
std::pair<QByteArray, QByteArray> splitPath(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    if (slash < 0)
        return {QByteArrayLiteral("."), path};
    if (slash == 0)
        return {QByteArrayLiteral("/"), path.mid(1)};
    return {path.left(slash), path.mid(slash + 1)};
}

struct Target
{
    QByteArray path;
    bool exists = false;
    struct stat st = {};
    int error = 0; // errno of a failed lookup
};

// Follows symbolic links to the file a write would replace; a dangling link names a new path.
Target resolveTarget(const QByteArray &path)
{
    Target t;
    t.path = path;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st;
        if (::lstat(t.path.constData(), &st) != 0) {
            if (errno != ENOENT)
                t.error = errno;
            return t; // a new path (its directory is checked when the temporary file is made)
        }
        if (!S_ISLNK(st.st_mode)) {
            t.exists = true;
            t.st = st;
            return t;
        }
        QByteArray link(4096, Qt::Uninitialized);
        const ssize_t n = ::readlink(t.path.constData(), link.data(), size_t(link.size()));
        if (n < 0) {
            t.error = errno;
            return t;
        }
        link.truncate(n);
        t.path = link.startsWith('/') ? link : splitPath(t.path).first + '/' + link;
    }
    t.error = ELOOP;
    return t;
}

class TemporaryFile
{
public:
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.isEmpty())
            ::unlink(m_path.constData());
    }

    // Creates ".name.XXXXXX" beside `target`, mode 0666 minus the umask (the kernel applies it).
    int create(const QByteArray &target)
    {
        const auto [dir, name] = splitPath(target);
        for (int attempt = 0; attempt < 100; ++attempt) {
            const QByteArray suffix = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
            const QByteArray candidate = dir + "/." + name + '.' + suffix + ".tmp";
            const int fd = ::open(candidate.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd >= 0) {
                m_fd = fd;
                m_path = candidate;
                return 0;
            }
            if (errno != EEXIST)
                return errno;
        }
        return EEXIST;
    }

    int fd() const { return m_fd; }
    const QByteArray &path() const { return m_path; }

    // Closes the descriptor and returns errno of a failed close (0 on success).
    int close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }

    // The file now has another name: nothing to remove.
    void release() { m_path.clear(); }

private:
    int m_fd = -1;
    QByteArray m_path;
};

// Writes everything or returns errno (ENOSPC also when the system accepted only part of it).
int writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min<qint64>(left, 1 << 20)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return ENOSPC;
        data += n;
        left -= n;
    }
    return 0;
}

} // namespace

QString WriteResult::message() const
{
    if (ok)
        return {};
    if (!target.isEmpty() && target != path)
        return QStringLiteral("cannot write %1 (which leads to %2): %3").arg(path, target, reason);
    return QStringLiteral("cannot write %1: %2").arg(path, reason);
}

WriteResult writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    WriteResult result;
    result.path = path;
    auto fail = [&result](int error, const QString &reason = {}) {
        result.ok = false;
        result.errorCode = error;
        result.reason = reason.isEmpty() ? systemReason(error) : reason;
        return result;
    };
    if (path.isEmpty())
        return fail(0, QStringLiteral("no file name was given"));

    const Target target = resolveTarget(QFile::encodeName(path));
    result.target = QFile::decodeName(target.path);
    if (target.error != 0)
        return fail(target.error);
    if (target.exists && !S_ISREG(target.st.st_mode))
        return fail(0, QStringLiteral("it is %1, not a regular file; Seedline writes only regular files and new "
                                      "paths and leaves everything else alone")
                           .arg(fileKindName(target.st.st_mode)));

    TemporaryFile temporary;
    if (const int error = temporary.create(target.path))
        return fail(error);
    if (target.exists) {
        // Keep the permission bits (and, for root, the owner) of the file being replaced.
        ::fchmod(temporary.fd(), target.st.st_mode & 07777);
        if (::geteuid() == 0 && ::fchown(temporary.fd(), target.st.st_uid, target.st.st_gid) != 0) {
            // best effort: the new file is then owned by root
        }
    }
    if (const int error = writeAll(temporary.fd(), bytes))
        return fail(error);
    if (::fsync(temporary.fd()) != 0 && errno != EINVAL && errno != EROFS)
        return fail(errno);
    if (const int error = temporary.close())
        return fail(error);

    // The target may have changed since it was looked at: never rename over anything but a file.
    struct stat now;
    if (::lstat(target.path.constData(), &now) == 0 && !S_ISREG(now.st_mode))
        return fail(0, QStringLiteral("it became %1 while Seedline was writing; it was left alone")
                           .arg(fileKindName(now.st_mode)));
    if (::rename(temporary.path().constData(), target.path.constData()) != 0)
        return fail(errno);
    temporary.release();

    // Make the rename itself durable (best effort: not every file system can sync a directory).
    const int dir = ::open(splitPath(target.path).first.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    result.ok = true;
    result.bytes = bytes.size();
    return result;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests: a small real file system (tmpfs) that can be filled up, and device nodes made for the
// test. Both need root (CI runs as root); tests QSKIP with whyNot() otherwise.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace SeedlineTest {

class ScratchFs
{
public:
    explicit ScratchFs(qint64 bytes)
    {
        if (::geteuid() != 0) {
            m_whyNot = QStringLiteral("mounting a small tmpfs to fill up needs root");
            return;
        }
        if (!m_dir.isValid()) {
            m_whyNot = QStringLiteral("no temporary directory");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData())
            != 0) {
            m_whyNot = QStringLiteral("cannot mount a tmpfs: ") + QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        m_mounted = true;
    }
    ~ScratchFs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    ScratchFs(const ScratchFs &) = delete;
    ScratchFs &operator=(const ScratchFs &) = delete;

    bool isMounted() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes a filler file until the system refuses; leaves `keepFree` bytes (rounded to pages) unused.
    // Returns the bytes the filler took.
    qint64 fill(qint64 keepFree = 0)
    {
        const QByteArray path = QFile::encodeName(filePath(QStringLiteral("filler")));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd < 0)
            return -1;
        const QByteArray page(4096, 'f');
        qint64 total = 0;
        for (;;) {
            const ssize_t n = ::write(fd, page.constData(), size_t(page.size()));
            if (n <= 0)
                break;
            total += n;
        }
        ::close(fd);
        if (keepFree > 0 && ::truncate(path.constData(), std::max<qint64>(0, total - keepFree)) != 0)
            return -1;
        return total;
    }

private:
    QTemporaryDir m_dir;
    QString m_whyNot;
    bool m_mounted = false;
};

// Makes a character device node like /dev/null (major 1, minor 3) at `path`; root only.
inline bool makeNullDevice(const QString &path, QString *whyNot)
{
    if (::geteuid() != 0) {
        *whyNot = QStringLiteral("making a device node needs root");
        return false;
    }
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
        *whyNot = QStringLiteral("mknod failed: ") + QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

inline bool isCharacterDevice(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace SeedlineTest

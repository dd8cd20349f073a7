// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileprovider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Seedline {

namespace {

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

QString canonicalPath(const QString &path)
{
    return isResource(path) ? QString() : QFileInfo(path).canonicalFilePath();
}

} // namespace

QString normalizedPath(const QString &path)
{
    if (path.isEmpty() || isResource(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool isSameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (normalizedPath(a) == normalizedPath(b))
        return true;
    const QString ca = canonicalPath(a);
    return !ca.isEmpty() && ca == canonicalPath(b);
}

void BufferSnapshot::insert(const QString &path, const QByteArray &bytes)
{
    m_paths << path;
    m_files.insert(normalizedPath(path), bytes);
    const QString canonical = canonicalPath(path);
    if (!canonical.isEmpty())
        m_files.insert(canonical, bytes);
}

std::optional<QByteArray> BufferSnapshot::contents(const QString &path) const
{
    if (m_files.isEmpty())
        return std::nullopt;
    auto it = m_files.constFind(normalizedPath(path));
    if (it == m_files.cend()) {
        const QString canonical = canonicalPath(path);
        if (!canonical.isEmpty())
            it = m_files.constFind(canonical);
    }
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

ReadResult readInputFile(const QString &path, const LoadOptions &options)
{
    if (options.files) {
        if (std::optional<QByteArray> bytes = options.files->contents(path)) {
            ReadResult read;
            if (bytes->size() > options.maxFileBytes) {
                read.failure = ReadResult::Failure::TooLarge;
                read.error = QStringLiteral("the edited text has %1, more than the limit of %2 that Seedline reads")
                                 .arg(formatByteSize(bytes->size()), formatByteSize(options.maxFileBytes));
                return read;
            }
            read.ok = true;
            read.bytes = std::move(*bytes);
            return read;
        }
    }
    if (isResource(path)) { // compiled-in resources: trusted and small
        ReadResult read;
        QFile file(path);
        read.ok = file.open(QIODevice::ReadOnly);
        read.bytes = read.ok ? file.readAll() : QByteArray();
        read.failure = read.ok ? ReadResult::Failure::None : ReadResult::Failure::Missing;
        read.error = read.ok ? QString() : QStringLiteral("no such file or directory");
        return read;
    }
    // Bounded: a device (/dev/zero), a FIFO nobody writes to or an endless pipe ends with a reason.
    return readBounded(path, ReadLimits::from(options));
}

} // namespace Seedline

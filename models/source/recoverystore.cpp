// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include "sourcelog.h"

#include "io/boundedread.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Seedline {

namespace {

constexpr int formatVersion = 1;
constexpr qint64 maxRecoveryBytes = 64 * 1024 * 1024;

// Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot.
qint64 processStartOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may hold spaces and parentheses
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); the start time is field 22.
    return fields.size() > 19 ? fields[19].toLongLong() : 0;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

qint64 RecoveryStore::currentProcessStart()
{
    static const qint64 start = processStartOf(QCoreApplication::applicationPid());
    return start;
}

bool RecoveryStore::isProcessRunning(qint64 pid, qint64 start)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A pid the system gave to another process since is not the writer.
    const qint64 now = processStartOf(pid);
    return start == 0 || now == 0 || now == start;
}

QString RecoveryStore::fileFor(qint64 pid, const QString &path) const
{
    const QByteArray key = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_directory + QStringLiteral("/%1-%2.json").arg(pid).arg(QString::fromLatin1(key));
}

WriteResult RecoveryStore::write(RecoveryEntry entry) const
{
    entry.pid = QCoreApplication::applicationPid();
    entry.processStart = currentProcessStart();
    entry.written = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(m_directory)) {
        WriteResult result;
        result.path = m_directory;
        result.reason = QStringLiteral("cannot make the directory");
        return result;
    }
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatVersion);
    o.insert(QStringLiteral("path"), entry.path);
    o.insert(QStringLiteral("untitled"), entry.untitled);
    o.insert(QStringLiteral("text"), entry.text);
    o.insert(QStringLiteral("base"), QString::fromLatin1(entry.baseDigest.toHex()));
    o.insert(QStringLiteral("pid"), entry.pid);
    o.insert(QStringLiteral("processStart"), QString::number(entry.processStart));
    o.insert(QStringLiteral("written"), entry.written.toString(Qt::ISODateWithMs));
    return writeFileAtomically(fileFor(entry.pid, entry.path), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void RecoveryStore::remove(const QString &path) const
{
    QFile::remove(fileFor(QCoreApplication::applicationPid(), path));
}

void RecoveryStore::removeAll() const
{
    const QString prefix = QString::number(QCoreApplication::applicationPid()) + u'-';
    const QStringList names = QDir(m_directory).entryList({prefix + QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names)
        QFile::remove(m_directory + u'/' + name);
}

QVector<RecoveryEntry> RecoveryStore::entries() const
{
    QVector<RecoveryEntry> out;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QString &name : names) {
        ReadLimits limits;
        limits.maxBytes = maxRecoveryBytes;
        const ReadResult read = readBounded(dir.filePath(name), limits);
        if (!read.ok)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(read.bytes).object();
        if (o.value(QStringLiteral("format")).toInt() != formatVersion || !o.contains(QStringLiteral("text"))) {
            qCWarning(lcSource) << "ignoring the recovery file" << name << "(not one Seedline wrote)";
            continue;
        }
        RecoveryEntry e;
        e.path = o.value(QStringLiteral("path")).toString();
        e.untitled = o.value(QStringLiteral("untitled")).toBool();
        e.text = o.value(QStringLiteral("text")).toString();
        e.baseDigest = QByteArray::fromHex(o.value(QStringLiteral("base")).toString().toLatin1());
        e.pid = o.value(QStringLiteral("pid")).toInteger();
        e.processStart = o.value(QStringLiteral("processStart")).toString().toLongLong();
        e.written = QDateTime::fromString(o.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
        e.recoveryFile = dir.filePath(name);
        out << e;
    }
    return out;
}

QVector<RecoveryEntry> RecoveryStore::orphans() const
{
    QVector<RecoveryEntry> out;
    const qint64 self = QCoreApplication::applicationPid();
    for (const RecoveryEntry &e : entries()) {
        if (e.pid != self && !isProcessRunning(e.pid, e.processStart))
            out << e;
    }
    return out;
}

void RecoveryStore::discard(const RecoveryEntry &entry) const
{
    if (!entry.recoveryFile.isEmpty())
        QFile::remove(entry.recoveryFile);
}

} // namespace Seedline

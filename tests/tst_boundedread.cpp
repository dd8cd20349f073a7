// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// readBounded: regular files and pipes are read; devices, directories, endless and silent streams
// end with a reason instead of an abort or a hang.
#include "io/boundedread.h"

#include "scratchfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Seedline;

namespace {

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString fdPath(int fd)
{
    return QStringLiteral("/dev/fd/%1").arg(fd);
}

// The peak resident size of this process so far, in bytes.
qint64 peakRss()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

// A pipe whose ends close themselves.
struct Pipe
{
    int fds[2] = {-1, -1};
    Pipe()
    {
        if (::pipe(fds) != 0)
            fds[0] = fds[1] = -1;
    }
    ~Pipe()
    {
        closeWriter();
        if (fds[0] >= 0)
            ::close(fds[0]);
    }
    void closeWriter()
    {
        if (fds[1] >= 0)
            ::close(fds[1]);
        fds[1] = -1;
    }
};

} // namespace

class TestBoundedRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        std::signal(SIGPIPE, SIG_IGN); // writer threads see EPIPE when the reader gives up
    }

    void regularFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parts.rst"));
        QVERIFY(writeRaw(path, "Title\n=====\n"));
        const ReadResult r = readBounded(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, QByteArray("Title\n=====\n"));
        QCOMPARE(r.failure, ReadResult::Failure::None);
    }

    void emptyFileIsReadAsEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty"));
        QVERIFY(writeRaw(path, {}));
        const ReadResult r = readBounded(path);
        QVERIFY(r.ok);
        QVERIFY(r.bytes.isEmpty());
    }

    void fileOverTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big"));
        QVERIFY(writeRaw(path, QByteArray(3000, 'x')));
        ReadLimits limits;
        limits.maxBytes = 2048;
        const ReadResult r = readBounded(path, limits);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ReadResult::Failure::TooLarge);
        QVERIFY2(r.error.contains(QLatin1String("2.9 KB")) && r.error.contains(QLatin1String("2 KB"))
                     && r.error.contains(QLatin1String("--max-input-size")),
                 qPrintable(r.error));
        limits.maxBytes = 3000; // exactly the size is fine
        QVERIFY(readBounded(path, limits).ok);
    }

    void sizeZeroFilesAreReadToTheirEnd()
    {
        // /proc files report size 0 and still have content.
        const ReadResult r = readBounded(QStringLiteral("/proc/self/status"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.bytes.contains("Name:"));
        ReadLimits tiny;
        tiny.maxBytes = 16;
        QCOMPARE(readBounded(QStringLiteral("/proc/self/status"), tiny).failure, ReadResult::Failure::TooLarge);
    }

    void missing()
    {
        const ReadResult r = readBounded(QStringLiteral("/no/such/file"));
        QCOMPARE(r.failure, ReadResult::Failure::Missing);
        QCOMPARE(r.error, QStringLiteral("no such file or directory"));
    }

    void directory()
    {
        QTemporaryDir dir;
        const ReadResult r = readBounded(dir.path());
        QCOMPARE(r.failure, ReadResult::Failure::NotAFile);
        QVERIFY2(r.error.contains(QLatin1String("directory")), qPrintable(r.error));
    }

    void devicesAreRefusedUnopened_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::addRow("/dev/urandom") << QStringLiteral("/dev/urandom");
        QTest::addRow("/dev/null") << QStringLiteral("/dev/null");
        QTest::addRow("link to /dev/zero") << QStringLiteral("link");
        QTest::addRow("made for the test") << QStringLiteral("mknod");
    }
    void devicesAreRefusedUnopened()
    {
        QFETCH(QString, device);
        QTemporaryDir dir;
        if (device == QLatin1String("link")) {
            device = dir.filePath(QStringLiteral("input.rst"));
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));
        } else if (device == QLatin1String("mknod")) {
            device = dir.filePath(QStringLiteral("manifest"));
            QString whyNot;
            if (!SeedlineTest::makeNullDevice(device, &whyNot))
                QSKIP(qPrintable(whyNot));
        }
        const qint64 before = peakRss();
        const ReadResult r = readBounded(device);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ReadResult::Failure::NotAFile);
        QVERIFY2(r.error.startsWith(QLatin1String("it is a character device")), qPrintable(r.error));
        QVERIFY(peakRss() - before < 16 * 1024 * 1024);
    }

    void anonymousPipe()
    {
        Pipe p;
        QVERIFY(p.fds[0] >= 0);
        QVERIFY(::write(p.fds[1], "build: m4-1.4.7\n", 16) == 16);
        p.closeWriter();
        const ReadResult r = readBounded(fdPath(p.fds[0]));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, QByteArray("build: m4-1.4.7\n"));
    }

    void slowPipeIsReadWhole()
    {
        // Like `<(slow command)`: chunks with pauses longer than the FIFO timeout.
        Pipe p;
        std::thread writer([&p] {
            for (int i = 0; i < 3; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                const QByteArray line = "line " + QByteArray::number(i) + '\n';
                if (::write(p.fds[1], line.constData(), size_t(line.size())) != line.size())
                    break;
            }
            p.closeWriter();
        });
        ReadLimits limits;
        limits.fifoTimeoutMs = 100; // a pipe always has its writer: this does not apply
        const ReadResult r = readBounded(fdPath(p.fds[0]), limits);
        writer.join();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, QByteArray("line 0\nline 1\nline 2\n"));
    }

    void silentPipeTimesOut()
    {
        Pipe p; // the writer stays open and never writes
        ReadLimits limits;
        limits.streamTimeoutMs = 200;
        const ReadResult r = readBounded(fdPath(p.fds[0]), limits);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ReadResult::Failure::Timeout);
        QVERIFY2(r.error.contains(QLatin1String("sent nothing for 0.2 seconds")), qPrintable(r.error));
    }

    void endlessPipeStopsAtTheLimit()
    {
        // Like `<(cat /dev/zero)`.
        Pipe p;
        std::atomic_bool stop = false;
        std::thread writer([&p, &stop] {
            const QByteArray block(65536, '\0');
            while (!stop && ::write(p.fds[1], block.constData(), size_t(block.size())) > 0) {
            }
        });
        ReadLimits limits;
        limits.maxBytes = 8 * 1024 * 1024;
        const qint64 before = peakRss();
        const ReadResult r = readBounded(fdPath(p.fds[0]), limits);
        stop = true;
        ::close(p.fds[0]); // the writer gets EPIPE
        p.fds[0] = -1;
        writer.join();
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ReadResult::Failure::TooLarge);
        QVERIFY2(r.error.contains(QLatin1String("8 MB")), qPrintable(r.error));
        QVERIFY(r.bytes.isEmpty());
        QVERIFY(peakRss() - before < 64 * 1024 * 1024);
    }

    void fifoNobodyWrites()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("parts.rst"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        const ReadResult r = readBounded(fifo); // the default: given up after a second
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ReadResult::Failure::Timeout);
        QCOMPARE(r.error, QStringLiteral("it is a FIFO (named pipe) and nothing opened it for writing within 1 second"));
    }

    void fifoWithAWriter()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("manifest"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        std::thread writer([fifo] {
            // Wait for the reader to open its end (a writer's open fails with ENXIO until then); never
            // block, so that a failing reader cannot hang the test.
            int fd = -1;
            for (int i = 0; i < 6000 && fd < 0; ++i) {
                fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
                if (fd < 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            if (fd < 0)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            [[maybe_unused]] const auto n = ::write(fd, "build: bash-2.05b\n", 18);
            ::close(fd);
        });
        ReadLimits limits;
        limits.fifoTimeoutMs = 60000; // generous for a loaded machine: the read ends when the writer is done
        const ReadResult r = readBounded(fifo, limits);
        writer.join();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, QByteArray("build: bash-2.05b\n"));
    }

    void byteSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::addRow("plain") << "1048576" << qint64(1048576);
        QTest::addRow("k") << "64k" << qint64(65536);
        QTest::addRow("M") << "512M" << qint64(512) * 1024 * 1024;
        QTest::addRow("MB") << "300MB" << qint64(300) * 1024 * 1024;
        QTest::addRow("GiB") << "1GiB" << (qint64(1) << 30);
        QTest::addRow("fraction") << "1.5G" << qint64(3) * 512 * 1024 * 1024;
        QTest::addRow("spaces") << " 2 m " << qint64(2) * 1024 * 1024;
        QTest::addRow("zero") << "0" << qint64(-1);
        QTest::addRow("negative") << "-5M" << qint64(-1);
        QTest::addRow("word") << "lots" << qint64(-1);
        QTest::addRow("unknown unit") << "5X" << qint64(-1);
    }
    void byteSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = parseByteSize(text);
        QCOMPARE(parsed.value_or(-1), bytes);
    }

    void formattedSizes()
    {
        QCOMPARE(formatByteSize(1), QStringLiteral("1 byte"));
        QCOMPARE(formatByteSize(100), QStringLiteral("100 bytes"));
        QCOMPARE(formatByteSize(65536), QStringLiteral("64 KB"));
        QCOMPARE(formatByteSize(defaultMaxInputBytes), QStringLiteral("256 MB"));
        QCOMPARE(formatByteSize(qint64(3) * 512 * 1024 * 1024), QStringLiteral("1.5 GB"));
    }
};

QTEST_GUILESS_MAIN(TestBoundedRead)
#include "tst_boundedread.moc"

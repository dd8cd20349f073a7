// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// writeFileAtomically: the whole file or no change, on a real full file system and against device
// nodes, FIFOs and directories (directly and through symbolic links).
#include "io/safewrite.h"

#include "scratchfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Seedline;
using SeedlineTest::ScratchFs;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Everything in the directory but the files named (no temporary file may stay behind).
QStringList leftovers(const QString &dir, const QStringList &expected)
{
    QStringList out;
    const QStringList entries =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        if (!expected.contains(e))
            out << e;
    }
    return out;
}

QByteArray payload(qint64 size)
{
    QByteArray bytes;
    bytes.reserve(size);
    while (bytes.size() < size)
        bytes += "<svg>" + QByteArray::number(bytes.size()) + "</svg>\n";
    bytes.truncate(size);
    return bytes;
}

} // namespace

class TestSafeWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.svg"));
        const WriteResult r = writeFileAtomically(path, "hello\n");
        QVERIFY2(r.ok, qPrintable(r.message()));
        QCOMPARE(r.bytes, 6);
        QCOMPARE(contents(path), QByteArray("hello\n"));
        QCOMPARE(leftovers(dir.path(), {QStringLiteral("out.svg")}), QStringList());
        // The umask applies as for any new file (0666 & ~umask), not mkstemp's 0600.
        const mode_t mask = ::umask(022);
        ::umask(mask);
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, 0666 & ~mask);
    }

    void replacesAFileKeepingItsMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chain.toml"));
        QVERIFY(writeRaw(path, "old"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        const WriteResult r = writeFileAtomically(path, "new contents");
        QVERIFY2(r.ok, qPrintable(r.message()));
        QCOMPARE(contents(path), QByteArray("new contents"));
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        QCOMPARE(leftovers(dir.path(), {QStringLiteral("chain.toml")}), QStringList());
    }

    void followsALinkToAFile()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.svg"));
        const QString link = dir.filePath(QStringLiteral("link.svg"));
        QVERIFY(writeRaw(real, "old"));
        QVERIFY(QFile::link(QStringLiteral("real.svg"), link)); // a relative link
        const WriteResult r = writeFileAtomically(link, "new");
        QVERIFY2(r.ok, qPrintable(r.message()));
        QVERIFY(QFileInfo(link).isSymLink()); // the link stays a link
        QCOMPARE(contents(real), QByteArray("new"));
        QCOMPARE(r.target, real);
    }

    void danglingLinkNamesANewFile()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("link.svg"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("new.svg")), link));
        const WriteResult r = writeFileAtomically(link, "fresh");
        QVERIFY2(r.ok, qPrintable(r.message()));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(contents(dir.filePath(QStringLiteral("new.svg"))), QByteArray("fresh"));
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("throughLink");
        for (const char *kind : {"directory", "fifo", "device", "dev-null"}) {
            QTest::addRow("%s", kind) << QString::fromLatin1(kind) << false;
            QTest::addRow("link to %s", kind) << QString::fromLatin1(kind) << true;
        }
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(bool, throughLink);
        QTemporaryDir dir;
        QString node = dir.filePath(QStringLiteral("node"));
        QString expected;
        if (kind == QLatin1String("directory")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("node")));
            expected = QStringLiteral("it is a directory");
        } else if (kind == QLatin1String("fifo")) {
            QVERIFY(::mkfifo(QFile::encodeName(node).constData(), 0644) == 0);
            expected = QStringLiteral("it is a FIFO");
        } else if (kind == QLatin1String("device")) {
            QString whyNot;
            if (!SeedlineTest::makeNullDevice(node, &whyNot))
                QSKIP(qPrintable(whyNot));
            expected = QStringLiteral("it is a character device");
        } else {
            // The real /dev/null, only ever through a link: the test never writes to /dev itself.
            if (!throughLink)
                QSKIP("the real /dev/null is tested through a link only");
            node = QStringLiteral("/dev/null");
            expected = QStringLiteral("it is a character device");
        }
        struct stat before;
        QVERIFY(::lstat(QFile::encodeName(node).constData(), &before) == 0);
        const QString path = throughLink ? dir.filePath(QStringLiteral("out.svg")) : node;
        if (throughLink)
            QVERIFY(QFile::link(node, path));

        const WriteResult r = writeFileAtomically(path, "<svg/>");
        QVERIFY(!r.ok);
        QVERIFY2(r.reason.startsWith(expected), qPrintable(r.reason));
        QVERIFY2(r.message().contains(path), qPrintable(r.message()));
        if (throughLink)
            QVERIFY2(r.message().contains(node), qPrintable(r.message()));

        struct stat after;
        QVERIFY(::lstat(QFile::encodeName(node).constData(), &after) == 0);
        QCOMPARE(after.st_mode, before.st_mode); // still the same kind of node
        QCOMPARE(after.st_ino, before.st_ino);   // and the same node
        QCOMPARE(after.st_rdev, before.st_rdev);
        if (throughLink)
            QVERIFY(QFileInfo(path).isSymLink());
        QStringList expectedEntries{QStringLiteral("node")};
        if (throughLink)
            expectedEntries << QStringLiteral("out.svg");
        QCOMPARE(leftovers(dir.path(), expectedEntries), QStringList());
    }

    void missingDirectory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/out.svg"));
        const WriteResult r = writeFileAtomically(path, "x");
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCode, ENOENT);
        QCOMPARE(r.message(), QStringLiteral("cannot write %1: No such file or directory").arg(path));
    }

    void emptyName()
    {
        const WriteResult r = writeFileAtomically(QString(), "x");
        QVERIFY(!r.ok);
        QVERIFY(!r.reason.isEmpty());
    }

    // The failure the issue found: a full disk used to leave a cut-off file and report success.
    void fullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<qint64>("keepFree");
        QTest::addColumn<qint64>("size");
        QTest::addRow("no space at all") << qint64(0) << qint64(20000);
        QTest::addRow("a short write") << qint64(16384) << qint64(100000);
    }
    void fullDiskKeepsTheOldFile()
    {
        QFETCH(qint64, keepFree);
        QFETCH(qint64, size);
        ScratchFs fs(256 * 1024);
        if (!fs.isMounted())
            QSKIP(qPrintable(fs.whyNot()));
        const QString path = fs.filePath(QStringLiteral("keep.svg"));
        const QByteArray good = payload(3000);
        QVERIFY(writeFileAtomically(path, good).ok);
        QVERIFY(fs.fill(keepFree) > 0);

        const WriteResult r = writeFileAtomically(path, payload(size));
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCode, ENOSPC);
        QCOMPARE(r.message(), QStringLiteral("cannot write %1: No space left on device").arg(path));
        QCOMPARE(contents(path), good);
        QCOMPARE(leftovers(fs.path(), {QStringLiteral("keep.svg"), QStringLiteral("filler")}),
                 QStringList());

        // Once there is room again the same call succeeds.
        QVERIFY(QFile::remove(fs.filePath(QStringLiteral("filler"))));
        const WriteResult again = writeFileAtomically(path, payload(size));
        QVERIFY2(again.ok, qPrintable(again.message()));
        QCOMPARE(contents(path), payload(size));
    }
};

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "tst_safewrite.moc"

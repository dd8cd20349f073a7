// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Exports in every format succeed whole or change nothing: a full file system keeps the previous
// good file, and device nodes, FIFOs and directories (also behind symbolic links) are left alone.
#include "scene/exporter.h"
#include "scene/graphgeometry.h"
#include "scene/scenemodel.h"
#include "highlight/highlight.h"
#include "highlight/visiblegraph.h"
#include "io/inputs.h"
#include "layout/layoutengine.h"

#include "scratchfs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Seedline;
using SeedlineTest::ScratchFs;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestExportSafety : public QObject
{
    Q_OBJECT
private:
    ChainPtr m_chain;

    SceneModel model() const
    {
        const HighlightResult highlight = computeHighlight(*m_chain, {});
        const LayoutGraph graph = visibleLayoutGraph(layoutGraphFromChain(*m_chain, allKinds(), false), highlight);
        LayoutOptions lo;
        lo.backend = LayoutOptions::Backend::Instant;
        const LayoutResult layout = layoutGraph(graph, lo);
        return buildSceneModel(m_chain, geometryFromLayout(graph, layout, int(m_chain->steps.size())), highlight);
    }

    ExportResult exportTo(const QString &path, qreal scale = 2) const
    {
        ExportRequest r;
        r.fileName = path;
        r.model = model();
        r.scale = scale;
        return exportGraph(r);
    }

    static void formats()
    {
        QTest::addColumn<QString>("extension");
        for (const char *e : {"svg", "png", "pdf", "dot"})
            QTest::addRow("%s", e) << QString::fromLatin1(e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The shipped chains: 200 steps, an export of each format is tens to hundreds of KB.
        const LoadResult loaded = loadEmbeddedDefault();
        QVERIFY(!hasErrors(loaded.diagnostics));
        m_chain = std::make_shared<const Chain>(loaded.chain);
    }

    void fullDiskKeepsTheGoodFile_data() { formats(); }
    void fullDiskKeepsTheGoodFile()
    {
        QFETCH(QString, extension);
        ScratchFs fs(8 * 1024 * 1024);
        if (!fs.isMounted())
            QSKIP(qPrintable(fs.whyNot()));
        const QString path = fs.filePath(QStringLiteral("keep.") + extension);
        const ExportResult good = exportTo(path, 1);
        QVERIFY2(good.ok, qPrintable(good.error));
        QCOMPARE(QFileInfo(path).size(), good.bytes);
        const QByteArray before = digest(path);

        // Full but for two pages: the new file starts to fit, then the disk is full (a short write).
        QVERIFY(fs.fill(8192) > 0);
        const ExportResult r = exportTo(path, 1);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("cannot write %1: No space left on device").arg(path));
        QCOMPARE(digest(path), before);
        QCOMPARE(entries(fs.path()), QStringList({QStringLiteral("filler"), QStringLiteral("keep.") + extension}));

        // Completely full.
        QVERIFY(fs.fill(0) > 0);
        QVERIFY(!exportTo(path, 1).ok);
        QCOMPARE(digest(path), before);
    }

    void nodesAreLeftAlone_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("kind");
        for (const char *e : {"svg", "png", "pdf", "dot"}) {
            for (const char *k : {"device", "link to device", "fifo", "link to fifo", "directory"})
                QTest::addRow("%s %s", e, k) << QString::fromLatin1(e) << QString::fromLatin1(k);
        }
    }
    void nodesAreLeftAlone()
    {
        QFETCH(QString, extension);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("node.") + extension);
        if (kind.endsWith(QLatin1String("device"))) {
            QString whyNot;
            if (!SeedlineTest::makeNullDevice(node, &whyNot))
                QSKIP(qPrintable(whyNot));
        } else if (kind.endsWith(QLatin1String("fifo"))) {
            QVERIFY(::mkfifo(QFile::encodeName(node).constData(), 0644) == 0);
        } else {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("node.") + extension));
        }
        struct stat before;
        QVERIFY(::lstat(QFile::encodeName(node).constData(), &before) == 0);
        QString path = node;
        if (kind.startsWith(QLatin1String("link"))) {
            path = dir.filePath(QStringLiteral("out.") + extension);
            QVERIFY(QFile::link(node, path));
        }
        const ExportResult r = exportTo(path, 1);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("cannot write %1").arg(path)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("not a regular file")), qPrintable(r.error));
        struct stat after;
        QVERIFY(::lstat(QFile::encodeName(node).constData(), &after) == 0);
        QCOMPARE(after.st_mode, before.st_mode);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_rdev, before.st_rdev);
        if (path != node)
            QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(entries(dir.path()).size(), path == node ? 1 : 2);
    }

    void replacesARegularFileWhole_data() { formats(); }
    void replacesARegularFileWhole()
    {
        QFETCH(QString, extension);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.") + extension);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        const ExportResult r = exportTo(path, 1);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(QFileInfo(path).size(), r.bytes);
        QVERIFY(r.bytes > 1000);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.") + extension});
    }
};

QTEST_MAIN(TestExportSafety)
#include "tst_export_safety.moc"

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partsrst/partsrstloader.h"

#include <QFile>
#include <QTest>

using namespace Seedline;

namespace {

QByteArray sharedPartsRst()
{
    QFile f(QStringLiteral(SEEDLINE_SHARED_DIR "/live-bootstrap/parts.rst"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// About `bytes` of parts.rst-like text: the shared file repeated when present (so every section,
// mention and "rebuilt" sentence recurs), else generated sections that name the one before.
QByteArray synthetic(qsizetype bytes)
{
    QByteArray block = sharedPartsRst();
    if (block.isEmpty()) {
        for (int i = 0; i < 200; ++i) {
            const QByteArray title = "pkg" + QByteArray::number(i) + " 1." + QByteArray::number(i);
            block += title + '\n' + QByteArray(title.size(), '=') + "\n\nBuilt with pkg"
                + QByteArray::number(i ? i - 1 : 0) + " 1." + QByteArray::number(i ? i - 1 : 0)
                + " and make. Pkg" + QByteArray::number(i) + " 1." + QByteArray::number(i)
                + " is then rebuilt with some more prose to read through.\n\n";
        }
    }
    QByteArray out;
    out.reserve(bytes + block.size());
    while (out.size() < bytes)
        out += block + "\n\n";
    return out;
}

} // namespace

class BenchPartsRst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedFile()
    {
        const QByteArray bytes = sharedPartsRst();
        if (bytes.isEmpty())
            QSKIP("../shared/live-bootstrap/parts.rst is not present beside the checkout");
        const LoadOptions options; // built once: the family patterns are compiled regular expressions
        LoadResult r;
        QBENCHMARK {
            r = loadPartsRst(bytes, QStringLiteral("parts.rst"), options);
        }
        QVERIFY(r.chain.steps.size() > 180);
    }

    void fiftyMegabytes()
    {
        const QByteArray bytes = synthetic(50 * 1024 * 1024);
        const LoadOptions options;
        LoadResult r;
        QBENCHMARK_ONCE {
            r = loadPartsRst(bytes, QStringLiteral("synthetic.rst"), options);
        }
        qInfo("50 MB: %lld bytes, %lld steps, %lld requirements", qlonglong(bytes.size()),
              qlonglong(r.chain.steps.size()), qlonglong(r.chain.requirements.size()));
        QVERIFY(r.chain.steps.size() > 1000);
    }
};

QTEST_GUILESS_MAIN(BenchPartsRst)
#include "bench_partsrst.moc"

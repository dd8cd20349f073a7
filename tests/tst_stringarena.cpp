// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// StringArena: strings whose characters share a block must behave as ordinary QStrings: the right
// text, NUL-terminated, independent of their neighbours when changed, alive after the arena and
// after each other (the sanitizer build catches a block freed too early or written out of bounds).
#include "core/stringarena.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace Seedline;

class TestStringArena : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesTheText()
    {
        StringArena arena;
        QCOMPARE(arena.withNumber(u"tcc-0.9.27", u'#', 2), QStringLiteral("tcc-0.9.27#2"));
        QCOMPARE(arena.withNumber(u"x", u'#', 0), QStringLiteral("x#0"));
        QCOMPARE(arena.withNumber(u"x", u'#', 4294967295u), QStringLiteral("x#4294967295"));
        QCOMPARE(arena.withNumber(u"", u'~', 17), QStringLiteral("~17"));
        QCOMPARE(arena.copy(u"gcc-4.0.4"), QStringLiteral("gcc-4.0.4"));
        QCOMPARE(arena.copy(u""), QString());
        QVERIFY(arena.copy(u"").isEmpty());
    }

    void stringsShareABlock()
    {
        StringArena arena;
        const QString a = arena.withNumber(u"python-2.0.1", u'#', 2);
        const QString b = arena.withNumber(u"python-2.0.1", u'#', 3);
        // Next to each other in one allocation: b starts after a and a's terminator.
        QCOMPARE(b.constData(), a.constData() + a.size() + 1);
        QVERIFY(a.isDetached() == false); // shared with the arena and b
    }

    void terminated()
    {
        StringArena arena;
        const QString a = arena.withNumber(u"abc", u'#', 12);
        const QString b = arena.copy(u"defg");
        QCOMPARE(a.utf16()[a.size()], u'\0');
        QCOMPARE(b.utf16()[b.size()], u'\0');
        QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(a.utf16())), QStringLiteral("abc#12"));
    }

    void changesDetach()
    {
        StringArena arena;
        QString a = arena.withNumber(u"m2-planet", u'#', 1);
        const QString b = arena.withNumber(u"m2-planet", u'#', 2);
        a += QStringLiteral("-and-a-long-tail-that-would-overwrite-b");
        a[0] = u'M';
        QCOMPARE(b, QStringLiteral("m2-planet#2"));
        QCOMPARE(a, QStringLiteral("M2-planet#1-and-a-long-tail-that-would-overwrite-b"));
        QString c = arena.copy(u"zzz");
        c.prepend(QStringLiteral("prefix-that-would-overwrite-b-"));
        QCOMPARE(b, QStringLiteral("m2-planet#2"));
        QCOMPARE(c, QStringLiteral("prefix-that-would-overwrite-b-zzz"));
    }

    void outliveTheArenaAndEachOther()
    {
        std::vector<QString> kept;
        {
            StringArena arena(64); // small blocks: many of them
            std::vector<QString> all;
            for (unsigned i = 0; i < 5000; ++i)
                all.push_back(arena.withNumber(u"step", u'#', i));
            for (unsigned i = 0; i < 5000; i += 7)
                kept.push_back(all[i]);
        } // the arena and most strings are gone; the kept ones hold their blocks
        for (size_t k = 0; k < kept.size(); ++k)
            QCOMPARE(kept[k], QStringLiteral("step#%1").arg(k * 7));
        // The last owner of a block may grow in place; its text stays right.
        QString last = kept.back();
        kept.clear();
        last += QStringLiteral("-grown");
        QCOMPARE(last, QStringLiteral("step#4998-grown"));
    }

    void longStringsGetTheirOwnAllocation()
    {
        StringArena arena(64);
        const QString small = arena.copy(u"a");
        const QString big = arena.copy(QString(100, u'x'));
        QCOMPARE(big, QString(100, u'x'));
        QVERIFY(big.isDetached());    // its own allocation, no one else's
        QVERIFY(!small.isDetached()); // its block is the arena's too
        QCOMPARE(arena.copy(u"b").constData(), small.constData() + 2); // the block goes on
    }

    void hashAndCompareAsOrdinaryStrings()
    {
        StringArena arena;
        const QString a = arena.withNumber(u"bash-5.2.15", u'#', 3);
        const QString plain = QStringLiteral("bash-5.2.15#3");
        QCOMPARE(qHash(a), qHash(plain));
        QVERIFY(a == plain);
        QCOMPARE(a.left(4), QStringLiteral("bash"));
        QCOMPARE(a.toUtf8(), QByteArray("bash-5.2.15#3"));
    }
};

QTEST_GUILESS_MAIN(TestStringArena)
#include "tst_stringarena.moc"

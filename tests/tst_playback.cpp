// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The playback model of teaching mode (models/teaching, docs/teaching.md): what plays, the
// environment at every step (tools with uninstalls, the kernel, counters), the firsts, tours; on
// small fixtures and on live-bootstrap's real manifest and checkout (skipped when ../shared is absent).
#include "analysis/chainanalysis.h"
#include "analysis/scenarioapply.h"
#include "chainfile/chainfileloader.h"
#include "io/inputs.h"
#include "manifest/checkoutloader.h"
#include "manifest/manifestloader.h"
#include "teaching/playback.h"
#include "teaching/tourplayback.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Seedline;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SEEDLINE_FIXTURES_DIR "/teaching/") + QLatin1String(name);
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

ChainPtr toyChain()
{
    LoadResult r = loadChainFile(readAll(fixture("toy.chain.toml")), fixture("toy.chain.toml"));
    if (!r.diagnostics.isEmpty())
        qFatal("toy.chain.toml: %s", qPrintable(dump(r.diagnostics)));
    return std::make_shared<const Chain>(std::move(r.chain));
}

ChainPtr toyManifest(const QMap<QString, QString> &config = {})
{
    LoadOptions options;
    options.config = config;
    LoadResult r = loadManifest(readAll(fixture("toy.manifest")), QStringLiteral("toy.manifest"), options);
    if (hasErrors(r.diagnostics))
        qFatal("toy.manifest: %s", qPrintable(dump(r.diagnostics)));
    return std::make_shared<const Chain>(std::move(r.chain));
}

QString sharedDir()
{
    return QStringLiteral(SEEDLINE_SHARED_DIR);
}

QStringList idsOf(const Chain &chain, const QVector<int> &steps)
{
    QStringList out;
    for (int s : steps)
        out << (s >= 0 ? chain.steps[s].id : QStringLiteral("-"));
    return out;
}

QStringList frameIds(const Playback &p)
{
    QStringList out;
    for (const PlaybackFrame &f : p.frames)
        out << p.chain->steps[f.step].id;
    return out;
}

// "package version" of every tool, in panel order.
QStringList toolNames(const Environment &env)
{
    QStringList out;
    for (const EnvironmentTool &t : env.tools)
        out << (t.version.isEmpty() ? t.package : t.package + u' ' + t.version);
    return out;
}

// The environment right after the step with this id.
Environment after(const Playback &p, const QString &id)
{
    const int step = p.chain->indexOf(id);
    if (step < 0)
        qFatal("no step %s", qPrintable(id));
    return environmentAfter(*p.chain, step, p.firsts);
}

QString providerId(const Chain &chain, const Environment &env, const QString &command)
{
    const int s = env.commandProvider(command);
    return s < 0 ? QString() : chain.steps[s].id;
}

QStringList firstsAsText(const Chain &chain, const QVector<First> &firsts)
{
    QStringList out;
    for (const First &f : firsts)
        out << firstKindKey(f.kind) + u'=' + chain.steps[f.step].id;
    return out;
}

} // namespace

class TestPlayback : public QObject
{
    Q_OBJECT

private slots:
    void whatPlays_data()
    {
        QTest::addColumn<bool>("buildsOnly");
        QTest::addColumn<QStringList>("frames");
        QTest::addRow("default kinds") << false
                                       << QStringList{QStringLiteral("seed"), QStringLiteral("builder-hex0-x86-stage2"), QStringLiteral("hex0"),
                                                      QStringLiteral("cc-1.0"), QStringLiteral("cc-2.0"), QStringLiteral("musl-1.0"),
                                                      QStringLiteral("fiwix-1.0"), QStringLiteral("jump-fiwix"), QStringLiteral("python-2.0.1"),
                                                      QStringLiteral("python-2.0.1#2"), QStringLiteral("python-3.1.5"), QStringLiteral("improve-cleanup"),
                                                      QStringLiteral("uninstall-python2"), QStringLiteral("jump-break"), QStringLiteral("linux-headers-5.0"),
                                                      QStringLiteral("linux-5.0"), QStringLiteral("jump-linux"), QStringLiteral("gcc-15.0"),
                                                      QStringLiteral("uninstall-cpp"), QStringLiteral("rust-1.90.0")};
        QTest::addRow("builds only") << true
                                     << QStringList{QStringLiteral("cc-1.0"), QStringLiteral("cc-2.0"), QStringLiteral("musl-1.0"),
                                                    QStringLiteral("fiwix-1.0"), QStringLiteral("python-2.0.1"), QStringLiteral("python-2.0.1#2"),
                                                    QStringLiteral("python-3.1.5"), QStringLiteral("linux-headers-5.0"), QStringLiteral("linux-5.0"),
                                                    QStringLiteral("gcc-15.0"), QStringLiteral("rust-1.90.0")};
    }

    void whatPlays()
    {
        QFETCH(bool, buildsOnly);
        QFETCH(QStringList, frames);
        PlaybackOptions options;
        if (buildsOnly)
            options.kinds = PlaybackOptions::buildsOnly();
        const Playback p = buildPlayback(toyChain(), options);
        QCOMPARE(frameIds(p), frames);
        // Every step up to the last frame is covered by exactly one frame, in order.
        int expected = 0;
        for (int i = 0; i < p.size(); ++i) {
            QCOMPARE(p.frames[i].firstStep, expected);
            for (int s = p.frames[i].firstStep; s <= p.frames[i].step; ++s)
                QCOMPARE(p.positionOf(s), i);
            expected = p.frames[i].step + 1;
        }
        if (buildsOnly)
            QCOMPARE(p.size(), p.chain->buildCount());
    }

    void foldedSteps()
    {
        // The define folds into the next frame; with builds only, the uninstall folds into
        // linux-headers-5.0 and its removals are listed there.
        const Playback all = buildPlayback(toyChain());
        const int cc2 = all.positionOf(all.chain->indexOf(QStringLiteral("cc-2.0")));
        QCOMPARE(all.frames[cc2].firstStep, all.chain->indexOf(QStringLiteral("define-jobs")));
        QCOMPARE(all.positionOf(all.chain->indexOf(QStringLiteral("define-jobs"))), cc2);

        PlaybackOptions options;
        options.kinds = PlaybackOptions::buildsOnly();
        const Playback p = buildPlayback(toyChain(), options);
        const int headers = p.positionOf(p.chain->indexOf(QStringLiteral("linux-headers-5.0")));
        const PlaybackFrame &f = p.frames[headers];
        QCOMPARE(idsOf(*p.chain, f.change.removed), (QStringList{QStringLiteral("python-2.0.1"), QStringLiteral("python-2.0.1#2")}));
        QCOMPARE(idsOf(*p.chain, f.change.installed), QStringList{QStringLiteral("linux-headers-5.0")});
        QVERIFY(!f.change.kernelChanged); // jump: break is not a kernel change
        const int linux = p.positionOf(p.chain->indexOf(QStringLiteral("gcc-15.0")));
        QVERIFY(p.frames[linux].change.kernelChanged); // jump: linux folded into gcc-15.0's frame
        QCOMPARE(p.frames[linux].kernel.name, QStringLiteral("Linux"));
    }

    void fromTo()
    {
        PlaybackOptions options;
        options.kinds = PlaybackOptions::buildsOnly();
        const ChainPtr chain = toyChain();
        options.from = chain->indexOf(QStringLiteral("python-2.0.1"));
        options.to = chain->indexOf(QStringLiteral("linux-5.0"));
        const Playback p = buildPlayback(chain, options);
        QCOMPARE(frameIds(p), (QStringList{QStringLiteral("python-2.0.1"), QStringLiteral("python-2.0.1#2"), QStringLiteral("python-3.1.5"),
                                           QStringLiteral("linux-headers-5.0"), QStringLiteral("linux-5.0")}));
        // The environment before the range counts everything before it.
        const Environment before = p.environmentAt(-1);
        QCOMPARE(before.step, chain->indexOf(QStringLiteral("jump-fiwix")));
        QCOMPARE(before.counters.builds, 4);
        QCOMPARE(before.kernel.name, QStringLiteral("Fiwix"));
        QCOMPARE(p.frames.front().counters.builds, 5);
        QCOMPARE(p.positionOf(chain->indexOf(QStringLiteral("cc-1.0"))), -1);
        QCOMPARE(p.positionOf(FirstKind::Python), 0);
        QCOMPARE(p.positionOf(FirstKind::CCompiler), -1); // before the range
        QCOMPARE(p.firsts.size(), 5);                     // but still known
        // An empty range plays nothing.
        options.from = options.to + 1;
        options.to = options.from - 2;
        QVERIFY(buildPlayback(chain, options).isEmpty());
    }

    void environment_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("tools");
        QTest::addColumn<QString>("cCompiler");
        QTest::addRow("before anything") << QString() << QStringList{} << QString();
        QTest::addRow("stages with families are tools") << QStringLiteral("hex0") << QStringList{QStringLiteral("hex0")} << QString();
        QTest::addRow("a later version replaces the current one")
            << QStringLiteral("cc-2.0") << QStringList{QStringLiteral("hex0"), QStringLiteral("cc 2.0")} << QStringLiteral("cc-2.0");
        QTest::addRow("python 3 over python 2")
            << QStringLiteral("python-3.1.5")
            << QStringList{QStringLiteral("hex0"), QStringLiteral("cc 2.0"), QStringLiteral("musl 1.0"), QStringLiteral("fiwix 1.0"), QStringLiteral("python 3.1.5")}
            << QStringLiteral("cc-2.0");
        QTest::addRow("the final compiler in force")
            << QStringLiteral("gcc-15.0")
            << QStringList{QStringLiteral("hex0"), QStringLiteral("cc 2.0"), QStringLiteral("musl 1.0"), QStringLiteral("fiwix 1.0"), QStringLiteral("python 3.1.5"),
                           QStringLiteral("linux-headers 5.0"), QStringLiteral("linux 5.0"), QStringLiteral("gcc 15.0")}
            << QStringLiteral("gcc-15.0");
    }

    void environment()
    {
        QFETCH(QString, after);
        QFETCH(QStringList, tools);
        QFETCH(QString, cCompiler);
        const ChainPtr chain = toyChain();
        const Environment env = environmentAfter(*chain, after.isEmpty() ? -1 : chain->indexOf(after));
        QCOMPARE(toolNames(env), tools);
        const EnvironmentTool *cc = env.current(QStringLiteral("c-compiler"));
        QCOMPARE(cc ? chain->steps[cc->step].id : QString(), cCompiler);
    }

    void uninstallAndCommands()
    {
        const Playback p = buildPlayback(toyChain());
        const Chain &c = *p.chain;
        {
            const Environment env = after(p, QStringLiteral("python-2.0.1#2"));
            const EnvironmentTool *py = env.tool(QStringLiteral("python"));
            QVERIFY(py);
            QCOMPARE(c.steps[py->step].id, QStringLiteral("python-2.0.1#2"));
            QVERIFY(py->olderSteps.isEmpty()); // the first pass of the same version is overwritten
        }
        {
            const Environment env = after(p, QStringLiteral("python-3.1.5"));
            const EnvironmentTool *py = env.tool(QStringLiteral("python"));
            QCOMPARE(idsOf(c, py->olderSteps), QStringList{QStringLiteral("python-2.0.1#2")});
            QCOMPARE(py->commands, (QStringList{QStringLiteral("python"), QStringLiteral("python2"), QStringLiteral("python2.0"),
                                                QStringLiteral("python3"), QStringLiteral("python3.1")}));
            QCOMPARE(providerId(c, env, QStringLiteral("python")), QStringLiteral("python-3.1.5"));
            QCOMPARE(providerId(c, env, QStringLiteral("python2.0")), QStringLiteral("python-2.0.1#2"));
            QVERIFY(env.isInstalled(c.indexOf(QStringLiteral("python-2.0.1#2"))));
            QVERIFY(env.tool(QStringLiteral("cc"))->olderSteps == QVector<int>{c.indexOf(QStringLiteral("cc-1.0"))});
        }
        {
            const Environment env = after(p, QStringLiteral("uninstall-python2"));
            const EnvironmentTool *py = env.tool(QStringLiteral("python"));
            QVERIFY(py->olderSteps.isEmpty());
            QCOMPARE(py->commands, (QStringList{QStringLiteral("python"), QStringLiteral("python3"), QStringLiteral("python3.1")}));
            QCOMPARE(providerId(c, env, QStringLiteral("python2")), QString());
            QVERIFY(!env.isInstalled(c.indexOf(QStringLiteral("python-2.0.1"))));
            const PlaybackFrame &f = p.frames[p.positionOf(c.indexOf(QStringLiteral("uninstall-python2")))];
            QCOMPARE(idsOf(c, f.change.removed), (QStringList{QStringLiteral("python-2.0.1"), QStringLiteral("python-2.0.1#2")}));
        }
        {
            // uninstall: /usr/bin/cpp removes the command, not the package.
            QCOMPARE(providerId(c, after(p, QStringLiteral("gcc-15.0")), QStringLiteral("cpp")), QStringLiteral("gcc-15.0"));
            const Environment env = after(p, QStringLiteral("uninstall-cpp"));
            QCOMPARE(providerId(c, env, QStringLiteral("cpp")), QString());
            QCOMPARE(providerId(c, env, QStringLiteral("gcc")), QStringLiteral("gcc-15.0"));
            QVERIFY(env.tool(QStringLiteral("gcc")));
            const PlaybackFrame &f = p.frames[p.positionOf(c.indexOf(QStringLiteral("uninstall-cpp")))];
            QCOMPARE(f.change.removedCommands, QStringList{QStringLiteral("cpp")});
        }
        {
            // cc-2.0 replaced cc-1.0 as the current build.
            const PlaybackFrame &f = p.frames[p.positionOf(c.indexOf(QStringLiteral("cc-2.0")))];
            QCOMPARE(idsOf(c, f.change.replaced), QStringList{QStringLiteral("cc-1.0")});
        }
    }

    void kernels_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("jump");
        QTest::addRow("builder-hex0 from the start") << QStringLiteral("seed") << QStringLiteral("builder-hex0")
                                                     << QStringLiteral("builder-hex0-x86-stage2") << QString();
        QTest::addRow("a kernel build is not a jump") << QStringLiteral("fiwix-1.0") << QStringLiteral("builder-hex0")
                                                      << QStringLiteral("builder-hex0-x86-stage2") << QString();
        QTest::addRow("jump: fiwix") << QStringLiteral("jump-fiwix") << QStringLiteral("Fiwix") << QStringLiteral("fiwix-1.0")
                                     << QStringLiteral("jump-fiwix");
        QTest::addRow("jump: break is not a kernel change") << QStringLiteral("jump-break") << QStringLiteral("Fiwix")
                                                            << QStringLiteral("fiwix-1.0") << QStringLiteral("jump-fiwix");
        QTest::addRow("jump: linux boots linux, not its headers") << QStringLiteral("jump-linux") << QStringLiteral("Linux")
                                                                  << QStringLiteral("linux-5.0") << QStringLiteral("jump-linux");
    }

    void kernels()
    {
        QFETCH(QString, after);
        QFETCH(QString, name);
        QFETCH(QString, build);
        QFETCH(QString, jump);
        const Playback p = buildPlayback(toyChain());
        const int position = p.positionOf(p.chain->indexOf(after));
        const KernelState &k = p.frames[position].kernel;
        QCOMPARE(k.name, name);
        QCOMPARE(k.build < 0 ? QString() : p.chain->steps[k.build].id, build);
        QCOMPARE(k.jump < 0 ? QString() : p.chain->steps[k.jump].id, jump);
        QCOMPARE(p.environmentAt(position).kernel, k);
        QCOMPARE(p.frames[position].change.kernelChanged, after == QLatin1String("jump-fiwix") || after == QLatin1String("jump-linux"));
    }

    void kernelsOfAManifest_data()
    {
        QTest::addColumn<bool>("chroot");
        QTest::addColumn<QStringList>("kernels"); // the kernel after each build
        QTest::addColumn<int>("builds");
        const QString hex0 = QStringLiteral("builder-hex0"), fiwix = QStringLiteral("Fiwix 1.5.0-lb1"),
                      linux = QStringLiteral("Linux 4.14.341-openela");
        QTest::addRow("kernel bootstrap") << false
                                          << QStringList{hex0, hex0, hex0, fiwix, fiwix, fiwix, fiwix, fiwix, fiwix, linux, linux}
                                          << 11;
        const QString host = QStringLiteral("host kernel (chroot)");
        QTest::addRow("chroot") << true << QStringList{host, host, host, host, host, host, host, host, host} << 9;
    }

    void kernelsOfAManifest()
    {
        QFETCH(bool, chroot);
        QFETCH(QStringList, kernels);
        QFETCH(int, builds);
        QMap<QString, QString> config;
        if (chroot)
            config.insert(QStringLiteral("CHROOT"), QStringLiteral("True"));
        PlaybackOptions options;
        options.kinds = PlaybackOptions::buildsOnly();
        const Playback p = buildPlayback(toyManifest(config), options);
        QCOMPARE(p.size(), builds);
        QStringList seen;
        for (const PlaybackFrame &f : p.frames)
            seen << (f.kernel.version.isEmpty() ? f.kernel.name : f.kernel.name + u' ' + f.kernel.version);
        QCOMPARE(seen, kernels);
        // Excluded steps never play and never count.
        for (const PlaybackFrame &f : p.frames)
            QVERIFY(!p.chain->steps[f.step].excluded);
        QCOMPARE(p.frames.last().counters.builds, builds);
    }

    void manifestCommands()
    {
        // yacc comes from oyacc, then heirloom-devtools, then oyacc again once heirloom is uninstalled;
        // lex from heirloom, then flex, and `uninstall: /usr/bin/lex` removes it.
        const Playback p = buildPlayback(toyManifest());
        const Chain &c = *p.chain;
        auto at = [&](const char *id) { return after(p, QLatin1String(id)); };
        QCOMPARE(providerId(c, at("heirloom-devtools-070527"), QStringLiteral("yacc")), QStringLiteral("heirloom-devtools-070527"));
        QCOMPARE(providerId(c, at("flex-2.6.4"), QStringLiteral("lex")), QStringLiteral("flex-2.6.4"));
        const Environment uninstalled = at("uninstall:heirloom-devtools-070527");
        QCOMPARE(providerId(c, uninstalled, QStringLiteral("yacc")), QStringLiteral("oyacc-6.6"));
        QVERIFY(!uninstalled.tool(QStringLiteral("heirloom-devtools")));
        const Environment noLex = at("uninstall:/usr/bin/lex");
        QCOMPARE(providerId(c, noLex, QStringLiteral("lex")), QString());
        QCOMPARE(providerId(c, noLex, QStringLiteral("flex")), QStringLiteral("flex-2.6.4"));
        QVERIFY(noLex.tool(QStringLiteral("flex")));
    }

    void firsts_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("firsts");
        QTest::addRow("as loaded") << QString()
                                   << QStringList{QStringLiteral("first-c-compiler=cc-1.0"), QStringLiteral("first-libc=musl-1.0"),
                                                  QStringLiteral("first-python=python-2.0.1"), QStringLiteral("compiler-needs-python=gcc-15.0"),
                                                  QStringLiteral("first-rust=rust-1.90.0")};
        QTest::addRow("python requires rust")
            << QStringLiteral("python-requires-rust")
            << QStringList{QStringLiteral("first-c-compiler=cc-1.0"), QStringLiteral("first-libc=musl-1.0"),
                           QStringLiteral("first-python=python-2.0.1"), QStringLiteral("compiler-needs-python=gcc-15.0"),
                           QStringLiteral("compiler-needs-rust=gcc-15.0"), QStringLiteral("first-rust=rust-1.90.0")};
    }

    void firsts()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, firsts);
        ChainPtr chain = toyChain();
        if (!scenario.isEmpty())
            chain = std::make_shared<const Chain>(applyScenarios(*chain, chain->scenarios));
        const Playback p = buildPlayback(chain);
        QCOMPARE(firstsAsText(*chain, p.firsts), firsts);
        // Each first is marked on the frame it happens in, and is in the environment from then on.
        for (const First &f : p.firsts) {
            const int position = p.positionOf(f.kind);
            QVERIFY(p.frames[position].firsts.contains(f));
            QVERIFY(p.environmentAt(position).firsts.contains(f));
            QVERIFY(position == 0 || !p.environmentAt(position - 1).firsts.contains(f));
        }
        // A first needs the requirement, not the order: the manifest's gcc has no edge to Python.
        const Playback manifest = buildPlayback(toyManifest());
        QCOMPARE(firstsAsText(*manifest.chain, manifest.firsts),
                 (QStringList{QStringLiteral("first-c-compiler=mes-0.27.1"), QStringLiteral("first-libc=musl-1.1.24"),
                              QStringLiteral("first-python=python-3.11.1")}));
    }

    void notYetBuilt()
    {
        const ChainPtr chain = toyChain();
        for (const PlaybackFrame &f : buildPlayback(chain).frames)
            QVERIFY2(f.notYetBuilt.isEmpty(), qPrintable(chain->steps[f.step].id));
        // Under the what-if, python-3.1.5 needs a Rust that comes after it.
        const auto what = std::make_shared<const Chain>(applyScenarios(*chain, chain->scenarios));
        const Playback p = buildPlayback(what);
        const PlaybackFrame &f = p.frames[p.positionOf(what->indexOf(QStringLiteral("python-3.1.5")))];
        QCOMPARE(idsOf(*what, f.notYetBuilt), QStringList{QStringLiteral("rust-1.90.0")});
    }

    void counters()
    {
        PlaybackOptions options;
        options.kinds = PlaybackOptions::buildsOnly();
        const Playback p = buildPlayback(toyChain(), options);
        QCOMPARE(p.frames[0].counters, (BuildCounters{1, 1, 0.5}));
        QCOMPARE(p.frames[1].counters, (BuildCounters{2, 2, 0.75}));
        const BuildCounters &last = p.frames.last().counters;
        QCOMPARE(last.builds, 11);
        QCOMPARE(last.buildsWithHours, 2);
        QCOMPARE(last.buildsWithoutHours(), 9);
        QCOMPARE(last.hours, 0.75);
    }

    void tourPlayback()
    {
        const ChainPtr chain = toyChain();
        const Tour *tour = findTour(*chain, QStringLiteral("toy"));
        QVERIFY(tour);
        QVERIFY(!findTour(*chain, QStringLiteral("nope")));
        const TourPlayback t = buildTourPlayback(chain, *tour);
        QCOMPARE(t.size(), 3);
        QCOMPARE(idsOf(*chain, t.frames[0].steps),
                 (QStringList{QStringLiteral("seed"), QStringLiteral("builder-hex0-x86-stage2"), QStringLiteral("hex0")}));
        QCOMPARE(chain->steps[t.frames[0].step].id, QStringLiteral("hex0"));
        QCOMPARE(toolNames(t.frames[0].environment), QStringList{QStringLiteral("hex0")});
        QCOMPARE(t.frames[0].environment.kernel.name, QStringLiteral("builder-hex0"));
        QVERIFY(t.frames[0].firsts.isEmpty());

        QCOMPARE(idsOf(*chain, t.frames[1].steps),
                 (QStringList{QStringLiteral("python-2.0.1"), QStringLiteral("python-2.0.1#2"), QStringLiteral("python-3.1.5")}));
        QCOMPARE(firstsAsText(*chain, t.frames[1].firsts), QStringList{QStringLiteral("first-python=python-2.0.1")});
        QCOMPARE(t.frames[1].environment.counters.builds, 7);
        QVERIFY(t.frames[1].scenarios.isEmpty());
        QCOMPARE(t.frames[1].chain, chain);

        // The last stop switches the what-if on: its chain, analysis and firsts are those of the
        // chain with it, and the environment is taken at the stop's step.
        const TourFrame &last = t.frames[2];
        QCOMPARE(last.scenarios, QStringList{QStringLiteral("python-requires-rust")});
        QVERIFY(last.chain != chain);
        QVERIFY(last.analysis->stepRequires(last.step, QStringLiteral("rust")));
        QVERIFY(!t.frames[1].analysis->stepRequires(last.step, QStringLiteral("rust")));
        QCOMPARE(firstsAsText(*chain, last.firsts),
                 (QStringList{QStringLiteral("compiler-needs-python=gcc-15.0"), QStringLiteral("compiler-needs-rust=gcc-15.0")}));
        QCOMPARE(last.environment.kernel.name, QStringLiteral("Linux"));
        QVERIFY(last.environment.tool(QStringLiteral("gcc")));
    }

    // --- live-bootstrap's real manifest (../shared/live-bootstrap/manifest) ---

    void sharedManifest_data()
    {
        QTest::addColumn<QString>("after");      // a step id of the manifest
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("current");    // its current build; "" = absent
        QTest::addColumn<QStringList>("older");  // older builds still installed
        QTest::addColumn<QStringList>("present"); // commands that must resolve
        QTest::addColumn<QStringList>("absent");  // commands that must not
        QTest::addRow("heirloom-devtools installed")
            << QStringLiteral("heirloom-devtools-070527") << QStringLiteral("heirloom-devtools")
            << QStringLiteral("heirloom-devtools-070527") << QStringList{} << QStringList{QStringLiteral("yacc"), QStringLiteral("lex")} << QStringList{};
        QTest::addRow("heirloom-devtools uninstalled")
            << QStringLiteral("uninstall:heirloom-devtools-070527") << QStringLiteral("heirloom-devtools") << QString() << QStringList{}
            << QStringList{QStringLiteral("yacc"), QStringLiteral("lex"), QStringLiteral("flex")} << QStringList{};
        QTest::addRow("five perls")
            << QStringLiteral("perl-5.6.2") << QStringLiteral("perl") << QStringLiteral("perl-5.6.2")
            << QStringList{QStringLiteral("perl-5.000"), QStringLiteral("perl-5.003"), QStringLiteral("perl5.004-05"), QStringLiteral("perl5.005-03")}
            << QStringList{QStringLiteral("perl")} << QStringList{};
        QTest::addRow("the old perls uninstalled")
            << QStringLiteral("uninstall:perl-5.000") << QStringLiteral("perl") << QStringLiteral("perl-5.6.2") << QStringList{}
            << QStringList{QStringLiteral("perl")} << QStringList{};
        QTest::addRow("eleven pythons")
            << QStringLiteral("python-3.11.1") << QStringLiteral("python") << QStringLiteral("python-3.11.1")
            << QStringList{QStringLiteral("python-2.0.1#2"), QStringLiteral("python-2.3.7#2"), QStringLiteral("python-2.5.6"), QStringLiteral("python-3.1.5#2"),
                           QStringLiteral("python-3.3.7"), QStringLiteral("python-3.4.10"), QStringLiteral("python-3.8.16")}
            << QStringList{QStringLiteral("python2.0"), QStringLiteral("python2.3"), QStringLiteral("python3.8"), QStringLiteral("python3.11")}
            << QStringList{};
        // The manifest uninstalls 2.0.1, 2.3.7, 3.1.5, 3.3.7, 3.4.10 and 3.8.16, but not 2.5.6: of
        // the Python 2 builds only 2.5.6 is left, and `python2` runs it.
        QTest::addRow("the old pythons uninstalled")
            << QStringLiteral("uninstall:python-2.0.1") << QStringLiteral("python") << QStringLiteral("python-3.11.1")
            << QStringList{QStringLiteral("python-2.5.6")}
            << QStringList{QStringLiteral("python"), QStringLiteral("python3"), QStringLiteral("python3.11"), QStringLiteral("python2"), QStringLiteral("python2.5")}
            << QStringList{QStringLiteral("python2.0"), QStringLiteral("python2.3"), QStringLiteral("python3.1"), QStringLiteral("python3.3"),
                           QStringLiteral("python3.4"), QStringLiteral("python3.8")};
        QTest::addRow("the final GCC")
            << QStringLiteral("gcc-15.2.0") << QStringLiteral("gcc") << QStringLiteral("gcc-15.2.0")
            << QStringList{QStringLiteral("gcc-4.0.4#2"), QStringLiteral("gcc-4.7.4"), QStringLiteral("gcc-10.5.0")}
            << QStringList{QStringLiteral("gcc"), QStringLiteral("g++")} << QStringList{};
    }

    void sharedManifest()
    {
        QFETCH(QString, after);
        QFETCH(QString, package);
        QFETCH(QString, current);
        QFETCH(QStringList, older);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString path = sharedDir() + QStringLiteral("/live-bootstrap/manifest");
        if (!QFile::exists(path))
            QSKIP("../shared/live-bootstrap/manifest is missing: the playback is checked against live-bootstrap's real manifest only when it is there");
        LoadResult r = loadManifest(readAll(path), QStringLiteral("steps/manifest"), LoadOptions{});
        QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
        const auto chain = std::make_shared<const Chain>(std::move(r.chain));
        const Playback p = buildPlayback(chain);
        const int step = chain->indexOf(after);
        QVERIFY2(step >= 0, qPrintable(after));
        const Environment env = p.environmentAt(p.positionOf(step));
        QCOMPARE(env.step, step);
        const EnvironmentTool *tool = env.tool(package);
        QCOMPARE(tool ? chain->steps[tool->step].id : QString(), current);
        if (tool)
            QCOMPARE(idsOf(*chain, tool->olderSteps), older);
        for (const QString &command : present)
            QVERIFY2(env.commandProvider(command) >= 0, qPrintable(command));
        for (const QString &command : absent)
            QVERIFY2(env.commandProvider(command) < 0, qPrintable(command + QStringLiteral(" runs ") + providerId(*chain, env, command)));
    }

    void sharedManifestPlays()
    {
        const QString path = sharedDir() + QStringLiteral("/live-bootstrap/manifest");
        if (!QFile::exists(path))
            QSKIP("../shared/live-bootstrap/manifest is missing");
        LoadResult r = loadManifest(readAll(path), QStringLiteral("steps/manifest"), LoadOptions{});
        const auto chain = std::make_shared<const Chain>(std::move(r.chain));
        PlaybackOptions options;
        options.kinds = PlaybackOptions::buildsOnly();
        const Playback p = buildPlayback(chain, options);
        // One frame per build: 170, all included under the default configuration.
        QCOMPARE(p.size(), 170);
        QCOMPARE(p.size(), chain->buildCount());
        // python-3.11.1 is build #150 (reference/facts.md); no hours are known for the manifest.
        const PlaybackFrame &python = p.frames[p.positionOf(chain->indexOf(QStringLiteral("python-3.11.1")))];
        QCOMPARE(python.counters.builds, 150);
        QCOMPARE(python.counters.buildsWithoutHours(), 150);
        // builder-hex0 -> Fiwix -> Linux; jump: break (excluded) and jump: move_disk are no kernel changes.
        QStringList kernels;
        for (const PlaybackFrame &f : p.frames) {
            const QString k = f.kernel.name + u' ' + f.kernel.version;
            if (kernels.isEmpty() || kernels.last() != k)
                kernels << k;
        }
        QCOMPARE(kernels, (QStringList{QStringLiteral("builder-hex0 "), QStringLiteral("Fiwix 1.5.0-lb1"), QStringLiteral("Linux 4.14.341-openela")}));
        const PlaybackFrame &linux = p.frames[p.positionOf(chain->indexOf(QStringLiteral("musl-1.2.5#2")))];
        QVERIFY(linux.change.kernelChanged);
        QCOMPARE(chain->steps[linux.kernel.build].id, QStringLiteral("linux-4.14.341-openela"));
        QCOMPARE(chain->steps[linux.kernel.jump].id, QStringLiteral("jump:linux"));
        // The firsts of the manifest alone: no observed edges, so no compiler needs Python yet.
        QCOMPARE(firstsAsText(*chain, p.firsts),
                 (QStringList{QStringLiteral("first-c-compiler=mes-0.27.1"), QStringLiteral("first-libc=musl-1.1.24"),
                              QStringLiteral("first-python=python-2.0.1")}));
        // Under a chroot: the host's kernel throughout, six builds fewer.
        LoadOptions chroot;
        chroot.config.insert(QStringLiteral("CHROOT"), QStringLiteral("True"));
        LoadResult rc = loadManifest(readAll(path), QStringLiteral("steps/manifest"), chroot);
        const Playback pc = buildPlayback(std::make_shared<const Chain>(std::move(rc.chain)), options);
        QCOMPARE(pc.size(), 170 - 7); // fiwix, lwext4, kexec-fiwix, kexec-linux, kexec-tools, linux, grub
        for (const PlaybackFrame &f : pc.frames)
            QCOMPARE(f.kernel.name, QStringLiteral("host kernel (chroot)"));
    }

    void sharedCheckout()
    {
        // With the checkout's observed edges (gcc-15.2.0 runs python3), the compiler's need for
        // Python is a first.
        const QString dir = sharedDir() + QStringLiteral("/live-bootstrap/checkout-2025-12");
        if (!QDir(dir).exists())
            QSKIP("../shared/live-bootstrap/checkout-2025-12 is missing");
        LoadResult r = loadCheckout(dir, LoadOptions{});
        QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
        const auto chain = std::make_shared<const Chain>(std::move(r.chain));
        const Playback p = buildPlayback(chain);
        const QStringList firsts = firstsAsText(*chain, p.firsts);
        QVERIFY2(firsts.contains(QStringLiteral("first-python=python-2.0.1")), qPrintable(firsts.join(u' ')));
        bool compilerNeedsPython = false;
        for (const First &f : p.firsts) {
            if (f.kind != FirstKind::CompilerNeedsPython)
                continue;
            compilerNeedsPython = true;
            QVERIFY(chain->steps[f.step].package == QLatin1String("gcc"));
            QVERIFY(f.step > chain->indexOf(QStringLiteral("python-2.0.1")));
        }
        QVERIFY2(compilerNeedsPython, qPrintable(firsts.join(u' ')));
    }

    // --- the chains Seedline ships ---

    void shippedChain()
    {
        LoadResult r = loadChainFile(readAll(QStringLiteral(":/chains/seedline.chain.toml")), QStringLiteral(":/chains/seedline.chain.toml"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
        const auto chain = std::make_shared<const Chain>(std::move(r.chain));
        const Playback p = buildPlayback(chain);
        QCOMPARE(firstsAsText(*chain, p.firsts),
                 (QStringList{QStringLiteral("first-c-compiler=cc_x86"), QStringLiteral("first-libc=musl-1.1.24"),
                              QStringLiteral("first-python=python-2.0.1"), QStringLiteral("compiler-needs-python=gcc-15.2.0"),
                              QStringLiteral("first-rust=rust-1.90.0")}));
        const Environment atPython = p.environmentAt(p.positionOf(chain->indexOf(QStringLiteral("python-3.11.1"))));
        QCOMPARE(atPython.counters.builds, 150);
        QCOMPARE(chain->steps[atPython.current(QStringLiteral("c-compiler"))->step].id, QStringLiteral("gcc-4.7.4"));
        QCOMPARE(chain->steps[atPython.current(QStringLiteral("libc"))->step].id, QStringLiteral("musl-1.2.5#3"));
        QCOMPARE(atPython.kernel.name, QStringLiteral("builder-hex0")); // the shipped chain has no jumps
        const Environment end = p.environmentAt(p.size() - 1);
        QCOMPARE(end.counters.buildsWithHours, 2); // mrustc and rustc 1.90.0 (nixpkgs timings)
        QVERIFY(qAbs(end.counters.hours - (0.0114 + 0.8722)) < 1e-9);

        // What CPython-with-Rust adds: the final GCC needs Rust, and python-3.11.1 a rustc built after it.
        const auto what = std::make_shared<const Chain>(applyScenarios(*chain, chain->scenarios));
        const Playback pw = buildPlayback(what);
        QVERIFY(firstsAsText(*what, pw.firsts).contains(QStringLiteral("compiler-needs-rust=gcc-15.2.0")));
        const PlaybackFrame &py = pw.frames[pw.positionOf(what->indexOf(QStringLiteral("python-3.11.1")))];
        QVERIFY(idsOf(*what, py.notYetBuilt).contains(QStringLiteral("rust-1.98.0")));
    }
};

QTEST_GUILESS_MAIN(TestPlayback)
#include "tst_playback.moc"

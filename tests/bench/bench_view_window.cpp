// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window on a big graph, as a user meets it: open a DOT file, wait for the first drawing and
// for the final layout, then pan, zoom and click a node. A probe timer on the GUI thread's event
// loop measures the longest stall; also the time to the first view (and its shape: a strip is not
// a useful view), to the final view, the restyle after a click, and the peak memory (VmHWM).
//
// Input: SEEDLINE_BENCH_DOT=/path/graph.dot, else Debian's dependency graph around python3 made by
// ../shared/tools/debian-depends-dot.py from this machine's apt index (skipped without one).
// Run: QT_QPA_PLATFORM=offscreen bench_view_window
#include "core/allocatortuning.h"
#include "document/document.h"
#include "graph/graphlayers.h"
#include "graph/graphview.h"
#include "scene/scenebuilder.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Seedline;

namespace {

// The longest gap between two ticks of a 5 ms timer: how long the event loop was blocked.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    qint64 longestMs() const { return std::max<qint64>(0, m_longest - 5); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

qint64 peakKilobytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

QString debianGraph()
{
    const QString given = qEnvironmentVariable("SEEDLINE_BENCH_DOT");
    if (!given.isEmpty())
        return given;
    const QString out = QDir::temp().filePath(QStringLiteral("seedline-bench-debian-python3.dot"));
    if (QFileInfo::exists(out))
        return out;
    const QStringList lists = QDir(QStringLiteral("/var/lib/apt/lists"))
                                  .entryList({QStringLiteral("*bookworm_main_binary-amd64_Packages.lz4")});
    const QString tool = QStringLiteral(SEEDLINE_SHARED_DIR "/tools/debian-depends-dot.py");
    if (lists.isEmpty() || !QFileInfo::exists(tool))
        return {};
    const QString packages = QDir::temp().filePath(QStringLiteral("seedline-bench-Packages"));
    QProcess cat;
    cat.setStandardOutputFile(packages);
    cat.start(QStringLiteral("/usr/lib/apt/apt-helper"),
              {QStringLiteral("cat-file"), QStringLiteral("/var/lib/apt/lists/") + lists.first()});
    if (!cat.waitForFinished(120000) || cat.exitCode() != 0)
        return {};
    QProcess make;
    make.start(QStringLiteral("python3"), {tool, packages, out, QStringLiteral("--around"), QStringLiteral("python3")});
    if (!make.waitForFinished(300000) || make.exitCode() != 0)
        return {};
    return out;
}

} // namespace

class BenchViewWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openPanZoomClick()
    {
        const QString file = debianGraph();
        if (file.isEmpty())
            QSKIP("no graph: set SEEDLINE_BENCH_DOT, or have an apt index and ../shared/tools");
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StallProbe probe;
        QSignalSpy shown(&window, &MainWindow::graphShown);
        QElapsedTimer clock;
        probe.start();
        clock.start();
        window.openFiles({file});
        QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 120000));
        const qint64 firstView = clock.elapsed();
        const QRectF firstRect = window.graphView()->sceneRect();
        const qint64 stallToFirst = probe.longestMs();
        QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().at(0).toBool()
                                               && !window.sceneBuilder()->isRunning(); },
                                600000));
        const qint64 finalView = clock.elapsed();
        const QRectF finalRect = window.graphView()->sceneRect();
        const qint64 stallOpening = probe.longestMs();

        // Pan and zoom as a user does, with the event loop running in between.
        probe.start();
        GraphView *view = window.graphView();
        QStringList frames; // the time of one full repaint at each zoom level, and the edges drawn
        const EdgeLayer *edgeLayer = nullptr;
        for (QGraphicsItem *item : view->scene()->items())
            if (item->type() == EdgeLayer::Type)
                edgeLayer = static_cast<const EdgeLayer *>(item);
        QVERIFY(edgeLayer);
        for (int i = 0; i < 10; ++i) {
            view->zoomAround(view->zoom() * 1.6, QPointF(view->viewport()->rect().center()));
            QElapsedTimer frame;
            frame.start();
            view->viewport()->repaint();
            frames << QStringLiteral("%1× %2 ms (%3)")
                          .arg(view->zoom(), 0, 'g', 2)
                          .arg(frame.elapsed())
                          .arg(edgeLayer->drewBackdrop() ? QStringLiteral("edges from the picture")
                                                         : QStringLiteral("%1 edges%2").arg(edgeLayer->edgesDrawn())
                                                               .arg(edgeLayer->drewHairlines() ? QStringLiteral(", hairlines") : QString()));
            QTest::qWait(30);
        }
        for (int i = 0; i < 20; ++i) {
            view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 120);
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 80);
            QTest::qWait(20);
        }
        view->fitAll(false);
        QTest::qWait(100);
        const qint64 stallNavigating = probe.longestMs();

        // Clicks on nodes: the view answers (the current step framed, repainted), then the highlight
        // of what the step needs and what needs it arrives from the background (new styles handed
        // to the view) and is painted. python3 has 8,823 dependants, libc6 more; a leaf has none.
        probe.start();
        QStringList clicks;
        qint64 clickShown = 0, styledMs = 0, restyleMs = 0;
        const QStringList targets{QStringLiteral("python3"), QStringLiteral("libc6"), QStringLiteral("python3-yaml"),
                                  QStringLiteral("python3")};
        for (const QString &target : targets) {
            if (window.document()->chain()->indexOf(target) < 0)
                continue;
            QElapsedTimer restyle;
            qint64 styledAt = -1;
            const QMetaObject::Connection c = connect(window.sceneBuilder(), &SceneBuilder::styleReady, this,
                                                      [&] { styledAt = restyle.elapsed(); });
            restyle.start();
            window.selectStepId(target, false);
            view->viewport()->repaint();
            const qint64 shownMs = restyle.elapsed();
            QVERIFY(QTest::qWaitFor([&] { return styledAt >= 0; }, 60000));
            view->viewport()->repaint();
            const qint64 paintedMs = restyle.elapsed();
            disconnect(c);
            clicks << QStringLiteral("%1: %2 / %3 / %4 ms").arg(target).arg(shownMs).arg(styledAt).arg(paintedMs);
            clickShown = std::max(clickShown, shownMs);
            styledMs = std::max(styledMs, styledAt);
            restyleMs = std::max(restyleMs, paintedMs);
            QTest::qWait(100);
        }
        const qint64 stallClick = probe.longestMs();

        const auto rect = [](const QRectF &r) { return QStringLiteral("%1 x %2 pt").arg(r.width(), 0, 'f', 0).arg(r.height(), 0, 'f', 0); };
        qInfo().noquote() << QStringLiteral("input: %1").arg(file);
        qInfo().noquote() << QStringLiteral("first view: %1 ms (%2), longest stall before it %3 ms")
                                 .arg(firstView).arg(rect(firstRect)).arg(stallToFirst);
        qInfo().noquote() << QStringLiteral("final view: %1 ms (%2), longest stall while opening %3 ms")
                                 .arg(finalView).arg(rect(finalRect)).arg(stallOpening);
        qInfo().noquote() << QStringLiteral("pan and zoom: longest stall %1 ms").arg(stallNavigating);
        qInfo().noquote() << QStringLiteral("a full repaint at each zoom: %1").arg(frames.join(QStringLiteral(", ")));
        qInfo().noquote() << QStringLiteral("clicks (the view answers / new styles handed to the view / painted): %1")
                                 .arg(clicks.join(QStringLiteral(", ")));
        qInfo().noquote() << QStringLiteral("click: the view answers in %1 ms, new styles in %2 ms, painted in %3 ms "
                                            "(the slowest of each), longest stall %4 ms")
                                 .arg(clickShown).arg(styledMs).arg(restyleMs).arg(stallClick);
        qInfo().noquote() << QStringLiteral("peak memory (VmHWM): %1 MB").arg(peakKilobytes() / 1024);
        const double aspect = finalRect.width() / std::max<qreal>(1, finalRect.height());
        QVERIFY2(aspect < 20 && aspect > 0.05, "the final view is a strip");
    }
};

// As the application's main() does: huge pages for malloc, the window's allocator settings.
int main(int argc, char **argv)
{
    restartWithHugePages(argv);
    tuneAllocatorForWindow();
    QApplication app(argc, argv);
    BenchViewWindow bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_view_window.moc"

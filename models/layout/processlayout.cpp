// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutinternal.h"

#include <QElapsedTimer>
#include <QProcess>

namespace Seedline::LayoutInternal {

LayoutResult runProcess(const QString &program, const LayoutGraph &graph, const LayoutOptions &options,
                        const EngineChoice &choice, const std::atomic_bool *cancel)
{
    LayoutResult result;
    result.engine = choice.engine + QStringLiteral(" (process)");
    QElapsedTimer timer;
    timer.start();

    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("-K") + choice.engine, QStringLiteral("-Tjson0")});
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(10000)) {
        result.error = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return result;
    }
    process.write(graphvizInput(graph, options, choice));
    process.closeWriteChannel();

    auto stop = [&](const QString &why) {
        process.kill();
        process.waitForFinished(2000);
        result.error = why;
        result.elapsedMs = timer.elapsed();
        return result;
    };
    // Poll: waitForFinished(50) also pumps stdin and collects stdout/stderr.
    while (!process.waitForFinished(50)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return stop(QStringLiteral("layout cancelled"));
        }
        if (options.timeoutMs > 0 && timer.elapsed() > options.timeoutMs) {
            result.timedOut = true;
            return stop(QStringLiteral("%1 did not finish within %2 s and was stopped; try a smaller selection or "
                                       "another engine")
                            .arg(choice.engine)
                            .arg(options.timeoutMs / 1000.0, 0, 'f', 1));
        }
    }
    result.elapsedMs = timer.elapsed();
    const QByteArray out = process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = process.exitStatus() != QProcess::NormalExit
                           ? QStringLiteral("%1 crashed: %2").arg(program, err.isEmpty() ? process.errorString() : err)
                           : QStringLiteral("%1 failed (exit code %2): %3").arg(program).arg(process.exitCode()).arg(err);
        return result;
    }
    if (!err.isEmpty())
        result.notes << err.split(u'\n').mid(0, 5);
    result.ok = parseJsonLayout(out, graph, options, result);
    return result;
}

} // namespace Seedline::LayoutInternal

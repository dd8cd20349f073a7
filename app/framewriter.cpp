// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framewriter.h"

#include "io/safewrite.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Seedline::Cli {

std::optional<QSize> parsePictureSize(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*[x×X]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    const QSize size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
    if (!size.isValid() || size.width() < 100 || size.height() < 100 || size.width() > 16384 || size.height() > 16384) {
        *error = QStringLiteral("expects WIDTHxHEIGHT in pixels, each from 100 to 16384 (such as 1920x1080), not '%1'")
                     .arg(text);
        return std::nullopt;
    }
    return size;
}

QString frameFileName(int index, int count, const QString &extension)
{
    const int digits = std::max(4, int(QString::number(std::max(count, 1)).size()));
    return QStringLiteral("frame-%1.%2").arg(index + 1, digits, 10, QLatin1Char('0')).arg(extension);
}

FrameWriteResult writeFrames(const QString &directory, const QString &extension, const FrameSequence &frames,
                             const std::function<void(int written)> &progress)
{
    FrameWriteResult result;
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir()) {
        result.error = QStringLiteral("%1 exists and is not a directory").arg(directory);
        return result;
    }
    if (!info.exists() && !QDir().mkpath(directory)) {
        result.error = QStringLiteral("cannot create the directory %1").arg(directory);
        return result;
    }
    const QDir dir(directory);
    const int count = int(frames.labels.size());
    QSet<QString> names;
    for (int i = 0; i < count; ++i) {
        const QString name = frameFileName(i, count, extension);
        names.insert(name);
        QString error;
        const QByteArray bytes = frames.render(i, &error);
        if (bytes.isEmpty()) {
            result.error = QStringLiteral("frame %1 (%2): %3")
                               .arg(i + 1)
                               .arg(frames.labels[i], error.isEmpty() ? QStringLiteral("nothing was drawn") : error);
            break;
        }
        const WriteResult written = writeFileAtomically(dir.filePath(name), bytes);
        if (!written.ok) {
            result.error = written.message();
            break;
        }
        ++result.written;
        if (progress)
            progress(result.written);
    }
    // What an earlier run left: reported, never deleted.
    static const QRegularExpression framePattern(QStringLiteral("^frame-\\d+\\.(svg|png)$"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (framePattern.match(name).hasMatch() && !names.contains(name))
            result.leftovers << name;
    }
    result.ok = result.error.isEmpty();
    return result;
}

} // namespace Seedline::Cli

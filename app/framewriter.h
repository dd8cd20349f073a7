// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Seedline::Cli {

// "1920x1080" (or "1920×1080") -> QSize, each side from 100 to 16384; nullopt and *error otherwise.
std::optional<QSize> parsePictureSize(const QString &text, QString *error);

// The frames of an animation, whatever `seedline frames` animates (--timeline; the teaching mode's
// tours can be another source): one label per frame for messages ("2025-11-10") and a function that
// renders frame `index` into the bytes of its file (empty and *error when it cannot).
struct FrameSequence
{
    QStringList labels;
    std::function<QByteArray(int index, QString *error)> render;
};

struct FrameWriteResult
{
    bool ok = false;
    int written = 0;
    QString error;         // why it stopped (the frames before it were written)
    QStringList leftovers; // frame files in the directory this run did not write (left alone)
};

// The file name of frame `index` (0-based) of `count`: "frame-0001.png" (at least four digits).
QString frameFileName(int index, int count, const QString &extension);

// Writes every frame into `directory` (created when missing) as frame-0001.EXT, frame-0002.EXT, ...,
// each whole or not at all (writeFileAtomically). Frames of an earlier run with the same names are
// replaced; no other file is touched, and none is ever deleted: numbered frames this run did not
// write (an earlier run was longer, or wrote the other format) are listed in `leftovers`.
// `progress` is called after each frame.
FrameWriteResult writeFrames(const QString &directory, const QString &extension, const FrameSequence &frames,
                             const std::function<void(int written)> &progress = {});

} // namespace Seedline::Cli

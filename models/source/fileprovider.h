// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loadoptions.h"
#include "io/boundedread.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Seedline {

// Where the loaders read a file from before they go to the disk: the source pane's unsaved
// buffers, so that an edited chain file (or an include of it open in the editor) is loaded as it
// stands in the editor. LoadOptions::files holds one; loaders reach it through readInputFile().
class FileProvider
{
public:
    virtual ~FileProvider() = default;
    // The bytes for `path` when this provider holds that file, else nullopt (read the disk).
    virtual std::optional<QByteArray> contents(const QString &path) const = 0;
};

// An immutable snapshot of edited buffers, path -> bytes: taken on the GUI thread, read by the load
// on a worker thread. Paths are matched by their absolute, cleaned form and by their canonical one.
class BufferSnapshot final : public FileProvider
{
public:
    void insert(const QString &path, const QByteArray &bytes);
    bool isEmpty() const { return m_files.isEmpty(); }
    qsizetype size() const { return m_paths.size(); }
    QStringList paths() const { return m_paths; }
    std::optional<QByteArray> contents(const QString &path) const override;

private:
    QHash<QString, QByteArray> m_files; // every key of each file
    QStringList m_paths;                // as inserted
};

// The absolute, cleaned form of a path ("dir/../a.toml" -> "/abs/a.toml"); ":/" resources stay.
QString normalizedPath(const QString &path);
// Whether two paths name the same file (equal normalized, or equal canonical when both exist).
bool isSameFile(const QString &a, const QString &b);

// The one read of a named input file every loader does: the provider's buffer when it holds the
// path, a compiled-in ":/" resource, else the disk through readBounded() with the options' limits.
ReadResult readInputFile(const QString &path, const LoadOptions &options);

} // namespace Seedline

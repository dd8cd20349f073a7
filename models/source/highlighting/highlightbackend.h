// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstyle.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Seedline {

// Which KSyntaxHighlighting definition highlights a file: by file name first (the definition whose
// patterns match it), else by name (Seedline knows what each input is).
struct SyntaxChoice
{
    QString fileName;       // "live-bootstrap.chain.toml", "pass1.kaem", "manifest"
    QString definitionName; // "TOML", "Bash", "live-bootstrap Manifest"; empty: the file name decides
    bool operator==(const SyntaxChoice &) const = default;
};

// The highlighting of one text document by one backend. The owner mirrors every change of the text
// into it (updateLines); results arrive as batches, asynchronously or not, never blocking typing.
class HighlightSession : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Lines [first, first + removed) of the text were replaced by `inserted`.
    virtual void updateLines(int first, int removed, const QStringList &inserted) = 0;
    // Light or dark theme (the palette's lightness decides); everything is highlighted again.
    virtual void setDark(bool dark) = 0;

Q_SIGNALS:
    void highlighted(const Seedline::HighlightBatch &batch);
    // This document cannot be highlighted (no such definition, the tool failed): shown plain.
    void failed(const QString &reason);
};

// A way to highlight: KSyntaxHighlighting in-process (KF6), our KF5 helper process, or the KF5
// command-line tool. All of them read the same definitions, Seedline's own included.
class HighlightBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString name() const = 0;
    virtual std::unique_ptr<HighlightSession> createSession(const SyntaxChoice &syntax, bool dark) = 0;

Q_SIGNALS:
    // The backend stopped working (its process died, or cannot start): the next one takes over.
    void broken(const QString &reason);
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Seedline {

// What `seedline summary` computes; the app only parses arguments and prints.
struct SummaryOptions
{
    QString target;                 // a step id; "" for none
    QStringList requiresFamilies;   // families listed under "requires" (python and rust always)
    RequirementKinds followed = defaultFollowedKinds();
    bool why = false;               // the text form prints each witness
    QString pathFrom, pathTo;       // --path FROM TO
    QString scenario;               // --scenario NAME: apply it and report what changed
    bool collapse = false;          // --collapse: collapse version series first
    // What to build: the command line prints one of them, so the other need not be made (the JSON
    // of every witness is most of the work on a large graph).
    bool text = true;
    bool json = true;
};

struct SummaryReport
{
    QJsonObject json;
    QString text;
    Diagnostics problems; // problems with the options themselves (unknown target, scenario...)
};

// Computes the summary of a loaded chain. `loadDiagnostics` are reported as they are.
SummaryReport buildSummary(const Chain &chain, const Diagnostics &loadDiagnostics, const SummaryOptions &options);

// A diagnostic as JSON: {"file","line","column","severity","message"}.
QJsonObject diagnosticToJson(const Diagnostic &diagnostic);

} // namespace Seedline

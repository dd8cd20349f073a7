// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Seedline {

class DiagnosticsModel;
class Document;
struct FailedLoad;

// What the Diagnostics panel lists: the diagnostics of the chain shown and, while the last load
// failed and the previous chain stayed, that load's diagnostics first, marked stale under a line
// that says which open failed, when, and which chain is shown instead. A load that succeeds
// clears them (Document::failedLoad()).
void showDocumentDiagnostics(DiagnosticsModel &model, const Document &document);

// "From the failed open of broken.chain.toml at 12:03 — not about the chain shown, which is
// still small.chain.toml"
QString staleDiagnosticsNote(const FailedLoad &failed, const Document &document);

} // namespace Seedline

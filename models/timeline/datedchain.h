// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "timeline/timelineseries.h"

namespace Seedline {

// The chain as it stood on row.date: the loaded chain with its series of `family` builds (every
// Build step providing the family) and its anchor tool steps (package or family row.anchor.tool)
// replaced by the row's chain:
//
//  - one tool step for the anchor's release ("mrustc-0.11.0"; "mrustc-projected-2028-01-05"), and one
//    Build step per member ("rust-1.74.0" ... "rust-1.91.1"). A step of the loaded chain with the
//    same id is kept as it is (with its facts and requirements); the others are copies of the newest
//    loaded member (or tool step) with the new id, version, label and release date, and that
//    template's requirements on steps outside the series. Copies carry the attribute
//    "timeline" = "dated" (or "projected" for projected versions and tool releases);
//  - the first member needs the tool step and every later member its predecessor (`declared`);
//  - requirements of other steps on a removed member go to the newest member of the date, on a
//    removed tool step to the anchor's tool step.
//
// Everything else (steps, order, requirements, scenarios, timeline) is kept, so scenarios and the
// analysis run on it unchanged. Returns the chain as it is for a row without members.
Chain chainAtDate(const Chain &chain, const TimelineRow &row, const QString &family = QStringLiteral("rust"));

// The step id chainAtDate gives the anchor's tool step ("mrustc-0.11.0"), empty without a tool.
QString anchorStepId(const AnchorInForce &anchor);

} // namespace Seedline

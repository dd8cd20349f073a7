// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "timeline/timelineseries.h"

namespace Seedline {

// Projects a family's releases and its anchor tool's advances past the end of the data.
//
// `releases` are the family's releases (any order); `advances` the anchor changes under the released
// policy (the tool's own history, by date). Minor releases continue every cadenceDays after the last
// one, up to the newest release's date + horizonYears. The tool advances never, every
// averageIntervalDays (the mean gap between its past advances), or every N months after its last
// advance; only advances after the end of the data count. An advance builds the newest x.y.0 released
// averageLagDays (the mean delay from a target's release to the tool release that builds it) before
// it, and is skipped when that is not newer than the target before it.
ProjectionInfo projectTimeline(const QVector<Release> &releases, const QVector<AnchorInForce> &advances,
    const ProjectionOptions &options, Diagnostics *problems = nullptr);

// The anchor changes under the released policy: anchors of `family` by date, each that builds a newer
// target than every anchor before it (a later tool release with the same target changes nothing).
QVector<AnchorInForce> releasedAnchors(const Timeline &timeline, const QString &family);

// The anchor changes under the observed policy for `project`: the project's observed chains of
// `family` by date; each whose first rustc or tool release differs from the one before it is an
// adoption. The tool and its release date come from the anchor with the same tool_version (or, without
// one, the earliest anchor whose target has the same minor version).
QVector<AnchorInForce> observedAnchors(
    const Timeline &timeline, const QString &family, const QString &project);

} // namespace Seedline

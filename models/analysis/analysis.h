// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The analysis engine: pure functions over a Chain value. Build a GraphIndex once per chain and
// set of followed kinds, then ask it questions.
#include "analysis/bitset.h"
#include "analysis/chainanalysis.h"
#include "analysis/collapse.h"
#include "analysis/cycles.h"
#include "analysis/familyrequirement.h"
#include "analysis/graphindex.h"
#include "analysis/metrics.h"
#include "analysis/projection.h"
#include "analysis/reachability.h"
#include "analysis/scenarioapply.h"
#include "analysis/scenariodiff.h"

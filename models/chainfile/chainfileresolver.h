// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainfiledocument.h"

#include "core/chain.h"

#include <QHash>

// The steps of a chain file that need everything loaded first: series expansion, resolution of ids
// and family constraints across includes, and cycle checks. Internal to models/chainfile.
namespace Seedline::ChainFileDetail {

// `sequence = true`: each [[step]] of the file gets a sequence edge to the one before it.
void addSequenceEdges(ChainFileDocument &doc);

// Turns every [[series]] of `doc` into steps and requirement specs, walking `releases`.
void expandSeries(ChainFileDocument &doc, const QVector<Release> &releases, Diagnostics *diagnostics);

// Family -> the indices of the steps that have it, ascending: what a family selector scans instead of
// every step when many selectors are resolved against one chain.
using FamilyMembers = QHash<QString, QVector<int>>;
FamilyMembers familyMembers(const Chain &chain);

// The indices of the steps `selector` picks in `chain` (`exclude` is never picked by a family selector).
// With `members` (familyMembers(chain)), a family selector looks at the steps of its family only.
QVector<int> resolveSelector(const Chain &chain, const StepSelector &selector, int exclude = -1,
                             const FamilyMembers *members = nullptr);

// Resolves doc's requirement specs against the merged chain and adds the edges. `positions` runs
// parallel to chain.requirements and records where each new edge was written.
void resolveRequirements(const ChainFileDocument &doc, Chain &chain, QVector<Position> &positions,
                         Diagnostics *diagnostics);

// Scenario rules that name ids must name steps that exist.
void checkScenarioReferences(const ChainFileDocument &doc, const Chain &chain, Diagnostics *diagnostics);

// What tours name must exist once everything is loaded: step ids (with the nearest ids), family
// selectors that match a step, ranges in build order, scenarios; a highlighted family no step has is
// a warning. A tour name is unique across files: a later file's tour of the same name is an error
// (mergeChains keeps the first). `documents` are in load order (chainfiletourcheck.cpp).
void checkTours(const QVector<const ChainFileDocument *> &documents, const Chain &chain, Diagnostics *diagnostics);

// Warns once per cycle found among declared requirements ("a -> b -> c -> a"); never loops.
void reportDeclaredCycles(const Chain &chain, const QVector<Position> &positions, Diagnostics *diagnostics);

} // namespace Seedline::ChainFileDetail

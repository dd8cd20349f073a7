// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainindex.h"
#include "diagnostic.h"
#include "requirement.h"
#include "scenario.h"
#include "step.h"
#include "timeline.h"
#include "tour.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include <memory>

namespace Seedline {

// A source file that contributed to a chain, so that views can show it.
struct ChainSource
{
    enum class Kind { PartsRst, Manifest, Checkout, BuildScript, ChainFile, Dot, Table, Embedded };
    Kind kind = Kind::ChainFile;
    QString path; // as given / as recorded in origins
    bool operator==(const ChainSource &) const = default;
};

// A loaded set of steps and requirements from one or more sources, joined by ids.
// A plain value: cheap to copy (implicitly shared containers); share as
// std::shared_ptr<const Chain> across threads.
struct Chain
{
    QString title;
    QString description; // from a chain file's `description`
    QVector<Step> steps;
    QVector<Requirement> requirements;
    QVector<Scenario> scenarios;
    QVector<Tour> tours; // guided tours for teaching, from chain files
    Timeline timeline;
    QVector<ChainSource> sources;
    QMap<QString, QString> configuration; // the manifest variables in force, VAR -> value
    QMap<QString, QString> graphAttributes; // graph-level attributes kept from DOT input
    bool directed = true;

    // Index of the step with this id, or -1. A hashed lookup: its table is kept valid by addStep and
    // rebuilt on the next lookup after `steps` was edited directly (appended to, assigned, resized);
    // after editing ids in place, call reindex(). Safe to call from several threads on a shared chain.
    int indexOf(QStringView id) const;
    int indexOf(const QString &id) const { return indexOf(QStringView(id)); }
    const Step *find(const QString &id) const;

    // Appends a step (its id must be new) and returns its index; keeps the id index valid.
    int addStep(const Step &step);
    int addStep(Step &&step);
    // Appends the step unless a step has its id: returns its new index, or -1 and leaves `step` as
    // it was. One hashed probe for both the check and the insertion.
    int addStepIfNew(Step &&step);
    // Makes room for `count` steps and their ids in the index: a loader that knows how many steps
    // it makes appends them without reallocating or rehashing.
    void reserveSteps(qsizetype count);
    // Adds an edge unless an identical (from, to, kind) edge exists; returns false if it did.
    // Hashed: the (from, to, kind) table is built on the first call and kept valid by later ones.
    bool addRequirement(const Requirement &requirement);
    bool addRequirement(Requirement &&requirement);
    // Index of the first requirement from -> to of this kind, or -1 (the same hashed table).
    int indexOfRequirement(int from, int to, RequirementKind kind) const;

    // Ids close to `id` (edit distance and common prefix), for "did you mean" messages.
    QStringList nearestIds(const QString &id, int max = 3) const;

    // Rebuilds the id index after steps were edited in place (ids changed); the requirement table
    // is rebuilt when next needed.
    void reindex();

    int buildCount(bool includeExcluded = false) const;

private:
    Detail::ChainIndex m_index;
};

// Stitches chains together: a step whose id is already present is unified with it (facts, families,
// prose and origins fill the gaps of the first), requirements are remapped and deduplicated,
// scenarios and tours (the first of each name wins) and timelines are concatenated.
Chain mergeChains(const QVector<Chain> &chains);

using ChainPtr = std::shared_ptr<const Chain>;

// What every loader returns: the chain it could read plus what went wrong.
struct LoadResult
{
    Chain chain;
    Diagnostics diagnostics;
};

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    // Index of the step with this id, or -1. Builds the lookup on first use of a fresh chain.
    int indexOf(const QString &id) const;
    const Step *find(const QString &id) const;

    // Appends a step (its id must be new) and returns its index; keeps the id index valid.
    int addStep(const Step &step);
    // Adds an edge unless an identical (from, to, kind) edge exists; returns false if it did.
    bool addRequirement(const Requirement &requirement);

    // Ids close to `id` (edit distance and common prefix), for "did you mean" messages.
    QStringList nearestIds(const QString &id, int max = 3) const;

    // Rebuilds the id index after steps were edited directly.
    void reindex();

    int buildCount(bool includeExcluded = false) const;

private:
    mutable QHash<QString, int> m_index;
    mutable qsizetype m_indexedSteps = 0;
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

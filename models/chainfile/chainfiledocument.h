// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requirement.h"
#include "core/scenario.h"
#include "core/step.h"
#include "core/timeline.h"
#include "core/tour.h"

#include <QMap>
#include <QString>
#include <QVector>

// The parsed, not yet resolved, content of one chain file. Internal to models/chainfile.
namespace Seedline::ChainFileDetail {

// A place in a chain file (1-based line and column; 0 = unknown).
struct Position
{
    QString file;
    int line = 0;
    int column = 0;
};

// One end of a requirement, as written: an id, or a family with a version constraint and a pick.
struct SelectorSpec
{
    StepSelector selector;
    Position position;
};

// "from needs to", before ids and family constraints are resolved.
struct RequirementSpec
{
    SelectorSpec from; // a step id (steps' own requires) or a selector (top-level [[requirement]])
    SelectorSpec to;
    RequirementKind kind = RequirementKind::Declared;
    Evidence evidence;
    Position position;
};

// A version chain where each member is built by its predecessor (see docs/chain-format.md).
struct SeriesSpec
{
    QString name;
    QString package;
    QString family; // the release table it walks
    QStringList families;
    StepKind kind = StepKind::Build;
    QString from;
    QString to; // empty = the newest release in the table
    QString prose;
    QVector<RequirementSpec> firstRequires; // `from` left empty: filled with the first member
    QVector<RequirementSpec> everyRequires; // `from` left empty: filled with each member
    QMap<QString, StepFacts> memberFacts;   // version -> facts
    QMap<QString, QString> memberProse;     // version -> prose
    Position position;
};

struct IncludeSpec
{
    QString path; // as written
    bool optional = false;
    Position position;
};

struct ReleaseTableSpec
{
    QString family;
    QString path; // as written, relative to the chain file
    Position position;
};

// A name a tour refers to (a highlighted family, a scenario), with where it was written.
struct NameSpec
{
    QString name;
    Position position;
};

// A run of steps of a tour stop, `{ from = "hex0", to = "M2-Planet" }`.
struct RangeSpec
{
    StepRange range;
    Position from;
    Position to;
};

// What the tours of a file name, checked once everything is loaded (chainfiletourcheck.cpp).
struct TourReferences
{
    QVector<SelectorSpec> steps;
    QVector<RangeSpec> ranges;
    QVector<NameSpec> highlights;
    QVector<NameSpec> scenarios;
};

struct ChainFileDocument
{
    QString fileName;
    QString title;
    QString description;
    bool sequence = false;
    QVector<IncludeSpec> includes;
    QVector<Step> steps;
    QVector<Position> stepPositions;
    QVector<RequirementSpec> requirements;
    QVector<SeriesSpec> series;
    QVector<Scenario> scenarios;
    QVector<SelectorSpec> scenarioReferences; // id selectors of scenario rules, checked once all is loaded
    QVector<Tour> tours;
    QVector<Position> tourPositions; // one per tours entry
    TourReferences tourReferences;
    Timeline timeline;
    QVector<Position> eventPositions; // one per timeline.events entry
    QVector<ReleaseTableSpec> releaseTables;
    bool parsed = false; // false when the TOML could not be read at all
};

} // namespace Seedline::ChainFileDetail

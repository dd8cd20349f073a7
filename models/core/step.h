// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QExplicitlySharedDataPointer>
#include <QMap>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include "shared.h"

#include <optional>

namespace Seedline {

enum class StepKind : quint8 {
    Seed,      // a binary seed or hand-written start (hex0, kaem-optional-seed)
    Build,     // a build of a package at a version (possibly one of several passes)
    Improve,   // live-bootstrap "improve:" (a script that improves the system)
    Define,    // live-bootstrap "define:" (sets a configuration variable)
    Jump,      // live-bootstrap "jump:" (switch kernel / break)
    Uninstall, // removes tools from the environment from this point on
    Stage,     // a section or stage marker without a build (``/sysa``, sysb, script-generator)
    Scenario,  // added by a what-if
};

QString stepKindName(StepKind kind);
std::optional<StepKind> stepKindFromName(const QString &name);

// Where a step (or an edge's evidence) was read: file and 1-based lines (0 = unknown).
// The name of a file that steps were read from: one shared block per name, so that each of a
// million steps holds 8 bytes of it rather than a 24-byte QString. Reads as a const QString &.
// A loader makes one SourceFile and gives it to every step (a SourceFile made from a QString per
// step would allocate a block each).
class SourceFile
{
public:
    SourceFile() = default;
    SourceFile(const QString &name); // implicit: a file name is a SourceFile

    const QString &name() const;
    operator const QString &() const { return name(); }
    bool isEmpty() const { return !m_d; }

    friend bool operator==(const SourceFile &a, const SourceFile &b)
    {
        return a.m_d == b.m_d || a.name() == b.name();
    }
    friend bool operator==(const SourceFile &a, const QString &b) { return a.name() == b; }
    friend bool operator==(const SourceFile &a, QLatin1StringView b) { return a.name() == b; }

private:
    struct Block : QSharedData
    {
        QString name;
    };
    QExplicitlySharedDataPointer<Block> m_d; // null for no file
};

struct SourceRange
{
    SourceFile file;
    int line = 0;
    int endLine = 0;
    bool isValid() const { return !file.isEmpty(); }
    bool operator==(const SourceRange &) const = default;
};

// Optional facts about a step.
struct StepFacts
{
    std::optional<QDate> released;
    std::optional<double> buildHours;
    std::optional<qint64> seedBytes;
    QString url;
    QString notes;
    bool operator==(const StepFacts &) const = default;
};

// What the inputs say about a step beyond its name and place: most steps leave it empty or share it
// (a manifest's predicate), so a step holds it by one shared pointer.
struct StepDetails
{
    QString prose;           // prose from parts.rst or notes from a chain file
    SourceRange proseOrigin; // the parts.rst section, when joined with a manifest
    QString predicate;       // manifest predicate text, "( BUILD_FIWIX == True )"
    QStringList removes;     // for Uninstall: the package-versions or paths removed
    QMap<QString, QString> attributes; // extra attributes kept from the input (DOT node attributes)
    bool operator==(const StepDetails &) const = default;
};

// One node: "a build of a package at a version", or another kind of step.
//
// Read the shared parts with `step.facts->released`, change them with `step.facts.edit().released`.
struct Step
{
    QString id;          // unique in its chain: "python-2.0.1", "python-2.0.1#2" for the second pass
    QString label;       // what people read: the heading ("tcc 0.9.27 (musl v2)") or the directive
    QString package;     // "python"
    QString version;     // "2.0.1" (may be empty for stages)
    int pass = 1;        // 1-based: python-2.0.1 is built twice
    StepKind kind = StepKind::Build;
    bool excluded = false; // predicate false under the current configuration
    QStringList families; // what it provides: "python", "rust", "c-compiler", ...
    Shared<StepFacts> facts;
    Shared<StepDetails> details;
    SourceRange origin;   // where the step was declared

    bool isBuild() const { return kind == StepKind::Build; }
    bool hasFamily(const QString &family) const { return families.contains(family); }
    bool operator==(const Step &) const = default;
};

} // namespace Seedline

namespace Seedline {
// A loader makes a million steps: keep the parts most steps leave empty behind `details`.
static_assert(sizeof(Step) <= 160, "keep Step small");
} // namespace Seedline

// Every member is relocatable (Qt's implicitly shared types, optionals of plain values, shared
// pointers): a QVector of steps grows with realloc instead of copying each step.
Q_DECLARE_TYPEINFO(Seedline::SourceFile, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Seedline::SourceRange, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Seedline::StepFacts, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Seedline::StepDetails, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Seedline::Step, Q_RELOCATABLE_TYPE);

namespace Seedline {

// What a step is called in pictures and lists: its label (or id), with " · pass N" for a later pass
// whose label does not say so already, so that two passes never read the same.
QString stepDisplayLabel(const Step &step);

// "python-2.0.1" for pass 1, "python-2.0.1#2" for later passes; "hex0" without a version.
QString makeStepId(const QString &package, const QString &version, int pass = 1);

// Splits "python-2.0.1#2" into ("python-2.0.1", 2).
std::pair<QString, int> splitPassSuffix(const QString &id);

// Splits a live-bootstrap package directory name into package and version:
// "python-3.11.1" -> ("python", "3.11.1"), "perl5.004-05" -> ("perl", "5.004-05"),
// "linux-headers-4.14.341-openela" -> ("linux-headers", "4.14.341-openela"),
// "autoconf-archive-2021.02.19" -> ("autoconf-archive", "2021.02.19"), "musl_target" -> ("musl_target", "").
std::pair<QString, QString> splitPackageVersion(const QString &name);

} // namespace Seedline

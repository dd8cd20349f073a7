// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QExplicitlySharedDataPointer>
#include <QMap>
#include <QSharedData>
#include <QString>

#include <optional>
#include <utility>

namespace Seedline {

// What kind of evidence an edge has; highlighting and chain lengths say which kinds they follow.
enum class RequirementKind : quint8 {
    Sequence = 1 << 0,  // only the order of a script
    Declared = 1 << 1,  // written in a chain file
    Observed = 1 << 2,  // a tool invoked in a build script
    Mentioned = 1 << 3, // the prose names an earlier step
    Toolchain = 1 << 4, // built with the compiler/libc/make/shell current at that step
    Scenario = 1 << 5,  // a what-if
};
Q_DECLARE_FLAGS(RequirementKinds, RequirementKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(RequirementKinds)

inline constexpr RequirementKind allRequirementKinds[] = {
    RequirementKind::Sequence, RequirementKind::Declared,  RequirementKind::Observed,
    RequirementKind::Mentioned, RequirementKind::Toolchain, RequirementKind::Scenario};

QString requirementKindName(RequirementKind kind);
std::optional<RequirementKind> requirementKindFromName(const QString &name);

// The kinds "requires family F" follows by default: everything but the mere order of a script.
RequirementKinds defaultFollowedKinds();
RequirementKinds allKinds();
// "observed,declared" -> flags; unknown names return nullopt.
std::optional<RequirementKinds> parseRequirementKinds(const QString &commaSeparated);

// Why an edge exists: where it was seen, the text that shows it, and the attributes the input gave
// the edge (a DOT edge's `[color=red]`).
//
// The file, the text and the attributes live in one implicitly shared block, so that the millions of
// edges a loader makes with the same file and text (the manifest's toolchain edges) hold a pointer
// each, not two strings and a map: a Requirement is 32 bytes instead of 80. An evidence without file,
// text and attributes holds nothing.
class Evidence
{
public:
    Evidence() = default;
    Evidence(const QString &file, int line, int column, const QString &text);

    int line = 0;
    int column = 0;

    const QString &file() const;
    const QString &text() const; // the line of the build script, the sentence of prose, the chain-file note
    void setFile(const QString &file);
    void setText(const QString &text);
    // Extra attributes kept from the input (DOT edge attributes); they do not show in toString().
    const QMap<QString, QString> &attributes() const;
    void setAttributes(const QMap<QString, QString> &attributes);
    void setAttribute(const QString &key, const QString &value);

    bool operator==(const Evidence &other) const;
    // "steps/gcc-15.2.0/pass1.sh:197 `python3 regenerate-sarif-spec-index.py`"
    QString toString() const;

private:
    struct Strings : QSharedData
    {
        QString file;
        QString text;
        QMap<QString, QString> attributes;
        bool isEmpty() const { return file.isEmpty() && text.isEmpty() && attributes.isEmpty(); }
    };
    Strings &strings(); // detached, made when missing
    void dropIfEmpty();
    QExplicitlySharedDataPointer<Strings> m_strings;
};

// One edge: "from needs to to build".
// The two step indices and the kind share one 64-bit word (29 + 29 + 6 bits), so that a
// Requirement is 24 bytes: a 50 MB manifest makes 7 million of them. 29 signed bits index up to
// 268 million steps (maxRequirementStep); a chain that large would need about 50 GB for its steps.
struct Requirement
{
    Requirement() : from(-1), to(-1), kind(RequirementKind::Sequence) {}
    Requirement(int from, int to, RequirementKind kind, Evidence evidence = {})
        : from(from), to(to), kind(kind), evidence(std::move(evidence))
    {
    }

    qint64 from : 29; // index into Chain::steps
    qint64 to : 29;
    RequirementKind kind : 6;
    Evidence evidence; // with the input's attributes for the edge: evidence.attributes()
    bool operator==(const Requirement &) const = default;
};

inline constexpr int maxRequirementStep = (1 << 28) - 1;

static_assert(sizeof(Requirement) <= 24, "a loader makes millions of edges: keep Requirement small");

} // namespace Seedline

// Relocatable like their members (Qt's implicitly shared types): vectors of them grow with realloc.
Q_DECLARE_TYPEINFO(Seedline::Evidence, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Seedline::Requirement, Q_RELOCATABLE_TYPE);

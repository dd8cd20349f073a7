// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainfiledocument.h"
#include "tomlreader.h"

#include "core/families.h"

#include <QByteArray>
#include <QHash>

// Reads the TOML of one chain file into a ChainFileDocument (nothing resolved yet).
// Internal to models/chainfile.
namespace Seedline::ChainFileDetail {

class ChainFileParser
{
public:
    ChainFileParser(const QString &fileName, const FamilyPatterns &families, Diagnostics *diagnostics);

    ChainFileDocument parse(const QByteArray &bytes);

private:
    void parseTop(const toml::table &root);
    void parseIncludes(const toml::node &node);
    void parseStep(const toml::table &table);
    std::optional<StepFacts> parseFacts(const toml::table &table, const QString &where);
    void parseTopRequirement(const toml::table &table);
    // A requirement target: "id" or { id | family, version, pick, kind, note, evidence }.
    std::optional<RequirementSpec> parseRequirement(const toml::node &node, const QString &where);
    std::optional<SelectorSpec> parseSelector(const toml::node &node, const QString &where,
                                              StepSelector::Pick defaultPick, const QStringList &extraKeys);
    void parseEvidence(const toml::table &table, const QString &where, Evidence *evidence);
    QVector<RequirementSpec> parseRequirementList(const toml::table &table, const char *key, const QString &where);

    // chainfilesections.cpp
    void parseSeries(const toml::table &table);
    void parseScenario(const toml::table &table);
    void parseTimeline(const toml::table &table);
    void parseEvents(const toml::table &table);

    // chainfiletours.cpp
    void parseTour(const toml::table &table);
    std::optional<TourStop> parseTourStop(const toml::table &table, const QString &tourName);
    bool parseTourSteps(const toml::node &node, const QString &where, TourStop *stop);
    std::optional<TourZoom> parseTourZoom(const toml::node &node);
    // A string or an array of strings, each with its position; nullopt (with an error) otherwise.
    std::optional<QVector<NameSpec>> names(const toml::table &table, const char *key, const QString &where);

    TomlReader m_reader;
    const FamilyPatterns &m_families;
    ChainFileDocument m_doc;
    QHash<QString, int> m_stepIds; // id -> index in m_doc.steps, for the duplicate check
};

} // namespace Seedline::ChainFileDetail

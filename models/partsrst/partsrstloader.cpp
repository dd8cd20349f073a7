// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partsrstloader.h"

#include "partsheading.h"
#include "partsprose.h"
#include "rstsections.h"

#include <QFileInfo>
#include <QSet>

namespace Seedline {

namespace {

class PartsRstBuilder
{
public:
    PartsRstBuilder(const RstDocument &doc, const QString &fileName, const LoadOptions &options, Chain &chain)
        : m_doc(doc)
        , m_file(fileName)
        , m_sourceFile(fileName)
        , m_options(options)
        , m_chain(chain)
    {
    }

    void addSection(const RstSection &section, Diagnostics &diagnostics)
    {
        if (section.title.size() > maxPartsHeadingLength) {
            diagnostics.append(Diagnostic{m_file, section.titleLine, section.titleColumn, Severity::Warning,
                                          QStringLiteral("section title is %1 characters long; expected a package "
                                                         "name and version such as \"python 3.11.1\"")
                                              .arg(section.title.size())});
        }
        const QVector<HeadingPart> parts = parsePartsHeading(section.title);
        const QStringView text(m_doc.text);
        const QString prose = text.sliced(section.bodyBegin, section.bodyEnd - section.bodyBegin).trimmed().toString();
        const QVector<ProseToken> tokens = tokenizeProse(text, section.bodyBegin, section.bodyEnd);
        const QVector<RebuiltSentence> rebuilt = findRebuiltSentences(text, tokens, parts);
        // Mentions only reach steps of earlier sections: this section's steps are registered last.
        const QVector<ProseMention> mentions = m_mentions.findMentions(text, tokens);

        const int sectionFirst = int(m_chain.steps.size());
        QVector<int> primary;
        for (int p = 0; p < parts.size(); ++p) {
            const HeadingPart &part = parts.at(p);
            const int index = addStep(part, part.label, section, prose);
            primary << index;
            for (const RebuiltSentence &r : rebuilt) {
                if (r.part != p)
                    continue;
                const int again = addStep(part, part.label + QStringLiteral(" (rebuilt)"), section, prose);
                addEdge(again, index, RequirementKind::Mentioned, mentionEvidence(section, r.mentionOffset));
            }
        }
        for (const ProseMention &m : mentions) {
            const Evidence evidence = mentionEvidence(section, m.offset);
            for (int from : std::as_const(primary))
                addEdge(from, m.target, RequirementKind::Mentioned, evidence);
        }
        for (int i = sectionFirst; i < m_chain.steps.size(); ++i) {
            const Step &s = m_chain.steps.at(i);
            m_mentions.addStep(i, m_names.value(i), s.package, s.version, s.kind);
        }
    }

private:
    int addStep(const HeadingPart &part, const QString &label, const RstSection &section, const QString &prose)
    {
        Step step;
        step.package = part.package;
        step.version = part.version;
        step.kind = part.kind;
        step.label = label;
        const QString base = makeStepId(part.package, part.version);
        int pass = ++m_passes[base];
        QString id = makeStepId(part.package, part.version, pass);
        while (m_chain.indexOf(id) >= 0) // a heading such as "foo#2" could collide with a pass id
            id = makeStepId(part.package, part.version, ++pass);
        m_passes[base] = pass;
        step.id = id;
        step.pass = pass;
        auto families = m_families.constFind(part.package);
        if (families == m_families.constEnd())
            families = m_families.insert(part.package, m_options.families.familiesFor(part.package));
        step.families = *families;
        step.details.edit().prose = prose;
        step.origin = SourceRange{m_sourceFile, section.firstLine, section.lastLine};
        step.details.edit().proseOrigin = step.origin;
        if (!part.qualifier.isEmpty())
            step.details.edit().attributes.insert(QStringLiteral("qualifier"), part.qualifier);
        const int index = m_chain.addStep(step);
        m_names.insert(index, part.name);
        if (index > 0) {
            Evidence evidence;
            evidence.setFile(m_file);
            evidence.line = section.titleLine;
            evidence.column = section.titleColumn;
            evidence.setText(section.title);
            addEdge(index, index - 1, RequirementKind::Sequence, evidence);
        }
        return index;
    }

    Evidence mentionEvidence(const RstSection &section, qsizetype offset) const
    {
        const int line = m_doc.lineIndexAt(offset);
        return Evidence(m_file, line + 1, int(offset - m_doc.lineStarts.at(line)) + 1,
                        sentenceAround(m_doc.text, offset, section.bodyBegin, section.bodyEnd));
    }

    void addEdge(int from, int to, RequirementKind kind, const Evidence &evidence)
    {
        if (from == to || from < 0 || to < 0)
            return;
        const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
        QSet<quint64> &seen = kind == RequirementKind::Mentioned ? m_mentionEdges : m_sequenceEdges;
        if (seen.contains(key))
            return;
        seen.insert(key);
        Requirement r;
        r.from = from;
        r.to = to;
        r.kind = kind;
        r.evidence = evidence;
        m_chain.requirements.append(r); // Chain::addRequirement is linear per call; deduplicated here
    }

    const RstDocument &m_doc;
    QString m_file;
    SourceFile m_sourceFile; // shared by the steps
    const LoadOptions &m_options;
    Chain &m_chain;
    MentionIndex m_mentions;
    QHash<QString, int> m_passes;  // id without pass -> passes so far
    QHash<int, QString> m_names;   // step index -> the name as written in its heading
    QHash<QString, QStringList> m_families; // package -> families (the patterns are regular expressions)
    QSet<quint64> m_mentionEdges;
    QSet<quint64> m_sequenceEdges;
};

} // namespace

LoadResult loadPartsRst(const QByteArray &bytes, const QString &fileName, const LoadOptions &options)
{
    LoadResult result;
    result.chain.title = fileName.isEmpty() ? QStringLiteral("parts.rst") : QFileInfo(fileName).fileName();
    result.chain.sources.append(ChainSource{ChainSource::Kind::PartsRst, fileName});
    if (options.maxFileBytes > 0 && bytes.size() > options.maxFileBytes) {
        result.diagnostics.append(Diagnostic{fileName, 0, 0, Severity::Error,
                                             QStringLiteral("file is %1 bytes, more than the limit of %2 bytes; "
                                                            "not read (expected a parts.rst of a few hundred KB)")
                                                 .arg(bytes.size())
                                                 .arg(options.maxFileBytes)});
        return result;
    }

    const RstDocument doc = parseRstSections(bytes, fileName, result.diagnostics);
    if (doc.sections.isEmpty()) {
        // Nothing to show is an error, as for every loader (empty or garbage input).
        result.diagnostics.append(Diagnostic{fileName, 1, 1, Severity::Error,
                                             QStringLiteral("no sections found (expected a title line underlined "
                                                            "with '=')")});
        return result;
    }
    result.chain.steps.reserve(doc.sections.size() + 8);
    result.chain.requirements.reserve(doc.sections.size() * 4);
    PartsRstBuilder builder(doc, fileName, options, result.chain);
    for (const RstSection &section : doc.sections)
        builder.addSection(section, result.diagnostics);
    return result;
}

} // namespace Seedline

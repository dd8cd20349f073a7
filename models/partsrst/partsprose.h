// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partsheading.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>
#include <QVector>

namespace Seedline {

// A word of prose: a run of letters, digits and _ - . + (without leading or trailing '.' and '-').
struct ProseToken
{
    qsizetype begin = 0; // offsets into the whole text
    qsizetype end = 0;
    bool softGapBefore = false; // only spaces, line breaks and inline markup (` *) since the previous token
};

// Tokens of text[begin, end).
QVector<ProseToken> tokenizeProse(QStringView text, qsizetype begin, qsizetype end);

// The sentence around `offset`, whitespace collapsed, looked for within [begin, end) and at most a
// few hundred characters either side.
QString sentenceAround(QStringView text, qsizetype offset, qsizetype begin, qsizetype end);

// "<package> <version> is (then) rebuilt" about one of the heading's own parts: one more pass.
struct RebuiltSentence
{
    int part = 0;              // index into the heading's parts
    qsizetype mentionOffset = 0; // where the package name starts
};
QVector<RebuiltSentence> findRebuiltSentences(QStringView text, const QVector<ProseToken> &tokens,
                                              const QVector<HeadingPart> &parts);

// A mention of an earlier step found in prose.
struct ProseMention
{
    int target = -1;        // step index
    qsizetype offset = 0;   // where the package name starts
};

// Knows the steps read so far and finds the ones prose names: "Python 2.3" (version prefix),
// "tcc-0.9.27" (glued), "gperf" (a distinctive name without version: not a stop word).
class MentionIndex
{
public:
    // Makes the step a target for later sections. `name` is the name as written in the heading
    // ("Linux kernel"), `package` its live-bootstrap name ("linux").
    void addStep(int index, const QString &name, const QString &package, const QString &version, StepKind kind);
    // Mentions in the tokens, resolved to the most recent step added so far; each target once.
    QVector<ProseMention> findMentions(QStringView text, const QVector<ProseToken> &tokens) const;

private:
    int resolve(const QString &package, QStringView version) const;
    void allowWord(QStringView lowerWord);
    bool mayBeName(QStringView word) const;

    QHash<QString, int> m_latestByName;       // package -> latest step
    QHash<QString, int> m_latestByVersion;    // package + '\x1f' + version prefix -> latest step
    QSet<QString> m_bigramHeads;              // "linux", "heirloom": first words of two-word names
    // Cheap filter before any allocation: (length, first letter) pairs of names and their first words.
    QVector<bool> m_wordShapes;
};

} // namespace Seedline

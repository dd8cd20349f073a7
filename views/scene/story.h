// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/bitset.h"
#include "analysis/chainanalysis.h"
#include "analysis/projection.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Seedline {

struct ViewOptions;

// The smallest honest picture of why steps need the highlighted families: the family steps and the
// steps that need them (or only the targets and what lies on their way), joined by nothing but the
// edges of their witness paths. Version series fold into one node each ("rust 1.90.0 → 1.98.0 · 9
// builds") except the steps a what-if starts from and the targets; runs of steps that need the
// same families through the same next step fold too ("10 steps: grub 2.06 … libarchive 3.5.2").
struct Story
{
    Bitset steps;             // real steps drawn
    QSet<int> edges;          // real requirements drawn: witness edges only
    QVector<FoldGroup> groups;
    QString caption;          // "34 steps need Rust, 21 of them because of the what-if; …"
    QString sources;          // "Sources: steps/gcc-15.2.0/pass1.sh, chains/rust-mrustc.chain.toml, …"
    QStringList problems;     // unknown targets
};

Story buildStory(const ChainAnalysis &analysis, const ViewOptions &options);

// A one-line caption of what the analysis says for these families (and the what-if, if any).
QString storyCaption(const ChainAnalysis &analysis, const QStringList &families);

} // namespace Seedline

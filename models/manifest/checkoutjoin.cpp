// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkoutjoin.h"

#include "partsrst/livebootstrapnames.h"

#include <QHash>
#include <QSet>

namespace Seedline {

namespace {

bool joinable(const Step &s)
{
    return s.kind != StepKind::Define && s.kind != StepKind::Uninstall;
}

QString keyOf(const Step &s)
{
    return liveBootstrapMatchKey(s.package, s.version);
}

} // namespace

int joinManifestWithParts(Chain &manifest, const Chain &parts)
{
    QHash<QString, QVector<int>> partsByKey;
    for (int i = 0; i < parts.steps.size(); ++i) {
        if (joinable(parts.steps[i]))
            partsByKey[keyOf(parts.steps[i])].append(i);
    }

    QVector<int> partsToChain(parts.steps.size(), -1);
    QHash<QString, int> occurrences;
    int joined = 0;
    int firstMatched = int(parts.steps.size());
    for (int i = 0; i < manifest.steps.size(); ++i) {
        Step &m = manifest.steps[i];
        if (!joinable(m))
            continue;
        const QString key = keyOf(m);
        const auto it = partsByKey.constFind(key);
        const int k = occurrences[key]++;
        if (it == partsByKey.constEnd() || it->isEmpty())
            continue;
        // The k-th directive takes the k-th section; later passes of a build share the last section.
        int p = -1;
        if (k < it->size())
            p = it->at(k);
        else if (m.isBuild())
            p = it->back();
        if (p < 0)
            continue;
        const Step &ps = parts.steps[p];
        m.details.edit().prose = ps.details->prose;
        m.details.edit().proseOrigin = ps.details->proseOrigin.isValid() ? ps.details->proseOrigin : ps.origin;
        if (partsToChain[p] < 0)
            partsToChain[p] = i;
        firstMatched = std::min(firstMatched, p);
        ++joined;
    }
    if (joined == 0)
        firstMatched = 0; // nothing in common: do not guess where the manifest starts

    // The seed and stage0 sections go in front.
    const int offset = firstMatched;
    Chain out;
    out.title = manifest.title;
    out.sources = manifest.sources;
    out.configuration = manifest.configuration;
    out.scenarios = manifest.scenarios;
    out.timeline = manifest.timeline;
    out.steps.reserve(manifest.steps.size() + offset);
    QSet<QString> manifestIds;
    for (const Step &s : std::as_const(manifest.steps))
        manifestIds.insert(s.id);
    for (int p = 0; p < offset; ++p) {
        Step s = parts.steps[p];
        if (manifestIds.contains(s.id))
            s.id = QStringLiteral("parts:") + s.id;
        partsToChain[p] = out.addStep(s);
    }
    for (int p = offset; p < partsToChain.size(); ++p) {
        if (partsToChain[p] >= 0)
            partsToChain[p] += offset;
    }
    for (const Step &s : std::as_const(manifest.steps))
        out.addStep(s);
    out.requirements.reserve(manifest.requirements.size() + offset * 2);
    for (Requirement r : std::as_const(manifest.requirements)) {
        r.from += offset;
        r.to += offset;
        out.requirements.append(r);
    }

    // Edges from parts.rst: the sequence of the seed stages, and every mention between joined steps.
    QSet<std::pair<int, int>> mentioned;
    for (const Requirement &r : parts.requirements) {
        if (r.from < 0 || r.to < 0 || r.from >= partsToChain.size() || r.to >= partsToChain.size())
            continue;
        const int from = partsToChain[r.from], to = partsToChain[r.to];
        if (from < 0 || to < 0 || from == to)
            continue;
        if (r.kind == RequirementKind::Sequence) {
            if (from < offset && to < offset)
                out.requirements.append({from, to, r.kind, r.evidence});
        } else if (r.kind == RequirementKind::Mentioned) {
            if (!mentioned.contains({from, to})) {
                mentioned.insert({from, to});
                out.requirements.append({from, to, r.kind, r.evidence});
            }
        }
    }

    if (offset > 0) {
        // The manifest starts where the seed stages end.
        const int lastSeed = offset - 1;
        for (int i = offset; i < out.steps.size(); ++i) {
            out.requirements.append({i, lastSeed, RequirementKind::Sequence,
                                     Evidence{out.steps[i].origin.file, out.steps[i].origin.line, 0,
                                              QStringLiteral("the manifest starts after the seed stages")}});
            if (!out.steps[i].excluded)
                break;
        }
        // Until the manifest builds its own, the seed's compiler, libc, make and shell are current.
        struct Role
        {
            const char *family;
            const char *evidence;
        };
        static constexpr Role roles[] = {{"c-compiler", "current C compiler at this step"},
                                         {"libc", "current libc at this step"},
                                         {"make", "current make at this step"},
                                         {"shell", "current shell at this step"}};
        for (const Role &role : roles) {
            const QString family = QString::fromLatin1(role.family);
            int seedProvider = -1;
            for (int p = 0; p < offset; ++p) {
                if (out.steps[p].hasFamily(family))
                    seedProvider = p;
            }
            if (seedProvider < 0)
                continue;
            for (int i = offset; i < out.steps.size(); ++i) {
                const Step &s = out.steps[i];
                if (!s.isBuild() || s.excluded)
                    continue;
                out.requirements.append({i, seedProvider, RequirementKind::Toolchain,
                                         Evidence{s.origin.file, s.origin.line, 0, QString::fromLatin1(role.evidence)}});
                if (s.hasFamily(family))
                    break; // from the next build on, the manifest's own provider is current
            }
        }
    }
    manifest = std::move(out);
    return joined;
}

} // namespace Seedline

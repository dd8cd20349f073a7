// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drift.h"

#include "livebootstrapnames.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Seedline {

namespace {

struct Occurrence
{
    QString package; // as written
    QString version;
    QString versionKey;
    int line = 0;
};

struct Side
{
    QStringList order;                         // keys in first-appearance order
    QHash<QString, QVector<Occurrence>> byKey; // distinct versions per key, in order
};

// Builds, improves and jumps are compared separately: "jump: fiwix" is not "build: fiwix-1.5.0".
QString category(StepKind kind)
{
    switch (kind) {
    case StepKind::Improve:
        return QStringLiteral("improve:");
    case StepKind::Jump:
        return QStringLiteral("jump:");
    default:
        return QStringLiteral("build:");
    }
}

bool compared(const Step &s)
{
    return s.kind == StepKind::Build || s.kind == StepKind::Improve || s.kind == StepKind::Jump
        || s.kind == StepKind::Seed || s.kind == StepKind::Stage;
}

QString keyOf(const Step &s)
{
    return category(s.kind) + liveBootstrapMatchKey(s.package, QString());
}

Side collect(const Chain &chain, int firstIndex)
{
    Side side;
    for (int i = firstIndex; i < chain.steps.size(); ++i) {
        const Step &s = chain.steps[i];
        if (!compared(s) || s.package.isEmpty())
            continue;
        const QString key = keyOf(s);
        auto it = side.byKey.find(key);
        if (it == side.byKey.end()) {
            side.order << key;
            it = side.byKey.insert(key, {});
        }
        // Passes of the same version are one occurrence.
        const QString versionKey = liveBootstrapVersionKey(s.version);
        const bool seen = std::any_of(it->begin(), it->end(),
                                      [&](const Occurrence &o) { return o.versionKey == versionKey; });
        if (!seen)
            it->append({s.package, s.version, versionKey, s.origin.line});
    }
    return side;
}

} // namespace

DriftReport compareDrift(const Chain &parts, const Chain &manifest)
{
    // parts.rst starts with the seed and stage0 sections, which the manifest never lists: compare from
    // the first section that names a package of the manifest.
    QSet<QString> manifestKeys;
    for (const Step &s : manifest.steps) {
        if (compared(s))
            manifestKeys.insert(keyOf(s));
    }
    int first = 0;
    while (first < parts.steps.size()
           && (!compared(parts.steps[first]) || !manifestKeys.contains(keyOf(parts.steps[first]))))
        ++first;
    if (first == parts.steps.size())
        first = 0;

    const Side p = collect(parts, first);
    const Side m = collect(manifest, 0);
    DriftReport report;

    for (const QString &key : m.order) {
        const QVector<Occurrence> &mv = m.byKey[key];
        const auto pit = p.byKey.constFind(key);
        if (pit == p.byKey.constEnd()) {
            for (const Occurrence &o : mv)
                report.missingFromParts.append({o.package, QString(), o.version, 0, o.line});
            continue;
        }
        const QVector<Occurrence> &pv = *pit;
        // Versions both sides have agree; the others pair up in order as mismatches.
        QVector<Occurrence> onlyM, onlyP;
        for (const Occurrence &o : mv) {
            if (!std::any_of(pv.begin(), pv.end(), [&](const Occurrence &x) { return x.versionKey == o.versionKey; }))
                onlyM.append(o);
        }
        for (const Occurrence &o : pv) {
            if (!std::any_of(mv.begin(), mv.end(), [&](const Occurrence &x) { return x.versionKey == o.versionKey; }))
                onlyP.append(o);
        }
        // A heading without a version ("kexec-fiwix") names whichever version the other side builds.
        auto absorbUnversioned = [](QVector<Occurrence> &unversionedSide, QVector<Occurrence> &other) {
            for (qsizetype i = 0; i < unversionedSide.size() && !other.isEmpty();) {
                if (unversionedSide[i].versionKey.isEmpty() && !other.front().versionKey.isEmpty()) {
                    unversionedSide.removeAt(i);
                    other.removeFirst();
                } else {
                    ++i;
                }
            }
        };
        absorbUnversioned(onlyP, onlyM);
        absorbUnversioned(onlyM, onlyP);
        const qsizetype paired = std::min(onlyM.size(), onlyP.size());
        for (qsizetype i = 0; i < paired; ++i)
            report.versionMismatches.append(
                {onlyM[i].package, onlyP[i].version, onlyM[i].version, onlyP[i].line, onlyM[i].line});
        for (qsizetype i = paired; i < onlyM.size(); ++i)
            report.missingFromParts.append({onlyM[i].package, QString(), onlyM[i].version, 0, onlyM[i].line});
        for (qsizetype i = paired; i < onlyP.size(); ++i)
            report.missingFromManifest.append({onlyP[i].package, onlyP[i].version, QString(), onlyP[i].line, 0});
    }
    for (const QString &key : p.order) {
        if (m.byKey.contains(key))
            continue;
        for (const Occurrence &o : p.byKey[key])
            report.missingFromManifest.append({o.package, o.version, QString(), o.line, 0});
    }
    return report;
}

} // namespace Seedline

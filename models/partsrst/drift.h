// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"

#include <QString>
#include <QVector>

namespace Seedline {

// Differences between a parts.rst and a manifest.
struct DriftReport
{
    struct Entry
    {
        QString package;
        QString partsVersion;    // empty when missing from parts.rst
        QString manifestVersion; // empty when missing from the manifest
        int partsLine = 0;
        int manifestLine = 0;
    };
    QVector<Entry> missingFromParts;    // in the manifest, not in parts.rst
    QVector<Entry> missingFromManifest; // in parts.rst, not in the manifest
    QVector<Entry> versionMismatches;   // both have the package, versions differ
    bool isEmpty() const
    {
        return missingFromParts.isEmpty() && missingFromManifest.isEmpty() && versionMismatches.isEmpty();
    }
};

DriftReport compareDrift(const Chain &parts, const Chain &manifest);

} // namespace Seedline

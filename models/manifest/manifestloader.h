// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain.h"
#include "core/loadoptions.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Seedline {

// A live-bootstrap configuration variable with its documented default.
struct ManifestVariable
{
    QString name;
    QString defaultValue;
    QString description;
};

// The variables bootstrap.cfg sets, with their defaults (KERNEL_BOOTSTRAP, BUILD_KERNELS, CHROOT, ...).
QVector<ManifestVariable> manifestVariables();

// The effective configuration: defaults, then the user's values, with the implications
// live-bootstrap's rootfs.py applies (a chroot does no kernel bootstrap unless told otherwise).
QMap<QString, QString> effectiveConfiguration(const QMap<QString, QString> &userValues);

// Reads live-bootstrap's steps/manifest: every directive with its predicate, evaluated under the
// configuration; repeated builds become passes; sequence and toolchain edges.
LoadResult loadManifest(const QByteArray &bytes, const QString &fileName, const LoadOptions &options = {});

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The variables live-bootstrap writes to steps/bootstrap.cfg (rootfs.py, or the configurator),
// with the defaults of a plain `./rootfs.py --qemu` style run: a kernel bootstrap on x86.
#include "manifestloader.h"

namespace Seedline {

QVector<ManifestVariable> manifestVariables()
{
    auto v = [](const char *name, const char *value, const char *description) {
        return ManifestVariable{QString::fromLatin1(name), QString::fromLatin1(value), QString::fromLatin1(description)};
    };
    return {
        v("ARCH", "x86", "Target architecture of the bootstrap (x86, amd64, riscv64)."),
        v("ARCH_DIR", "x86", "Directory of architecture-specific files under stage0-posix."),
        v("CHROOT", "False", "Bootstrap inside a chroot/bwrap on a running Linux instead of booting a kernel."),
        v("KERNEL_BOOTSTRAP", "True", "Boot builder-hex0 and Fiwix before Linux (False by default under CHROOT)."),
        v("BUILD_KERNELS", "False", "Build the kernels (Fiwix, Linux) even when they are not booted."),
        v("INTERACTIVE", "False", "Open consoles and drop to a shell when a step fails."),
        v("CONFIGURATOR", "False", "Run the interactive configurator to write bootstrap.cfg."),
        v("INTERNAL_CI", "False", "live-bootstrap's own CI mode: pass1 stops after generating scripts."),
        v("SWAP_SIZE", "0", "Size of the swap file to create, 0 for none."),
        v("FORCE_TIMESTAMPS", "False", "Set every file's timestamp to 0 at the end (null_time)."),
        v("UPDATE_CHECKSUMS", "False", "Recompute checksums instead of checking them (also builds the kernels)."),
        v("BARE_METAL", "False", "Run on real hardware rather than QEMU or a chroot."),
        v("QEMU", "False", "Run inside QEMU."),
        v("JOBS", "1", "Parallel make jobs during the bootstrap."),
        v("FINAL_JOBS", "1", "Parallel make jobs once the final system is in place."),
        v("DISK", "sda1", "The disk or partition the bootstrap writes to."),
        v("MIRRORS_LEN", "0", "Number of source mirrors configured."),
    };
}

namespace {

bool isBooleanDefault(const QString &value)
{
    return value == QLatin1String("True") || value == QLatin1String("False");
}

// live-bootstrap compares text exactly; accept the usual spellings for boolean variables.
QString normalizeBoolean(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on") || v == QLatin1String("1"))
        return QStringLiteral("True");
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off") || v == QLatin1String("0"))
        return QStringLiteral("False");
    return value.trimmed();
}

} // namespace

QMap<QString, QString> effectiveConfiguration(const QMap<QString, QString> &userValues)
{
    QMap<QString, QString> config;
    QMap<QString, QString> defaults;
    for (const ManifestVariable &var : manifestVariables()) {
        config.insert(var.name, var.defaultValue);
        defaults.insert(var.name, var.defaultValue);
    }
    for (auto it = userValues.constBegin(); it != userValues.constEnd(); ++it) {
        const QString name = it.key().trimmed();
        if (name.isEmpty())
            continue;
        config.insert(name, isBooleanDefault(defaults.value(name)) ? normalizeBoolean(*it) : it->trimmed());
    }
    auto userSet = [&](const char *name) { return userValues.contains(QString::fromLatin1(name)); };
    // rootfs.py: a chroot (or bwrap) run does not bootstrap a kernel.
    if (config.value(QStringLiteral("CHROOT")) == QLatin1String("True") && !userSet("KERNEL_BOOTSTRAP"))
        config.insert(QStringLiteral("KERNEL_BOOTSTRAP"), QStringLiteral("False"));
    // rootfs.py: BUILD_KERNELS = update_checksums or build_kernels.
    if (config.value(QStringLiteral("UPDATE_CHECKSUMS")) == QLatin1String("True") && !userSet("BUILD_KERNELS"))
        config.insert(QStringLiteral("BUILD_KERNELS"), QStringLiteral("True"));
    // ARCH_DIR follows ARCH unless given.
    if (userSet("ARCH") && !userSet("ARCH_DIR"))
        config.insert(QStringLiteral("ARCH_DIR"), config.value(QStringLiteral("ARCH")) == QLatin1String("amd64")
                                                      ? QStringLiteral("AMD64")
                                                      : config.value(QStringLiteral("ARCH")));
    return config;
}

} // namespace Seedline

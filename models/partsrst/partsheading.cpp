// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partsheading.h"

#include "livebootstrapnames.h"

#include <QRegularExpression>

namespace Seedline {

namespace {

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

struct NameVersions
{
    QString name;
    QStringList versions;
};

// "perl 5.17.2, 5.17.4" -> perl + two versions; "kbd-1.15" -> kbd + 1.15; "hex0" -> hex0.
NameVersions splitNameVersions(const QString &text)
{
    static const QRegularExpression spaced(
        QStringLiteral("^(.*?\\S)\\s+(v?\\d[\\w.+~-]*(?:\\s*,\\s*v?\\d[\\w.+~-]*)*)$"));
    const QRegularExpressionMatch m = spaced.match(text);
    if (m.hasMatch()) {
        NameVersions out;
        out.name = m.captured(1).trimmed();
        const QStringList versions = m.captured(2).split(u',', Qt::SkipEmptyParts);
        for (const QString &v : versions)
            out.versions << v.trimmed();
        return out;
    }
    if (!text.contains(u' ')) {
        const auto [package, version] = splitPackageVersion(text);
        if (!version.isEmpty() && !package.isEmpty())
            return {package, {version}};
    }
    return {text, {}};
}

} // namespace

StepKind livebootstrapKindFor(const QString &package, const QString &version, const QString &rawTitle)
{
    if (rawTitle.contains(QLatin1String("``/")) || rawTitle.trimmed().startsWith(u'/'))
        return StepKind::Stage;
    static const QRegularExpression sysMarker(QStringLiteral("^(?:create_|go_)?sys[a-z]$"));
    if (sysMarker.match(package).hasMatch())
        return StepKind::Stage;
    if (package == QLatin1String("bootstrap-seeds") || package.endsWith(QLatin1String("-seed"))
        || package.endsWith(QLatin1String("-seeds")))
        return StepKind::Seed;
    if (!version.isEmpty())
        return StepKind::Build;
    if (isOneOf(package, {"move_disk", "fiwix", "linux", "break"}))
        return StepKind::Jump;
    // stage0-posix programs: built, even though they carry no version and some have an underscore.
    if (isOneOf(package, {"hex0", "hex1", "hex2", "catm", "m0", "m1", "cc_x86", "cc_amd64", "cc_x86_64",
                          "cc_armv7l", "cc_aarch64", "cc_riscv32", "cc_riscv64", "m2-planet", "mescc-tools",
                          "mescc-tools-extra", "m2-mesoplanet", "kaem", "kaem-optional", "blood-elf",
                          "stage0-posix", "script-generator"})
        || package.startsWith(QLatin1String("builder-hex0")))
        return StepKind::Build;
    if (isOneOf(package, {"setup_repo", "update_env", "merged_usr", "populate_device_nodes", "open_console",
                          "musl_target", "clean_sources", "clean_artifacts", "finalize_job_count",
                          "finalize_fhs", "swap", "get_network", "cleanup_filesystem", "null_time",
                          "update_checksums", "after", "make_bootable", "reconfigure"}))
        return StepKind::Improve;
    static const QRegularExpression improveScript(QStringLiteral("^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$"));
    if (improveScript.match(package).hasMatch())
        return StepKind::Improve;
    return StepKind::Build;
}

QVector<HeadingPart> parsePartsHeading(const QString &title)
{
    const QString heading = title.simplified();
    if (heading.size() > maxPartsHeadingLength) {
        // Not a package heading: keep it whole rather than run the patterns over a huge line.
        HeadingPart part;
        part.name = heading.left(maxPartsHeadingLength);
        part.package = liveBootstrapPackageName(part.name);
        if (part.package.isEmpty())
            part.package = QStringLiteral("section");
        part.label = heading;
        part.kind = StepKind::Build;
        return {part};
    }
    QString rest = heading;
    QString qualifier;
    // A trailing "(...)" qualifier: "tcc 0.9.27 (musl v2)", "binutils 2.41 (pass 2)".
    if (rest.endsWith(u')')) {
        const qsizetype open = rest.lastIndexOf(u'(');
        if (open > 0) {
            qualifier = rest.mid(open + 1, rest.size() - open - 2).trimmed();
            rest = rest.left(open).trimmed();
        }
    }
    // Inline literal markup is not part of a name: ``/sysa``.
    QString plain = rest;
    plain.remove(QStringLiteral("``"));
    plain = plain.trimmed();

    // "musl 1.1.24 and musl_target", "curl 8.17.0 and get_network".
    QStringList pieces;
    static const QRegularExpression andWord(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch andMatch = andWord.match(plain);
    if (andMatch.hasMatch() && andMatch.capturedStart() > 0 && andMatch.capturedEnd() < plain.size()) {
        pieces << plain.left(andMatch.capturedStart()).trimmed() << plain.mid(andMatch.capturedEnd()).trimmed();
    } else {
        pieces << plain;
    }

    QVector<HeadingPart> parts;
    for (const QString &piece : std::as_const(pieces)) {
        const NameVersions nv = splitNameVersions(piece);
        const QStringList versions = nv.versions.isEmpty() ? QStringList{QString()} : nv.versions;
        for (const QString &version : versions) {
            HeadingPart part;
            part.name = nv.name;
            part.package = liveBootstrapPackageName(nv.name);
            if (part.package.isEmpty())
                part.package = liveBootstrapPackageName(piece);
            if (part.package.isEmpty())
                part.package = QStringLiteral("section");
            part.version = version;
            part.kind = livebootstrapKindFor(part.package, part.version, heading);
            parts.append(part);
        }
    }
    // Only the build part carries the qualifier; labels name each part when the heading names several.
    for (HeadingPart &part : parts) {
        if (parts.size() == 1) {
            part.label = heading;
            part.qualifier = qualifier;
            continue;
        }
        part.label = part.version.isEmpty() ? part.name : part.name + u' ' + part.version;
        if (&part == &parts.first() && !qualifier.isEmpty()) {
            part.qualifier = qualifier;
            part.label += QStringLiteral(" (") + qualifier + u')';
        }
    }
    return parts;
}

} // namespace Seedline

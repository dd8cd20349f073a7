// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputoptions.h"

#include "io/boundedread.h"
#include "io/inputs.h"

#include <QCommandLineParser>

namespace Seedline::Cli {

void addLoadOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("Set a live-bootstrap configuration variable (repeatable), e.g. CHROOT=True."),
                      QStringLiteral("VAR=VALUE")});
    parser.addOption({QStringLiteral("family"),
                      QStringLiteral("Replace the name pattern of a family for inputs without declared families "
                                     "(repeatable), e.g. python='python3(\\.[0-9]+)?'."),
                      QStringLiteral("NAME=REGEX")});
    parser.addOption({QStringLiteral("reverse"),
                      QStringLiteral("DOT inputs: edges point from what is needed to what needs it (\"derived "
                                     "from\"); turn them round so that A -> B reads \"A needs B\".")});
    addReadOptions(parser);
}

void addReadOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("max-input-size"),
                      QStringLiteral("Read no input file, include or build script larger than SIZE (bytes, or with "
                                     "K, M, G: powers of 1024; default %1).")
                          .arg(QString::number(defaultMaxInputBytes / (1024 * 1024)) + u'M'),
                      QStringLiteral("SIZE")});
}

bool readOptionsFrom(const QCommandLineParser &parser, LoadOptions *options, QString *error)
{
    if (!parser.isSet(QStringLiteral("max-input-size")))
        return true;
    const QString size = parser.value(QStringLiteral("max-input-size"));
    const auto bytes = parseByteSize(size);
    if (!bytes) {
        *error = QStringLiteral("--max-input-size expects a size such as 512M or 1G, got '%1'").arg(size);
        return false;
    }
    options->maxFileBytes = *bytes;
    return true;
}

std::optional<LoadOptions> loadOptionsFrom(const QCommandLineParser &parser, QString *error)
{
    LoadOptions options;
    if (!readOptionsFrom(parser, &options, error))
        return std::nullopt;
    options.reverseDotEdges = parser.isSet(QStringLiteral("reverse"));
    const QStringList configs = parser.values(QStringLiteral("config"));
    for (const QString &assignment : configs) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("--config expects VAR=VALUE, got '%1'").arg(assignment);
            return std::nullopt;
        }
        options.config.insert(assignment.left(eq).trimmed(), assignment.mid(eq + 1).trimmed());
    }
    const QStringList families = parser.values(QStringLiteral("family"));
    for (const QString &assignment : families) {
        if (!options.families.setFromAssignment(assignment, error)) {
            error->prepend(QStringLiteral("--family: "));
            return std::nullopt;
        }
    }
    return options;
}

LoadResult loadInputsOrDefault(const QStringList &inputs, const LoadOptions &options)
{
    if (inputs.isEmpty())
        return loadEmbeddedDefault(options);
    return loadPaths(inputs, options);
}

QStringList expandTwoValueOption(const QStringList &arguments, const QString &option)
{
    QStringList out;
    const QString flag = QStringLiteral("--") + option;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == flag && i + 2 < arguments.size()) {
            out << flag + QStringLiteral("-from") << arguments[i + 1] << flag + QStringLiteral("-to") << arguments[i + 2];
            i += 2;
        } else {
            out << arguments[i];
        }
    }
    return out;
}

} // namespace Seedline::Cli

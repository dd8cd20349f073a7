// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputs.h"

#include "boundedread.h"
#include "chainfile/chainfileloader.h"
#include "dot/dotloader.h"
#include "manifest/checkoutloader.h"
#include "manifest/manifestloader.h"
#include "partsrst/partsrstloader.h"
#include "source/fileprovider.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Seedline {

QString inputKindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Unknown:
        return QStringLiteral("unknown");
    case InputKind::PartsRst:
        return QStringLiteral("parts.rst");
    case InputKind::Manifest:
        return QStringLiteral("manifest");
    case InputKind::Checkout:
        return QStringLiteral("live-bootstrap checkout");
    case InputKind::ChainFile:
        return QStringLiteral("chain file");
    case InputKind::Dot:
        return QStringLiteral("DOT");
    }
    return QStringLiteral("unknown");
}

namespace {

InputKind sniffHead(const QByteArray &head)
{
    static const QRegularExpression dot(QStringLiteral("^\\s*(?://[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*|#[^\\n]*\\n\\s*)*"
                                                       "(strict\\s+)?(di)?graph\\b"),
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression manifest(QStringLiteral("^(build|improve|define|jump|uninstall):\\s"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression rst(QStringLiteral("^\\S[^\\n]*\\n(={3,}|-{3,}|~{3,})\\s*$"),
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression toml(QStringLiteral("^\\s*(\\[\\[?[A-Za-z_][\\w.-]*\\]\\]?|[A-Za-z_][\\w-]*\\s*=)"),
                                         QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(head.left(64 * 1024));
    if (dot.match(text).hasMatch())
        return InputKind::Dot;
    if (manifest.match(text).hasMatch())
        return InputKind::Manifest;
    if (rst.match(text).hasMatch())
        return InputKind::PartsRst;
    if (toml.match(text).hasMatch())
        return InputKind::ChainFile;
    return InputKind::Unknown;
}

Diagnostic fileError(const QString &path, const QString &message)
{
    return Diagnostic{path, 0, 0, Severity::Error, message};
}

} // namespace

InputKind detectInputKind(const QString &path, const QByteArray &head)
{
    const QFileInfo info(path);
    if (info.isDir())
        return isLiveBootstrapCheckout(path) ? InputKind::Checkout : InputKind::Unknown;
    const QString name = info.fileName().toLower();
    if (name.endsWith(QLatin1String(".toml")))
        return InputKind::ChainFile;
    if (name.endsWith(QLatin1String(".dot")) || name.endsWith(QLatin1String(".gv")))
        return InputKind::Dot;
    if (name.endsWith(QLatin1String(".rst")))
        return InputKind::PartsRst;
    if (name == QLatin1String("manifest"))
        return InputKind::Manifest;
    return sniffHead(head);
}

InputKind sniffInputKind(const QByteArray &head)
{
    return sniffHead(head);
}

LoadResult loadPath(const QString &path, const LoadOptions &options)
{
    LoadResult result;
    const QFileInfo info(path);
    if (info.isDir()) {
        if (!isLiveBootstrapCheckout(path)) {
            result.diagnostics << fileError(path,
                                            QStringLiteral("this directory is not a live-bootstrap checkout "
                                                           "(expected steps/manifest inside it)"));
            return result;
        }
        return loadCheckout(path, options);
    }
    // An edited buffer, a resource, or bounded from the disk: a device (/dev/zero), a FIFO nobody
    // writes to or an endless pipe ends with a reason.
    const ReadResult read = readInputFile(path, options);
    if (!read.ok) {
        result.diagnostics << fileError(path, read.failure == ReadResult::Failure::Missing
                                                  ? read.error
                                                  : QStringLiteral("cannot read it: ") + read.error);
        return result;
    }
    const QByteArray &bytes = read.bytes;
    // The same answer for every kind of input: an empty file is an error.
    if (QByteArrayView(bytes).trimmed().isEmpty()) { // a view: no copy of the whole file
        result.diagnostics << fileError(path, QStringLiteral("the file is empty; expected a parts.rst, a "
                                                             "steps/manifest, a *.chain.toml or a Graphviz DOT file"));
        return result;
    }
    switch (detectInputKind(path, bytes.left(64 * 1024))) {
    case InputKind::PartsRst:
        return loadPartsRst(bytes, path, options);
    case InputKind::Manifest:
        return loadManifest(bytes, path, options);
    case InputKind::ChainFile:
        return loadChainFile(bytes, path, options);
    case InputKind::Dot: {
        LoadResult loaded = loadDot(bytes, path, options);
        if (options.reverseDotEdges) {
            for (Requirement &r : loaded.chain.requirements)
                r = Requirement(int(r.to), int(r.from), r.kind, std::move(r.evidence));
            loaded.diagnostics << Diagnostic{path, 0, 0, Severity::Info,
                                             QStringLiteral("edges turned round (--reverse): A -> B in the file reads "
                                                            "\"B needs A\"")};
        } else if (looksReversed(loaded.chain)) {
            loaded.diagnostics << Diagnostic{path, 0, 0, Severity::Info,
                                             QStringLiteral("the edges seem to point from what is needed to what needs it "
                                                            "(the compilers, libcs and shells have many out-edges and few "
                                                            "in-edges); if so, open it with --reverse (View \u25B8 Reverse "
                                                            "DOT Edges)")};
        }
        return loaded;
    }
    case InputKind::Checkout:
    case InputKind::Unknown:
        break;
    }
    result.diagnostics << fileError(path, QStringLiteral("cannot tell what this file is: expected a parts.rst, a "
                                                         "steps/manifest, a *.chain.toml or a Graphviz DOT file"));
    return result;
}

bool looksReversed(const Chain &chain)
{
    // In "A needs B", what everything needs (compilers, libcs, shells) is pointed at: many in-edges.
    const QStringList basic{QStringLiteral("c-compiler"), QStringLiteral("libc"), QStringLiteral("shell")};
    QVector<int> in(chain.steps.size(), 0), out(chain.steps.size(), 0);
    for (const Requirement &r : chain.requirements) {
        if (r.from < 0 || r.to < 0 || r.from >= chain.steps.size() || r.to >= chain.steps.size())
            continue;
        ++out[r.from];
        ++in[r.to];
    }
    qint64 basicIn = 0, basicOut = 0;
    for (int i = 0; i < chain.steps.size(); ++i) {
        for (const QString &f : basic) {
            if (chain.steps[i].hasFamily(f)) {
                basicIn += in[i];
                basicOut += out[i];
                break;
            }
        }
    }
    return basicOut >= 5 && basicOut > 3 * basicIn;
}

LoadResult loadPaths(const QStringList &paths, const LoadOptions &options)
{
    if (paths.size() == 1)
        return loadPath(paths.front(), options);
    QVector<Chain> chains;
    LoadResult result;
    for (const QString &path : paths) {
        LoadResult one = loadPath(path, options);
        result.diagnostics += one.diagnostics;
        chains << std::move(one.chain);
    }
    result.chain = mergeChains(chains);
    return result;
}

QString embeddedDefaultPath()
{
    return QStringLiteral(":/chains/seedline.chain.toml");
}

LoadResult loadEmbeddedDefault(const LoadOptions &options)
{
    QFile file(embeddedDefaultPath());
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.diagnostics << fileError(embeddedDefaultPath(), QStringLiteral("the embedded chains are missing"));
        return result;
    }
    return loadChainFile(file.readAll(), embeddedDefaultPath(), options);
}

} // namespace Seedline

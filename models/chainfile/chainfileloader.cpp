// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainfileloader.h"

#include "chainfileparser.h"
#include "chainfileresolver.h"
#include "releasetable.h"

#include "io/boundedread.h"
#include "io/inputs.h"
#include "manifest/checkoutloader.h"
#include "source/fileprovider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Seedline {

using namespace ChainFileDetail;

namespace {

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

// `relative` as seen from the file `base` (a ":/" resource path stays inside the resources).
QString resolveRelative(const QString &base, const QString &relative)
{
    if (isResource(relative) || QDir::isAbsolutePath(relative))
        return QDir::cleanPath(relative);
    if (isResource(base))
        return QDir::cleanPath(base.left(base.lastIndexOf(u'/') + 1) + relative);
    return QDir::cleanPath(QFileInfo(base).absolutePath() + u'/' + relative);
}

// A key that is the same for every spelling of one file, for cycles and files included twice.
QString identity(const QString &path)
{
    if (isResource(path))
        return QDir::cleanPath(path);
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

constexpr int maxIncludeDepth = 32;

class Loader
{
public:
    Loader(const LoadOptions &options, const ChainFileOptions &fileOptions)
        : m_options(options)
        , m_fileOptions(fileOptions)
    {
    }

    void loadDocument(const QByteArray &bytes, const QString &fileName);
    LoadResult finish();

private:
    struct Unit
    {
        bool isDocument = true;
        ChainFileDocument document;
        Chain foreign;
        QVector<ChainSource> tableSources;
    };

    std::optional<QByteArray> readReferenced(const QString &path, const Position &from, const QString &what,
                                             bool optional);
    void loadInclude(const IncludeSpec &include, const QString &includingFile);
    void loadReleaseTables(Unit &unit);

    LoadOptions m_options;
    ChainFileOptions m_fileOptions;
    Diagnostics m_diagnostics;
    QStringList m_stack; // identities of the files being read, outermost first
    QStringList m_stackNames;
    QSet<QString> m_loaded;
    QVector<Unit> m_units;
};

std::optional<QByteArray> Loader::readReferenced(const QString &path, const Position &from, const QString &what,
                                                 bool optional)
{
    auto report = [&](const QString &message) {
        m_diagnostics << Diagnostic{from.file, from.line, from.column, Severity::Error, message};
    };
    if (!m_fileOptions.readReferencedFiles) {
        report(QStringLiteral("cannot read %1 \"%2\": reading other files is disabled here").arg(what, path));
        return std::nullopt;
    }
    // An edited buffer (the source pane), the embedded chains (trusted and small), or bounded like
    // every input: a directory, a device, a FIFO nobody writes to or an endless pipe is an error
    // here, at the include, not a hang.
    ReadResult read = readInputFile(path, m_options);
    if (read.failure == ReadResult::Failure::Missing) {
        if (!optional)
            report(QStringLiteral("cannot read %1: no such file \"%2\"").arg(what, path));
        return std::nullopt;
    }
    if (!read.ok) {
        report(QStringLiteral("cannot read %1 \"%2\": %3").arg(what, path, read.error));
        return std::nullopt;
    }
    return std::move(read.bytes);
}

void Loader::loadDocument(const QByteArray &bytes, const QString &fileName)
{
    const QString key = identity(fileName);
    m_loaded.insert(key);
    m_stack << key;
    m_stackNames << displayName(fileName);

    Unit unit;
    unit.document = ChainFileParser(fileName, m_options.families, &m_diagnostics).parse(bytes);
    for (const IncludeSpec &include : std::as_const(unit.document.includes))
        loadInclude(include, fileName);
    loadReleaseTables(unit);
    m_units << std::move(unit);

    m_stack.removeLast();
    m_stackNames.removeLast();
}

void Loader::loadReleaseTables(Unit &unit)
{
    ChainFileDocument &doc = unit.document;
    for (const ReleaseTableSpec &table : std::as_const(doc.releaseTables)) {
        const QString path = resolveRelative(doc.fileName, table.path);
        const auto bytes = readReferenced(path, table.position, QStringLiteral("the release table"), false);
        if (!bytes)
            continue;
        doc.timeline.releases += parseReleaseTable(*bytes, path, table.family, &m_diagnostics);
        unit.tableSources << ChainSource{ChainSource::Kind::Table, path};
    }
}

void Loader::loadInclude(const IncludeSpec &include, const QString &includingFile)
{
    const QString path = resolveRelative(includingFile, include.path);
    const QString key = identity(path);
    const Position &at = include.position;
    if (const qsizetype i = m_stack.indexOf(key); i >= 0) {
        const QStringList cycle = m_stackNames.mid(i) << displayName(path);
        m_diagnostics << Diagnostic{at.file, at.line, at.column, Severity::Error,
                                    QStringLiteral("include cycle: %1 (not included again)")
                                        .arg(cycle.join(QStringLiteral(" -> ")))};
        return;
    }
    if (m_loaded.contains(key))
        return; // included twice (a diamond): read once
    if (m_stack.size() >= maxIncludeDepth) {
        m_diagnostics << Diagnostic{at.file, at.line, at.column, Severity::Error,
                                    QStringLiteral("includes nest deeper than %1 files").arg(maxIncludeDepth)};
        return;
    }
    if (path.endsWith(QLatin1String(".toml"), Qt::CaseInsensitive)) {
        const auto bytes = readReferenced(path, at, QStringLiteral("the included chain file"), include.optional);
        if (bytes)
            loadDocument(*bytes, path);
        return;
    }
    // A live-bootstrap source (manifest, parts.rst, checkout) or DOT: the input dispatcher reads it.
    if (!m_fileOptions.readReferencedFiles) {
        m_diagnostics << Diagnostic{at.file, at.line, at.column, Severity::Error,
                                    QStringLiteral("cannot include \"%1\": reading other files is disabled here")
                                        .arg(include.path)};
        return;
    }
    const QFileInfo info(path);
    if (!info.exists() && !(m_options.files && m_options.files->contents(path))) {
        if (!include.optional || info.isSymLink())
            m_diagnostics << Diagnostic{at.file, at.line, at.column, Severity::Error,
                                        QStringLiteral("cannot include \"%1\": no such file or directory \"%2\"")
                                            .arg(include.path, path)};
        return;
    }
    if (info.isDir() && !isLiveBootstrapCheckout(path)) {
        m_diagnostics << Diagnostic{at.file, at.line, at.column, Severity::Error,
                                    QStringLiteral("cannot include \"%1\": \"%2\" is a directory, not a "
                                                   "live-bootstrap checkout (expected steps/manifest inside it)")
                                        .arg(include.path, path)};
        return;
    }
    m_loaded.insert(key);
    LoadResult result = loadPath(path, m_options);
    for (const Diagnostic &d : std::as_const(result.diagnostics)) {
        // What is wrong with the included file as a whole is reported at the include.
        if (d.severity == Severity::Error && d.line == 0 && d.file == path)
            m_diagnostics << Diagnostic{at.file, at.line, at.column, Severity::Error,
                                        QStringLiteral("cannot include \"%1\": %2").arg(include.path, d.message)};
        else
            m_diagnostics << d;
    }
    Unit unit;
    unit.isDocument = false;
    unit.foreign = std::move(result.chain);
    m_units << std::move(unit);
}

LoadResult Loader::finish()
{
    LoadResult result;
    QVector<Release> releases;
    for (const Unit &u : std::as_const(m_units))
        releases += u.isDocument ? u.document.timeline.releases : u.foreign.timeline.releases;

    QVector<Chain> chains;
    for (Unit &u : m_units) {
        if (!u.isDocument) {
            chains << u.foreign;
            continue;
        }
        ChainFileDocument &doc = u.document;
        addSequenceEdges(doc);
        expandSeries(doc, releases, &m_diagnostics);
        Chain c;
        c.title = doc.title;
        c.description = doc.description;
        c.steps = doc.steps;
        c.scenarios = doc.scenarios;
        c.tours = doc.tours;
        c.timeline = doc.timeline;
        c.sources << ChainSource{ChainSource::Kind::ChainFile, doc.fileName};
        c.sources += u.tableSources;
        chains << c;
    }
    Chain chain = chains.isEmpty() ? Chain{} : mergeChains(chains);
    chain.reindex();
    if (!m_units.isEmpty() && m_units.last().isDocument) {
        const ChainFileDocument &top = m_units.last().document;
        if (!top.title.isEmpty())
            chain.title = top.title;
        chain.description = top.description;
    }

    QVector<Position> positions;
    for (const Unit &u : std::as_const(m_units)) {
        if (u.isDocument)
            resolveRequirements(u.document, chain, positions, &m_diagnostics);
    }
    for (const Unit &u : std::as_const(m_units)) {
        if (u.isDocument)
            checkScenarioReferences(u.document, chain, &m_diagnostics);
    }
    QVector<const ChainFileDocument *> documents;
    for (const Unit &u : std::as_const(m_units)) {
        if (u.isDocument)
            documents << &u.document;
    }
    checkTours(documents, chain, &m_diagnostics);
    reportDeclaredCycles(chain, positions, &m_diagnostics);

    result.chain = std::move(chain);
    result.diagnostics = std::move(m_diagnostics);
    return result;
}

} // namespace

LoadResult loadChainFile(const QByteArray &bytes, const QString &fileName, const LoadOptions &options,
                         const ChainFileOptions &fileOptions)
{
    try {
        if (bytes.size() > options.maxFileBytes) {
            LoadResult result;
            result.diagnostics << Diagnostic{fileName, 0, 0, Severity::Error,
                                             QStringLiteral("the chain file is larger than %1 MB")
                                                 .arg(options.maxFileBytes / (1024 * 1024))};
            return result;
        }
        Loader loader(options, fileOptions);
        loader.loadDocument(bytes, fileName);
        return loader.finish();
    } catch (const std::exception &e) {
        LoadResult result;
        result.diagnostics << Diagnostic{fileName, 0, 0, Severity::Error,
                                         QStringLiteral("internal error while reading the chain file: %1")
                                             .arg(QString::fromUtf8(e.what()))};
        return result;
    }
}

LoadResult loadChainFile(const QByteArray &bytes, const QString &fileName, const LoadOptions &options)
{
    return loadChainFile(bytes, fileName, options, ChainFileOptions{});
}

} // namespace Seedline

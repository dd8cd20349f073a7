// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkoutloader.h"

#include "checkoutjoin.h"
#include "installedset.h"
#include "manifestloader.h"
#include "io/boundedread.h"
#include "partsrst/partsrstloader.h"
#include "scriptscanner.h"
#include "source/fileprovider.h"
#include "toolproviders.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Seedline {

namespace {

constexpr int kMaxNotes = 200; // infos; warnings are never dropped

struct ReadFile
{
    QByteArray bytes;
    QString error;
    bool missing = false;
};

ReadFile readFile(const QString &path, const LoadOptions &options)
{
    ReadResult r = readInputFile(path, options); // an edited buffer first, else bounded from the disk
    if (!r.ok)
        return {{}, r.error, r.failure == ReadResult::Failure::Missing};
    return {std::move(r.bytes), QString()};
}

// True when nothing at all is at the path (not even a dangling link): live-bootstrap's `test -e`.
bool nothingAt(const QString &path)
{
    const QFileInfo info(path);
    return !info.exists() && !info.isSymLink();
}

class CheckoutScanner
{
public:
    CheckoutScanner(const QDir &root, Chain &chain, Diagnostics &diagnostics, const QList<QByteArray> &manifestLines,
                    const LoadOptions &options)
        : m_root(root), m_chain(chain), m_diags(diagnostics), m_manifestLines(manifestLines), m_options(options)
    {
    }

    void run()
    {
        // Which tools some build provides at all, to tell "used before it is built" from "not ours".
        for (const Step &s : std::as_const(m_chain.steps)) {
            if (s.isBuild() && s.origin.file == QLatin1String("steps/manifest")) {
                for (const QString &tool : toolsProvidedBy(directoryOf(s)))
                    m_everProvided.insert(tool);
            }
        }
        for (int i = 0; i < m_chain.steps.size(); ++i) {
            const Step &s = m_chain.steps[i];
            if (s.excluded || s.origin.file != QLatin1String("steps/manifest"))
                continue;
            switch (s.kind) {
            case StepKind::Build:
                visitBuild(i);
                break;
            case StepKind::Improve: // sourced (bash) or run by kaem, always steps/improve/NAME.sh
                scanScript(i, QStringLiteral("steps/improve/") + s.package + QStringLiteral(".sh"));
                break;
            case StepKind::Uninstall:
                m_installedSet.uninstall(s.details->removes);
                break;
            default:
                break;
            }
        }
    }

private:
    static QString directoryOf(const Step &s) { return splitPassSuffix(s.id).first; }

    void note(Severity severity, const QString &file, int line, int column, const QString &message)
    {
        if (severity == Severity::Info && m_notes++ >= kMaxNotes)
            return;
        m_diags.append({m_root.filePath(file), line, column, severity, message});
    }

    // A note on the manifest line of step `index`, at its package name.
    void noteAtDirective(Severity severity, int index, const QString &message)
    {
        const Step &s = m_chain.steps[index];
        int column = 0;
        if (s.origin.line > 0 && s.origin.line <= m_manifestLines.size()) {
            const qsizetype at = QString::fromUtf8(m_manifestLines[s.origin.line - 1]).indexOf(directoryOf(s));
            column = at < 0 ? 0 : int(at) + 1;
        }
        note(severity, QStringLiteral("steps/manifest"), s.origin.line, column, message);
    }

    static QString leftOut(const Step &s)
    {
        return QStringLiteral("the observed requirements of %1 leave out whatever it runs").arg(s.id);
    }

    // live-bootstrap's seed/script-generator.c writes, for the k-th included `build: pkg`, a call of
    // steps/pkg/passk.kaem while kaem is the shell (up to and including the first bash build), and
    // `build pkg passk.sh` after it; steps/helpers.sh's build() sources passk.sh only when it exists
    // (`test -e`) and otherwise runs its default steps (patches, mk/main.mk, make, make install).
    void visitBuild(int index)
    {
        const Step &s = m_chain.steps[index];
        const QString dir = directoryOf(s);
        const int pass = ++m_runtimePasses[dir]; // live-bootstrap counts the passes that run
        const bool kaem = !m_bashBuilt;
        if (dir.startsWith(QLatin1String("bash-")))
            m_bashBuilt = true;
        const QString folder = QStringLiteral("steps/") + dir;
        if (!QFileInfo(m_root.filePath(folder)).isDir()) {
            noteAtDirective(Severity::Warning, index,
                            QStringLiteral("'build: %1' has no folder %2/ in the checkout; its scripts cannot be "
                                           "read and %3")
                                .arg(dir, folder, leftOut(s)));
        } else {
            const QString script = folder + QStringLiteral("/pass%1.%2").arg(pass).arg(kaem ? QStringLiteral("kaem")
                                                                                         : QStringLiteral("sh"));
            if (nothingAt(m_root.filePath(script))) {
                if (kaem)
                    noteAtDirective(Severity::Warning, index,
                                    QStringLiteral("%1 (pass %2, run by kaem before bash is built) needs %3, which is "
                                                   "missing: live-bootstrap would stop here, and %4")
                                        .arg(s.id)
                                        .arg(pass)
                                        .arg(script, leftOut(s)));
                else
                    noteAtDirective(Severity::Info, index,
                                    QStringLiteral("%1 (pass %2) has no %3: live-bootstrap builds it with the default "
                                                   "steps of steps/helpers.sh (patches, mk/main.mk, make), which run "
                                                   "no tool Seedline looks for, so it has no observed requirements")
                                        .arg(s.id)
                                        .arg(pass)
                                        .arg(script));
            } else {
                scanScript(index, script);
            }
        }
        m_installedSet.install(index, dir, toolsProvidedBy(dir));
    }

    void scanScript(int index, const QString &relative)
    {
        const Step &s = m_chain.steps[index];
        const QString path = m_root.filePath(relative);
        if (nothingAt(path)) {
            noteAtDirective(Severity::Warning, index,
                            QStringLiteral("%1 runs %2, which is missing: live-bootstrap would stop here, and %3")
                                .arg(s.id, relative, leftOut(s)));
            return;
        }
        const ReadFile file = readFile(path, m_options);
        if (!file.error.isEmpty()) {
            noteAtDirective(Severity::Warning, index,
                            QStringLiteral("cannot read %1, the script of %2: %3; %4")
                                .arg(relative, s.id, file.error, leftOut(s)));
            return;
        }
        m_chain.sources.append({ChainSource::Kind::BuildScript, relative});
        const QString text = QString::fromUtf8(file.bytes);
        for (const ToolInvocation &inv : findToolInvocations(text, isTrackedTool)) {
            const int provider = m_installedSet.provider(inv.tool);
            const Evidence evidence{relative, inv.line, inv.column, inv.lineText};
            if (provider < 0) {
                if (m_everProvided.contains(inv.tool))
                    note(Severity::Info, relative, inv.line, inv.column,
                         QStringLiteral("'%1' is run here, but no earlier included build provides it")
                             .arg(inv.tool));
                continue;
            }
            if (provider == index)
                continue;
            const auto key = std::pair<int, int>(index, provider);
            auto it = m_edges.find(key);
            if (it == m_edges.end()) {
                m_chain.requirements.append({index, provider, RequirementKind::Observed, evidence});
                m_edges.insert(key, int(m_chain.requirements.size() - 1));
                continue;
            }
            Requirement &r = m_chain.requirements[*it];
            const QMap<QString, QString> &attributes = r.evidence.attributes();
            const int count = attributes.value(QStringLiteral("occurrences"), QStringLiteral("1")).toInt() + 1;
            const QString lines = attributes.value(QStringLiteral("lines"), QString::number(r.evidence.line));
            r.evidence.setAttribute(QStringLiteral("occurrences"), QString::number(count));
            r.evidence.setAttribute(QStringLiteral("lines"), lines + u',' + QString::number(inv.line));
        }
    }

    const QDir &m_root;
    Chain &m_chain;
    Diagnostics &m_diags;
    const QList<QByteArray> &m_manifestLines;
    const LoadOptions &m_options;
    int m_notes = 0;
    bool m_bashBuilt = false; // kaem runs the builds until the first bash build is done
    QSet<QString> m_everProvided;
    QHash<QString, int> m_runtimePasses;
    InstalledSet m_installedSet; // what the included builds so far installed, with uninstalls
    QHash<std::pair<int, int>, int> m_edges; // (from, to) -> index of the observed requirement
};

void appendWithPath(Diagnostics &into, const Diagnostics &from, const QDir &root)
{
    for (Diagnostic d : from) {
        if (!d.file.isEmpty())
            d.file = root.filePath(d.file);
        into.append(d);
    }
}

} // namespace

bool isLiveBootstrapCheckout(const QString &directory)
{
    // Anything but a directory: a manifest that cannot be read is reported when it is read.
    const QFileInfo manifest(QDir(directory).filePath(QStringLiteral("steps/manifest")));
    return !directory.isEmpty() && (manifest.exists() || manifest.isSymLink()) && !manifest.isDir();
}

LoadResult loadCheckout(const QString &directory, const LoadOptions &options)
{
    LoadResult result;
    const QDir root(directory);
    if (!isLiveBootstrapCheckout(directory)) {
        result.diagnostics.append({directory, 0, 0, Severity::Error,
                                   QStringLiteral("not a live-bootstrap checkout: expected a file steps/manifest in '%1'")
                                       .arg(directory)});
        return result;
    }
    const QString manifestName = QStringLiteral("steps/manifest");
    const ReadFile manifestFile = readFile(root.filePath(manifestName), options);
    if (!manifestFile.error.isEmpty()) {
        result.diagnostics.append({root.filePath(manifestName), 0, 0, Severity::Error,
                                   QStringLiteral("cannot read the manifest: ") + manifestFile.error});
        return result;
    }
    LoadResult manifest = loadManifest(manifestFile.bytes, manifestName, options);
    appendWithPath(result.diagnostics, manifest.diagnostics, root);
    Chain chain = std::move(manifest.chain);

    const QString partsName = QStringLiteral("parts.rst");
    const QString partsLeftOut = QStringLiteral("the steps have no prose, the seed and stage0 steps before the "
                                                "manifest are missing, and there are no mentioned requirements");
    const ReadFile partsFile = readFile(root.filePath(partsName), options);
    if (!partsFile.error.isEmpty()) {
        result.diagnostics.append({root.filePath(partsName), 0, 0, Severity::Warning,
                                   (partsFile.missing ? QStringLiteral("the checkout has no parts.rst")
                                                      : QStringLiteral("cannot read parts.rst: ") + partsFile.error)
                                       + QStringLiteral("; ") + partsLeftOut});
    } else {
        LoadResult parts = loadPartsRst(partsFile.bytes, partsName, options);
        if (parts.chain.steps.isEmpty()) {
            // The manifest is the truth: a parts.rst without sections costs prose, not the chain.
            for (Diagnostic &d : parts.diagnostics)
                d.severity = std::min(d.severity, Severity::Warning);
            parts.diagnostics.append({partsName, 0, 0, Severity::Warning,
                                      QStringLiteral("parts.rst has no sections; ") + partsLeftOut});
        }
        appendWithPath(result.diagnostics, parts.diagnostics, root);
        if (joinManifestWithParts(chain, parts.chain) == 0 && !parts.chain.steps.isEmpty())
            result.diagnostics.append({root.filePath(partsName), 0, 0, Severity::Warning,
                                       QStringLiteral("no section of parts.rst matches a step of steps/manifest")});
        chain.sources.append({ChainSource::Kind::PartsRst, partsName});
    }

    const QList<QByteArray> manifestLines = manifestFile.bytes.split('\n');
    CheckoutScanner scanner(root, chain, result.diagnostics, manifestLines, options);
    scanner.run();

    chain.sources.prepend({ChainSource::Kind::Checkout, root.absolutePath()});
    chain.title = QStringLiteral("live-bootstrap checkout (%1)").arg(QFileInfo(root.absolutePath()).fileName());
    result.chain = std::move(chain);
    return result;
}

} // namespace Seedline

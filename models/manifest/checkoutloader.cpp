// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkoutloader.h"

#include "checkoutjoin.h"
#include "manifestloader.h"
#include "partsrst/partsrstloader.h"
#include "scriptscanner.h"
#include "toolproviders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Seedline {

namespace {

constexpr int kMaxNotes = 200;

struct ReadFile
{
    QByteArray bytes;
    QString error;
};

ReadFile readFile(const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, f.errorString()};
    if (f.size() > maxBytes)
        return {{}, QStringLiteral("the file has %1 bytes, more than the limit of %2").arg(f.size()).arg(maxBytes)};
    return {f.readAll(), QString()};
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
            case StepKind::Improve:
                scanScript(i, QStringLiteral("steps/improve/") + s.package + QStringLiteral(".sh"), false);
                break;
            case StepKind::Uninstall:
                uninstall(s.removes);
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
        if (m_notes++ >= kMaxNotes)
            return;
        m_diags.append({m_root.filePath(file), line, column, severity, message});
    }

    void visitBuild(int index)
    {
        const Step &s = m_chain.steps[index];
        const QString dir = directoryOf(s);
        const int pass = ++m_runtimePasses[dir]; // live-bootstrap counts the passes that run
        const QString folder = QStringLiteral("steps/") + dir;
        if (!QFileInfo(m_root.filePath(folder)).isDir()) {
            int column = 0;
            if (s.origin.line > 0 && s.origin.line <= m_manifestLines.size())
                column = int(QString::fromUtf8(m_manifestLines[s.origin.line - 1]).indexOf(dir)) + 1;
            note(Severity::Warning, QStringLiteral("steps/manifest"), s.origin.line, column,
                 QStringLiteral("'build: %1' has no folder %2/ in the checkout; its scripts cannot be read")
                     .arg(dir, folder));
        } else {
            const QStringList candidates = {
                folder + QStringLiteral("/pass%1.sh").arg(pass), folder + QStringLiteral("/pass%1.kaem").arg(pass),
                folder + QStringLiteral("/pass1.sh"), folder + QStringLiteral("/pass1.kaem")};
            QString script;
            for (const QString &c : candidates) {
                if (QFileInfo(m_root.filePath(c)).isFile()) {
                    script = c;
                    break;
                }
            }
            if (script.isEmpty()) {
                const QStringList kaem = QDir(m_root.filePath(folder)).entryList({QStringLiteral("*.kaem")}, QDir::Files,
                                                                                 QDir::Name);
                if (!kaem.isEmpty())
                    script = folder + u'/' + kaem.front();
            }
            if (script.isEmpty())
                note(Severity::Info, QStringLiteral("steps/manifest"), s.origin.line, 0,
                     QStringLiteral("%1/ has no pass%2.sh, pass1.sh or .kaem script").arg(folder).arg(pass));
            else
                scanScript(index, script, true);
        }
        for (const QString &tool : toolsProvidedBy(dir))
            m_providers[tool].append(index);
        m_installed[dir].append(index);
    }

    void scanScript(int index, const QString &relative, bool required)
    {
        const QString path = m_root.filePath(relative);
        if (!QFileInfo(path).isFile()) {
            if (required)
                note(Severity::Warning, relative, 0, 0, QStringLiteral("cannot read the build script"));
            return;
        }
        const ReadFile file = readFile(path, m_options.maxFileBytes);
        if (!file.error.isEmpty()) {
            note(Severity::Warning, relative, 0, 0, QStringLiteral("cannot read the build script: ") + file.error);
            return;
        }
        m_chain.sources.append({ChainSource::Kind::BuildScript, relative});
        const QString text = QString::fromUtf8(file.bytes);
        for (const ToolInvocation &inv : findToolInvocations(text, isTrackedTool)) {
            const int provider = currentProvider(inv.tool);
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
                m_chain.requirements.append({index, provider, RequirementKind::Observed, evidence, {}});
                m_edges.insert(key, int(m_chain.requirements.size() - 1));
                continue;
            }
            Requirement &r = m_chain.requirements[*it];
            const int count = r.attributes.value(QStringLiteral("occurrences"), QStringLiteral("1")).toInt() + 1;
            r.attributes.insert(QStringLiteral("occurrences"), QString::number(count));
            QString lines = r.attributes.value(QStringLiteral("lines"), QString::number(r.evidence.line));
            r.attributes.insert(QStringLiteral("lines"), lines + u',' + QString::number(inv.line));
        }
    }

    int currentProvider(const QString &tool)
    {
        auto it = m_providers.find(tool);
        if (it == m_providers.end())
            return -1;
        while (!it->isEmpty() && m_removed.contains(it->back()))
            it->removeLast();
        return it->isEmpty() ? -1 : it->back();
    }

    void uninstall(const QStringList &removes)
    {
        for (const QString &what : removes) {
            if (what.startsWith(u'/')) {
                const QString tool = what.mid(what.lastIndexOf(u'/') + 1);
                m_providers.remove(tool); // the command itself is gone
                continue;
            }
            const auto it = m_installed.find(what);
            if (it == m_installed.end())
                continue;
            for (int index : std::as_const(*it))
                m_removed.insert(index);
            m_installed.erase(it);
        }
    }

    const QDir &m_root;
    Chain &m_chain;
    Diagnostics &m_diags;
    const QList<QByteArray> &m_manifestLines;
    const LoadOptions &m_options;
    int m_notes = 0;
    QSet<QString> m_everProvided;
    QHash<QString, int> m_runtimePasses;
    QHash<QString, QVector<int>> m_providers; // tool -> included builds providing it, in order
    QHash<QString, QVector<int>> m_installed; // directory -> included builds not removed
    QSet<int> m_removed;
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
    return !directory.isEmpty() && QFileInfo(QDir(directory).filePath(QStringLiteral("steps/manifest"))).isFile();
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
    const ReadFile manifestFile = readFile(root.filePath(manifestName), options.maxFileBytes);
    if (!manifestFile.error.isEmpty()) {
        result.diagnostics.append({root.filePath(manifestName), 0, 0, Severity::Error,
                                   QStringLiteral("cannot read the manifest: ") + manifestFile.error});
        return result;
    }
    LoadResult manifest = loadManifest(manifestFile.bytes, manifestName, options);
    appendWithPath(result.diagnostics, manifest.diagnostics, root);
    Chain chain = std::move(manifest.chain);

    const QString partsName = QStringLiteral("parts.rst");
    if (QFileInfo(root.filePath(partsName)).isFile()) {
        const ReadFile partsFile = readFile(root.filePath(partsName), options.maxFileBytes);
        if (!partsFile.error.isEmpty()) {
            result.diagnostics.append({root.filePath(partsName), 0, 0, Severity::Warning,
                                       QStringLiteral("cannot read parts.rst: ") + partsFile.error});
        } else {
            const LoadResult parts = loadPartsRst(partsFile.bytes, partsName, options);
            appendWithPath(result.diagnostics, parts.diagnostics, root);
            if (joinManifestWithParts(chain, parts.chain) == 0 && !parts.chain.steps.isEmpty())
                result.diagnostics.append({root.filePath(partsName), 0, 0, Severity::Warning,
                                           QStringLiteral("no section of parts.rst matches a step of steps/manifest")});
            chain.sources.append({ChainSource::Kind::PartsRst, partsName});
        }
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

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxhighlighting.h"

#include "clibackend.h"
#include "helperbackend.h"
#include "source/sourcelog.h"

#include "io/inputs.h"
#include "io/safewrite.h"

#include "seedline-config.h"

#if SEEDLINE_HAVE_KF6_SYNTAXHIGHLIGHTING
#include "kf6backend.h"
#endif

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Seedline {

namespace {

const QLatin1String definitionsFolder("org.kde.syntax-highlighting");

std::optional<SyntaxHighlighting::Kind> kindFromName(const QString &name, bool *none)
{
    *none = name == QLatin1String("none");
    if (name == QLatin1String("kf6"))
        return SyntaxHighlighting::Kind::InProcess;
    if (name == QLatin1String("helper"))
        return SyntaxHighlighting::Kind::Helper;
    if (name == QLatin1String("cli"))
        return SyntaxHighlighting::Kind::CommandLine;
    return std::nullopt;
}

} // namespace

QVector<SyntaxHighlighting::Kind> SyntaxHighlighting::defaultCandidates()
{
    bool none = false;
    const std::optional<Kind> forced = kindFromName(qEnvironmentVariable("SEEDLINE_HIGHLIGHTER"), &none);
    if (none)
        return {};
    if (forced)
        return {*forced};
    return {Kind::InProcess, Kind::Helper, Kind::CommandLine};
}

SyntaxHighlighting::SyntaxHighlighting(QObject *parent)
    : SyntaxHighlighting(defaultCandidates(), parent)
{
}

SyntaxHighlighting::SyntaxHighlighting(const QVector<Kind> &candidates, QObject *parent)
    : QObject(parent)
    , m_candidates(candidates)
{
    extractDefinitions();
    if (m_candidates.isEmpty())
        m_whyNot << tr("turned off (SEEDLINE_HIGHLIGHTER=none)");
    pick({});
}

SyntaxHighlighting::~SyntaxHighlighting() = default;

std::optional<SyntaxHighlighting::Kind> SyntaxHighlighting::kind() const
{
    return m_kind;
}

QString SyntaxHighlighting::searchPath() const
{
    return m_dataDir.isEmpty() ? QString() : m_dataDir + u'/' + definitionsFolder;
}

void SyntaxHighlighting::extractDefinitions()
{
    // Seedline's own definitions are resources (resources/syntax/); the backends read files.
    QStringList files;
    QDirIterator it(QStringLiteral(":/syntax"), {QStringLiteral("*.xml")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    if (files.isEmpty())
        return;
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!base.isEmpty())
        base += QStringLiteral("/highlighting");
    const QString folder = base + u'/' + definitionsFolder + QStringLiteral("/syntax");
    if (base.isEmpty() || !QDir().mkpath(folder)) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        base = m_tempDir->path();
        QDir().mkpath(base + u'/' + definitionsFolder + QStringLiteral("/syntax"));
    }
    for (const QString &file : std::as_const(files)) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = in.readAll();
        const QString target = base + u'/' + definitionsFolder + QStringLiteral("/syntax/") + QFileInfo(file).fileName();
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            continue;
        existing.close();
        const WriteResult written = writeFileAtomically(target, bytes);
        if (!written.ok)
            qCWarning(lcSource) << "cannot write the syntax definition:" << written.message();
    }
    m_dataDir = base;
}

void SyntaxHighlighting::pick(const QString &reasonForChange)
{
    if (m_backend) {
        m_backend->disconnect(this);
        m_backend.release()->deleteLater(); // its sessions may still be on the stack
    }
    m_kind.reset();
    while (!m_candidates.isEmpty() && !m_backend) {
        const Kind kind = m_candidates.takeFirst();
        switch (kind) {
        case Kind::InProcess:
#if SEEDLINE_HAVE_KF6_SYNTAXHIGHLIGHTING
            m_backend = std::make_unique<Kf6HighlightBackend>(searchPath());
#else
            m_whyNot << tr("this Seedline was built without KF6SyntaxHighlighting");
#endif
            break;
        case Kind::Helper: {
            const QString program = HelperHighlightBackend::findProgram();
            if (program.isEmpty())
                m_whyNot << tr("seedline-kf5-highlighter was not built (it needs libkf5syntaxhighlighting-dev)");
            else
                m_backend = std::make_unique<HelperHighlightBackend>(program, searchPath());
            break;
        }
        case Kind::CommandLine: {
            const QString program = CliHighlightBackend::findProgram();
            if (program.isEmpty())
                m_whyNot << tr("kate-syntax-highlighter is not installed (Debian: libkf5syntaxhighlighting-tools)");
            else
                m_backend = std::make_unique<CliHighlightBackend>(program, m_dataDir);
            break;
        }
        }
        if (m_backend)
            m_kind = kind;
    }
    if (m_backend) {
        m_status = tr("Syntax highlighting by %1").arg(m_backend->name());
        connect(m_backend.get(), &HighlightBackend::broken, this, [this](const QString &why) {
            m_whyNot << why;
            pick(why);
        });
    } else {
        m_status = tr("No syntax highlighting: %1").arg(m_whyNot.join(QStringLiteral("; ")));
    }
    qCInfo(lcSource).noquote() << m_status;
    if (!reasonForChange.isEmpty())
        Q_EMIT backendChanged(reasonForChange);
}

SyntaxChoice SyntaxHighlighting::syntaxFor(const QString &path, const QByteArray &head)
{
    SyntaxChoice choice;
    choice.fileName = QFileInfo(path).fileName();
    const QString name = choice.fileName.toLower();
    if (name.endsWith(QLatin1String(".sh")) || name.endsWith(QLatin1String(".kaem"))
        || name.endsWith(QLatin1String(".bash"))) {
        // kaem scripts are a small subset of the shell: Bash reads them well.
        choice.definitionName = QStringLiteral("Bash");
        return choice;
    }
    if (name.endsWith(QLatin1String(".tsv"))) {
        choice.definitionName = QString(); // no definition: plain text
        return choice;
    }
    switch (detectInputKind(path, head)) {
    case InputKind::ChainFile:
        choice.definitionName = QStringLiteral("TOML");
        break;
    case InputKind::PartsRst:
        choice.definitionName = QStringLiteral("reStructuredText");
        break;
    case InputKind::Manifest:
        choice.definitionName = QStringLiteral("live-bootstrap Manifest");
        break;
    case InputKind::Dot:
        choice.definitionName = QStringLiteral("dot");
        break;
    case InputKind::Checkout:
    case InputKind::Unknown:
        break;
    }
    return choice;
}

} // namespace Seedline

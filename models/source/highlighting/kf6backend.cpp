// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kf6backend.h"

#include "lineengine.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace Seedline {

namespace {

TextStyle styleOf(const KSyntaxHighlighting::Format &f, const KSyntaxHighlighting::Theme &theme)
{
    TextStyle s;
    if (f.hasTextColor(theme))
        s.foreground = f.textColor(theme);
    if (f.hasBackgroundColor(theme))
        s.background = f.backgroundColor(theme);
    s.bold = f.isBold(theme);
    s.italic = f.isItalic(theme);
    s.underline = f.isUnderline(theme);
    s.strikeOut = f.isStrikeThrough(theme);
    return s;
}

class Kf6Session : public HighlightSession
{
public:
    Kf6Session(Kf6HighlightBackend *backend, const SyntaxChoice &syntax, bool dark)
        : m_backend(backend)
    {
        KSyntaxHighlighting::Repository &repo = backend->repository();
        setTheme(dark);
        KSyntaxHighlighting::Definition def = repo.definitionForFileName(syntax.fileName);
        if (!def.isValid() && !syntax.definitionName.isEmpty())
            def = repo.definitionForName(syntax.definitionName);
        if (def.isValid())
            m_engine.setDefinition(def);
        else
            QTimer::singleShot(0, this, [this, syntax] {
                Q_EMIT failed(QStringLiteral("no syntax definition for %1")
                                  .arg(syntax.definitionName.isEmpty() ? syntax.fileName : syntax.definitionName));
            });
        m_deliver.setSingleShot(true);
        m_deliver.setInterval(0);
        connect(&m_deliver, &QTimer::timeout, this, &Kf6Session::deliver);
    }

    void updateLines(int first, int removed, const QStringList &inserted) override
    {
        const LineEngine::Range r = m_engine.edit(first, removed, inserted);
        // The lines still to deliver, moved by this edit, and the ones it highlighted again.
        if (m_dirty.end > m_dirty.first) {
            const int delta = int(inserted.size()) - removed;
            if (m_dirty.first >= first + removed)
                m_dirty.first += delta;
            else if (m_dirty.first > first)
                m_dirty.first = first;
            if (m_dirty.end >= first + removed)
                m_dirty.end += delta;
            else if (m_dirty.end > first)
                m_dirty.end = first + int(inserted.size());
            m_dirty = {std::min(m_dirty.first, r.first), std::max(m_dirty.end, r.end)};
        } else {
            m_dirty = r;
        }
        m_deliver.start();
    }

    void setDark(bool dark) override
    {
        setTheme(dark);
        m_dirty = m_engine.rehighlightAll();
        m_deliver.start();
    }

private:
    void setTheme(bool dark)
    {
        m_engine.setTheme(m_backend->repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                                    : KSyntaxHighlighting::Repository::LightTheme));
        m_styleIndex.clear();
        m_styles.clear();
    }

    void deliver()
    {
        const KSyntaxHighlighting::Theme theme = m_engine.theme();
        {
            const LineEngine::Range r = std::exchange(m_dirty, {});
            HighlightBatch batch;
            batch.first = r.first;
            const int end = std::min(r.end, m_engine.lineCount());
            for (int line = r.first; line < end; ++line) {
                LineHighlight lh;
                lh.textHash = lineHash(m_engine.line(line));
                for (const LineEngine::Span &s : m_engine.spans(line)) {
                    auto it = m_styleIndex.constFind(s.format);
                    if (it == m_styleIndex.cend()) {
                        m_styles << styleOf(m_engine.formats().value(s.format), theme);
                        it = m_styleIndex.insert(s.format, int(m_styles.size()) - 1);
                    }
                    lh.spans.append({s.start, s.length, *it});
                }
                batch.lines << lh;
            }
            batch.styles = m_styles;
            if (!batch.lines.isEmpty())
                Q_EMIT highlighted(batch);
        }
    }

    QPointer<Kf6HighlightBackend> m_backend;
    LineEngine m_engine;
    LineEngine::Range m_dirty;
    QHash<quint16, int> m_styleIndex;
    QVector<TextStyle> m_styles;
    QTimer m_deliver;
};

} // namespace

Kf6HighlightBackend::Kf6HighlightBackend(const QString &definitionsDir, QObject *parent)
    : HighlightBackend(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    if (!definitionsDir.isEmpty())
        m_repository->addCustomSearchPath(definitionsDir);
}

Kf6HighlightBackend::~Kf6HighlightBackend() = default;

QString Kf6HighlightBackend::name() const
{
    return QStringLiteral("KSyntaxHighlighting (KF6, in-process)");
}

std::unique_ptr<HighlightSession> Kf6HighlightBackend::createSession(const SyntaxChoice &syntax, bool dark)
{
    return std::make_unique<Kf6Session>(this, syntax, dark);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelocator.h"

#include "fileprovider.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Seedline {

namespace {

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

// Resolves each recorded file name once.
class Resolver
{
public:
    explicit Resolver(const Chain &chain) : m_chain(chain) {}
    QString operator()(const QString &file)
    {
        auto it = m_cache.constFind(file);
        if (it == m_cache.cend())
            it = m_cache.insert(file, resolveSourceFile(m_chain, file));
        return *it;
    }

private:
    const Chain &m_chain;
    QHash<QString, QString> m_cache;
};

QString requirementNote(const Chain &chain, const Requirement &r)
{
    const QString to = r.to >= 0 && r.to < chain.steps.size() ? chain.steps[r.to].id : QString();
    const QString text = r.evidence.text().trimmed();
    const QString kind = requirementKindName(r.kind);
    return text.isEmpty() ? QStringLiteral("%1: %2").arg(kind, to) : QStringLiteral("%1 (%2: %3)").arg(text, kind, to);
}

} // namespace

QString resolveSourceFile(const Chain &chain, const QString &file)
{
    if (file.isEmpty())
        return {};
    if (isResource(file) || QDir::isAbsolutePath(file))
        return QDir::cleanPath(file);
    QStringList roots;
    for (const ChainSource &source : chain.sources) {
        if (source.kind == ChainSource::Kind::Checkout)
            roots << source.path;
    }
    for (const ChainSource &source : chain.sources) {
        if (source.kind == ChainSource::Kind::ChainFile || source.kind == ChainSource::Kind::Manifest
            || source.kind == ChainSource::Kind::PartsRst || source.kind == ChainSource::Kind::Dot) {
            if (isResource(source.path))
                roots << source.path.left(source.path.lastIndexOf(u'/'));
            else if (QDir::isAbsolutePath(source.path))
                roots << QFileInfo(source.path).absolutePath();
        }
    }
    for (const QString &root : std::as_const(roots)) {
        const QString candidate = QDir::cleanPath(root + u'/' + file);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

QVector<StepSource> sourcesOfStep(const Chain &chain, int step)
{
    QVector<StepSource> sources;
    if (step < 0 || step >= chain.steps.size())
        return sources;
    Resolver resolve(chain);
    auto sourceFor = [&](const QString &file, SourceRole role) -> StepSource & {
        const QString path = resolve(file);
        for (StepSource &s : sources) {
            if (path.isEmpty() ? s.file == file : s.path == path)
                return s;
        }
        StepSource s;
        s.file = file;
        s.path = path;
        s.role = role;
        sources.append(s);
        return sources.last();
    };
    const Step &s = chain.steps[step];
    if (s.origin.isValid()) {
        StepSource &declared = sourceFor(s.origin.file, SourceRole::Declaration);
        declared.line = s.origin.line;
        if (s.origin.line > 0)
            declared.marks.append({s.origin.line, std::max(s.origin.line, s.origin.endLine), SourceRole::Declaration,
                                   QStringLiteral("%1 is declared here").arg(s.id)});
    }
    if (s.details->proseOrigin.isValid() && s.details->proseOrigin != s.origin) {
        StepSource &prose = sourceFor(s.details->proseOrigin.file, SourceRole::Prose);
        if (prose.line == 0)
            prose.line = s.details->proseOrigin.line;
        if (s.details->proseOrigin.line > 0)
            prose.marks.append({s.details->proseOrigin.line, std::max(s.details->proseOrigin.line, s.details->proseOrigin.endLine),
                                SourceRole::Prose, QStringLiteral("the prose of %1").arg(s.id)});
    }
    for (const Requirement &r : chain.requirements) {
        if (r.from != step || r.evidence.file().isEmpty())
            continue;
        StepSource &evidence = sourceFor(r.evidence.file(), SourceRole::Evidence);
        if (r.evidence.line <= 0)
            continue;
        if (evidence.line == 0)
            evidence.line = r.evidence.line;
        const SourceMark mark{r.evidence.line, r.evidence.line, SourceRole::Evidence, requirementNote(chain, r)};
        const bool inside = std::any_of(evidence.marks.cbegin(), evidence.marks.cend(), [&](const SourceMark &m) {
            return m.role == SourceRole::Evidence && m.line == mark.line;
        });
        if (!inside)
            evidence.marks.append(mark);
    }
    for (StepSource &source : sources)
        std::stable_sort(source.marks.begin(), source.marks.end(),
                         [](const SourceMark &a, const SourceMark &b) { return a.line < b.line; });
    return sources;
}

int stepAtLine(const Chain &chain, const QString &path, int line)
{
    if (path.isEmpty() || line <= 0)
        return -1;
    Resolver resolve(chain);
    const QString target = normalizedPath(path);
    auto same = [&](const QString &file) {
        if (file.isEmpty())
            return false;
        const QString resolved = resolve(file);
        return !resolved.isEmpty() && normalizedPath(resolved) == target;
    };
    // The tightest range holding the line; declarations before prose.
    int best = -1;
    int bestSpan = 0;
    auto consider = [&](int index, const SourceRange &range) {
        if (range.line <= 0 || line < range.line || line > std::max(range.line, range.endLine) || !same(range.file))
            return;
        const int span = std::max(range.line, range.endLine) - range.line;
        if (best < 0 || span < bestSpan) {
            best = index;
            bestSpan = span;
        }
    };
    for (int i = 0; i < chain.steps.size(); ++i)
        consider(i, chain.steps[i].origin);
    if (best >= 0)
        return best;
    for (int i = 0; i < chain.steps.size(); ++i)
        consider(i, chain.steps[i].details->proseOrigin);
    if (best >= 0)
        return best;
    // Evidence: on the line, else anywhere in the file (a build script belongs to its step; a file
    // that declares steps, whose requirements point into it too, does not belong to one of them).
    bool declaresSteps = false;
    for (int i = 0; i < chain.steps.size() && !declaresSteps; ++i)
        declaresSteps = chain.steps[i].origin.line > 0 && same(chain.steps[i].origin.file);
    int owner = -1;
    for (const Requirement &r : chain.requirements) {
        if (r.from < 0 || !same(r.evidence.file()))
            continue;
        if (r.evidence.line == line)
            return r.from;
        if (owner < 0)
            owner = r.from;
    }
    if (owner >= 0 && !declaresSteps)
        return owner;
    // The last step declared above the line (a comment between two steps).
    int above = -1;
    for (int i = 0; i < chain.steps.size(); ++i) {
        const SourceRange &o = chain.steps[i].origin;
        if (o.line > 0 && o.line <= line && same(o.file) && (above < 0 || o.line > chain.steps[above].origin.line))
            above = i;
    }
    return above;
}

int findIdLine(const QString &text, const QString &id)
{
    if (id.isEmpty())
        return 0;
    const QRegularExpression word(QStringLiteral("(^|[^\\w.#-])\"?") + QRegularExpression::escape(id)
                                  + QStringLiteral("\"?($|[^\\w.#-])"));
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(word))
            return i + 1;
    }
    return 0;
}

} // namespace Seedline

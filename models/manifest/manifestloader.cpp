// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestloader.h"

#include "core/textdistance.h"
#include "manifestpredicate.h"
#include "textlines.h"

#include <QHash>
#include <QSet>

namespace Seedline {

namespace {

constexpr int kMaxDiagnostics = 500;

const QStringList &knownDirectives()
{
    static const QStringList names = {QStringLiteral("build"), QStringLiteral("improve"), QStringLiteral("define"),
                                      QStringLiteral("jump"), QStringLiteral("uninstall")};
    return names;
}

QString knownDirectivesText()
{
    return QStringLiteral("build:, improve:, define:, jump: or uninstall:");
}

struct Word
{
    QString text;
    int column = 0; // 1-based
};

// Splits on spaces and tabs, remembering where each word starts.
QVector<Word> splitWords(const QString &line)
{
    QVector<Word> out;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && line[i] != u' ' && line[i] != u'\t')
            ++i;
        out.append({line.mid(start, i - start), int(start) + 1});
    }
    return out;
}

// What the toolchain edges follow: the family, and the evidence text.
struct ToolchainRole
{
    QString family;
    QString evidence;
};

const QVector<ToolchainRole> &toolchainRoles()
{
    static const QVector<ToolchainRole> roles = {
        {QStringLiteral("c-compiler"), QStringLiteral("current C compiler at this step")},
        {QStringLiteral("libc"), QStringLiteral("current libc at this step")},
        {QStringLiteral("make"), QStringLiteral("current make at this step")},
        {QStringLiteral("shell"), QStringLiteral("current shell at this step")},
    };
    return roles;
}

class ManifestParser
{
public:
    ManifestParser(const QString &fileName, const LoadOptions &options)
        : m_file(fileName), m_options(options), m_vars(effectiveConfiguration(options.config))
    {
        m_chain.configuration = m_vars;
        m_chain.title = QStringLiteral("live-bootstrap manifest");
        m_chain.sources.append({ChainSource::Kind::Manifest, fileName});
    }

    LoadResult run(const QByteArray &bytes)
    {
        if (bytes.size() > m_options.maxFileBytes) {
            diag(Severity::Error, 1, 1,
                 QStringLiteral("the file has %1 bytes, more than the limit of %2; expected a live-bootstrap "
                                "steps/manifest")
                     .arg(bytes.size())
                     .arg(m_options.maxFileBytes));
            return finish();
        }
        // One step per line at most, a sequence and a few toolchain edges per step: reserving avoids
        // moving millions of steps while a large file loads.
        const qsizetype lines = bytes.count('\n') + 1;
        m_chain.steps.reserve(lines);
        m_removed.reserve(lines);
        m_chain.requirements.reserve(lines * 2);
        forEachLine(bytes, [this](const TextLine &line) { parseLine(line); });
        m_chain.steps.squeeze();
        m_chain.requirements.squeeze();
        if (m_directives == 0) // nothing to show is an error, as for every loader (empty or garbage input)
            diag(Severity::Error, 1, 1,
                 QStringLiteral("no directives found; expected lines such as 'build: make-3.82' (%1)")
                     .arg(knownDirectivesText()));
        return finish();
    }

private:
    LoadResult finish()
    {
        if (m_suppressed > 0)
            m_diags.append({m_file, 0, 0, Severity::Info,
                            QStringLiteral("%1 more diagnostics were not shown").arg(m_suppressed)});
        return {std::move(m_chain), std::move(m_diags)};
    }

    void diag(Severity severity, int line, int column, const QString &message)
    {
        if (m_diags.size() >= kMaxDiagnostics) {
            ++m_suppressed;
            return;
        }
        m_diags.append({m_file, line, column, severity, message});
    }

    void parseLine(const TextLine &raw)
    {
        if (raw.problem != TextLine::Problem::None) {
            diag(raw.problem == TextLine::Problem::Binary ? Severity::Error : Severity::Warning, raw.number,
                 raw.problemColumn, raw.problemMessage());
            if (raw.problem == TextLine::Problem::Binary)
                return; // a line with control characters is not a directive
        }
        QString line = raw.text;
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        const QVector<Word> words = splitWords(line);
        if (words.isEmpty())
            return;
        ++m_directives;

        const Word &head = words.front();
        QString name = head.text;
        QVector<Word> rest = words.mid(1);
        if (!name.endsWith(u':')) {
            const qsizetype colon = name.indexOf(u':');
            if (colon > 0) { // "build:make-3.82"
                rest.prepend({name.mid(colon + 1), head.column + int(colon) + 1});
                name.truncate(colon + 1);
            } else if (!rest.isEmpty() && rest.front().text == QLatin1String(":")) {
                rest.removeFirst();
                name += u':';
            }
        }
        if (!name.endsWith(u':')) {
            diag(Severity::Error, raw.number, head.column,
                 QStringLiteral("expected a directive (%1) at the start of the line, got '%2'")
                     .arg(knownDirectivesText(), head.text));
            return;
        }
        name.chop(1);
        if (name == QLatin1String("build"))
            addNamed(StepKind::Build, name, rest, raw, head.column);
        else if (name == QLatin1String("improve"))
            addNamed(StepKind::Improve, name, rest, raw, head.column);
        else if (name == QLatin1String("jump"))
            addNamed(StepKind::Jump, name, rest, raw, head.column);
        else if (name == QLatin1String("uninstall"))
            addUninstall(rest, raw, head.column);
        else if (name == QLatin1String("define"))
            addDefine(rest, raw, head.column);
        else {
            QString message = QStringLiteral("unknown directive '%1:'; expected %2").arg(name, knownDirectivesText());
            const QStringList near = nearestWords(name, knownDirectives(), 1);
            if (!near.isEmpty())
                message += QStringLiteral(" (did you mean '%1:'?)").arg(near.front());
            diag(Severity::Error, raw.number, head.column, message);
        }
    }

    // The text of a predicate starting at word `from`, as written (up to a comment).
    static QString predicateText(const QString &line, const QVector<Word> &rest, int from)
    {
        if (from >= rest.size())
            return QString();
        const int start = rest[from].column - 1;
        const Word &last = rest.back();
        return line.mid(start, last.column - 1 + last.text.size() - start);
    }

    // Evaluates the predicate starting at rest[from]; returns whether the step runs.
    bool evaluate(const QString &line, const QVector<Word> &rest, int from, int lineNo, QString *text)
    {
        *text = predicateText(line, rest, from);
        if (text->isEmpty())
            return true;
        const PredicateResult r = evaluatePredicate(*text, rest[from].column, m_vars);
        for (const PredicateResult::Unknown &u : r.unknownVariables)
            diag(Severity::Warning, lineNo, u.column,
                 QStringLiteral("unknown variable '%1' in predicate (treated as empty); known variables: %2")
                     .arg(u.name, QStringList(m_vars.keys()).join(QStringLiteral(", "))));
        if (!r.ok) {
            diag(Severity::Error, lineNo, r.errorColumn,
                 r.error + QStringLiteral(" (the predicate is ignored and the step kept)"));
            return true;
        }
        return r.isTrue();
    }

    Step makeStep(StepKind kind, const QString &arg, int lineNo)
    {
        Step s;
        s.kind = kind;
        s.origin = {m_file, lineNo, lineNo};
        const QString key = stepKindName(kind) + u':' + arg;
        const int occurrence = ++m_occurrences[key];
        if (kind == StepKind::Build) {
            const auto [package, version] = splitPackageVersion(arg);
            s.package = package;
            s.version = version;
            s.pass = occurrence;
            s.id = makeStepId(arg, QString(), occurrence);
            s.label = occurrence > 1 ? arg + QStringLiteral(" \u00B7 pass %1").arg(occurrence) : arg;
            auto cached = m_familyCache.constFind(package);
            if (cached == m_familyCache.constEnd())
                cached = m_familyCache.insert(package, m_options.families.familiesFor(package));
            s.families = *cached;
        } else {
            s.package = arg;
            s.pass = occurrence;
            s.id = makeStepId(key, QString(), occurrence);
        }
        // Garbage input can make ids collide ("build: improve:x"); keep them unique.
        if (m_chain.indexOf(s.id) >= 0) {
            const QString base = s.id;
            int n = occurrence + 1;
            do
                s.id = base + QStringLiteral("~%1").arg(n++);
            while (m_chain.indexOf(s.id) >= 0);
        }
        return s;
    }

    void addNamed(StepKind kind, const QString &name, const QVector<Word> &rest, const TextLine &raw, int column)
    {
        if (rest.isEmpty() || rest.front().text.startsWith(u'(')) {
            diag(Severity::Error, raw.number, column,
                 QStringLiteral("'%1:' needs an argument, e.g. '%2'")
                     .arg(name, kind == StepKind::Build     ? QStringLiteral("build: make-3.82")
                                : kind == StepKind::Improve ? QStringLiteral("improve: setup_repo")
                                                            : QStringLiteral("jump: fiwix")));
            return;
        }
        const QString arg = rest.front().text;
        Step s = makeStep(kind, arg, raw.number);
        if (kind != StepKind::Build)
            s.label = name + QStringLiteral(": ") + arg;
        if (rest.size() > 1 && !rest[1].text.startsWith(u'(')) {
            diag(Severity::Error, raw.number, rest[1].column,
                 QStringLiteral("expected a predicate such as '( BUILD_FIWIX == True )' after '%1', got '%2' "
                                "(the step is kept without a predicate)")
                     .arg(arg, rest[1].text));
            add(s);
            return;
        }
        s.excluded = !evaluate(raw.text, rest, 1, raw.number, &s.predicate);
        add(s);
    }

    void addUninstall(const QVector<Word> &rest, const TextLine &raw, int column)
    {
        int i = 0;
        QStringList removes;
        while (i < rest.size() && !rest[i].text.startsWith(u'('))
            removes << rest[i++].text;
        if (removes.isEmpty()) {
            diag(Severity::Error, raw.number, column,
                 QStringLiteral("'uninstall:' needs the packages or paths to remove, e.g. 'uninstall: perl-5.6.2'"));
            return;
        }
        Step s = makeStep(StepKind::Uninstall, removes.front(), raw.number);
        s.label = QStringLiteral("uninstall: ") + removes.join(u' ');
        s.removes = removes;
        s.excluded = !evaluate(raw.text, rest, i, raw.number, &s.predicate);
        const int index = add(s);
        if (!m_chain.steps[index].excluded)
            uninstall(removes, raw.number, rest);
    }

    void addDefine(const QVector<Word> &rest, const TextLine &raw, int column)
    {
        // define: NAME = VALUE [predicate] | define: NAME = ( logic ) [predicate]
        if (rest.isEmpty() || rest.front().text.startsWith(u'(')) {
            diag(Severity::Error, raw.number, column,
                 QStringLiteral("'define:' needs 'NAME = value', e.g. 'define: JOBS = 1 ( KERNEL_BOOTSTRAP == True )'"));
            return;
        }
        QString varName = rest.front().text;
        QVector<Word> words = rest;
        // Tolerate "NAME=value" and "NAME= value".
        if (const qsizetype eq = varName.indexOf(u'='); eq > 0) {
            const Word first = words.takeFirst();
            const QString after = first.text.mid(eq + 1);
            if (!after.isEmpty())
                words.prepend({after, first.column + int(eq) + 1});
            words.prepend({QStringLiteral("="), first.column + int(eq)});
            words.prepend({first.text.left(eq), first.column});
            varName = first.text.left(eq);
        }
        Step s = makeStep(StepKind::Define, varName, raw.number);
        if (words.size() < 2 || words[1].text != QLatin1String("=")) {
            diag(Severity::Error, raw.number, words.size() < 2 ? words[0].column + int(varName.size()) : words[1].column,
                 QStringLiteral("expected '=' after '%1' in define, e.g. 'define: %1 = True'").arg(varName));
            s.label = QStringLiteral("define: ") + varName;
            s.excluded = true;
            add(s);
            return;
        }
        if (words.size() < 3) {
            diag(Severity::Error, raw.number, words[1].column + 1,
                 QStringLiteral("expected a value or a '( ... )' logic after '%1 ='").arg(varName));
            s.label = QStringLiteral("define: ") + varName + QStringLiteral(" =");
            s.excluded = true;
            add(s);
            return;
        }
        QString value;
        int predicateStart = 3;
        bool valueOk = true;
        if (words[2].text.startsWith(u'(')) {
            // The value is a logic: find its closing parenthesis, then an optional predicate follows.
            int depth = 0;
            int end = -1;
            for (int i = 2; i < words.size() && end < 0; ++i) {
                for (QChar c : words[i].text) {
                    if (c == u'(')
                        ++depth;
                    else if (c == u')' && --depth == 0) {
                        end = i;
                        break;
                    }
                }
            }
            const int last = end < 0 ? int(words.size()) - 1 : end;
            QVector<Word> logicWords = words.mid(2, last - 2 + 1);
            QString logicText;
            const PredicateResult r = [&] {
                logicText = predicateText(raw.text, logicWords, 0);
                return evaluatePredicate(logicText, logicWords[0].column, m_vars);
            }();
            for (const PredicateResult::Unknown &u : r.unknownVariables)
                diag(Severity::Warning, raw.number, u.column,
                     QStringLiteral("unknown variable '%1' in define (treated as empty)").arg(u.name));
            if (!r.ok) {
                diag(Severity::Error, raw.number, r.errorColumn,
                     r.error + QStringLiteral(" (the define does not assign)"));
                valueOk = false;
            }
            value = r.value;
            predicateStart = last + 1;
            s.label = QStringLiteral("define: ") + varName + QStringLiteral(" = ") + logicText;
        } else {
            value = words[2].text;
            s.label = QStringLiteral("define: ") + varName + QStringLiteral(" = ") + value;
        }
        bool assigns = valueOk;
        if (predicateStart < words.size()) {
            if (!words[predicateStart].text.startsWith(u'(')) {
                diag(Severity::Error, raw.number, words[predicateStart].column,
                     QStringLiteral("expected a predicate '( ... )' after the value of %1, got '%2'")
                         .arg(varName, words[predicateStart].text));
                assigns = false;
            } else if (!evaluate(raw.text, words, predicateStart, raw.number, &s.predicate)) {
                assigns = false;
            }
        }
        s.excluded = !assigns;
        s.attributes.insert(QStringLiteral("variable"), varName);
        s.attributes.insert(QStringLiteral("value"), value);
        if (assigns)
            m_vars.insert(varName, value);
        add(s);
    }

    // Appends the step with its sequence and toolchain edges.
    int add(const Step &step)
    {
        const int index = m_chain.addStep(step);
        m_removed.append(false);
        const Step &s = m_chain.steps[index];
        const Evidence where{m_file, s.origin.line, 0, QString()};
        if (m_previousIncluded >= 0)
            m_chain.requirements.append({index, m_previousIncluded, RequirementKind::Sequence, where, {}});
        if (s.excluded)
            return index;
        if (s.isBuild()) {
            int added[4] = {-1, -1, -1, -1};
            int n = 0;
            for (const ToolchainRole &role : toolchainRoles()) {
                const int provider = currentProvider(role.family);
                if (provider < 0 || std::find(added, added + n, provider) != added + n)
                    continue;
                added[n++] = provider;
                m_chain.requirements.append({index, provider, RequirementKind::Toolchain,
                                             Evidence{m_file, s.origin.line, 0, role.evidence}, {}});
            }
            for (const QString &family : s.families)
                m_providers[family].append(index);
            m_installed[splitPassSuffix(s.id).first].append(index);
        }
        m_previousIncluded = index;
        return index;
    }

    int currentProvider(const QString &family)
    {
        auto it = m_providers.find(family);
        if (it == m_providers.end())
            return -1;
        // Removal is permanent, so removed providers can be dropped for good.
        while (!it->isEmpty() && m_removed[it->back()])
            it->removeLast();
        return it->isEmpty() ? -1 : it->back();
    }

    void uninstall(const QStringList &removes, int lineNo, const QVector<Word> &words)
    {
        for (int i = 0; i < removes.size(); ++i) {
            const QString &what = removes[i];
            auto it = m_installed.find(what);
            if (it != m_installed.end()) {
                for (int index : std::as_const(*it))
                    m_removed[index] = true;
                m_installed.erase(it);
            } else if (!what.startsWith(u'/')) {
                diag(Severity::Warning, lineNo, i < words.size() ? words[i].column : 0,
                     QStringLiteral("uninstall of '%1', which no earlier included build installed").arg(what));
            }
        }
    }

    QString m_file;
    const LoadOptions &m_options;
    QMap<QString, QString> m_vars;
    Chain m_chain;
    Diagnostics m_diags;
    int m_suppressed = 0;
    int m_directives = 0;
    int m_previousIncluded = -1;
    QHash<QString, int> m_occurrences;
    QHash<QString, QStringList> m_familyCache;
    QHash<QString, QVector<int>> m_providers; // family -> included builds providing it, in order
    QHash<QString, QVector<int>> m_installed; // directory name -> included, not removed builds
    QVector<bool> m_removed;
};

} // namespace

LoadResult loadManifest(const QByteArray &bytes, const QString &fileName, const LoadOptions &options)
{
    ManifestParser parser(fileName, options);
    return parser.run(bytes);
}

} // namespace Seedline

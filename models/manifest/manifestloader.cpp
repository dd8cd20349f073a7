// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestloader.h"

#include "core/stringarena.h"
#include "core/stringpool.h"
#include "core/textdistance.h"
#include "manifestpredicate.h"
#include "textlines.h"

#include <QHash>

#include <cstring>
#include <type_traits>
#include <vector>

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
    QStringView text; // into the line being parsed (or a literal)
    int column = 0;   // 1-based
};
using Words = std::vector<Word>;

// Splits on spaces and tabs, remembering where each word starts; `out` keeps its capacity.
void splitWords(QStringView line, Words &out)
{
    out.clear();
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
        out.push_back({line.mid(start, i - start), int(start) + 1});
    }
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

// What every line with the same directive and argument shares: its strings are made once, and
// every step of it holds them implicitly shared.
struct Directive
{
    StepKind kind = StepKind::Build;
    QString arg;      // "tcc-0.9.27", "open_console", "BUILD_FIWIX"
    QString baseId;   // "tcc-0.9.27", "improve:open_console" (the id of the first occurrence)
    QString package;  // builds: "tcc"; other kinds: the argument
    QString version;  // builds: "0.9.27"
    QStringList families;
    QVector<int> familySlots; // builds: the slots of m_providerLists its families fill
    int installedSlot = -1;   // builds: the slot of m_installedLists for its directory name
    int occurrences = 0;
};

// A predicate's value under one state of the variables, with what it reported.
struct CachedPredicate
{
    quint64 generation = 0; // 0: none
    int column = 0;
    PredicateResult result;
};

class ManifestParser
{
public:
    ManifestParser(const QString &fileName, const LoadOptions &options)
        : m_file(fileName), m_sourceFile(fileName), m_options(options), m_vars(effectiveConfiguration(options.config))
    {
        m_chain.configuration = m_vars;
        m_chain.title = QStringLiteral("live-bootstrap manifest");
        m_chain.sources.append({ChainSource::Kind::Manifest, fileName});
        m_sequenceEvidence = Evidence(m_file, 0, 0, QString());
        for (const ToolchainRole &role : toolchainRoles()) {
            m_roleEvidence.append(Evidence(m_file, 0, 0, role.evidence));
            m_roleSlots.append(providerSlot(role.family));
        }
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
        // One step per line that is not blank or a comment; a sequence edge per step and up to four
        // toolchain edges per build: reserved once, so that the requirements are never copied. A
        // capacity left unused is not squeezed: squeezing copies the whole list (a second copy at the
        // peak of the load), while the untouched end of a large allocation costs no memory.
        const DirectiveCount count = countDirectives(bytes);
        m_chain.reserveSteps(count.lines);
        m_removed.reserve(count.lines);
        m_chain.requirements.reserve(count.lines + 4 * count.builds);
        forEachLine(bytes, [this](const TextLine &line) { parseLine(line); });
        if (!m_checkIds)
            m_chain.reindex(); // the id table, for the steps appended unchecked (see add())
        if (m_directives == 0) // nothing to show is an error, as for every loader (empty or garbage input)
            diag(Severity::Error, 1, 1,
                 QStringLiteral("no directives found; expected lines such as 'build: make-3.82' (%1)")
                     .arg(knownDirectivesText()));
        return finish();
    }

private:
    struct DirectiveCount
    {
        qsizetype lines = 0;  // whose first non-blank character starts something other than a comment
        qsizetype builds = 0; // of them, those that start with "build"
    };
    static DirectiveCount countDirectives(const QByteArray &bytes)
    {
        DirectiveCount n;
        const char *p = bytes.constData();
        const char *const end = p + bytes.size();
        while (p < end) {
            while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
                ++p;
            if (p < end && *p != '\n' && *p != '#') {
                ++n.lines;
                if (end - p >= 5 && std::memcmp(p, "build", 5) == 0)
                    ++n.builds;
            }
            p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!p)
                break;
            ++p;
        }
        return n;
    }

    LoadResult finish()
    {
        if (m_suppressed > 0)
            m_diags.append({m_file, 0, 0, Severity::Info,
                            QStringLiteral("%1 more diagnostics were not shown").arg(m_suppressed)});
        return {std::move(m_chain), std::move(m_diags)};
    }

    // Whether one more diagnostic is shown; counts it as suppressed otherwise.
    bool room()
    {
        if (m_diags.size() < kMaxDiagnostics)
            return true;
        ++m_suppressed;
        return false;
    }

    void diag(Severity severity, int line, int column, const QString &message)
    {
        if (room())
            m_diags.append({m_file, line, column, severity, message});
    }

    // The message is only made when it is shown: past the limit, a diagnostic costs a count.
    // `message` must return a QString: a QStringBuilder returned from a lambda would refer to the
    // lambda's temporaries after they are gone.
    template<typename Message>
    void diagLazy(Severity severity, int line, int column, Message &&message)
    {
        static_assert(std::is_same_v<std::invoke_result_t<Message>, QString>, "return a QString, not a builder");
        if (room())
            m_diags.append({m_file, line, column, severity, message()});
    }

    void parseLine(const TextLine &raw)
    {
        if (raw.problem != TextLine::Problem::None) {
            diagLazy(raw.problem == TextLine::Problem::Binary ? Severity::Error : Severity::Warning, raw.number,
                     raw.problemColumn, [&]() -> QString { return raw.problemMessage(); });
            if (raw.problem == TextLine::Problem::Binary)
                return; // a line with control characters is not a directive
        }
        QStringView line = raw.text;
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        splitWords(line, m_words);
        if (m_words.empty())
            return;
        ++m_directives;

        const Word &head = m_words.front();
        QStringView name = head.text;
        m_rest.clear();
        size_t restFrom = 1;
        bool hasColon = name.endsWith(u':');
        if (!hasColon) {
            const qsizetype colon = name.indexOf(u':');
            if (colon > 0) { // "build:make-3.82"
                m_rest.push_back({name.mid(colon + 1), head.column + int(colon) + 1});
                name.truncate(colon + 1);
                hasColon = true;
            } else if (m_words.size() > 1 && m_words[1].text == u":") {
                restFrom = 2;
                hasColon = true;
            }
        }
        if (!hasColon) {
            diagLazy(Severity::Error, raw.number, head.column, [&]() -> QString {
                return QStringLiteral("expected a directive (%1) at the start of the line, got '%2'")
                    .arg(knownDirectivesText(), head.text.toString());
            });
            return;
        }
        if (name.endsWith(u':'))
            name.chop(1);
        m_rest.insert(m_rest.end(), m_words.begin() + qsizetype(restFrom), m_words.end());
        if (name == u"build")
            addNamed(StepKind::Build, name, m_rest, raw, head.column);
        else if (name == u"improve")
            addNamed(StepKind::Improve, name, m_rest, raw, head.column);
        else if (name == u"jump")
            addNamed(StepKind::Jump, name, m_rest, raw, head.column);
        else if (name == u"uninstall")
            addUninstall(m_rest, raw, head.column);
        else if (name == u"define")
            addDefine(m_rest, raw, head.column);
        else {
            diagLazy(Severity::Error, raw.number, head.column, [&]() -> QString {
                const QString directive = name.toString();
                QString message =
                    QStringLiteral("unknown directive '%1:'; expected %2").arg(directive, knownDirectivesText());
                const QStringList near = nearestWords(directive, knownDirectives(), 1);
                if (!near.isEmpty())
                    message += QStringLiteral(" (did you mean '%1:'?)").arg(near.front());
                return message;
            });
        }
    }

    // The text of a predicate starting at word `from`, as written (up to a comment).
    static QStringView predicateText(QStringView line, const Words &rest, size_t from)
    {
        if (from >= rest.size())
            return {};
        const int start = rest[from].column - 1;
        const Word &last = rest.back();
        return line.mid(start, last.column - 1 + last.text.size() - start);
    }

    // The value of the predicate `text` (interned) at `column`, evaluated once per state of the
    // variables.
    const PredicateResult &evaluateCached(int textIndex, int column)
    {
        if (textIndex >= m_predicates.size())
            m_predicates.resize(textIndex + 1);
        CachedPredicate &c = m_predicates[textIndex];
        if (c.generation != m_varsGeneration || c.column != column) {
            c.result = evaluatePredicate(m_strings.at(textIndex), column, m_vars);
            c.generation = m_varsGeneration;
            c.column = column;
        }
        return c.result;
    }

    // Evaluates the predicate starting at rest[from]; returns whether the step runs. `textIndex`
    // is set to the number of the predicate's text, -1 without one.
    bool evaluate(QStringView line, const Words &rest, size_t from, int lineNo, int *textIndex)
    {
        const QStringView written = predicateText(line, rest, from);
        if (written.isEmpty()) {
            *textIndex = -1;
            return true;
        }
        const int index = m_strings.indexOf(written);
        *textIndex = index;
        const PredicateResult &r = evaluateCached(index, rest[from].column);
        for (const PredicateResult::Unknown &u : r.unknownVariables)
            diagLazy(Severity::Warning, lineNo, u.column, [&]() -> QString {
                return QStringLiteral("unknown variable '%1' in predicate (treated as empty); known variables: %2")
                    .arg(u.name, QStringList(m_vars.keys()).join(QStringLiteral(", ")));
            });
        if (!r.ok) {
            diagLazy(Severity::Error, lineNo, r.errorColumn,
                     [&]() -> QString { return r.error + QStringLiteral(" (the predicate is ignored and the step kept)"); });
            return true;
        }
        return r.isTrue();
    }

    // The shared strings of the directive `kind: arg`, made on its first line.
    Directive &directive(StepKind kind, QStringView arg)
    {
        const quint32 hash = Detail::ChainIndex::hashId(arg) ^ (quint32(kind) * 0x9e3779b9u);
        const auto equal = [&](int i) { return m_directiveList[i].kind == kind && m_directiveList[i].arg == arg; };
        int i = m_directiveTable.find(hash, equal);
        if (i < 0) {
            Directive d;
            d.kind = kind;
            d.arg = arg.toString();
            if (kind == StepKind::Build) {
                const auto [package, version] = splitPackageVersion(d.arg);
                d.package = m_strings.intern(package);
                d.version = m_strings.intern(version);
                d.baseId = d.arg;
                auto cached = m_familyCache.constFind(d.package);
                if (cached == m_familyCache.constEnd())
                    cached = m_familyCache.insert(d.package, m_options.families.familiesFor(d.package));
                d.families = *cached;
                for (const QString &family : std::as_const(d.families))
                    d.familySlots.append(providerSlot(family));
                d.installedSlot = int(m_installedSlots.size());
                m_installedSlots.insert(d.arg, d.installedSlot);
                m_installedLists.append(QVector<int>());
            } else {
                d.package = d.arg;
                d.baseId = stepKindName(kind) + u':' + d.arg;
            }
            i = int(m_directiveList.size());
            m_directiveList.append(std::move(d));
            m_directiveTable.insert(hash, i, equal);
        }
        return m_directiveList[i];
    }

    // The slot of m_providerLists for a family, made on its first use.
    int providerSlot(const QString &family)
    {
        auto it = m_providerSlots.constFind(family);
        if (it == m_providerSlots.constEnd()) {
            it = m_providerSlots.insert(family, int(m_providerLists.size()));
            m_providerLists.append(QVector<int>());
        }
        return *it;
    }

    // "base#N", its characters in a block shared with other ids (a million steps: an allocation
    // each, and a temporary number string each, would double the allocations of the load).
    QString passId(const QString &base, int pass) { return m_ids.withNumber(base, u'#', unsigned(pass)); }

    // The step of the directive `kind: arg`; add() takes its directive from m_madeDirective.
    Step makeStep(StepKind kind, QStringView arg, int lineNo)
    {
        Directive &d = directive(kind, arg);
        m_madeDirective = int(&d - m_directiveList.constData());
        const int occurrence = ++d.occurrences;
        Step s;
        s.kind = kind;
        s.origin = {m_sourceFile, lineNo, lineNo};
        s.package = d.package;
        s.pass = occurrence;
        s.id = occurrence > 1 ? passId(d.baseId, occurrence) : d.baseId;
        if (kind == StepKind::Build) {
            s.version = d.version;
            s.label = d.arg; // shared; stepDisplayLabel adds " · pass N" to a later pass
            s.families = d.families;
        }
        return s;
    }

    void addNamed(StepKind kind, QStringView name, const Words &rest, const TextLine &raw, int column)
    {
        if (rest.empty() || rest.front().text.startsWith(u'(')) {
            diagLazy(Severity::Error, raw.number, column, [&]() -> QString {
                return QStringLiteral("'%1:' needs an argument, e.g. '%2'")
                    .arg(name.toString(), kind == StepKind::Build     ? QStringLiteral("build: make-3.82")
                                          : kind == StepKind::Improve ? QStringLiteral("improve: setup_repo")
                                                                      : QStringLiteral("jump: fiwix"));
            });
            return;
        }
        const QStringView arg = rest.front().text;
        Step s = makeStep(kind, arg, raw.number);
        if (kind != StepKind::Build) {
            m_scratch.clear();
            m_scratch += name;
            m_scratch += QLatin1String(": ");
            m_scratch += arg;
            s.label = m_strings.intern(m_scratch);
        }
        if (rest.size() > 1 && !rest[1].text.startsWith(u'(')) {
            diagLazy(Severity::Error, raw.number, rest[1].column, [&]() -> QString {
                return QStringLiteral("expected a predicate such as '( BUILD_FIWIX == True )' after '%1', got '%2' "
                                      "(the step is kept without a predicate)")
                    .arg(arg.toString(), rest[1].text.toString());
            });
            add(std::move(s));
            return;
        }
        int predicate = -1;
        s.excluded = !evaluate(raw.text, rest, 1, raw.number, &predicate);
        s.details = details(predicate, -1);
        add(std::move(s));
    }

    void addUninstall(const Words &rest, const TextLine &raw, int column)
    {
        size_t i = 0;
        while (i < rest.size() && !rest[i].text.startsWith(u'('))
            ++i;
        if (i == 0) {
            diag(Severity::Error, raw.number, column,
                 QStringLiteral("'uninstall:' needs the packages or paths to remove, e.g. 'uninstall: perl-5.6.2'"));
            return;
        }
        // The label names what is removed; equal labels share it and the list.
        m_scratch = QStringLiteral("uninstall: ");
        for (size_t k = 0; k < i; ++k) {
            if (k > 0)
                m_scratch += u' ';
            m_scratch += rest[k].text;
        }
        const int labelIndex = m_strings.indexOf(m_scratch);
        if (labelIndex >= m_removeLists.size())
            m_removeLists.resize(labelIndex + 1);
        QStringList &removes = m_removeLists[labelIndex];
        if (removes.isEmpty()) {
            for (size_t k = 0; k < i; ++k)
                removes << m_strings.intern(rest[k].text);
        }
        Step s = makeStep(StepKind::Uninstall, rest.front().text, raw.number);
        s.label = m_strings.at(labelIndex);
        int predicate = -1;
        s.excluded = !evaluate(raw.text, rest, i, raw.number, &predicate);
        s.details = details(predicate, labelIndex);
        const bool excluded = s.excluded;
        add(std::move(s));
        if (!excluded)
            uninstall(m_removeLists[labelIndex], raw.number, rest);
    }

    void addDefine(const Words &rest, const TextLine &raw, int column)
    {
        // define: NAME = VALUE [predicate] | define: NAME = ( logic ) [predicate]
        if (rest.empty() || rest.front().text.startsWith(u'(')) {
            diag(Severity::Error, raw.number, column,
                 QStringLiteral("'define:' needs 'NAME = value', e.g. 'define: JOBS = 1 ( KERNEL_BOOTSTRAP == True )'"));
            return;
        }
        QStringView varName = rest.front().text;
        Words &words = m_defineWords;
        words = rest;
        // Tolerate "NAME=value" and "NAME= value".
        if (const qsizetype eq = varName.indexOf(u'='); eq > 0) {
            const Word first = words.front();
            words.erase(words.begin());
            const QStringView after = first.text.mid(eq + 1);
            Word split[3] = {{first.text.left(eq), first.column},
                             {QStringView(u"="), first.column + int(eq)},
                             {after, first.column + int(eq) + 1}};
            words.insert(words.begin(), split, split + (after.isEmpty() ? 2 : 3));
            varName = first.text.left(eq);
        }
        const QString variable = m_strings.intern(varName);
        Step s = makeStep(StepKind::Define, varName, raw.number);
        if (words.size() < 2 || words[1].text != u"=") {
            diagLazy(Severity::Error, raw.number,
                     words.size() < 2 ? words[0].column + int(varName.size()) : words[1].column, [&]() -> QString {
                         return QStringLiteral("expected '=' after '%1' in define, e.g. 'define: %1 = True'")
                             .arg(variable);
                     });
            s.label = QStringLiteral("define: ") + variable;
            s.excluded = true;
            add(std::move(s));
            return;
        }
        if (words.size() < 3) {
            diagLazy(Severity::Error, raw.number, words[1].column + 1, [&]() -> QString {
                return QStringLiteral("expected a value or a '( ... )' logic after '%1 ='").arg(variable);
            });
            s.label = QStringLiteral("define: ") + variable + QStringLiteral(" =");
            s.excluded = true;
            add(std::move(s));
            return;
        }
        QString value;
        size_t predicateStart = 3;
        bool valueOk = true;
        m_scratch = QStringLiteral("define: ") + variable + QStringLiteral(" = ");
        if (words[2].text.startsWith(u'(')) {
            // The value is a logic: find its closing parenthesis, then an optional predicate follows.
            int depth = 0;
            size_t end = 0;
            bool closed = false;
            for (size_t i = 2; i < words.size() && !closed; ++i) {
                for (QChar c : words[i].text) {
                    if (c == u'(')
                        ++depth;
                    else if (c == u')' && --depth == 0) {
                        end = i;
                        closed = true;
                        break;
                    }
                }
            }
            const size_t last = closed ? end : words.size() - 1;
            const Words logicWords(words.begin() + 2, words.begin() + qsizetype(last) + 1);
            const QStringView logicText = predicateText(raw.text, logicWords, 0);
            const PredicateResult &r = evaluateCached(m_strings.indexOf(logicText), logicWords[0].column);
            for (const PredicateResult::Unknown &u : r.unknownVariables)
                diagLazy(Severity::Warning, raw.number, u.column, [&]() -> QString {
                    return QStringLiteral("unknown variable '%1' in define (treated as empty)").arg(u.name);
                });
            if (!r.ok) {
                diagLazy(Severity::Error, raw.number, r.errorColumn,
                         [&]() -> QString { return r.error + QStringLiteral(" (the define does not assign)"); });
                valueOk = false;
            }
            value = r.value;
            predicateStart = last + 1;
            m_scratch += logicText;
        } else {
            value = m_strings.intern(words[2].text);
            m_scratch += words[2].text;
        }
        s.label = m_strings.intern(m_scratch);
        bool assigns = valueOk;
        if (predicateStart < words.size()) {
            if (!words[predicateStart].text.startsWith(u'(')) {
                diagLazy(Severity::Error, raw.number, words[predicateStart].column, [&]() -> QString {
                    return QStringLiteral("expected a predicate '( ... )' after the value of %1, got '%2'")
                        .arg(variable, words[predicateStart].text.toString());
                });
                assigns = false;
            } else {
                int predicate = -1;
                if (!evaluate(raw.text, words, predicateStart, raw.number, &predicate))
                    assigns = false;
                s.details = details(predicate, -1);
            }
        }
        s.excluded = !assigns;
        s.details.edit().attributes = defineAttributes(variable, value);
        if (assigns) {
            const auto it = m_vars.constFind(variable);
            if (it == m_vars.constEnd() || *it != value) {
                m_vars.insert(variable, value);
                ++m_varsGeneration; // cached predicate values may change
            }
        }
        add(std::move(s));
    }

    // The details of a step with the predicate text `predicate` and the uninstall list of the label
    // `removes` (numbers of interned strings, -1 for none): one shared block for all such steps.
    Shared<StepDetails> details(int predicate, int removes)
    {
        if (predicate < 0 && removes < 0)
            return {};
        const quint64 key = (quint64(quint32(removes + 1)) << 32) | quint32(predicate + 1);
        auto it = m_details.find(key);
        if (it == m_details.end()) {
            StepDetails d;
            if (predicate >= 0)
                d.predicate = m_strings.at(predicate);
            if (removes >= 0)
                d.removes = m_removeLists.at(removes);
            it = m_details.insert(key, Shared<StepDetails>(d));
        }
        return *it;
    }

    // {variable, value}: one shared map for every define of the same variable to the same value.
    QMap<QString, QString> defineAttributes(const QString &variable, const QString &value)
    {
        m_scratch = variable + u'\n' + value;
        const int index = m_strings.indexOf(m_scratch);
        if (index >= m_attributeMaps.size())
            m_attributeMaps.resize(index + 1);
        QMap<QString, QString> &map = m_attributeMaps[index];
        if (map.isEmpty()) {
            map.insert(QStringLiteral("variable"), variable);
            map.insert(QStringLiteral("value"), value);
        }
        return map;
    }

    // Appends the step with its sequence and toolchain edges.
    int add(Step &&step)
    {
        // Ids the parser makes cannot meet, except through a build whose argument has a ':' (it may
        // read like "improve:x"): an argument never has a '#' (a comment starts there), so "arg"
        // and "arg#N" are one argument's own; the other kinds' "kind:arg#N" differ in their kind's
        // prefix ("define:", "improve:", "jump:", "uninstall:" differ in their first letter) and
        // have a ':' no such build has. Only a collision makes a renamed "id~N" below, so none
        // exists before such a build either. Until one comes, steps are appended without a probe
        // of the id table, and the table is built in one pass at the end (prefetched: a random
        // probe per step is a cache miss); from it on, every id is checked as it comes.
        if (!m_checkIds && step.kind == StepKind::Build && step.id.contains(u':'))
            m_checkIds = true;
        int index = -1;
        if (!m_checkIds) {
            index = int(m_chain.steps.size());
            m_chain.steps.append(std::move(step));
        } else {
            index = m_chain.addStepIfNew(std::move(step));
        }
        if (index < 0) { // garbage input can make ids collide ("build: improve:x"); keep them unique
            const QString base = step.id;
            int n = step.pass + 1;
            do
                step.id = base + QStringLiteral("~%1").arg(n++);
            while ((index = m_chain.addStepIfNew(std::move(step))) < 0);
        }
        m_removed.append(false);
        const Step &s = m_chain.steps[index];
        const int line = s.origin.line;
        if (m_previousIncluded >= 0)
            m_chain.requirements.append(
                {index, m_previousIncluded, RequirementKind::Sequence, evidenceAt(m_sequenceEvidence, line)});
        if (s.excluded)
            return index;
        if (s.isBuild()) {
            int added[4] = {-1, -1, -1, -1};
            int n = 0;
            for (qsizetype k = 0; k < m_roleSlots.size(); ++k) {
                const int provider = currentProvider(m_roleSlots[k]);
                if (provider < 0 || std::find(added, added + n, provider) != added + n)
                    continue;
                added[n++] = provider;
                m_chain.requirements.append(
                    {index, provider, RequirementKind::Toolchain, evidenceAt(m_roleEvidence[k], line)});
            }
            const Directive &d = m_directiveList.at(m_madeDirective);
            for (const int slot : d.familySlots)
                m_providerLists[slot].append(index);
            m_installedLists[d.installedSlot].append(index);
        }
        m_previousIncluded = index;
        return index;
    }

    // The evidence `shared` at another line: its file and text stay shared with every other edge.
    static Evidence evidenceAt(Evidence shared, int line)
    {
        shared.line = line;
        return shared;
    }

    int currentProvider(int slot)
    {
        QVector<int> &providers = m_providerLists[slot];
        // Removal is permanent, so removed providers can be dropped for good.
        while (!providers.isEmpty() && m_removed[providers.back()])
            providers.removeLast();
        return providers.isEmpty() ? -1 : providers.back();
    }

    void uninstall(const QStringList &removes, int lineNo, const Words &words)
    {
        for (int i = 0; i < removes.size(); ++i) {
            const QString &what = removes[i];
            const auto slot = m_installedSlots.constFind(what);
            if (slot != m_installedSlots.constEnd() && !m_installedLists[*slot].isEmpty()) {
                QVector<int> &installed = m_installedLists[*slot];
                for (int index : std::as_const(installed))
                    m_removed[index] = true;
                installed.clear();
            } else if (!what.startsWith(u'/')) {
                diagLazy(Severity::Warning, lineNo, size_t(i) < words.size() ? words[i].column : 0, [&]() -> QString {
                    return QStringLiteral("uninstall of '%1', which no earlier included build installed").arg(what);
                });
            }
        }
    }

    QString m_file;
    SourceFile m_sourceFile; // every step's origin shares it
    Evidence m_sequenceEvidence;     // the file, shared by every sequence edge
    QVector<Evidence> m_roleEvidence; // by toolchain role: the file and the text, shared
    const LoadOptions &m_options;
    QMap<QString, QString> m_vars;
    quint64 m_varsGeneration = 1;
    Chain m_chain;
    Diagnostics m_diags;
    int m_suppressed = 0;
    int m_directives = 0;
    int m_previousIncluded = -1;
    StringPool m_strings;                       // predicates, labels, variables, values
    StringArena m_ids;                          // the characters of the passes' ids
    QVector<CachedPredicate> m_predicates;       // by the number of the predicate's text
    QVector<QStringList> m_removeLists;          // by the number of an uninstall label
    QVector<QMap<QString, QString>> m_attributeMaps; // by the number of "variable\nvalue"
    QHash<quint64, Shared<StepDetails>> m_details;    // by the numbers of the predicate and the removes
    QVector<Directive> m_directiveList;
    Detail::IndexTable m_directiveTable;
    QHash<QString, QStringList> m_familyCache;
    // By slot: the included builds providing a family, in order, and the included builds of a
    // directory name not removed yet. Directives and roles keep their slots, so that adding a build
    // looks up no string.
    QHash<QString, int> m_providerSlots; // family -> slot
    QVector<QVector<int>> m_providerLists;
    QVector<int> m_roleSlots; // by toolchain role
    QHash<QString, int> m_installedSlots; // directory name -> slot
    QVector<QVector<int>> m_installedLists;
    int m_madeDirective = -1; // the directive of the step makeStep made last
    bool m_checkIds = false;  // whether add() probes the id table for every step (see there)
    QVector<bool> m_removed;
    Words m_words, m_rest, m_defineWords; // per-line buffers, reused
    QString m_scratch;
};

} // namespace

LoadResult loadManifest(const QByteArray &bytes, const QString &fileName, const LoadOptions &options)
{
    ManifestParser parser(fileName, options);
    return parser.run(bytes);
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partsprose.h"

#include "livebootstrapnames.h"

#include <algorithm>

namespace Seedline {

namespace {

constexpr qsizetype maxSentenceReach = 400; // characters either side of a mention
constexpr qsizetype maxNameLength = 80;
constexpr int maxVersionComponents = 8;

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'+';
}

bool isSoftGapChar(QChar c)
{
    return c.isSpace() || c == u'`' || c == u'*';
}

QString lowerToken(QStringView text, const ProseToken &t)
{
    QString s = text.sliced(t.begin, t.end - t.begin).toString();
    return std::move(s).toLower();
}

bool startsWithDigit(QStringView text, const ProseToken &t)
{
    return t.end > t.begin && text.at(t.begin).isDigit();
}

bool isStopWord(const QString &lowerName)
{
    // Names of steps that are also common words (or too generic to be a mention without a version).
    static const QSet<QString> stop = [] {
        QSet<QString> s;
        for (const char *w : {"make", "patch", "file", "which", "find", "after", "swap", "tar", "sed", "grep",
                              "ed", "bc", "dist", "seed", "gc", "shadow", "linux", "gnu", "break", "section",
                              "diff", "awk", "yacc", "lex", "kernel", "libc", "m1", "kaem", "tools", "extra"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return stop.contains(lowerName);
}

// Whether a list item ("* ", "- ", "+ ", "1. ") starts at the first non-blank character after `p`.
bool bulletFollows(QStringView text, qsizetype p, qsizetype end)
{
    qsizetype q = p;
    while (q < end && (text.at(q) == u' ' || text.at(q) == u'\t'))
        ++q;
    if (q + 1 >= end)
        return false;
    const QChar c = text.at(q);
    if ((c == u'*' || c == u'-' || c == u'+') && text.at(q + 1) == u' ')
        return true;
    qsizetype d = q;
    while (d < end && d - q < 3 && text.at(d).isDigit())
        ++d;
    return d > q && d + 1 < end && text.at(d) == u'.' && text.at(d + 1) == u' ';
}

// Whether a word can be a package glued to its version ("tcc-0.9.27", "perl5.004"): a letter
// followed later by a digit with a '-' or '.' in between or after.

bool mayBeGluedView(QStringView word)
{
    bool digit = false;
    bool separator = false;
    for (const QChar c : word) {
        digit = digit || c.isDigit();
        separator = separator || c == u'-' || c == u'.';
    }
    return digit && separator;
}

QString versionKey(const QString &package, const QString &versionPrefix)
{
    return package + QChar(0x1f) + versionPrefix;
}

} // namespace

QVector<ProseToken> tokenizeProse(QStringView text, qsizetype begin, qsizetype end)
{
    QVector<ProseToken> tokens;
    end = std::min(end, text.size());
    qsizetype i = std::max<qsizetype>(0, begin);
    qsizetype previousEnd = i;
    while (i < end) {
        if (!isTokenChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < end && isTokenChar(text.at(j)))
            ++j;
        qsizetype b = i;
        qsizetype e = j;
        while (b < e && (text.at(b) == u'.' || text.at(b) == u'-'))
            ++b;
        while (e > b && (text.at(e - 1) == u'.' || text.at(e - 1) == u'-'))
            --e;
        if (b < e) {
            ProseToken t;
            t.begin = b;
            t.end = e;
            t.softGapBefore = !tokens.isEmpty();
            for (qsizetype k = previousEnd; k < b && t.softGapBefore; ++k)
                t.softGapBefore = isSoftGapChar(text.at(k));
            tokens.append(t);
            previousEnd = e;
        }
        i = j;
    }
    return tokens;
}

QString sentenceAround(QStringView text, qsizetype offset, qsizetype begin, qsizetype end)
{
    begin = std::max<qsizetype>(0, begin);
    end = std::min(end, text.size());
    offset = std::clamp(offset, begin, end);
    const qsizetype lowLimit = std::max(begin, offset - maxSentenceReach);
    const qsizetype highLimit = std::min(end, offset + maxSentenceReach);

    qsizetype start = lowLimit;
    bool blankSince = true; // only spaces between this position and the line break seen last
    qsizetype lastBreak = -1;
    for (qsizetype p = offset - 1; p >= lowLimit; --p) {
        const QChar c = text.at(p);
        if (c == u'\n') {
            if (lastBreak >= 0 && blankSince) {
                start = lastBreak + 1;
                break;
            }
            if (bulletFollows(text, p + 1, offset)) {
                start = p + 1;
                break;
            }
            lastBreak = p;
            blankSince = true;
            continue;
        }
        if (!c.isSpace())
            blankSince = false;
        if ((c == u'.' || c == u'!' || c == u'?') && p + 1 < offset && text.at(p + 1).isSpace()) {
            start = p + 1;
            break;
        }
    }

    qsizetype stop = highLimit;
    lastBreak = -1;
    blankSince = false;
    for (qsizetype p = offset; p < highLimit; ++p) {
        const QChar c = text.at(p);
        if (c == u'\n') {
            if (lastBreak >= 0 && blankSince) {
                stop = lastBreak;
                break;
            }
            if (bulletFollows(text, p + 1, highLimit)) {
                stop = p;
                break;
            }
            lastBreak = p;
            blankSince = true;
            continue;
        }
        if (!c.isSpace())
            blankSince = false;
        if ((c == u'.' || c == u'!' || c == u'?') && (p + 1 >= end || text.at(p + 1).isSpace())) {
            stop = p + 1;
            break;
        }
    }
    return text.sliced(start, std::max<qsizetype>(0, stop - start)).toString().simplified();
}

QVector<RebuiltSentence> findRebuiltSentences(QStringView text, const QVector<ProseToken> &tokens,
                                              const QVector<HeadingPart> &parts)
{
    QVector<RebuiltSentence> out;
    QVector<QString> partVersions;
    bool anyVersion = false;
    for (const HeadingPart &p : parts) {
        partVersions << liveBootstrapVersionKey(p.version);
        anyVersion = anyVersion || !p.version.isEmpty();
    }
    if (!anyVersion)
        return out;
    QVector<bool> done(parts.size(), false);
    static const QSet<QString> adverbs = {QStringLiteral("then"), QStringLiteral("again"), QStringLiteral("now"),
                                          QStringLiteral("also"), QStringLiteral("later"),
                                          QStringLiteral("subsequently"), QStringLiteral("first")};
    static const QSet<QString> verbs = {QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("gets"),
                                        QStringLiteral("got"), QStringLiteral("be"), QStringLiteral("being")};
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const ProseToken &t = tokens.at(k);
        if (t.end - t.begin != 7 || text.sliced(t.begin, 7).compare(QLatin1String("rebuilt"), Qt::CaseInsensitive) != 0)
            continue;
        qsizetype j = k;
        // j is the token whose gap to its predecessor must be soft; walk back over adverbs.
        int skipped = 0;
        while (j - 1 >= 0 && skipped < 2 && tokens.at(j).softGapBefore && adverbs.contains(lowerToken(text, tokens.at(j - 1)))) {
            --j;
            ++skipped;
        }
        // tokens: [name...] version verb (adverbs) rebuilt
        if (j < 3 || !tokens.at(j).softGapBefore || !verbs.contains(lowerToken(text, tokens.at(j - 1))))
            continue;
        const qsizetype verb = j - 1;
        const qsizetype version = verb - 1;
        if (!tokens.at(verb).softGapBefore || !tokens.at(version).softGapBefore || !startsWithDigit(text, tokens.at(version)))
            continue;
        const QString versionText = liveBootstrapVersionKey(lowerToken(text, tokens.at(version)));
        const QString single = liveBootstrapPackageName(lowerToken(text, tokens.at(version - 1)));
        QString pair;
        if (version >= 2 && tokens.at(version - 1).softGapBefore)
            pair = liveBootstrapPackageName(lowerToken(text, tokens.at(version - 2)) + u' '
                                            + lowerToken(text, tokens.at(version - 1)));
        for (int p = 0; p < parts.size(); ++p) {
            if (done.at(p) || parts.at(p).version.isEmpty() || partVersions.at(p) != versionText)
                continue;
            if (single == parts.at(p).package) {
                out.append({p, tokens.at(version - 1).begin});
            } else if (!pair.isEmpty() && pair == parts.at(p).package) {
                out.append({p, tokens.at(version - 2).begin});
            } else {
                continue;
            }
            done[p] = true;
            break;
        }
    }
    return out;
}

namespace {
constexpr int shapeLetters = 27;
int shapeIndex(QStringView word)
{
    const char16_t c = word.isEmpty() ? u'?' : word.at(0).toLower().unicode();
    const int letter = c >= u'a' && c <= u'z' ? int(c - u'a') : 26;
    return int(std::min<qsizetype>(word.size(), maxNameLength + 1)) * shapeLetters + letter;
}
} // namespace

void MentionIndex::allowWord(QStringView lowerWord)
{
    if (m_wordShapes.isEmpty()) {
        m_wordShapes.fill(false, (maxNameLength + 2) * shapeLetters);
        // Aliases a mention may use for a package whose heading spelled it otherwise.
        for (const char *alias : {"tinycc", "boehm-gc"})
            allowWord(QString::fromLatin1(alias));
    }
    m_wordShapes[shapeIndex(lowerWord)] = true;
}

bool MentionIndex::mayBeName(QStringView word) const
{
    return !m_wordShapes.isEmpty() && m_wordShapes.at(shapeIndex(word));
}

void MentionIndex::addStep(int index, const QString &name, const QString &package, const QString &version,
                           StepKind kind)
{
    if (kind == StepKind::Stage || package.isEmpty() || package.size() > maxNameLength)
        return;
    m_latestByName.insert(package, index);
    allowWord(package);
    const QString simplified = name.simplified().toLower();
    allowWord(simplified);
    const qsizetype space = simplified.indexOf(u' ');
    if (space > 0) {
        m_bigramHeads.insert(simplified.left(space));
        allowWord(QStringView(simplified).left(space));
    }
    if (version.isEmpty() || version.size() > maxNameLength)
        return;
    const QString key = liveBootstrapVersionKey(version);
    int components = 0;
    for (qsizetype i = 0; i <= key.size() && components < maxVersionComponents; ++i) {
        if (i == key.size() || key.at(i) == u'.') {
            m_latestByVersion.insert(versionKey(package, key.left(i)), index);
            ++components;
        }
    }
}

int MentionIndex::resolve(const QString &package, QStringView version) const
{
    const QString key = liveBootstrapVersionKey(version.toString());
    return m_latestByVersion.value(versionKey(package, key), -1);
}

QVector<ProseMention> MentionIndex::findMentions(QStringView text, const QVector<ProseToken> &tokens) const
{
    QVector<ProseMention> out;
    if (m_latestByName.isEmpty())
        return out;
    QSet<int> seen;
    auto add = [&](int target, qsizetype offset) {
        if (target >= 0 && !seen.contains(target)) {
            seen.insert(target);
            out.append({target, offset});
        }
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const ProseToken &t = tokens.at(i);
        if (t.end - t.begin > maxNameLength || !text.at(t.begin).isLetter())
            continue;
        const QStringView word = text.sliced(t.begin, t.end - t.begin);
        if (!mayBeName(word) && !mayBeGluedView(word))
            continue;
        const QString lower = lowerToken(text, t);
        QString spoken = lower; // the name as written, for the stop list
        QString package;
        qsizetype next = i + 1;
        if (next < tokens.size() && tokens.at(next).softGapBefore && m_bigramHeads.contains(lower)) {
            const QString pair = lower + u' ' + lowerToken(text, tokens.at(next));
            const QString candidate = liveBootstrapPackageName(pair);
            if (m_latestByName.contains(candidate)) {
                package = candidate;
                spoken = pair;
                ++next;
            }
        }
        if (package.isEmpty()) {
            const QString candidate = liveBootstrapPackageName(lower);
            if (m_latestByName.contains(candidate)) {
                package = candidate;
            } else {
                // Glued: "tcc-0.9.27", "autoconf-2.69".
                if (!mayBeGluedView(lower))
                    continue;
                const auto [gluedPackage, gluedVersion] = splitPackageVersion(lower);
                if (!gluedVersion.isEmpty()) {
                    const QString name = liveBootstrapPackageName(gluedPackage);
                    if (m_latestByName.contains(name))
                        add(resolve(name, gluedVersion), t.begin);
                }
                continue;
            }
        }
        if (next < tokens.size() && tokens.at(next).softGapBefore && startsWithDigit(text, tokens.at(next))) {
            const ProseToken &v = tokens.at(next);
            add(resolve(package, text.sliced(v.begin, v.end - v.begin)), t.begin);
            i = next;
            continue;
        }
        if (!isStopWord(spoken))
            add(m_latestByName.value(package, -1), t.begin);
        i = next - 1;
    }
    return out;
}

} // namespace Seedline

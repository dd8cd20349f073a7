// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livebootstrapnames.h"

namespace Seedline {

namespace {

enum class CharClass { Separator, Letter, Digit };

CharClass classify(QChar c)
{
    if (c.isDigit())
        return CharClass::Digit;
    if (c.isLetter())
        return CharClass::Letter;
    return CharClass::Separator;
}

// Lower case, runs of letters and runs of digits joined by '.', everything else a separator.
QString canonicalKey(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    CharClass previous = CharClass::Separator;
    for (const QChar c : text) {
        const CharClass cls = classify(c);
        if (cls == CharClass::Separator) {
            previous = cls;
            continue;
        }
        if (!out.isEmpty() && cls != previous)
            out += u'.';
        out += c.toLower();
        previous = cls;
    }
    return out;
}

} // namespace

QString liveBootstrapPackageName(const QString &headingName)
{
    QString name = headingName.trimmed().toLower();
    // Inline literal markup and path slashes (``/sysa``) are not part of the name.
    name.remove(QStringLiteral("``"));
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    while (name.endsWith(u'/'))
        name.chop(1);
    name = name.simplified();
    name.replace(u' ', u'-');

    struct Alias
    {
        const char *from;
        const char *to;
    };
    static constexpr Alias aliases[] = {
        {"tinycc", "tcc"},
        {"linux-kernel", "linux"},
        {"linux-headers", "linux-headers"},
        {"boehm-gc", "gc"},
        {"heirloom-devtools", "heirloom-devtools"},
        {"gnu-make", "make"},
        {"gnu-mes", "mes"},
    };
    for (const Alias &a : aliases) {
        if (name == QLatin1String(a.from))
            return QString::fromLatin1(a.to);
    }
    return name;
}

QString liveBootstrapVersionKey(const QString &version)
{
    return canonicalKey(version);
}

QString liveBootstrapMatchKey(const QString &package, const QString &version)
{
    const QString name = liveBootstrapPackageName(package);
    if (version.isEmpty())
        return canonicalKey(name);
    return canonicalKey(name + u'-' + version);
}

} // namespace Seedline

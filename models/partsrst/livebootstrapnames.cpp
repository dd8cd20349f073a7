// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livebootstrapnames.h"

#include <QHash>

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
    // Fast path for names that are already lower case words (prose tokens): no copies.
    bool plain = !headingName.isEmpty();
    for (const QChar c : headingName) {
        if (c.isUpper() || c.isSpace() || c == u'`' || c == u'/') {
            plain = false;
            break;
        }
    }
    QString name = headingName;
    if (!plain) {
        name = name.trimmed().toLower();
        // Inline literal markup and path slashes (``/sysa``) are not part of the name.
        name.remove(QStringLiteral("``"));
        while (name.startsWith(u'/'))
            name.remove(0, 1);
        while (name.endsWith(u'/'))
            name.chop(1);
        name = name.simplified();
        name.replace(u' ', u'-');
    }
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("tinycc"), QStringLiteral("tcc")},
        {QStringLiteral("linux-kernel"), QStringLiteral("linux")},
        {QStringLiteral("boehm-gc"), QStringLiteral("gc")},
        {QStringLiteral("gnu-make"), QStringLiteral("make")},
        {QStringLiteral("gnu-mes"), QStringLiteral("mes")},
    };
    const auto it = aliases.constFind(name);
    return it == aliases.constEnd() ? name : *it;
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

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolproviders.h"

#include "core/step.h"

#include <QRegularExpression>

namespace Seedline {

namespace {

// "1.16.3" -> ("1", "1.16")
std::pair<QString, QString> majorMinor(const QString &version)
{
    const QStringList parts = version.split(u'.');
    const QString major = parts.value(0);
    const QString minor = parts.size() > 1 ? major + u'.' + parts[1] : major;
    return {major, minor};
}

// Tools named after the package, with "-X.Y" and "-X.Y.Z" variants.
QStringList versioned(const QStringList &names, const QString &version)
{
    QStringList out;
    const QString minor = majorMinor(version).second;
    for (const QString &n : names) {
        out << n;
        if (!version.isEmpty()) {
            out << n + u'-' + minor;
            if (minor != version)
                out << n + u'-' + version;
        }
    }
    return out;
}

} // namespace

QStringList toolsProvidedBy(const QString &directoryName)
{
    const auto [package, version] = splitPackageVersion(directoryName);
    const QString p = package.toLower();
    auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    if (p == QLatin1String("python")) {
        const auto [major, minor] = majorMinor(version);
        QStringList out{QStringLiteral("python")};
        if (!major.isEmpty())
            out << QStringLiteral("python") + major;
        if (minor != major)
            out << QStringLiteral("python") + minor;
        return out;
    }
    if (p == QLatin1String("perl"))
        return list({"perl", "perl5"});
    if (p == QLatin1String("autoconf"))
        return versioned(list({"autoconf", "autoreconf", "autoheader", "autom4te", "autoscan", "autoupdate"}), version);
    if (p == QLatin1String("automake"))
        return versioned(list({"automake", "aclocal"}), version);
    if (p == QLatin1String("libtool"))
        return list({"libtool", "libtoolize"});
    if (p == QLatin1String("bison"))
        return list({"bison"});
    if (p == QLatin1String("oyacc") || p == QLatin1String("byacc"))
        return list({"yacc"});
    if (p == QLatin1String("heirloom-devtools"))
        return list({"yacc", "lex"});
    if (p == QLatin1String("flex"))
        return list({"flex", "lex"});
    if (p == QLatin1String("m4"))
        return list({"m4"});
    if (p == QLatin1String("gperf"))
        return list({"gperf"});
    if (p == QLatin1String("help2man"))
        return list({"help2man"});
    if (p == QLatin1String("texinfo"))
        return list({"makeinfo", "texi2any", "install-info"});
    if (p == QLatin1String("gettext"))
        return list({"msgfmt", "msgmerge", "xgettext", "autopoint", "gettextize"});
    if (p == QLatin1String("guile"))
        return list({"guile", "guild", "guile-snarf"});
    if (p == QLatin1String("autogen"))
        return list({"autogen"});
    if (p == QLatin1String("gawk"))
        return list({"gawk"});
    if (p == QLatin1String("pkg-config"))
        return list({"pkg-config"});
    if (p == QLatin1String("tcc"))
        return list({"tcc"});
    if (p == QLatin1String("gcc"))
        return list({"gcc", "g++", "cpp"});
    if (p == QLatin1String("mes"))
        return list({"mes", "mescc"});
    return {};
}

bool isTrackedTool(const QString &command)
{
    static const QRegularExpression re(QStringLiteral(
        "^(python([0-9]+(\\.[0-9]+)?)?|perl5?|(autoconf|autoreconf|autoheader|autom4te|autoscan|autoupdate|automake|"
        "aclocal)(-[0-9][0-9.]*)?|libtool|libtoolize|bison|yacc|lex|flex|m4|gperf|help2man|makeinfo|texi2any|"
        "install-info|msgfmt|msgmerge|xgettext|autopoint|gettextize|guile|guild|guile-snarf|autogen|gawk|pkg-config|"
        "tcc|gcc|g\\+\\+|cpp|mes|mescc)$"));
    return re.match(command).hasMatch();
}

} // namespace Seedline

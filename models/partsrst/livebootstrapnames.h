// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Seedline {

// Helpers to join live-bootstrap's parts.rst headings with steps/manifest directives.

// A parts.rst heading package name -> the package name used by steps/ and the manifest:
// lower case, spaces become '-', and known aliases ("tinycc" -> "tcc", "Linux kernel" -> "linux",
// "Linux headers" -> "linux-headers", "boehm-gc" -> "gc", "heirloom devtools" -> "heirloom-devtools").
QString liveBootstrapPackageName(const QString &headingName);

// A key that is equal for the same package-version in both files, however the name was split:
// ("perl", "5.004_05"), ("perl", "5.004-05") and ("perl5.004", "05") all give "perl.5.004.05".
// The package goes through liveBootstrapPackageName(); then everything is lower-cased, the
// separators . _ - and spaces become '.', and a '.' is put between letters and digits.
QString liveBootstrapMatchKey(const QString &package, const QString &version);

// The version alone, normalised the same way ("5.004_05" -> "5.004.05", "1.1.1l" -> "1.1.1.l").
QString liveBootstrapVersionKey(const QString &version);

} // namespace Seedline

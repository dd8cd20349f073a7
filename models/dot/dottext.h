// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text helpers shared by the DOT reader and writer (no Graphviz here).

#include <QByteArray>
#include <QString>

#include <utility>

namespace Seedline::DotText {

// What the bytes are before they are handed to cgraph.
struct DecodedInput
{
    QByteArray utf8;       // what cgraph reads
    bool convertedFromLatin1 = false;
    bool declaredLatin1 = false;
};

// Strips a UTF-8 BOM; converts Latin-1 to UTF-8 when the bytes are not valid UTF-8 or the
// graph says charset=latin1 (iso-8859-1, l1).
DecodedInput decodeInput(const QByteArray &bytes);

// A plain-text label for display: "\N" -> the node name, escapes \n \l \r -> line breaks,
// HTML tags stripped (html = the label was an HTML string <...>), record field
// separators and port tags stripped.
QString plainLabel(const QString &rawLabel, const QString &nodeName, bool html, bool record);

// Strips a store prefix ("/gnu/store/<hash>-", "/nix/store/<hash>-", "<hash>-") from a name.
QString stripStorePrefix(const QString &name);
// True for a Nix or Guix store-path base name "<32 base-32 chars>-name".
bool looksLikeStoreName(QStringView name);

// Splits "name-1.2.3", "name@1.2", "name 1.2", "name v1.2" into package and version.
std::pair<QString, QString> splitNameVersion(const QString &name);

// A DOT id: bare when it is a plain identifier or number, otherwise a quoted string with
// quotes, backslashes and line breaks escaped.
QByteArray quoteId(const QString &id);
// An attribute value: quoted like quoteId, or <...> when html is true.
QByteArray quoteValue(const QString &value, bool html);

} // namespace Seedline::DotText

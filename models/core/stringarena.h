// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Seedline {

// Many small, distinct strings made in one go (a loader's million step ids "tcc-0.9.27#57"): each is
// a QString whose characters lie in a large shared block instead of an allocation of its own. A
// string of 16 characters then costs 34 bytes instead of a 64-byte heap chunk, and the load makes
// one allocation per block instead of one per string.
//
// The strings are ordinary QStrings: copies share the block, a change detaches as usual (the block
// is shared, so Qt copies first), and the block is freed with the last string that points into it.
// Only a string that is the block's last owner may grow in place over the characters of strings
// that no longer exist.
class StringArena
{
public:
    explicit StringArena(qsizetype blockChars = 32 * 1024);

    // `prefix` + `separator` + the decimal digits of `number` (>= 0).
    QString withNumber(QStringView prefix, char16_t separator, unsigned number);
    QString copy(QStringView text);

private:
    char16_t *reserve(qsizetype chars, QString::DataPointer &into); // room for chars + the terminator

    qsizetype m_blockChars;
    QString m_block; // holds one reference to the current block while strings are made from it
    qsizetype m_used = 0;
};

} // namespace Seedline

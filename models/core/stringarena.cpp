// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringarena.h"

#include <algorithm>
#include <cstring>

namespace Seedline {

StringArena::StringArena(qsizetype blockChars)
    : m_blockChars(std::max<qsizetype>(blockChars, 64))
{
}

char16_t *StringArena::reserve(qsizetype chars, QString::DataPointer &into)
{
    const qsizetype need = chars + 1;
    if (need > m_blockChars / 4) {
        // A long string gets an allocation of its own (the tail of a block would be wasted).
        into = QString::DataPointer(QTypedArrayData<char16_t>::allocate(need), 0);
        return into.data();
    }
    QString::DataPointer &block = m_block.data_ptr();
    if (!block.d_ptr() || m_used + need > block.constAllocatedCapacity()) {
        m_block = QString(QString::DataPointer(QTypedArrayData<char16_t>::allocate(m_blockChars), 0));
        m_used = 0;
    }
    char16_t *at = m_block.data_ptr().data() + m_used;
    m_used += need;
    m_block.data_ptr().d_ptr()->ref();
    into = QString::DataPointer(m_block.data_ptr().d_ptr(), at, 0);
    return at;
}

QString StringArena::withNumber(QStringView prefix, char16_t separator, unsigned number)
{
    char16_t digits[12];
    int n = 0;
    do {
        digits[n++] = char16_t(u'0' + number % 10);
        number /= 10;
    } while (number > 0);
    const qsizetype size = prefix.size() + 1 + n;
    QString::DataPointer d;
    char16_t *out = reserve(size, d);
    char16_t *const begin = out;
    std::memcpy(out, prefix.utf16(), size_t(prefix.size()) * sizeof(char16_t));
    out += prefix.size();
    *out++ = separator;
    while (n > 0)
        *out++ = digits[--n];
    *out = u'\0';
    d.size = out - begin;
    return QString(std::move(d));
}

QString StringArena::copy(QStringView text)
{
    QString::DataPointer d;
    char16_t *out = reserve(text.size(), d);
    std::memcpy(out, text.utf16(), size_t(text.size()) * sizeof(char16_t));
    out[text.size()] = u'\0';
    d.size = text.size();
    return QString(std::move(d));
}

} // namespace Seedline

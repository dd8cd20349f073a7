// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitset.h"

#include <algorithm>

namespace Seedline {

Bitset::Bitset(int size)
    : m_size(std::max(size, 0))
    , m_words((size_t(m_size) + 63) / 64, 0)
{
}

void Bitset::resize(int size)
{
    m_size = std::max(size, 0);
    m_words.resize((size_t(m_size) + 63) / 64, 0);
    trimTail();
}

void Bitset::trimTail()
{
    // Bits past size() stay clear so that count() and operator== need no masking.
    if (m_size % 64 != 0 && !m_words.empty())
        m_words.back() &= (quint64(1) << (m_size % 64)) - 1;
}

void Bitset::clear()
{
    std::fill(m_words.begin(), m_words.end(), 0);
}

void Bitset::fill()
{
    std::fill(m_words.begin(), m_words.end(), ~quint64(0));
    trimTail();
}

int Bitset::count() const
{
    int n = 0;
    for (quint64 w : m_words)
        n += std::popcount(w);
    return n;
}

bool Bitset::any() const
{
    return std::any_of(m_words.begin(), m_words.end(), [](quint64 w) { return w != 0; });
}

Bitset &Bitset::operator|=(const Bitset &other)
{
    const size_t n = std::min(m_words.size(), other.m_words.size());
    for (size_t i = 0; i < n; ++i)
        m_words[i] |= other.m_words[i];
    trimTail();
    return *this;
}

Bitset &Bitset::operator&=(const Bitset &other)
{
    const size_t n = std::min(m_words.size(), other.m_words.size());
    for (size_t i = 0; i < n; ++i)
        m_words[i] &= other.m_words[i];
    for (size_t i = n; i < m_words.size(); ++i)
        m_words[i] = 0;
    return *this;
}

Bitset &Bitset::andNot(const Bitset &other)
{
    const size_t n = std::min(m_words.size(), other.m_words.size());
    for (size_t i = 0; i < n; ++i)
        m_words[i] &= ~other.m_words[i];
    return *this;
}

QVector<int> Bitset::toIndices() const
{
    QVector<int> out;
    out.reserve(count());
    forEach([&out](int i) { out.append(i); });
    return out;
}

Bitset Bitset::fromIndices(int size, const QVector<int> &indices)
{
    Bitset b(size);
    for (int i : indices) {
        if (i >= 0 && i < size)
            b.set(i);
    }
    return b;
}

} // namespace Seedline

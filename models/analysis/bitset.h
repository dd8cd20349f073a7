// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <QtGlobal>

#include <bit>
#include <vector>

namespace Seedline {

// A fixed-size set of small non-negative integers (step indices), one bit each.
// Binary operations expect operands of the same size; they work on the common prefix otherwise.
class Bitset
{
public:
    Bitset() = default;
    explicit Bitset(int size);

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Resizes, keeping the bits below the new size; new bits are clear.
    void resize(int size);

    bool test(int i) const { return (m_words[size_t(i) >> 6] >> (i & 63)) & 1u; }
    void set(int i) { m_words[size_t(i) >> 6] |= quint64(1) << (i & 63); }
    void reset(int i) { m_words[size_t(i) >> 6] &= ~(quint64(1) << (i & 63)); }
    // Sets the bit and returns whether it was clear before.
    bool testAndSet(int i)
    {
        quint64 &w = m_words[size_t(i) >> 6];
        const quint64 mask = quint64(1) << (i & 63);
        const bool was = w & mask;
        w |= mask;
        return !was;
    }
    void clear(); // every bit clear, size kept
    void fill();  // every bit set

    int count() const;
    bool any() const;
    bool none() const { return !any(); }

    Bitset &operator|=(const Bitset &other);
    Bitset &operator&=(const Bitset &other);
    Bitset &andNot(const Bitset &other); // this &= ~other
    friend Bitset operator|(Bitset a, const Bitset &b) { return a |= b; }
    friend Bitset operator&(Bitset a, const Bitset &b) { return a &= b; }

    // Calls f(int index) for every set bit in increasing order.
    template<typename F>
    void forEach(F &&f) const
    {
        for (size_t w = 0; w < m_words.size(); ++w) {
            quint64 bits = m_words[w];
            while (bits) {
                const int bit = std::countr_zero(bits);
                f(int(w * 64) + bit);
                bits &= bits - 1;
            }
        }
    }
    QVector<int> toIndices() const;
    static Bitset fromIndices(int size, const QVector<int> &indices);

    const std::vector<quint64> &words() const { return m_words; }
    bool operator==(const Bitset &other) const = default;

private:
    void trimTail();
    int m_size = 0;
    std::vector<quint64> m_words;
};

} // namespace Seedline

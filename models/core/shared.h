// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QExplicitlySharedDataPointer>
#include <QSharedData>

namespace Seedline {

// A value of T held by one pointer and shared between copies until one of them is edited: for the
// parts of a step that most steps leave empty or share with many others (facts, prose, a manifest
// predicate), so that a million steps do not each carry them inline. Empty holds nothing and reads
// as a default T.
template<typename T>
class Shared
{
public:
    Shared() = default;
    // A default T is held as nothing. Implicit, so that `step.facts = StepFacts{...}` reads as it does.
    Shared(const T &value) // NOLINT(google-explicit-constructor)
    {
        if (!(value == empty()))
            m_d = new Data(value);
    }

    const T &operator*() const { return m_d ? m_d->value : empty(); }
    const T *operator->() const { return &**this; }

    // The value to change, detached from every other copy.
    T &edit()
    {
        if (!m_d)
            m_d = new Data(T());
        else
            m_d.detach();
        return m_d->value;
    }

    bool operator==(const Shared &other) const { return m_d == other.m_d || **this == *other; }

private:
    struct Data : QSharedData
    {
        explicit Data(const T &v) : value(v) {}
        T value;
    };
    static const T &empty()
    {
        static const T none;
        return none;
    }
    QExplicitlySharedDataPointer<Data> m_d;
};

} // namespace Seedline

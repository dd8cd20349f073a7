// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainindex.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace Seedline {

// Interned strings for a loader: equal texts come back as one implicitly shared QString, so that a
// million steps with the same predicate, family or attribute value hold one copy of it. Each string
// also has a stable number (its index) for side tables keyed by text.
class StringPool
{
public:
    // The number of `text`, adding it when new.
    int indexOf(QStringView text);
    const QString &at(int index) const { return m_strings.at(index); } // valid until the next string is added
    // A copy (implicitly shared): a reference would not survive the next string added.
    QString intern(QStringView text) { return m_strings.at(indexOf(text)); }
    qsizetype size() const { return m_strings.size(); }

private:
    QVector<QString> m_strings;
    Detail::IndexTable m_table;
};

} // namespace Seedline

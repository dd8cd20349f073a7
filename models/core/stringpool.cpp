// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringpool.h"

namespace Seedline {

int StringPool::indexOf(QStringView text)
{
    const quint32 hash = Detail::ChainIndex::hashId(text);
    const auto equal = [&](int i) { return m_strings.at(i) == text; };
    const int found = m_table.find(hash, equal);
    if (found >= 0)
        return found;
    const int index = int(m_strings.size());
    m_strings.append(text.toString());
    m_table.insert(hash, index, equal);
    return index;
}

} // namespace Seedline

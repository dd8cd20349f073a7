// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdistance.h"

#include <algorithm>
#include <vector>

namespace Seedline {

int editDistance(const QString &a, const QString &b, int limit)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    const int n = int(x.size()), m = int(y.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    std::vector<int> prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return prev[m];
}

QStringList nearestWords(const QString &word, const QStringList &candidates, int max)
{
    struct Scored
    {
        int score;
        QString word;
    };
    std::vector<Scored> scored;
    const int limit = std::max(2, int(word.size()) / 3);
    for (const QString &c : candidates) {
        const int d = editDistance(word, c, std::max(limit, 8));
        qsizetype prefix = 0;
        while (prefix < std::min(word.size(), c.size()) && word[prefix].toCaseFolded() == c[prefix].toCaseFolded())
            ++prefix;
        if (d <= limit || prefix >= 3)
            scored.push_back({d - int(std::min<qsizetype>(prefix, 8)), c});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &l, const Scored &r) { return l.score < r.score; });
    QStringList out;
    for (const Scored &s : scored) {
        if (out.size() >= max)
            break;
        if (!out.contains(s.word))
            out << s.word;
    }
    return out;
}

} // namespace Seedline

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourplayback.h"

#include "playback.h"
#include "teachinglog.h"

#include "analysis/scenarioapply.h"

#include <QHash>

#include <algorithm>

namespace Seedline {

QVector<int> resolveTourStop(const Chain &chain, const TourStop &stop)
{
    QVector<int> out;
    for (const StepSelector &selector : stop.steps)
        out += resolveSelector(chain, selector);
    for (const StepRange &range : stop.ranges) {
        const int from = chain.indexOf(range.from);
        const int to = chain.indexOf(range.to);
        if (from < 0 || to < 0)
            continue;
        for (int i = from; i <= to; ++i) {
            if (!chain.steps[i].excluded || i == from || i == to)
                out << i;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const Tour *findTour(const Chain &chain, const QString &name)
{
    for (const Tour &t : chain.tours) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

namespace {

struct Variant
{
    QStringList scenarios;
    ChainPtr chain;
    AnalysisPtr analysis;
    QVector<First> firsts;
};

} // namespace

TourPlayback buildTourPlayback(ChainPtr chain, const Tour &tour, const AnalysisOptions &options)
{
    TourPlayback out;
    out.tour = tour;
    out.chain = chain;
    if (!chain)
        return out;
    QHash<QString, Variant> variants; // the sorted scenario names, joined -> the chain under them
    auto variantFor = [&](const QStringList &wanted) -> const Variant & {
        QVector<Scenario> scenarios;
        QStringList names;
        for (const Scenario &s : chain->scenarios) { // in the chain's order, as the window applies them
            if (wanted.contains(s.name)) {
                scenarios << s;
                names << s.name;
            }
        }
        const QString key = names.join(u'\n');
        auto it = variants.find(key);
        if (it == variants.end()) {
            Variant v;
            v.scenarios = names;
            v.chain = scenarios.isEmpty() ? chain : std::make_shared<const Chain>(applyScenarios(*chain, scenarios));
            v.analysis = analyseChain(v.chain, options);
            v.firsts = findFirsts(*v.analysis);
            it = variants.insert(key, v);
        }
        return *it;
    };
    for (int i = 0; i < tour.stops.size(); ++i) {
        const TourStop &stop = tour.stops[i];
        const Variant v = variantFor(stop.scenarios);
        TourFrame frame;
        frame.stop = i;
        frame.steps = resolveTourStop(*v.chain, stop);
        frame.step = frame.steps.isEmpty() ? -1 : frame.steps.last();
        frame.scenarios = v.scenarios;
        frame.chain = v.chain;
        frame.analysis = v.analysis;
        frame.environment = environmentAfter(*v.chain, frame.step, v.firsts);
        for (const First &f : v.firsts) {
            if (frame.steps.contains(f.step))
                frame.firsts << f;
        }
        out.frames << frame;
    }
    qCDebug(lcTeaching) << "tour" << tour.name << ":" << out.frames.size() << "stops," << variants.size()
                        << "scenario sets";
    return out;
}

} // namespace Seedline

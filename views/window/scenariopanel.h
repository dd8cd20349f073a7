// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainanalysis.h"

#include <QWidget>

class QTextBrowser;

namespace Seedline {

// What the enabled what-ifs changed, from the ScenarioEffect of the document's analysis (the same
// ScenarioDiff `seedline summary --scenario` reports): the steps requiring each family before and
// after, the steps that newly require one (links), the new cycles with the evidence of each edge,
// and the builds to reach the steps the what-if starts from.
class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPanel(QWidget *parent = nullptr);

    // Shows the effect for the families highlighted (all analysed families when empty).
    void setAnalysis(AnalysisPtr analysis, const QStringList &families = {});
    void setFamilies(const QStringList &families);
    bool hasScenario() const { return m_analysis && m_analysis->scenario; }
    QString plainText() const;
    static QString effectHtml(const ChainAnalysis &analysis, const QStringList &families = {});

Q_SIGNALS:
    void stepActivated(const QString &id);
    // "Show the Story" was asked for.
    void storyRequested();

private:
    QTextBrowser *m_browser = nullptr;
    void refresh();
    AnalysisPtr m_analysis;
    QStringList m_families;
};

} // namespace Seedline

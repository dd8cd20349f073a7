// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainanalysis.h"
#include "analysis/projection.h"
#include "document/latestjob.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class QTextBrowser;

namespace Seedline {

// The selected step's facts, prose, what it needs (with the evidence of each edge) apart from what
// it merely comes after (script order), and why it needs each highlighted family (the shortest
// witness path of the real chain). A folded node lists its members with their own facts and
// requirements. Everything comes from the one ChainAnalysis of the document.
class InspectorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorWidget(QWidget *parent = nullptr);
    ~InspectorWidget() override;

    void setAnalysis(AnalysisPtr analysis, std::shared_ptr<const ChainProjection> projection);
    void setFamilies(const QStringList &families); // explained in "Why it needs ..."
    // A shown step; `member` optionally names the real step of a folded node that was chosen. On a
    // big chain (a distribution: a step with thousands of dependants) the text is written on a
    // worker thread and shown when it is ready (its heading at once), so that the click's restyle
    // of the graph is not kept waiting; plainText() and step() are current at once.
    void setStep(int shownIndex, int member = -1);
    int step() const { return m_step; }
    int member() const { return m_member; }

    // The text shown (plain), for tests and copying.
    QString plainText() const;
    // The same as HTML. `member` < 0: the shown step as a whole.
    static QString stepHtml(const ChainAnalysis &analysis, const ChainProjection &projection, int shownIndex,
                            int member, const QStringList &families);

Q_SIGNALS:
    // The user followed a link to a step ("seedline-step:ID"): a real step id.
    void stepLinkActivated(const QString &id);
    // A link to a file and line ("steps/gcc-15.2.0/pass1.sh:197", "Declared at"): the Source panel opens it.
    void sourceLinkActivated(const QString &file, int line);
    // A web link in the facts or prose.
    void urlActivated(const QUrl &url);

private:
    void refresh();
    void refreshInBackground();
    QTextBrowser *m_browser = nullptr;
    LatestJob<QString> m_htmlJob{this};
    AnalysisPtr m_analysis;
    std::shared_ptr<const ChainProjection> m_projection;
    QStringList m_families{QStringLiteral("python"), QStringLiteral("rust")};
    int m_step = -1;
    int m_member = -1;
};

} // namespace Seedline

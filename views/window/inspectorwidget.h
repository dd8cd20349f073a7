// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/familyrequirement.h"
#include "core/chain.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QTextBrowser;

namespace Seedline {

class GraphIndex;

// The selected step's facts, prose, requirements with their evidence, and why it needs each
// highlighted family (the shortest witness path).
class InspectorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorWidget(QWidget *parent = nullptr);
    ~InspectorWidget() override;

    void setChain(ChainPtr chain, RequirementKinds followed = defaultFollowedKinds());
    void setFamilies(const QStringList &families); // explained in "Why it needs ..."
    void setStep(int index);
    int step() const { return m_step; }

    // The text shown (plain), for tests and copying.
    QString plainText() const;
    // The same as HTML.
    static QString stepHtml(const Chain &chain, int index, const QStringList &families,
                            const std::function<const FamilyRequirement &(const QString &)> &requirementOf);

Q_SIGNALS:
    // The user followed a link to another step ("seedline-step:ID").
    void stepLinkActivated(int index);

private:
    void refresh();
    const FamilyRequirement &requirementOf(const QString &family);

    QTextBrowser *m_browser = nullptr;
    ChainPtr m_chain;
    RequirementKinds m_followed = defaultFollowedKinds();
    std::unique_ptr<GraphIndex> m_graph;
    QHash<QString, FamilyRequirement> m_requirements;
    QStringList m_families{QStringLiteral("python"), QStringLiteral("rust")};
    int m_step = -1;
};

} // namespace Seedline

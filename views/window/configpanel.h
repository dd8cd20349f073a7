// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include "core/chain.h"
#include "highlight/highlight.h"
#include "layout/layoutgraph.h"
#include "scene/viewpipeline.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QListView;
class QSpinBox;
class QVBoxLayout;

namespace Seedline {

class ScenarioModel;

// The "Configuration & scenarios" dock: live-bootstrap configuration variables (for a manifest or
// checkout), scenario toggles, folding (the overview of look-alike runs, version series),
// highlighted families, shown edge kinds, layout direction and the selection's direction, depth
// and focus mode.
class ConfigPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPanel(QWidget *parent = nullptr);

    // Rebuilds the variable, scenario and family rows for a newly loaded chain.
    void setChain(const ChainPtr &loaded, const QMap<QString, QString> &config, const QSet<QString> &enabledScenarios);

    // Fills the highlight options the panel controls (families, edge kinds, direction, depth, focus).
    void applyTo(HighlightOptions &options) const;
    // Fills the folds the panel controls (the overview, version series).
    void applyTo(FoldOptions &options) const;
    void setFolding(bool overview, bool series);
    LayoutGraph::RankDir rankDir() const;
    void setRankDir(LayoutGraph::RankDir rankDir);
    void setFocusMode(bool focus);
    bool focusMode() const;
    // The options the window remembers per input (folds, families, edge kinds, directions, depth),
    // without scenarios and folded stages (the window's). setInputView() emits nothing: the caller
    // asks for a new view; unknown family names are ignored, no edge kinds means the chain's default.
    InputView inputView() const;
    void setInputView(const InputView &view);

    QCheckBox *familyCheckBox(const QString &family) const { return m_familyBoxes.value(family); }
    QCheckBox *edgeKindCheckBox(RequirementKind kind) const { return m_kindBoxes.value(int(kind)); }
    QCheckBox *collapseCheckBox() const { return m_collapse; }
    QCheckBox *overviewCheckBox() const { return m_overview; }
    ScenarioModel *scenarioModel() const { return m_scenarios; }
    QWidget *variableEditor(const QString &name) const { return m_variableEditors.value(name); }

Q_SIGNALS:
    void configValueChanged(const QString &name, const QString &value);
    void scenariosChanged(const QSet<QString> &enabled);
    void foldingChanged();
    void unfoldAllRequested();
    void highlightOptionsChanged();
    void rankDirChanged(Seedline::LayoutGraph::RankDir rankDir);

private:
    void rebuildVariables(const ChainPtr &loaded, const QMap<QString, QString> &config);
    void rebuildFamilies(const ChainPtr &loaded);
    void applyDefaultKinds(); // for m_chain: in a build order, no sequence and toolchain edges

    QGroupBox *m_variablesBox = nullptr;
    QFormLayout *m_variablesLayout = nullptr;
    QHash<QString, QWidget *> m_variableEditors;
    QGroupBox *m_scenariosBox = nullptr;
    QListView *m_scenarioView = nullptr;
    ScenarioModel *m_scenarios = nullptr;
    QCheckBox *m_collapse = nullptr;
    QCheckBox *m_overview = nullptr;
    ChainPtr m_chain;
    bool m_kindsTouched = false; // the user chose the shown kinds: keep them across loads
    QVBoxLayout *m_familiesLayout = nullptr;
    QHash<QString, QCheckBox *> m_familyBoxes;
    QStringList m_familyOrder;
    QHash<int, QCheckBox *> m_kindBoxes;
    QComboBox *m_rankDir = nullptr;
    QComboBox *m_direction = nullptr;
    QSpinBox *m_depth = nullptr;
    QCheckBox *m_focus = nullptr;
};

} // namespace Seedline

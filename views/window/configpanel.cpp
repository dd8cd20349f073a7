// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configpanel.h"

#include "explanations.h"

#include "highlight/palette.h"
#include "itemmodels/scenariomodel.h"
#include "manifest/manifestloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Seedline {

namespace {

bool isBoolean(const QString &value)
{
    return value.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("False"), Qt::CaseInsensitive) == 0;
}

bool hasManifest(const Chain &chain)
{
    return !chain.configuration.isEmpty()
        || std::any_of(chain.sources.begin(), chain.sources.end(), [](const ChainSource &s) {
               return s.kind == ChainSource::Kind::Manifest || s.kind == ChainSource::Kind::Checkout;
           });
}

} // namespace

ConfigPanel::ConfigPanel(QWidget *parent)
    : QWidget(parent)
    , m_scenarios(new ScenarioModel(this))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    m_variablesBox = new QGroupBox(tr("Configuration (bootstrap.cfg)"), content);
    m_variablesLayout = new QFormLayout(m_variablesBox);
    layout->addWidget(m_variablesBox);

    m_scenariosBox = new QGroupBox(tr("Scenarios"), content);
    auto *scenarioLayout = new QVBoxLayout(m_scenariosBox);
    m_scenarioView = new QListView(m_scenariosBox);
    m_scenarioView->setObjectName(QStringLiteral("scenarioList"));
    m_scenarioView->setModel(m_scenarios);
    m_scenarioView->setMaximumHeight(80);
    Explanations::explain(m_scenarioView);
    scenarioLayout->addWidget(m_scenarioView);
    layout->addWidget(m_scenariosBox);
    connect(m_scenarios, &ScenarioModel::enabledChanged, this, &ConfigPanel::scenariosChanged);

    auto *foldBox = new QGroupBox(tr("Folding"), content);
    auto *foldLayout = new QVBoxLayout(foldBox);
    m_overview = new QCheckBox(tr("Overview (fold look-alike runs)"), foldBox);
    m_overview->setObjectName(QStringLiteral("foldRuns"));
    m_overview->setChecked(true);
    Explanations::explain(m_overview);
    foldLayout->addWidget(m_overview);
    m_collapse = new QCheckBox(tr("Fold version series"), foldBox);
    m_collapse->setObjectName(QStringLiteral("collapseSeries"));
    Explanations::explain(m_collapse);
    foldLayout->addWidget(m_collapse);
    auto *unfold = new QPushButton(tr("Unfold All"), foldBox);
    unfold->setObjectName(QStringLiteral("unfoldAll"));
    Explanations::explain(unfold);
    foldLayout->addWidget(unfold);
    layout->addWidget(foldBox);
    connect(m_collapse, &QCheckBox::toggled, this, &ConfigPanel::foldingChanged);
    connect(m_overview, &QCheckBox::toggled, this, &ConfigPanel::foldingChanged);
    connect(unfold, &QPushButton::clicked, this, &ConfigPanel::unfoldAllRequested);

    auto *familiesBox = new QGroupBox(tr("Highlighted families"), content);
    m_familiesLayout = new QVBoxLayout(familiesBox);
    layout->addWidget(familiesBox);

    auto *kindsBox = new QGroupBox(tr("Edges shown"), content);
    auto *kindsLayout = new QVBoxLayout(kindsBox);
    for (RequirementKind kind : allRequirementKinds) {
        auto *box = new QCheckBox(requirementKindName(kind), kindsBox);
        box->setObjectName(QStringLiteral("edgeKind_") + requirementKindName(kind));
        box->setChecked(true);
        Explanations::explain(box, Explanations::edgeKindToolTip(kind), Explanations::edgeKindWhatsThis(kind));
        kindsLayout->addWidget(box);
        m_kindBoxes.insert(int(kind), box);
        connect(box, &QCheckBox::toggled, this, &ConfigPanel::highlightOptionsChanged);
        connect(box, &QCheckBox::clicked, this, [this] { m_kindsTouched = true; });
    }
    layout->addWidget(kindsBox);

    auto *viewBox = new QGroupBox(tr("Layout and selection"), content);
    auto *viewLayout = new QFormLayout(viewBox);
    m_rankDir = new QComboBox(viewBox);
    m_rankDir->setObjectName(QStringLiteral("rankDir"));
    m_rankDir->addItem(tr("Top to bottom"), int(LayoutGraph::TopToBottom));
    m_rankDir->addItem(tr("Left to right"), int(LayoutGraph::LeftToRight));
    Explanations::explain(m_rankDir);
    viewLayout->addRow(tr("Direction:"), m_rankDir);
    m_direction = new QComboBox(viewBox);
    m_direction->setObjectName(QStringLiteral("selectionDirection"));
    m_direction->addItem(tr("What it needs"), int(HighlightOptions::Needs));
    m_direction->addItem(tr("What needs it"), int(HighlightOptions::NeededBy));
    m_direction->addItem(tr("Both"), int(HighlightOptions::Both));
    m_direction->setCurrentIndex(2);
    Explanations::explain(m_direction);
    viewLayout->addRow(tr("Selection shows:"), m_direction);
    m_depth = new QSpinBox(viewBox);
    m_depth->setObjectName(QStringLiteral("selectionDepth"));
    m_depth->setRange(0, 999);
    m_depth->setSpecialValueText(tr("unlimited"));
    m_depth->setValue(0);
    Explanations::explain(m_depth);
    viewLayout->addRow(tr("Depth:"), m_depth);
    m_focus = new QCheckBox(tr("Focus on the neighbourhood"), viewBox);
    m_focus->setObjectName(QStringLiteral("focusMode"));
    Explanations::explain(m_focus);
    viewLayout->addRow(m_focus);
    layout->addWidget(viewBox);
    layout->addStretch(1);

    connect(m_rankDir, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT rankDirChanged(rankDir()); });
    connect(m_direction, &QComboBox::currentIndexChanged, this, &ConfigPanel::highlightOptionsChanged);
    connect(m_depth, &QSpinBox::valueChanged, this, &ConfigPanel::highlightOptionsChanged);
    connect(m_focus, &QCheckBox::toggled, this, &ConfigPanel::highlightOptionsChanged);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    rebuildFamilies({});
}

void ConfigPanel::setChain(const ChainPtr &loaded, const QMap<QString, QString> &config,
                           const QSet<QString> &enabledScenarios)
{
    rebuildVariables(loaded, config);
    m_scenarios->setScenarios(loaded ? loaded->scenarios : QVector<Scenario>(), enabledScenarios);
    m_scenarioView->setVisible(m_scenarios->rowCount() > 0);
    m_scenariosBox->setTitle(m_scenarios->rowCount() > 0 ? tr("Scenarios") : tr("Scenarios (none in these inputs)"));
    rebuildFamilies(loaded);
    m_chain = loaded;
    if (!m_kindsTouched)
        applyDefaultKinds();
}

void ConfigPanel::applyDefaultKinds()
{
    // In a build order, script order and "built with the current compiler" are everywhere: the
    // analysis follows them, the picture leaves them out unless asked (or for the selection).
    const bool ordered = m_chain && hasBuildOrder(*m_chain);
    for (auto it = m_kindBoxes.cbegin(); it != m_kindBoxes.cend(); ++it) {
        const auto kind = RequirementKind(it.key());
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(!ordered || (kind != RequirementKind::Sequence && kind != RequirementKind::Toolchain));
    }
}

InputView ConfigPanel::inputView() const
{
    InputView v;
    v.overview = m_overview->isChecked();
    v.series = m_collapse->isChecked();
    HighlightOptions h;
    applyTo(h);
    v.families = h.families;
    if (m_kindsTouched)
        v.edgeKinds = int(h.shownEdgeKinds.toInt());
    v.rankDir = int(rankDir());
    v.direction = int(h.direction);
    v.depth = m_depth->value();
    return v;
}

void ConfigPanel::setInputView(const InputView &view)
{
    const QSignalBlocker a(m_overview), b(m_collapse), c(m_rankDir), d(m_direction), e(m_depth);
    m_overview->setChecked(view.overview);
    m_collapse->setChecked(view.series);
    for (auto it = m_familyBoxes.cbegin(); it != m_familyBoxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(view.families.contains(it.key()));
    }
    m_kindsTouched = view.edgeKinds.has_value();
    if (view.edgeKinds) {
        const RequirementKinds kinds = RequirementKinds::fromInt(*view.edgeKinds);
        for (auto it = m_kindBoxes.cbegin(); it != m_kindBoxes.cend(); ++it) {
            const QSignalBlocker blocker(it.value());
            it.value()->setChecked(kinds.testFlag(RequirementKind(it.key())));
        }
    } else {
        applyDefaultKinds();
    }
    const int rank = m_rankDir->findData(view.rankDir);
    m_rankDir->setCurrentIndex(rank >= 0 ? rank : 0);
    const int direction = m_direction->findData(view.direction);
    m_direction->setCurrentIndex(direction >= 0 ? direction : m_direction->findData(int(HighlightOptions::Both)));
    m_depth->setValue(std::clamp(view.depth, m_depth->minimum(), m_depth->maximum()));
}

void ConfigPanel::applyTo(FoldOptions &options) const
{
    options.runs = m_overview->isChecked();
    options.series = m_collapse->isChecked();
}

void ConfigPanel::setFolding(bool overview, bool series)
{
    const QSignalBlocker a(m_overview), b(m_collapse);
    m_overview->setChecked(overview);
    m_collapse->setChecked(series);
}

void ConfigPanel::rebuildVariables(const ChainPtr &loaded, const QMap<QString, QString> &config)
{
    while (m_variablesLayout->rowCount() > 0)
        m_variablesLayout->removeRow(0);
    m_variableEditors.clear();
    const bool show = loaded && hasManifest(*loaded);
    m_variablesBox->setVisible(show);
    if (!show)
        return;
    const QMap<QString, QString> effective = effectiveConfiguration(config);
    for (const ManifestVariable &variable : manifestVariables()) {
        const QString value = effective.value(variable.name, variable.defaultValue);
        QWidget *editor = nullptr;
        const QString name = variable.name;
        if (isBoolean(variable.defaultValue)) {
            auto *box = new QCheckBox(name, m_variablesBox);
            box->setChecked(value.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0);
            connect(box, &QCheckBox::toggled, this, [this, name](bool on) {
                Q_EMIT configValueChanged(name, on ? QStringLiteral("True") : QStringLiteral("False"));
            });
            editor = box;
            m_variablesLayout->addRow(box);
        } else {
            auto *edit = new QLineEdit(value, m_variablesBox);
            connect(edit, &QLineEdit::editingFinished, this, [this, name, edit] {
                Q_EMIT configValueChanged(name, edit->text().trimmed());
            });
            editor = edit;
            m_variablesLayout->addRow(name, edit);
        }
        editor->setObjectName(QStringLiteral("config_") + name);
        editor->setToolTip(variable.description);
        m_variableEditors.insert(name, editor);
    }
}

void ConfigPanel::rebuildFamilies(const ChainPtr &loaded)
{
    QSet<QString> checked;
    for (auto it = m_familyBoxes.cbegin(); it != m_familyBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            checked.insert(it.key());
    }
    const QStringList known = m_familyOrder;
    QStringList families{QStringLiteral("python"), QStringLiteral("rust")};
    if (loaded) {
        QStringList others;
        for (const Step &step : loaded->steps) {
            for (const QString &family : step.families) {
                if (!families.contains(family) && !others.contains(family))
                    others << family;
            }
        }
        others.sort();
        families += others;
    }
    if (families == m_familyOrder)
        return;
    qDeleteAll(m_familyBoxes);
    m_familyBoxes.clear();
    m_familyOrder = families;
    for (const QString &family : families) {
        auto *box = new QCheckBox(Palette::familyDisplayName(family));
        box->setObjectName(QStringLiteral("family_") + family);
        const QString name = Palette::familyDisplayName(family);
        Explanations::explain(box, Explanations::familyToolTip(family, name), Explanations::familyWhatsThis(family, name));
        const bool defaultOn = family == QLatin1String("python") || family == QLatin1String("rust");
        box->setChecked(known.contains(family) ? checked.contains(family) : defaultOn);
        QPixmap swatch(12, 12);
        swatch.fill(Palette().familyColor(family));
        box->setIcon(QIcon(swatch));
        m_familiesLayout->addWidget(box);
        m_familyBoxes.insert(family, box);
        connect(box, &QCheckBox::toggled, this, &ConfigPanel::highlightOptionsChanged);
    }
}

void ConfigPanel::applyTo(HighlightOptions &options) const
{
    options.families.clear();
    for (const QString &family : m_familyOrder) {
        if (m_familyBoxes.value(family) && m_familyBoxes.value(family)->isChecked())
            options.families << family;
    }
    options.hiddenFamilies.clear();
    RequirementKinds kinds;
    for (auto it = m_kindBoxes.cbegin(); it != m_kindBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            kinds |= RequirementKind(it.key());
    }
    options.shownEdgeKinds = kinds;
    options.direction = HighlightOptions::Direction(m_direction->currentData().toInt());
    options.depth = m_depth->value() == 0 ? -1 : m_depth->value();
    options.focus = m_focus->isChecked();
}

LayoutGraph::RankDir ConfigPanel::rankDir() const
{
    return LayoutGraph::RankDir(m_rankDir->currentData().toInt());
}

void ConfigPanel::setRankDir(LayoutGraph::RankDir rankDir)
{
    m_rankDir->setCurrentIndex(m_rankDir->findData(int(rankDir)));
}

void ConfigPanel::setFocusMode(bool focus)
{
    m_focus->setChecked(focus);
}

bool ConfigPanel::focusMode() const
{
    return m_focus->isChecked();
}

} // namespace Seedline

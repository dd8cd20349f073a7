// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requirement.h"

#include <QString>

class QWidget;

namespace Seedline::Explanations {

// The plain words the window uses to explain its controls: a short tooltip and a longer
// What's This text (rich text) for each edge kind, each family and each view option. The meanings
// are those of models/core/requirement.h and docs/chain-format.md.
QString edgeKindToolTip(RequirementKind kind);
QString edgeKindWhatsThis(RequirementKind kind);
QString familyToolTip(const QString &family, const QString &displayName);
QString familyWhatsThis(const QString &family, const QString &displayName);

// View options by the object name of their control ("focusMode", "selectionDepth", ...); empty for
// a name it does not know.
QString optionToolTip(const QString &objectName);
QString optionWhatsThis(const QString &objectName);

// Sets both on a widget from its object name (the option texts above).
void explain(QWidget *widget);
// Sets a tooltip and a What's This text: the tooltip, then the longer text.
void explain(QWidget *widget, const QString &toolTip, const QString &whatsThis);

} // namespace Seedline::Explanations

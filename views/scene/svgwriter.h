// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Seedline {

// The id attribute of a step's <g> in SVG exports: "step-" + the step id with every character
// outside [A-Za-z0-9.-] written as _XX_ (its hexadecimal code point): "python-2.0.1#2" becomes
// "step-python-2.0.1_23_2".
QString svgStepId(const QString &stepId);

// Longest side of the SVG's width/height attributes (the viewBox keeps every coordinate).
inline constexpr int svgMaximumSide = 1920;

} // namespace Seedline

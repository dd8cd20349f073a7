// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Seedline::Cli {

// `seedline frames --play [--from STEP] [--to STEP] [--tour NAME] [--size WxH] [--format svg|png]
// -o DIR [FILE|DIR...]`: one numbered picture per build (or per tour stop), the current step
// marked and the environment listed (docs/teaching.md). arguments[0] is the program, arguments[1]
// "frames".
int runFramesPlay(const QStringList &arguments);
QString framesPlayUsage();

} // namespace Seedline::Cli

// SPDX-FileCopyrightText: 2026 Seedline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace Seedline {

// The threads Seedline's own background work (loading, deriving, laying out, drawing pictures)
// runs on: not Qt's global pool, which Qt's raster paint engine uses to fill large areas in
// parallel on the GUI thread's behalf. With our long jobs holding every global thread, a repaint
// waited for one (215 ms on the Debian graph, blocked on a semaphore).
QThreadPool *backgroundPool();

} // namespace Seedline

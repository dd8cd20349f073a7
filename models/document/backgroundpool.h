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

// Called first by every job on backgroundPool(): the thread runs at a lower priority (nice 10 on
// Linux) so that on a machine with as many busy jobs as cores the GUI thread is still scheduled
// at once (it waited 160 ms, runnable, behind a layout and a picture on two cores).
void enterBackgroundThread();

} // namespace Seedline

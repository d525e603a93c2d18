// SPDX-License-Identifier: GPL-2.0-or-later
// The post-mortem engine wired into the live OOM watcher: core/kernlog rebuilds the OomEvent
// from the kernel's lines, core/analysis names the cause.
#pragma once

#include "record/OomWatcher.h"

namespace oomlens::ui {

OomWatcher::Analyzer liveAnalyzer();
OomWatcher::Diagnoser liveDiagnoser();

} // namespace oomlens::ui

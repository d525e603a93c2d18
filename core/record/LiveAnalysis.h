// SPDX-License-Identifier: GPL-2.0-or-later
// The post-mortem engine wired into the live OOM watcher: core/kernlog rebuilds the OomEvent
// from the kernel's lines, core/analysis names the cause.
#pragma once

#include "OomWatcher.h"

namespace oomlens {

OomWatcher::Analyzer defaultOomAnalyzer();
OomWatcher::Diagnoser defaultOomDiagnoser();

} // namespace oomlens

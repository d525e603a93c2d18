// SPDX-License-Identifier: GPL-2.0-or-later
#include "LiveAnalysis.h"

namespace oomlens::ui {

// Until branch kernlog lands: no analysis (the counters still announce kills).
OomWatcher::Analyzer liveAnalyzer() {
    return {};
}
OomWatcher::Diagnoser liveDiagnoser() {
    return {};
}

} // namespace oomlens::ui

// SPDX-License-Identifier: GPL-2.0-or-later
// WhatGrew: the cgroups and processes whose memory rose most between two recorded states (the
// replay's "what grew" chart beside a kill: the window before the kill against the kill).
// Processes are matched by pid AND start time (a reused pid is another process); a process that
// started inside the window grew from 0. Cgroups are matched by path.
#pragma once

#include "model/Snapshot.h"

#include <QList>
#include <QString>

namespace oomlens::rec {

struct Growth {
    QString name; // cgroup path, or "comm (pid)"
    qint64 before = 0;
    qint64 after = 0;
    qint64 delta() const { return after - before; }
};

struct WhatGrew {
    QList<Growth> cgroups;   // usage (memory.usage_in_bytes / memory.current), largest rise first
    QList<Growth> processes; // rss, largest rise first
};

WhatGrew whatGrew(const Snapshot &before, const Snapshot &after, int top = 8);

} // namespace oomlens::rec

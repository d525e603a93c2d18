// SPDX-License-Identifier: GPL-2.0-or-later
#include "WhatGrew.h"

#include <QHash>

#include <algorithm>

namespace oomlens::rec {

namespace {
void keepTop(QList<Growth> &list, int top) {
    list.removeIf([](const Growth &g) { return g.delta() <= 0; });
    std::stable_sort(list.begin(), list.end(), [](const Growth &a, const Growth &b) { return a.delta() > b.delta(); });
    if (list.size() > top) list.resize(top);
}
} // namespace

WhatGrew whatGrew(const Snapshot &before, const Snapshot &after, int top) {
    WhatGrew out;
    QHash<QString, qint64> cgroupBefore;
    for (const Cgroup &c : before.cgroups)
        if (c.usage) cgroupBefore.insert(c.path, qint64(*c.usage));
    for (const Cgroup &c : after.cgroups) {
        // The root's usage is the whole machine: it rises with everything and says nothing.
        if (!c.usage || c.path == QLatin1String("/")) continue;
        out.cgroups.append({c.path, cgroupBefore.value(c.path, 0), qint64(*c.usage)});
    }
    QHash<int, const Process *> processBefore;
    for (const Process &p : before.processes)
        processBefore.insert(p.pid, &p);
    for (const Process &p : after.processes) {
        if (!p.rss) continue;
        const Process *old = processBefore.value(p.pid);
        const qint64 was = old && old->startTime == p.startTime ? qint64(old->rss.value_or(0)) : 0;
        out.processes.append({QStringLiteral("%1 (%2)").arg(p.comm).arg(p.pid), was, qint64(*p.rss)});
    }
    keepTop(out.cgroups, top);
    keepTop(out.processes, top);
    return out;
}

} // namespace oomlens::rec

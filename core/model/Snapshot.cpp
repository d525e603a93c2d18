#include "Snapshot.h"

#include <algorithm>

namespace oomlens {

const Process *Snapshot::process(int pid) const {
    // processes is sorted by pid (SnapshotReader guarantees it).
    const auto it = std::lower_bound(processes.cbegin(), processes.cend(), pid,
                                     [](const Process &p, int value) { return p.pid < value; });
    return it != processes.cend() && it->pid == pid ? &*it : nullptr;
}

int Snapshot::cgroupIndex(const QString &path) const {
    for (qsizetype i = 0; i < cgroups.size(); ++i) {
        if (cgroups[i].path == path) return int(i);
    }
    return -1;
}

void Snapshot::addProblem(QString file, int line, QString reason, bool marksPartial) {
    problems.append({std::move(file), line, std::move(reason)});
    partial = partial || marksPartial;
}

} // namespace oomlens

#include "Snapshot.h"

#include "Printable.h"

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

namespace {
// A problem line stays one readable line: a path is never longer than PATH_MAX (4096) and a
// reason quotes at most a token or two.
constexpr qsizetype kMaxProblemFileChars = 4096;
constexpr qsizetype kMaxProblemReasonChars = 1000;
} // namespace

void Snapshot::addProblem(QString file, int line, QString reason, bool marksPartial) {
    // Both may quote the input (a file name from an archive, a token of a kernel file).
    problems.append({printable(file, kMaxProblemFileChars), line, printable(reason, kMaxProblemReasonChars)});
    partial = partial || marksPartial;
}

} // namespace oomlens

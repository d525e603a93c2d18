// /proc/<pid>/stat: one line, "pid (comm) state ppid ..." (52 fields on 6.x, fewer on old kernels).
//
// Kernel: fs/proc/array.c do_task_stat(). comm is the raw task name (<= 15 bytes) and may contain
// spaces and parentheses, so it is the text between the FIRST '(' and the LAST ')'. Sample:
//     1234 (my (weird) proc) S 1 1234 1234 0 -1 4194560 118 0 0 0 0 0 0 0 20 0 1 0 4321 ...
// Field numbers (1-based, proc(5)): 3 state, 4 ppid, 20 num_threads, 22 starttime (clock ticks
// since boot), 23 vsize (bytes), 24 rss (pages).
#pragma once

#include "ParseResult.h"

#include <QByteArrayView>

namespace oomlens {

struct PidStat {
    int pid = 0;
    QString comm;
    char state = '?';
    int ppid = 0;
    std::optional<qint64> numThreads; // field 20
    std::optional<quint64> startTime; // field 22
    std::optional<quint64> vsize;     // field 23, bytes
    std::optional<quint64> rssPages;  // field 24
};

ParseResult<PidStat> parsePidStat(QByteArrayView text);

} // namespace oomlens

// /proc/<pid>/status: "Name:\tvalue" lines (hand-made fixtures use spaces).
//
// Kernel: fs/proc/array.c proc_pid_status(), task_mem() in fs/proc/task_mmu.c (memory lines in
// kB, absent for kernel threads and zombies). Sample:
//     Name:	bash
//     State:	S (sleeping)
//     PPid:	1
//     Uid:	0	0	0	0
//     VmRSS:	    3540 kB
//     RssAnon:	     420 kB
//     RssFile:	    3120 kB
//     RssShmem:	       0 kB
//     VmPTE:	      52 kB
//     VmSwap:	       0 kB
// Only the lines the snapshot needs are extracted (the file has ~55 lines; 2,000 processes).
#pragma once

#include "ParseResult.h"

#include <QByteArrayView>

namespace oomlens {

struct PidStatus {
    QString name;            // escaped by the kernel (\n, \\), unlike stat's raw comm
    std::optional<uint> uid; // real uid
    std::optional<int> ppid;
    std::optional<quint64> vmRss, rssAnon, rssFile, rssShmem, vmSwap, vmPte; // bytes
    std::optional<bool> kthread;                                             // "Kthread:" (recent 6.x)
};

ParseResult<PidStatus> parsePidStatus(QByteArrayView text);

} // namespace oomlens

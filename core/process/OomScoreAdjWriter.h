// SPDX-License-Identifier: GPL-2.0-or-later
// Sets /proc/<pid>/oom_score_adj: first with this program's own rights, and only when the kernel
// answers EACCES/EPERM through the privileged helper (a HelperLauncher, pkexec in production).
//
// Kernel rules (fs/proc/base.c __set_oom_adj(), oom_score_adj_write()):
// - the file is 0644 owned by the target's uid: another user's process → EACCES at open();
// - a value below signal->oom_score_adj_min needs CAP_SYS_RESOURCE → EACCES at write();
//   oom_score_adj_min is inherited and only moves when a CAP_SYS_RESOURCE holder writes, so an
//   owner may go back down to it (normally 0) but not below;
// - outside [-1000, 1000] → EINVAL.
// Raising one's own process therefore needs no helper; protecting (negative values) does.
#pragma once

#include "HelperLauncher.h"
#include "OomScoreAdjOutcome.h"

#include <memory>
#include <optional>

namespace oomlens {

class OomScoreAdjWriter {
public:
    // launcher may be null: then EACCES/EPERM is reported as HelperUnavailable.
    explicit OomScoreAdjWriter(std::shared_ptr<HelperLauncher> launcher,
                               QString procRoot = QStringLiteral("/proc"));

    // Checks the start time, writes, re-reads. Blocking (the helper may wait for a password):
    // call it off the GUI thread. Thread-safe as long as the launcher is.
    OomScoreAdjOutcome write(const OomScoreAdjRequest &request) const;

    // Field 22 of <procRoot>/<pid>/stat; nullopt if the process is gone or the file is malformed.
    std::optional<quint64> readStartTime(qint64 pid) const;
    // <procRoot>/<pid>/oom_score_adj; nullopt if gone or malformed.
    std::optional<int> readValue(qint64 pid) const;

private:
    std::shared_ptr<HelperLauncher> m_launcher;
    QString m_procRoot;
};

} // namespace oomlens

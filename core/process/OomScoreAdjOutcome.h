// SPDX-License-Identifier: GPL-2.0-or-later
// The typed result of one attempt to set /proc/<pid>/oom_score_adj, and the mapping from the
// helper's reply (app/oomlens-helper/README.md, "Results") and pkexec's exit codes onto it.
#pragma once

#include "HelperLauncher.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace oomlens {

struct OomScoreAdjRequest {
    qint64 pid = 0;
    quint64 startTime = 0; // field 22 of /proc/<pid>/stat as the caller saw it
    int value = 0;         // [-1000, 1000]
};

struct OomScoreAdjOutcome {
    enum class Status {
        Done,          // written; currentValue was re-read from the kernel afterwards
        Cancelled,     // the person dismissed the authentication dialog (pkexec 126)
        NotAuthorised, // polkit said no / no agent (pkexec 127), or the helper said not_authorised
        Refused,       // see refusal
    };
    enum class Refusal {
        None,
        InvalidRequest,    // value outside [-1000, 1000] or a malformed request
        NoSuchProcess,     // the process exited (gone, or a zombie)
        PidReused,         // the pid now names another process (start time differs)
        NotUserProcess,    // kernel thread (PF_KTHREAD): never an OOM victim
        KernelRefused,     // the kernel refused the write: errnoName says why
        HelperUnavailable, // helper not installed, pkexec missing, or it could not start
        HelperFailed,      // the helper crashed, timed out or reported an unexpected error
        Unexpected,        // an unexpected I/O failure here (detail and errnoName say which)
    };

    Status status = Status::Refused;
    Refusal refusal = Refusal::None;
    QString errnoName;               // "EACCES", "EINVAL", ... when the kernel refused
    std::optional<int> oldValue;     // before the attempt, when known
    std::optional<int> currentValue; // re-read from the kernel after the attempt; absent if gone
    bool viaHelper = false;          // the privileged helper was used
    QString detail;                  // one line of plain English (CLI, logs); the UI translates

    bool done() const { return status == Status::Done; }
    // A one-line English reason, e.g. "kernel refused (EACCES): values below the process's floor
    // need CAP_SYS_RESOURCE". Empty for Done.
    QString reason() const;
};

// Interprets one helper run (through pkexec or direct) as an outcome (without currentValue).
OomScoreAdjOutcome outcomeFromHelper(const HelperLaunch &launch);

} // namespace oomlens

// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's request and result vocabulary, as pure functions: no I/O, no Qt, no globals.
// main.cpp does the I/O; tests/helper/tst_helper_request.cpp compiles this unit too.
//
// Request grammar (argv after the program name; exactly three arguments, nothing else):
//
//   PID       = NZDIGIT *6DIGIT                  ; 1..9999999, then 1 <= PID <= pid_max
//   STARTTIME = "0" / NZDIGIT *19DIGIT           ; unsigned 64-bit, no overflow
//   VALUE     = "0" / ["-"] NZDIGIT *3DIGIT      ; -1000..1000
//   DIGIT     = %x30-39  (ASCII only)   NZDIGIT = %x31-39
//
// So: no '+', no "-0", no leading zeros, no whitespace, no hex, no non-ASCII digits, no paths
// ("self", "1/../2"), no empty argument; an argument longer than its maximum is refused before
// any arithmetic, so nothing can overflow.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace oomlens::helper {

// The kernel's own bounds: include/uapi/linux/oom.h OOM_SCORE_ADJ_MIN / OOM_SCORE_ADJ_MAX,
// include/linux/threads.h PID_MAX_LIMIT (4 * 1024 * 1024 on 64-bit).
inline constexpr int kOomScoreAdjMin = -1000;
inline constexpr int kOomScoreAdjMax = 1000;
inline constexpr std::int64_t kPidMaxLimit = 4 * 1024 * 1024;
// PF_KTHREAD from include/linux/sched.h; /proc/<pid>/stat field 9 prints task->flags.
inline constexpr std::uint64_t kPfKthread = 0x00200000;

// Every outcome, its stdout word and its exit code. Codes 126/127 are left to pkexec.
enum class Result : int {
    Ok = 0,             // value written and read back equal
    Error = 1,          // unexpected I/O failure (reason and errno on the line)
    BadRequest = 2,     // arguments do not match the grammar
    NoSuchProcess = 3,  // /proc/<pid> absent, a zombie, or the process exited meanwhile
    PidReused = 4,      // start time differs: the pid now names another process
    NotUserProcess = 5, // kernel thread (PF_KTHREAD)
    KernelRefused = 6,  // the write failed; errno names why (EACCES: below the floor)
    NotAuthorised = 7,  // not run as root through pkexec (or PKEXEC_UID malformed)
};

const char *resultName(Result r);
inline int exitCode(Result r) {
    return static_cast<int>(r);
}

struct Request {
    int pid = 0;
    std::uint64_t startTime = 0;
    int value = 0;
};

struct ParsedRequest {
    std::optional<Request> request; // set when valid
    const char *reason = nullptr;   // machine word when invalid, e.g. "value_out_of_range"
};

// argc/argv as main() receives them (argv[0] is the program). pidMax is the running
// kernel's /proc/sys/kernel/pid_max (capped at kPidMaxLimit by the caller).
ParsedRequest parseRequest(int argc, const char *const *argv, std::int64_t pidMax);

// Strict unsigned decimal: "0" or no leading zero, ASCII digits only, at most maxDigits
// digits, value <= maxValue. nullopt otherwise.
std::optional<std::uint64_t> parseUnsigned(std::string_view text, std::size_t maxDigits,
                                           std::uint64_t maxValue);

// Strict VALUE per the grammar above.
std::optional<int> parseOomScoreAdj(std::string_view text);

// PKEXEC_UID as pkexec sets it: a uid in [0, 4294967294] (uid_t -1 is "no user").
std::optional<std::uint32_t> parseUid(std::string_view text);

// What the helper needs from /proc/<pid>/stat (fs/proc/array.c do_task_stat()):
//   "pid (comm) S ppid pgrp session tty tpgid flags ... starttime ..."
// comm may hold spaces and ')', so the fields start after the LAST ')'.
struct StatFields {
    std::string comm;
    char state = '?';            // field 3: 'Z' zombie, 'X' dead
    std::uint64_t flags = 0;     // field 9
    std::uint64_t startTime = 0; // field 22, clock ticks since boot
};
std::optional<StatFields> parseStat(std::string_view stat);

// The value /proc/<pid>/oom_score_adj prints: "%d\n" (fs/proc/base.c oom_score_adj_read()).
// Accepts what the kernel writes ("-0" never occurs), i.e. parseOomScoreAdj plus one '\n'.
std::optional<int> parseOomScoreAdjFile(std::string_view text);

// comm is chosen by the target process: make it safe for one log line (printable ASCII only).
std::string sanitizeForLog(std::string_view text);

} // namespace oomlens::helper

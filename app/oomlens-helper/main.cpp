// SPDX-License-Identifier: GPL-2.0-or-later
// oomlens-helper: sets oom_score_adj of one process, run as root through pkexec.
// Usage: oomlens-helper PID STARTTIME VALUE. The request, the results and the reasoning are in
// README.md beside this file; the grammar and the pure parsing are in request.h.
//
// Everything about the target goes through ONE directory fd on /proc/<pid>: that fd is bound to
// the process (its struct pid), not to the number, so once the start time read through it has
// matched, every later openat() on it reaches the same process or fails with ESRCH.
#include "request.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <linux/magic.h>
#include <string>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <syslog.h>
#include <unistd.h>

using namespace oomlens::helper;

namespace {

// A privileged program must not start with 0, 1 or 2 closed: its first open() would get that
// number and a later printf() would write into, say, oom_score_adj.
void ensureStandardFds() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            if (open("/dev/null", O_RDWR | O_CLOEXEC) != fd) _exit(exitCode(Result::Error));
        }
    }
}

const char *errnoName(int err) {
    const char *name = strerrorname_np(err);
    return name ? name : "EUNKNOWN";
}

// Prints the one result line and returns the exit code.
__attribute__((format(printf, 2, 3))) int report(Result result, const char *fmt, ...) {
    std::printf("result=%s", resultName(result));
    if (fmt && *fmt) {
        std::putchar(' ');
        va_list ap;
        va_start(ap, fmt);
        std::vprintf(fmt, ap);
        va_end(ap);
    }
    std::putchar('\n');
    std::fflush(stdout);
    return exitCode(result);
}

// Reads a small /proc file through a dir fd. Returns false with errno set on failure.
bool readAt(int dirFd, const char *name, std::string &out) {
    const int fd = openat(dirFd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    char buf[4096];
    const ssize_t n = read(fd, buf, sizeof buf);
    const int saved = errno;
    close(fd);
    if (n < 0) {
        errno = saved;
        return false;
    }
    out.assign(buf, static_cast<size_t>(n));
    return true;
}

std::int64_t runningPidMax() {
    std::string text;
    const int fd = open("/proc/sys/kernel/pid_max", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        char buf[32];
        const ssize_t n = read(fd, buf, sizeof buf);
        close(fd);
        if (n > 0) text.assign(buf, static_cast<size_t>(n));
    }
    if (!text.empty() && text.back() == '\n') text.pop_back();
    const auto value = parseUnsigned(text, 7, static_cast<std::uint64_t>(kPidMaxLimit));
    return value ? static_cast<std::int64_t>(*value) : kPidMaxLimit;
}

bool gone(int err) {
    return err == ESRCH || err == ENOENT;
}

// Reads oom_score_adj from offset 0 of an open fd (the kernel ignores the write offset but
// honours the read offset, fs/proc/base.c oom_score_adj_read()).
bool readAdj(int fd, int &value) {
    char buf[16];
    const ssize_t n = pread(fd, buf, sizeof buf, 0);
    if (n <= 0) return false;
    const auto parsed = parseOomScoreAdjFile(std::string_view(buf, static_cast<size_t>(n)));
    if (!parsed) return false;
    value = *parsed;
    return true;
}

} // namespace

int main(int argc, char **argv) {
    ensureStandardFds();
    umask(077);
    // We never exec anything; make sure nothing we might run could gain privileges either.
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);

    // The environment belongs to the caller. Keep only PKEXEC_UID (set by pkexec, which has
    // already cleared the rest), then drop everything so no library consults TZ, LANG & co.
    const char *pkexecUidText = getenv("PKEXEC_UID");
    const std::optional<std::uint32_t> pkexecUid = pkexecUidText ? parseUid(pkexecUidText) : std::nullopt;
    const bool pkexecUidMalformed = pkexecUidText && !pkexecUid;
    clearenv();

    openlog("oomlens-helper", LOG_PID, LOG_AUTHPRIV);

    // Authorisation is polkit's decision (auth_admin_keep) before pkexec starts us as root.
    // We only insist that we really are root: run unprivileged we could do nothing the caller
    // cannot do, and a PKEXEC_UID we did not get from pkexec is not evidence of anything.
    if (getuid() != 0 || geteuid() != 0) return report(Result::NotAuthorised, "reason=not_root");
    if (pkexecUidMalformed) return report(Result::NotAuthorised, "reason=malformed_pkexec_uid");
    const long callerUid = pkexecUid ? static_cast<long>(*pkexecUid) : 0L;

    const ParsedRequest parsed = parseRequest(argc, argv, runningPidMax());
    if (!parsed.request) return report(Result::BadRequest, "reason=%s", parsed.reason);
    const Request req = *parsed.request;

    // The path is printed from the validated integer, never taken from argv.
    char path[32];
    std::snprintf(path, sizeof path, "/proc/%d", req.pid);
    const int dirFd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dirFd < 0) {
        if (gone(errno)) return report(Result::NoSuchProcess, "pid=%d", req.pid);
        return report(Result::Error, "pid=%d reason=open_proc_dir errno=%s", req.pid, errnoName(errno));
    }

    // The caller chooses our mount namespace: insist that this really is procfs.
    struct statfs fs;
    if (fstatfs(dirFd, &fs) != 0 || fs.f_type != PROC_SUPER_MAGIC)
        return report(Result::Error, "pid=%d reason=not_procfs", req.pid);

    std::string statText;
    if (!readAt(dirFd, "stat", statText)) {
        if (gone(errno)) return report(Result::NoSuchProcess, "pid=%d", req.pid);
        return report(Result::Error, "pid=%d reason=read_stat errno=%s", req.pid, errnoName(errno));
    }
    const auto stat = parseStat(statText);
    if (!stat) return report(Result::Error, "pid=%d reason=parse_stat", req.pid);
    if (stat->startTime != req.startTime) {
        return report(Result::PidReused, "pid=%d expected_start=%llu actual_start=%llu", req.pid,
                      static_cast<unsigned long long>(req.startTime),
                      static_cast<unsigned long long>(stat->startTime));
    }
    // Kernel threads are never OOM victims (mm/oom_kill.c oom_unkillable_task()): refuse them.
    // PF_KTHREAD is what makes one. An empty cmdline does not: a process inside execve() reads
    // as empty between exec_mmap() and create_elf_tables() (fs/binfmt_elf.c).
    if (stat->flags & kPfKthread)
        return report(Result::NotUserProcess, "pid=%d reason=kernel_thread", req.pid);
    // A zombie has exited; only its parent's wait() is missing.
    if (stat->state == 'Z' || stat->state == 'X')
        return report(Result::NoSuchProcess, "pid=%d reason=zombie", req.pid);

    const int adjFd = openat(dirFd, "oom_score_adj", O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (adjFd < 0) {
        if (gone(errno)) return report(Result::NoSuchProcess, "pid=%d", req.pid);
        return report(Result::KernelRefused, "pid=%d errno=%s step=open", req.pid, errnoName(errno));
    }
    int oldValue = 0;
    if (!readAdj(adjFd, oldValue)) return report(Result::Error, "pid=%d reason=read_old_value", req.pid);

    const std::string comm = sanitizeForLog(stat->comm);
    char buf[16];
    const int len = std::snprintf(buf, sizeof buf, "%d\n", req.value);
    const ssize_t written = pwrite(adjFd, buf, static_cast<size_t>(len), 0);
    if (written != len) {
        const int err = written < 0 ? errno : EIO; // a short write leaves errno untouched
        if (gone(err)) return report(Result::NoSuchProcess, "pid=%d", req.pid);
        syslog(LOG_WARNING, "refused: pid=%d comm=%s old=%d requested=%d uid=%ld errno=%s", req.pid,
               comm.c_str(), oldValue, req.value, callerUid, errnoName(err));
        return report(Result::KernelRefused, "pid=%d errno=%s old=%d requested=%d", req.pid, errnoName(err),
                      oldValue, req.value);
    }
    int newValue = 0;
    const bool reRead = readAdj(adjFd, newValue);
    close(adjFd);
    close(dirFd);
    syslog(LOG_NOTICE, "set oom_score_adj: pid=%d comm=%s old=%d new=%d uid=%ld", req.pid, comm.c_str(),
           oldValue, reRead ? newValue : req.value, callerUid);
    if (!reRead) return report(Result::Error, "pid=%d reason=read_back old=%d", req.pid, oldValue);
    if (newValue != req.value) {
        return report(Result::Error, "pid=%d reason=read_back_mismatch old=%d new=%d", req.pid, oldValue,
                      newValue);
    }
    return report(Result::Ok, "pid=%d old=%d new=%d", req.pid, oldValue, newValue);
}

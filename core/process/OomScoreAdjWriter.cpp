// SPDX-License-Identifier: GPL-2.0-or-later
#include "OomScoreAdjWriter.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace oomlens {

namespace {

// PF_KTHREAD, include/linux/sched.h; stat field 9 prints task->flags.
constexpr quint64 kPfKthread = 0x00200000;

class Fd {
public:
    explicit Fd(int fd)
        : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0) ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

QString errnoName(int err) {
    const char *name = strerrorname_np(err);
    return name ? QString::fromLatin1(name) : QStringLiteral("errno %1").arg(err);
}

bool isGone(int err) {
    return err == ESRCH || err == ENOENT;
}

// Reads a small /proc file through the process's directory fd; sets err on failure.
std::optional<QByteArray> readAt(int dirFd, const char *name, int &err) {
    const Fd fd(::openat(dirFd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd.valid()) {
        err = errno;
        return std::nullopt;
    }
    char buf[4096];
    const ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0) {
        err = errno;
        return std::nullopt;
    }
    return QByteArray(buf, static_cast<qsizetype>(n));
}

struct StatIdentity {
    char state = '?'; // field 3: 'Z' zombie, 'X' dead (fs/proc/array.c task_state_array)
    quint64 flags = 0;
    quint64 startTime = 0;
};

// fs/proc/array.c do_task_stat(): "pid (comm) state ppid ... flags(9) ... starttime(22) ...".
// comm may contain ')' and spaces, so fields are counted after the LAST ')'.
std::optional<StatIdentity> parseStatIdentity(const QByteArray &stat) {
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0) return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).trimmed().split(' '); // fields[0] = field 3
    if (fields.size() < 20) return std::nullopt;
    bool okFlags = false, okStart = false;
    if (fields.at(0).size() != 1) return std::nullopt;
    StatIdentity id{fields.at(0).at(0), fields.at(6).toULongLong(&okFlags),
                    fields.at(19).toULongLong(&okStart)};
    if (!okFlags || !okStart) return std::nullopt;
    return id;
}

std::optional<int> parseAdj(const std::optional<QByteArray> &bytes) {
    if (!bytes) return std::nullopt;
    bool ok = false;
    const int v = bytes->trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

OomScoreAdjOutcome refused(OomScoreAdjOutcome::Refusal why, QString detail = {}) {
    OomScoreAdjOutcome out;
    out.refusal = why;
    out.detail = std::move(detail);
    return out;
}

} // namespace

OomScoreAdjWriter::OomScoreAdjWriter(std::shared_ptr<HelperLauncher> launcher, QString procRoot)
    : m_launcher(std::move(launcher))
    , m_procRoot(std::move(procRoot)) {}

std::optional<quint64> OomScoreAdjWriter::readStartTime(qint64 pid) const {
    QFile f(QStringLiteral("%1/%2/stat").arg(m_procRoot).arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    const auto id = parseStatIdentity(f.read(4096));
    return id ? std::optional<quint64>(id->startTime) : std::nullopt;
}

std::optional<int> OomScoreAdjWriter::readValue(qint64 pid) const {
    QFile f(QStringLiteral("%1/%2/oom_score_adj").arg(m_procRoot).arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    return parseAdj(f.read(64));
}

OomScoreAdjOutcome OomScoreAdjWriter::write(const OomScoreAdjRequest &request) const {
    using R = OomScoreAdjOutcome::Refusal;
    if (request.value < -1000 || request.value > 1000)
        return refused(R::InvalidRequest,
                       QStringLiteral("value %1 outside [-1000, 1000]").arg(request.value));
    if (request.pid < 1)
        return refused(R::InvalidRequest, QStringLiteral("pid %1 is not a process").arg(request.pid));

    // One directory fd for everything: it stays bound to this process even if the pid is reused
    // (see app/oomlens-helper/README.md, "Why one directory fd").
    const QByteArray dirPath = QFile::encodeName(QStringLiteral("%1/%2").arg(m_procRoot).arg(request.pid));
    const Fd dir(::open(dirPath.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.valid()) {
        const int err = errno;
        if (isGone(err)) return refused(R::NoSuchProcess);
        OomScoreAdjOutcome out =
            refused(R::KernelRefused, QStringLiteral("cannot open %1").arg(QString::fromLocal8Bit(dirPath)));
        out.errnoName = errnoName(err);
        return out;
    }
    int err = 0;
    const auto stat = readAt(dir.get(), "stat", err);
    if (!stat) {
        if (isGone(err)) return refused(R::NoSuchProcess);
        OomScoreAdjOutcome out = refused(
            R::Unexpected, QStringLiteral("cannot read %1/stat").arg(QString::fromLocal8Bit(dirPath)));
        out.errnoName = errnoName(err);
        return out;
    }
    const auto id = parseStatIdentity(*stat);
    if (!id)
        return refused(R::Unexpected,
                       QStringLiteral("malformed %1/stat").arg(QString::fromLocal8Bit(dirPath)));
    if (id->startTime != request.startTime) return refused(R::PidReused);
    // Kernel threads are never OOM victims (mm/oom_kill.c oom_unkillable_task()). PF_KTHREAD is
    // what makes one; an empty cmdline does not: a process in the middle of execve() reads as
    // empty between exec_mmap() and create_elf_tables() (fs/binfmt_elf.c), which is exactly when
    // a parent that waited for the exec (QProcess::waitForStarted) first looks at it.
    if (id->flags & kPfKthread) {
        OomScoreAdjOutcome out = refused(R::NotUserProcess, QStringLiteral("kernel thread"));
        out.currentValue = parseAdj(readAt(dir.get(), "oom_score_adj", err));
        return out;
    }
    // A zombie has exited already; only its parent's wait() is missing.
    if (id->state == 'Z' || id->state == 'X')
        return refused(R::NoSuchProcess, QStringLiteral("the process exited (zombie, not yet reaped)"));

    OomScoreAdjOutcome out;
    out.oldValue = parseAdj(readAt(dir.get(), "oom_score_adj", err));
    const QByteArray text = QByteArray::number(request.value) + '\n';
    int writeErr = 0;
    {
        const Fd adj(::openat(dir.get(), "oom_score_adj", O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
        if (!adj.valid())
            writeErr = errno;
        else if (const ssize_t n = ::write(adj.get(), text.constData(), static_cast<size_t>(text.size()));
                 n != text.size())
            writeErr = n < 0 ? errno : EIO; // a short write leaves errno untouched
    }

    if (writeErr == EACCES || writeErr == EPERM) {
        // Our own rights do not suffice: ask the helper (pkexec → polkit → root).
        const std::optional<int> oldValue = out.oldValue;
        if (!m_launcher) {
            out = refused(R::HelperUnavailable, QStringLiteral("no privileged helper configured"));
        } else {
            out = outcomeFromHelper(
                m_launcher->run({QString::number(request.pid), QString::number(request.startTime),
                                 QString::number(request.value)}));
        }
        out.viaHelper = m_launcher != nullptr;
        if (!out.oldValue) out.oldValue = oldValue;
        if (out.refusal == R::HelperUnavailable && out.errnoName.isEmpty())
            out.errnoName = errnoName(writeErr);
    } else if (writeErr != 0) {
        if (isGone(writeErr)) return refused(R::NoSuchProcess);
        out.refusal = writeErr == EINVAL ? R::InvalidRequest : R::KernelRefused;
        out.errnoName = errnoName(writeErr);
        out.detail = out.errnoName;
    } else {
        out.status = OomScoreAdjOutcome::Status::Done;
    }
    // Whatever happened, show what the kernel holds now (through the same directory fd).
    out.currentValue = parseAdj(readAt(dir.get(), "oom_score_adj", err));
    if (!out.currentValue && out.done() && isGone(err))
        out.detail = QStringLiteral("the process exited right after");
    return out;
}

} // namespace oomlens

#include "MappedFile.h"

#include <QFile>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oomlens::kernlog {

namespace {

// The windows being read right now, for the SIGBUS handler: a slot per open MappedFile.
struct GuardSlot {
    std::atomic<bool> used{false};
    std::atomic<std::uintptr_t> begin{0}, end{0}; // begin == 0: no window mapped
    std::atomic<bool> faulted{false};
};
constexpr int GuardSlots = 64;
GuardSlot g_slots[GuardSlots];
struct sigaction g_previous;
std::uintptr_t g_pageSize = 4096;

void onSigbus(int sig, siginfo_t *info, void *context) {
    const auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
    for (GuardSlot &slot : g_slots) {
        const std::uintptr_t begin = slot.begin.load(std::memory_order_acquire);
        const std::uintptr_t end = slot.end.load(std::memory_order_acquire);
        if (begin != 0 && addr >= begin && addr < end) {
            // Zero pages over the rest of the window, so the faulting read and those after it
            // succeed; the reader sees the flag and stops. (mmap is a plain system call on Linux,
            // safe here although POSIX does not list it as async-signal-safe.)
            const std::uintptr_t page = addr & ~(g_pageSize - 1);
            mmap(reinterpret_cast<void *>(page), end - page, PROT_READ,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
            slot.faulted.store(true, std::memory_order_release);
            return;
        }
    }
    // Not ours: behave as if this handler were not there. A one-shot previous handler expects the
    // kernel to have reset the disposition before calling it (and may re-raise, e.g. QtTest's).
    if (g_previous.sa_flags & SA_RESETHAND) signal(sig, SIG_DFL);
    if (g_previous.sa_flags & SA_SIGINFO) {
        if (g_previous.sa_sigaction) g_previous.sa_sigaction(sig, info, context);
        return;
    }
    if (g_previous.sa_handler == SIG_IGN) return;
    if (g_previous.sa_handler != SIG_DFL) {
        g_previous.sa_handler(sig);
        return;
    }
    signal(sig, SIG_DFL); // a fault re-executes and now takes the default action; a sent signal:
    if (info->si_code <= 0) raise(sig);
}

void installGuard() {
    static std::once_flag once;
    std::call_once(once, [] {
        g_pageSize = std::uintptr_t(sysconf(_SC_PAGESIZE));
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = onSigbus;
        sa.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGBUS, &sa, &g_previous);
    });
}

int claimSlot() {
    for (int i = 0; i < GuardSlots; ++i) {
        bool expected = false;
        if (g_slots[i].used.compare_exchange_strong(expected, true)) return i;
    }
    return -1;
}

// `end` before `begin` (the handler's key), and `begin` cleared first: a half-set slot never matches.
void guardWindow(int i, const void *map, size_t length) {
    const auto begin = reinterpret_cast<std::uintptr_t>(map);
    g_slots[i].faulted.store(false, std::memory_order_relaxed);
    g_slots[i].end.store(begin + length, std::memory_order_release);
    g_slots[i].begin.store(begin, std::memory_order_release);
}

void unguardWindow(int i) {
    g_slots[i].begin.store(0, std::memory_order_release);
    g_slots[i].end.store(0, std::memory_order_release);
}

} // namespace

MappedFile::~MappedFile() {
    unmap();
    if (m_slot >= 0) g_slots[m_slot].used.store(false, std::memory_order_release);
    if (m_fd >= 0) ::close(m_fd);
}

bool MappedFile::open(const QString &path) {
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        m_error = QStringLiteral("not a regular file");
        return false;
    }
    // Some file systems cannot map files (a FUSE mount without mmap, /sys): find out now, so the
    // caller reads such a file the ordinary way instead of failing half-way.
    if (st.st_size > 0) {
        void *probe = mmap(nullptr, 1, PROT_READ, MAP_PRIVATE, m_fd, 0);
        if (probe == MAP_FAILED) {
            m_error = QString::fromLocal8Bit(strerror(errno));
            return false;
        }
        munmap(probe, 1);
    }
    installGuard();
    m_slot = claimSlot();
    if (m_slot < 0) {
        m_error = QStringLiteral("too many files mapped at once");
        return false;
    }
    return true;
}

void MappedFile::unmap() {
    if (!m_map) return;
    unguardWindow(m_slot);
    munmap(m_map, m_mapLength);
    m_map = nullptr;
    m_mapLength = 0;
}

bool MappedFile::shrank() const {
    return m_shrank || (m_map && g_slots[m_slot].faulted.load(std::memory_order_acquire));
}

const std::atomic<bool> *MappedFile::faultFlag() const {
    return m_slot >= 0 ? &g_slots[m_slot].faulted : nullptr;
}

std::string_view MappedFile::nextWindow() {
    if (m_map && g_slots[m_slot].faulted.load(std::memory_order_acquire)) m_shrank = true;
    unmap();
    if (m_fd < 0 || m_shrank) return {};
    struct stat st;
    if (fstat(m_fd, &st) != 0) {
        m_error = QString::fromLocal8Bit(strerror(errno));
        return {};
    }
    if (st.st_size < m_offset) { // shorter than what was read already: truncated or rotated
        m_shrank = true;
        return {};
    }
    if (st.st_size == m_offset) return {};
    const size_t length = size_t(std::min<qint64>(st.st_size - m_offset, qint64(WindowBytes)));
    // MAP_POPULATE maps the whole window in one call instead of one page fault per 64 KiB.
    void *map = mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, m_fd, off_t(m_offset));
    if (map == MAP_FAILED) {
        m_error = QString::fromLocal8Bit(strerror(errno));
        return {};
    }
    madvise(map, length, MADV_SEQUENTIAL);
    m_map = map;
    m_mapLength = length;
    guardWindow(m_slot, map, length);
    m_offset += qint64(length);
    return {static_cast<const char *>(map), length};
}

} // namespace oomlens::kernlog

#include "JournalFileReader.h"

#include <systemd/sd-journal.h>

#include <cstring>
#include <memory>
#include <vector>

namespace oomlens::journal {

namespace {

struct JournalCloser {
    void operator()(sd_journal *j) const { sd_journal_close(j); }
};

QString errnoText(int r) {
    return QString::fromLocal8Bit(strerror(-r));
}

// The fields copied out of each entry, with where they go.
struct FieldSlot {
    const char *name;
    std::string JournalEntry::*member;
};
constexpr FieldSlot StringFields[] = {
    {"MESSAGE", &JournalEntry::message},
    {"_HOSTNAME", &JournalEntry::hostname},
    {"_BOOT_ID", &JournalEntry::bootId},
    {"_TRANSPORT", &JournalEntry::transport},
    {"SYSLOG_IDENTIFIER", &JournalEntry::identifier},
    {"MESSAGE_ID", &JournalEntry::messageId},
    {"UNIT", &JournalEntry::unit},
    {"_SYSTEMD_UNIT", &JournalEntry::systemdUnit},
    {"UNIT_RESULT", &JournalEntry::unitResult},
    {"_PID", &JournalEntry::pid},
};

bool getField(sd_journal *j, const char *name, std::string &out) {
    const void *data = nullptr;
    size_t len = 0;
    if (sd_journal_get_data(j, name, &data, &len) < 0) return false;
    const size_t prefix = strlen(name) + 1; // "NAME="
    if (len < prefix) return false;
    out.assign(static_cast<const char *>(data) + prefix, len - prefix);
    return true;
}

int addMatch(sd_journal *j, const std::string &m) {
    return sd_journal_add_match(j, m.data(), m.size());
}

// (kernel OR killers OR systemd's unit OOM messages) AND host AND boot.
int addMatches(sd_journal *j, const JournalQuery &q) {
    int r = 0;
    auto term = [&](std::initializer_list<std::string> same) {
        if (r < 0) return;
        for (const std::string &m : same)
            if ((r = addMatch(j, m)) < 0) return;
        r = sd_journal_add_disjunction(j);
    };
    term({"_TRANSPORT=kernel"});
    term({"SYSLOG_IDENTIFIER=systemd-oomd", "SYSLOG_IDENTIFIER=earlyoom", "SYSLOG_IDENTIFIER=nohang",
          "SYSLOG_IDENTIFIER=kubelet"});
    term({"_SYSTEMD_UNIT=systemd-oomd.service", "_SYSTEMD_UNIT=earlyoom.service",
          "_SYSTEMD_UNIT=nohang.service", "_SYSTEMD_UNIT=nohang-desktop.service",
          "_SYSTEMD_UNIT=kubelet.service"});
    term({std::string("MESSAGE_ID=") + MessageIdUnitOutOfMemory,
          std::string("MESSAGE_ID=") + MessageIdUnitOomdKill});
    term({"UNIT_RESULT=oom-kill"});
    // PID 1 (and user managers) without catalog ids: systemd before the ids, or entries re-imported
    // from syslog text. Its lines are few next to the kernel's.
    term({"SYSLOG_IDENTIFIER=systemd"});
    if (r < 0) return r;
    if (!q.host.isEmpty() || !q.bootId.isEmpty()) {
        if ((r = sd_journal_add_conjunction(j)) < 0) return r;
        if (!q.host.isEmpty() && (r = addMatch(j, "_HOSTNAME=" + q.host.toStdString())) < 0) return r;
        if (!q.bootId.isEmpty() && (r = addMatch(j, "_BOOT_ID=" + q.bootId.toStdString())) < 0) return r;
    }
    return 0;
}

} // namespace

JournalReadResult readJournalFiles(const QStringList &files, const JournalQuery &query, const EntryFn &sink,
                                   const EntryProgressFn &progress, const std::atomic_bool *cancel) {
    JournalReadResult result;
    std::vector<std::string> paths;
    for (const QString &f : files)
        paths.push_back(f.toStdString());
    std::vector<const char *> argv;
    for (const std::string &p : paths)
        argv.push_back(p.c_str());
    argv.push_back(nullptr);
    sd_journal *raw = nullptr;
    if (int r = sd_journal_open_files(&raw, argv.data(), 0); r < 0) {
        result.ok = false;
        result.error = QStringLiteral("cannot open the journal files: %1").arg(errnoText(r));
        return result;
    }
    std::unique_ptr<sd_journal, JournalCloser> j(raw);
    if (int r = addMatches(j.get(), query); r < 0) {
        result.ok = false;
        result.error = QStringLiteral("cannot filter the journal: %1").arg(errnoText(r));
        return result;
    }
    std::uint64_t untilUs = UINT64_MAX;
    if (query.until) untilUs = std::uint64_t(query.until->toMSecsSinceEpoch()) * 1000 + 999;
    if (query.since)
        sd_journal_seek_realtime_usec(j.get(), std::uint64_t(query.since->toMSecsSinceEpoch()) * 1000);
    JournalEntry e;
    LineNo ordinal = 0;
    while (true) {
        const int r = sd_journal_next(j.get());
        if (r < 0) {
            result.ok = false;
            result.error = QStringLiteral("reading the journal failed after entry %1: %2")
                               .arg(ordinal)
                               .arg(errnoText(r));
            break;
        }
        if (r == 0) break;
        e.clear();
        e.line = ++ordinal;
        std::uint64_t us = 0;
        if (sd_journal_get_realtime_usec(j.get(), &us) >= 0) {
            // Files of several hosts interleave by seqnum/boot, not strictly by time: skip, not stop.
            if (us > untilUs) continue;
            e.realtimeUs = us;
        }
        sd_id128_t boot;
        if (sd_journal_get_monotonic_usec(j.get(), &us, &boot) >= 0) e.monotonicUs = us;
        for (const FieldSlot &slot : StringFields)
            getField(j.get(), slot.name, e.*slot.member);
        std::string mono;
        if (getField(j.get(), "_SOURCE_MONOTONIC_TIMESTAMP", mono)) {
            char *end = nullptr;
            const unsigned long long v = strtoull(mono.c_str(), &end, 10);
            if (end && *end == '\0' && !mono.empty()) e.sourceMonotonicUs = v;
        }
        sink(e);
        if ((ordinal & 0xfff) == 0) {
            if (progress) progress(ordinal);
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                break;
            }
        }
    }
    if (progress) progress(ordinal);
    return result;
}

} // namespace oomlens::journal

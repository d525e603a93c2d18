// SPDX-License-Identifier: GPL-2.0-or-later
#include "SampleCodec.h"

#include <algorithm>

namespace oomlens::rec {

namespace {

enum EntryTag : std::uint8_t { TagContent = 0, TagListing = 1, TagError = 2, TagLineDelta = 3 };

// Line delta: output line i is either the previous version's line i (a copy) or a literal.
// Runs: (copies, literals, literal lines...) until `lines` output lines exist.
void encodeLineDelta(const QByteArray &before, const QByteArray &after, ByteWriter &out) {
    const QList<QByteArray> old = before.split('\n');
    const QList<QByteArray> now = after.split('\n');
    out.varint(std::uint64_t(now.size()));
    qsizetype i = 0;
    while (i < now.size()) {
        qsizetype copies = 0;
        while (i + copies < now.size() && i + copies < old.size() && now[i + copies] == old[i + copies])
            ++copies;
        qsizetype literals = 0;
        while (i + copies + literals < now.size()) {
            const qsizetype j = i + copies + literals;
            if (j < old.size() && now[j] == old[j]) break;
            ++literals;
        }
        out.varint(std::uint64_t(copies));
        out.varint(std::uint64_t(literals));
        for (qsizetype k = 0; k < literals; ++k)
            out.bytes(now[i + copies + k]);
        i += copies + literals;
    }
}

bool decodeLineDelta(ByteReader &in, const QByteArray &before, QByteArray &after) {
    const QList<QByteArray> old = before.split('\n');
    const std::uint64_t lines = in.varint();
    QList<QByteArray> now;
    while (std::uint64_t(now.size()) < lines && !in.failed()) {
        const std::uint64_t copies = in.varint();
        const std::uint64_t literals = in.varint();
        if (copies + literals == 0 || now.size() + copies + literals > lines) return false;
        for (std::uint64_t k = 0; k < copies; ++k) {
            if (now.size() >= old.size()) return false;
            now.append(old[now.size()]);
        }
        for (std::uint64_t k = 0; k < literals; ++k)
            now.append(in.bytes().toByteArray());
    }
    after = now.join('\n');
    return !in.failed();
}

} // namespace

void encodeFiles(const FileState &previous, const FileState &current, ByteWriter &out) {
    QList<QByteArray> removed;
    for (const auto &[key, entry] : previous)
        if (!current.contains(key)) removed.append(key);
    out.varint(std::uint64_t(removed.size()));
    for (const QByteArray &key : removed)
        out.bytes(key);
    QList<const std::pair<const QByteArray, FileEntry> *> changed;
    for (const auto &kv : current) {
        const auto it = previous.find(kv.first);
        if (it == previous.end() || !(it->second == kv.second)) changed.append(&kv);
    }
    out.varint(std::uint64_t(changed.size()));
    for (const auto *kv : changed) {
        out.bytes(kv->first);
        const FileEntry &e = kv->second;
        const auto it = previous.find(kv->first);
        if (e.kind == FileEntry::Content && it != previous.end() && it->second.kind == FileEntry::Content &&
            e.data.count('\n') > 2) {
            out.u8(TagLineDelta);
            encodeLineDelta(it->second.data, e.data, out);
        } else if (e.kind == FileEntry::Error) {
            out.u8(TagError);
            out.varint(e.errorKind);
            out.bytes(e.data);
        } else {
            out.u8(e.kind == FileEntry::Listing ? TagListing : TagContent);
            out.bytes(e.data);
        }
    }
}

bool decodeFiles(ByteReader &in, FileState &state) {
    const std::uint64_t removed = in.varint();
    for (std::uint64_t i = 0; i < removed && !in.failed(); ++i)
        state.erase(in.bytes().toByteArray());
    const std::uint64_t changed = in.varint();
    for (std::uint64_t i = 0; i < changed && !in.failed(); ++i) {
        const QByteArray key = in.bytes().toByteArray();
        FileEntry e;
        switch (in.u8()) {
        case TagContent:
            e.data = in.bytes().toByteArray();
            break;
        case TagListing:
            e.kind = FileEntry::Listing;
            e.data = in.bytes().toByteArray();
            break;
        case TagError:
            e.kind = FileEntry::Error;
            e.errorKind = std::uint8_t(in.varint());
            e.data = in.bytes().toByteArray();
            break;
        case TagLineDelta: {
            const auto it = state.find(key);
            if (it == state.end() || it->second.kind != FileEntry::Content) return false;
            if (!decodeLineDelta(in, it->second.data, e.data)) return false;
            break;
        }
        default:
            return false;
        }
        state[key] = std::move(e);
    }
    return !in.failed();
}

namespace {

enum ProcessField {
    FPpid,
    FComm,
    FState,
    FStart,
    FUid,
    FRss,
    FRssAnon,
    FRssFile,
    FRssShmem,
    FSwap,
    FPte,
    FOomScore,
    FOomScoreAdj,
    FCgroup,
    FCmdline,
};

using BytesMember = std::optional<Bytes> Process::*;
constexpr BytesMember kBytesFields[] = {&Process::rss,      &Process::rssAnon, &Process::rssFile,
                                        &Process::rssShmem, &Process::swap,    &Process::pageTables};

// Optional numbers as one unsigned: 0 = absent, else zigzag(v) + 1 (in units of 2^shift).
std::int64_t encOpt(const std::optional<std::int64_t> &v, int shift = 0) {
    return v ? std::int64_t(zigzag(*v >> shift) + 1) : 0;
}
std::optional<std::int64_t> decOpt(std::int64_t e, int shift = 0) {
    if (e <= 0) return std::nullopt;
    return unzigzag(std::uint64_t(e - 1)) << shift;
}
std::optional<std::int64_t> widen(const std::optional<Bytes> &v) {
    return v ? std::optional<std::int64_t>(std::int64_t(*v)) : std::nullopt;
}
std::optional<std::int64_t> widen(const std::optional<int> &v) {
    return v ? std::optional<std::int64_t>(*v) : std::nullopt;
}
std::optional<std::int64_t> widen(const std::optional<uint> &v) {
    return v ? std::optional<std::int64_t>(*v) : std::nullopt;
}

// status prints memory in kB: store KiB when every value of both tables allows it (exact).
int unitShift(const QList<Process> &a, const QList<Process> &b) {
    for (const QList<Process> *list : {&a, &b})
        for (const Process &p : *list)
            for (BytesMember m : kBytesFields)
                if ((p.*m).value_or(0) % 1024 != 0) return 0;
    return 10;
}

void encodeOne(const Process &o, const Process &n, int shift, ByteWriter &out) {
    std::uint64_t mask = 0;
    if (n.ppid != o.ppid) mask |= 1u << FPpid;
    if (n.comm != o.comm) mask |= 1u << FComm;
    if (n.state != o.state) mask |= 1u << FState;
    if (n.startTime != o.startTime) mask |= 1u << FStart;
    if (n.uid != o.uid) mask |= 1u << FUid;
    for (int i = 0; i < 6; ++i)
        if (n.*kBytesFields[i] != o.*kBytesFields[i]) mask |= 1u << (FRss + i);
    if (n.oomScore != o.oomScore) mask |= 1u << FOomScore;
    if (n.oomScoreAdj != o.oomScoreAdj) mask |= 1u << FOomScoreAdj;
    if (n.cgroup != o.cgroup) mask |= 1u << FCgroup;
    if (n.cmdline != o.cmdline) mask |= 1u << FCmdline;
    out.varint(mask);
    if (mask & (1u << FPpid)) out.svarint(std::int64_t(n.ppid) - o.ppid);
    if (mask & (1u << FComm)) out.bytes(n.comm.toUtf8());
    if (mask & (1u << FState)) out.u8(std::uint8_t(n.state));
    if (mask & (1u << FStart)) out.svarint(std::int64_t(n.startTime - o.startTime));
    if (mask & (1u << FUid)) out.svarint(encOpt(widen(n.uid)) - encOpt(widen(o.uid)));
    for (int i = 0; i < 6; ++i)
        if (mask & (1u << (FRss + i)))
            out.svarint(encOpt(widen(n.*kBytesFields[i]), shift) - encOpt(widen(o.*kBytesFields[i]), shift));
    if (mask & (1u << FOomScore)) out.svarint(encOpt(widen(n.oomScore)) - encOpt(widen(o.oomScore)));
    if (mask & (1u << FOomScoreAdj)) out.svarint(encOpt(widen(n.oomScoreAdj)) - encOpt(widen(o.oomScoreAdj)));
    if (mask & (1u << FCgroup)) out.bytes(n.cgroup.toUtf8());
    if (mask & (1u << FCmdline)) out.bytes(n.cmdline.toUtf8());
}

void decodeOne(ByteReader &in, Process &p, int shift) {
    const std::uint64_t mask = in.varint();
    if (mask & (1u << FPpid)) p.ppid = int(p.ppid + in.svarint());
    if (mask & (1u << FComm)) p.comm = QString::fromUtf8(in.bytes());
    if (mask & (1u << FState)) p.state = char(in.u8());
    if (mask & (1u << FStart)) p.startTime = quint64(std::int64_t(p.startTime) + in.svarint());
    if (mask & (1u << FUid)) {
        const auto v = decOpt(encOpt(widen(p.uid)) + in.svarint());
        p.uid = v ? std::optional<uint>(uint(*v)) : std::nullopt;
    }
    for (int i = 0; i < 6; ++i)
        if (mask & (1u << (FRss + i))) {
            const auto v = decOpt(encOpt(widen(p.*kBytesFields[i]), shift) + in.svarint(), shift);
            p.*kBytesFields[i] = v ? std::optional<Bytes>(Bytes(*v)) : std::nullopt;
        }
    if (mask & (1u << FOomScore)) {
        const auto v = decOpt(encOpt(widen(p.oomScore)) + in.svarint());
        p.oomScore = v ? std::optional<int>(int(*v)) : std::nullopt;
    }
    if (mask & (1u << FOomScoreAdj)) {
        const auto v = decOpt(encOpt(widen(p.oomScoreAdj)) + in.svarint());
        p.oomScoreAdj = v ? std::optional<int>(int(*v)) : std::nullopt;
    }
    if (mask & (1u << FCgroup)) p.cgroup = QString::fromUtf8(in.bytes());
    if (mask & (1u << FCmdline)) p.cmdline = QString::fromUtf8(in.bytes());
}

} // namespace

void encodeProcesses(const QList<Process> &previous, const QList<Process> &current, ByteWriter &out) {
    const int shift = unitShift(previous, current);
    out.u8(std::uint8_t(shift));
    QList<int> removed;
    QList<QPair<const Process *, const Process *>> changed; // (old or null, new)
    qsizetype i = 0, j = 0;
    while (i < previous.size() || j < current.size()) {
        if (j >= current.size() || (i < previous.size() && previous[i].pid < current[j].pid)) {
            removed.append(previous[i++].pid);
        } else if (i >= previous.size() || current[j].pid < previous[i].pid) {
            changed.append(qMakePair(static_cast<const Process *>(nullptr), &current[j++]));
        } else {
            if (!(previous[i] == current[j])) changed.append(qMakePair(&previous[i], &current[j]));
            ++i;
            ++j;
        }
    }
    out.varint(std::uint64_t(removed.size()));
    int last = 0;
    for (int pid : removed) {
        out.varint(std::uint64_t(pid - last));
        last = pid;
    }
    out.varint(std::uint64_t(changed.size()));
    last = 0;
    static const Process empty;
    for (const auto &[o, n] : changed) {
        out.varint(std::uint64_t(n->pid - last));
        last = n->pid;
        encodeOne(o ? *o : empty, *n, shift, out);
    }
}

bool decodeProcesses(ByteReader &in, QList<Process> &processes) {
    const int shift = in.u8();
    if (shift != 0 && shift != 10) return false;
    const std::uint64_t removed = in.varint();
    QList<int> gone;
    int pid = 0;
    for (std::uint64_t k = 0; k < removed && !in.failed(); ++k)
        gone.append(pid += int(in.varint()));
    if (!gone.isEmpty())
        processes.removeIf(
            [&](const Process &p) { return std::binary_search(gone.cbegin(), gone.cend(), p.pid); });
    const std::uint64_t changed = in.varint();
    pid = 0;
    qsizetype at = 0; // changed pids ascend: keep a cursor into the sorted list
    for (std::uint64_t k = 0; k < changed && !in.failed(); ++k) {
        pid += int(in.varint());
        while (at < processes.size() && processes[at].pid < pid)
            ++at;
        if (at == processes.size() || processes[at].pid != pid) {
            Process p;
            p.pid = pid;
            processes.insert(at, std::move(p));
        }
        decodeOne(in, processes[at], shift);
    }
    return !in.failed();
}

} // namespace oomlens::rec

// The end of a report (mm/oom_kill.c): the task table of dump_tasks()/dump_task(), the
// dump_oom_summary() "oom-kill:" line, the victim lines of oom_kill_process()/__oom_kill_process()
// and the oom_reaper's result from oom_reap_task().
#include "ReportLines.h"

namespace oomlens::kernlog {

// "[ pid ]   uid  tgid total_vm      rss nr_ptes swapents oom_score_adj name" (column sets vary by
// kernel: cpu/oom_adj before 3.7, nr_pmds 4.0-4.14, pgtables_bytes 4.15+, rss_anon.. 6.8+).
QStringList parseTaskHeader(string_view msg, bool *truncated) {
    string_view s;
    if (startsWith(msg, "[ pid ]"))
        s = msg.substr(7);
    else if (startsWith(msg, "[  pid  ]"))
        s = msg.substr(9);
    else
        return {};
    QStringList cols{QStringLiteral("pid")};
    *truncated = false;
    while (true) {
        string_view tok = nextToken(s);
        if (tok.empty()) break;
        if (endsWith(tok, "...") || endsWith(tok, "\xe2\x80\xa6")) { // pager ellipsis
            *truncated = true;
            break;
        }
        cols << qs(tok);
    }
    return cols;
}

// "[ 1046]  1066  1046   228537    95491   3       0             0 apache2". The name is the last
// column and may contain spaces; values overflow their padding on big machines.
std::optional<TaskRow> parseTaskRow(string_view msg, const QStringList &columns) {
    if (msg.size() < 3 || msg[0] != '[') return std::nullopt;
    const size_t close = msg.find(']');
    if (close == string_view::npos) return std::nullopt;
    TaskRow r;
    r.pid = toI64(trimmed(msg.substr(1, close - 1)));
    if (!r.pid) return std::nullopt;
    string_view s = msg.substr(close + 1);
    int numbers = 0;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        const QString &col = columns[i];
        if (col == QLatin1String("name")) {
            r.name = qs(trimmed(s));
            break;
        }
        string_view tok = nextToken(s);
        if (tok.empty()) break; // wrapped or cut row: keep what we have
        const auto num = toI64(tok);
        if (!num) break;
        ++numbers;
        const auto u = *num >= 0 ? std::optional<std::uint64_t>(std::uint64_t(*num)) : std::nullopt;
        if (col == QLatin1String("uid"))
            r.uid = num;
        else if (col == QLatin1String("tgid"))
            r.tgid = num;
        else if (col == QLatin1String("total_vm"))
            r.totalVmPages = u;
        else if (col == QLatin1String("rss"))
            r.rssPages = u;
        else if (col == QLatin1String("rss_anon"))
            r.rssAnonPages = u;
        else if (col == QLatin1String("rss_file"))
            r.rssFilePages = u;
        else if (col == QLatin1String("rss_shmem"))
            r.rssShmemPages = u;
        else if (col == QLatin1String("nr_ptes"))
            r.nrPtes = u;
        else if (col == QLatin1String("nr_pmds"))
            r.nrPmds = u;
        else if (col == QLatin1String("pgtables_bytes"))
            r.pgtables = u;
        else if (col == QLatin1String("swapents"))
            r.swapentsPages = u;
        else if (col == QLatin1String("oom_score_adj"))
            r.oomScoreAdj = asInt(num);
        else if (col == QLatin1String("oom_adj"))
            r.oomAdj = asInt(num);
        else if (col == QLatin1String("cpu"))
            r.cpu = asInt(num);
        // vendor columns (e.g. "(01)nrss") are skipped by position
    }
    if (numbers < 2 && columns.size() > 3) return std::nullopt; // "[ 1046] text": not a row
    return r;
}

// "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/a,
//  task_memcg=/a/b,task=x,pid=1,uid=0"
std::optional<ConstraintLine> parseConstraintLine(string_view msg) {
    if (!startsWith(msg, "oom-kill:")) return std::nullopt;
    ConstraintLine c;
    string_view body = trimmed(msg.substr(9));
    if (endsWith(body, "...") || endsWith(body, "\xe2\x80\xa6")) {
        c.truncated = true;    // a pager cut it: the last field is not trustworthy
        body.remove_suffix(3); // "..." and the UTF-8 ellipsis are both 3 bytes
    }
    std::vector<Field> fields = splitFields(body);
    // dump_oom_summary() (4.19+) always ends the line with ",task=%s,pid=%d,uid=%d": a line that
    // stops before uid= was cut short (printk's line limit, `cut -c`, a pager, an author). Its last
    // field is then partial: kept apart (cutField/cutValue), never read as a whole value. A line
    // cut right after a comma lost only whole fields.
    if (!fields.empty() && fields.back().key != "uid") c.truncated = true;
    if (c.truncated && !fields.empty() && !endsWith(body, ",")) {
        c.cutField = qs(fields.back().key);
        c.cutValue = qs(fields.back().value);
        fields.pop_back();
    }
    for (const Field &f : fields) {
        const QString v = qs(f.value);
        if (f.bare) {
            if (f.key == "global_oom") c.globalOom = true;
        } else if (f.key == "constraint")
            c.constraint = v;
        else if (f.key == "nodemask")
            c.nodemask = v;
        else if (f.key == "cpuset")
            c.cpuset = v;
        else if (f.key == "mems_allowed")
            c.memsAllowed = v;
        else if (f.key == "oom_memcg") {
            c.oomMemcg = v;
            c.globalOom = false;
        } else if (f.key == "task_memcg")
            c.taskMemcg = v;
        else if (f.key == "task")
            c.task = v;
        else if (f.key == "pid")
            c.pid = toI64(f.value);
        else if (f.key == "uid")
            c.uid = toI64(f.value);
    }
    return c;
}

namespace {

// "<pid> (<comm>)" at the start of s; the comm may contain ')' so it ends at the last ')' before
// `stopWords`. RHEL6 prints "215701, UID 679, (java)".
bool takePidComm(string_view &s, std::optional<qint64> &pid, QString &comm, std::optional<qint64> *uid) {
    size_t used = 0;
    auto p = parseI64(s, &used);
    if (!p) return false;
    pid = *p;
    s.remove_prefix(used);
    if (startsWith(s, ", UID ") && uid) { // RHEL6
        size_t u = 0;
        *uid = parseI64(s.substr(6), &u);
        s.remove_prefix(6 + u);
        if (startsWith(s, ",")) s.remove_prefix(1);
    }
    s = trimmed(s);
    if (s.empty() || s[0] != '(') return true;
    size_t end = string_view::npos;
    for (string_view stop : {") total-vm:", ") score ", ") vsz:", "), "})
        end = std::min(end, find(s, stop));
    if (end == string_view::npos) end = s.rfind(')');
    if (end == string_view::npos) {
        comm = qs(s.substr(1)); // cut inside the comm
        s = {};
        return true;
    }
    comm = qs(s.substr(1, end - 1));
    s.remove_prefix(end + 1);
    return true;
}

// The reason before ": Kill(ed) process", e.g. "Memory cgroup out of memory".
QString reasonBefore(string_view msg, size_t at) {
    if (at < 2) return {};
    return qs(trimmed(msg.substr(0, at - 2))); // without the ": "
}

} // namespace

std::optional<Victim> parseKilledLine(string_view msg) {
    size_t at = find(msg, "Killed process ");
    if (at == string_view::npos || (at != 0 && !(at >= 2 && msg[at - 2] == ':' && msg[at - 1] == ' ')))
        return std::nullopt;
    Victim v;
    v.killed = true;
    v.line = 0;
    v.reason = reasonBefore(msg, at);
    string_view s = msg.substr(at + 15);
    if (!takePidComm(s, v.pid, v.comm, &v.uid)) return std::nullopt;
    if (auto x = valueAfter(s, "total-vm:", ", "))
        v.totalVm = parseKbToBytes(*x);
    else if (auto vsz = valueAfter(s, "vsz:", ", "))
        v.totalVm = parseKbToBytes(*vsz);
    if (auto x = valueAfter(s, "anon-rss:", ", ")) v.anonRss = parseKbToBytes(*x);
    if (auto x = valueAfter(s, "file-rss:", ", ")) v.fileRss = parseKbToBytes(*x);
    if (auto x = valueAfter(s, "shmem-rss:", ", ")) v.shmemRss = parseKbToBytes(*x);
    if (auto x = valueAfter(s, "UID:", ", ")) v.uid = toI64(*x);
    if (auto x = valueAfter(s, "pgtables:", ", ")) v.pgtables = parseKbToBytes(*x);
    if (auto x = valueAfter(s, "oom_score_adj:", ", ")) v.oomScoreAdj = asInt(toI64(*x));
    v.truncated = endsWith(msg, "...") || endsWith(msg, "\xe2\x80\xa6");
    return v;
}

// "Out of memory: Kill process 22037 (java) score 751 or sacrifice child" (2.6.36-5.0),
// "kill process %d (%s) score %li or a child", 2.6.1x "Kill process 1810 (x) score 50338 and children."
std::optional<Victim> parseScoredLine(string_view msg) {
    size_t at = find(msg, "Kill process ");
    if (at == string_view::npos) at = find(msg, "kill process ");
    if (at == string_view::npos || (at != 0 && !(at >= 2 && msg[at - 2] == ':' && msg[at - 1] == ' ')))
        return std::nullopt;
    Victim v;
    v.reason = reasonBefore(msg, at);
    string_view s = msg.substr(at + 13);
    std::optional<qint64> pid;
    QString comm;
    if (!takePidComm(s, pid, comm, nullptr)) return std::nullopt;
    v.scoredPid = pid;
    v.scoredComm = comm;
    v.pid = pid;
    v.comm = comm;
    if (auto sc = valueAfter(s, "score ", " ")) v.score = toU64(*sc);
    return v;
}

// __oom_kill_process() (4.19+): "%s: OOM victim %d (%s) is already exiting. Skip killing the task"
// when the chosen task has no mm left (memory.oom.group runs print many); older kernels said
// "Task %d (%s) is already exiting" (not a kill either). The victim is chosen, not killed.
std::optional<Victim> parseAlreadyExitingLine(string_view msg) {
    const size_t end = find(msg, " is already exiting");
    if (end == string_view::npos) return std::nullopt;
    size_t at = find(msg, "OOM victim ");
    size_t skip = 11;
    if (at == string_view::npos || at > end) {
        at = find(msg, "Task ");
        skip = 5;
    }
    if (at == string_view::npos || at > end ||
        (at != 0 && !(at >= 2 && msg[at - 2] == ':' && msg[at - 1] == ' ')))
        return std::nullopt;
    Victim v;
    v.reason = reasonBefore(msg, at);
    v.alreadyExiting = true;
    string_view s = msg.substr(at + skip, end - at - skip);
    if (!takePidComm(s, v.pid, v.comm, nullptr) || !v.pid) return std::nullopt;
    return v;
}

std::optional<ReaperResult> parseReaperLine(string_view msg) {
    if (!startsWith(msg, "oom_reaper: ")) return std::nullopt;
    ReaperResult r;
    string_view s = msg.substr(12);
    std::optional<qint64> pid;
    if (startsWith(s, "reaped process ")) {
        s.remove_prefix(15);
        r.reaped = true;
    } else if (startsWith(s, "unable to reap pid:")) {
        s.remove_prefix(19);
    } else {
        return std::nullopt;
    }
    if (!takePidComm(s, pid, r.comm, nullptr) || !pid) return std::nullopt;
    r.pid = *pid;
    if (auto x = valueAfter(s, "anon-rss:", ", ")) r.anonRss = parseKbToBytes(*x);
    if (auto x = valueAfter(s, "file-rss:", ", ")) r.fileRss = parseKbToBytes(*x);
    if (auto x = valueAfter(s, "shmem-rss:", ", ")) r.shmemRss = parseKbToBytes(*x);
    return r;
}

} // namespace oomlens::kernlog

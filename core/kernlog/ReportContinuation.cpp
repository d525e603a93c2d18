// ReportBuilder::continuePart(): a report line split over two lines of the paste. Mail clients and
// terminals break long lines (an invoker line before "order=", a kill line after the comm, an
// oom-kill: line inside a cgroup path, a buddy line before its total); pastes indent or re-wrap
// them. The second half carries no log prefix of its own and is no report part: it is joined to
// the part before it only when its shape continues exactly that part, and the part is parsed again.
#include "ReportBuilderState.h"
#include "ReportLines.h"

namespace oomlens::kernlog {

namespace {

bool startsWithAny(string_view m, std::initializer_list<string_view> keys) {
    for (string_view k : keys)
        if (startsWith(m, k)) return true;
    return false;
}

// "18*4kB (UME) 3*8kB ..." or "0*4096kB = 7088kB" or "7088kB": the rest of a buddy line.
bool looksLikeBuddyTail(string_view m) {
    if (m.empty() || !isDigit(m[0])) return false;
    const size_t star = m.find('*');
    if (star != string_view::npos && star < 12) return contains(m, "kB");
    return endsWith(m, "kB") && m.find(' ') == string_view::npos;
}

} // namespace

bool ReportBuilder::continuePart(HostState &h, const FramedLine &line, LineNo lineNo) {
    if (h.lastPart == Part::None || !h.ev || h.linesSincePart != 0 || line.prefixed) return false;
    const string_view m = line.message;
    if (m.empty()) return false;
    std::string joined = h.lastPartText;
    OomEvent &e = *h.ev;
    switch (h.lastPart) {
    case Part::Invoker: {
        if (!e.invoker || e.invoker->order ||
            !startsWithAny(m, {"nodemask=", "order=", "oom_score_adj=", "oom_adj=", "gfp_mask="}))
            return false;
        joined += ' ';
        joined.append(m.data(), m.size());
        auto inv = parseInvoker(joined);
        if (!inv) return false;
        inv->line = e.invoker->line;
        e.invoker = *inv;
        break;
    }
    case Part::Kill: {
        if (!e.victim || !e.victim->killed) return false;
        const bool commCut = !contains(string_view(joined), ")");
        const bool fieldsNext =
            !e.victim->totalVm && !e.victim->anonRss &&
            startsWithAny(m, {"total-vm:", "anon-rss:", "file-rss:", "shmem-rss:", "vsz:"});
        if (!commCut && !fieldsNext) return false;
        if (commCut && !contains(m, ")")) return false;
        if (fieldsNext) joined += ' '; // a break at a space; a cut comm was broken inside the word
        joined.append(m.data(), m.size());
        auto v = parseKilledLine(joined);
        if (!v || v->pid != e.victim->pid) return false;
        v->line = e.victim->line;
        v->scoredLine = e.victim->scoredLine;
        v->scoredPid = e.victim->scoredPid;
        v->scoredComm = e.victim->scoredComm;
        v->score = e.victim->score;
        if (v->reason.isEmpty()) v->reason = e.victim->reason;
        e.victim = *v;
        break;
    }
    case Part::Constraint: {
        // Only a line cut before its closing uid= field, continued by one that holds the rest.
        if (!e.constraint || !e.constraint->truncated || endsWith(string_view(joined), "...") ||
            !(contains(m, "uid=") || startsWith(m, ",")))
            return false;
        joined.append(m.data(), m.size()); // terminals and mail break this comma list anywhere
        auto c = parseConstraintLine(joined);
        if (!c) return false;
        c->line = e.constraint->line;
        e.constraint = *c;
        break;
    }
    case Part::Buddy: {
        if (e.buddy.isEmpty() || e.buddy.last().total || !looksLikeBuddyTail(m)) return false;
        joined += ' ';
        joined.append(m.data(), m.size());
        auto b = parseBuddyLine(joined);
        if (!b) return false;
        b->line = e.buddy.last().line;
        e.buddy.last() = *b;
        break;
    }
    case Part::None:
        return false;
    }
    h.lastPartText = std::move(joined);
    addRaw(h, m, lineNo, true);
    return true;
}

} // namespace oomlens::kernlog

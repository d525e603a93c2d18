// The block skims of ordinary lines (core/kernlog/BareLineSkim, SyslogLineSkim) against the
// per-line tests they stand for, from every line start of the input, for every instruction set
// this CPU has (as tests/core/tst_kernlog_skim.cpp does on real and mutated logs). The input is
// an exact-size heap buffer, so a SIMD load past its end is an ASan report.
#include "FuzzCheck.h"

#include "kernlog/BareLineSkim.h"
#include "kernlog/SyslogLineSkim.h"

#include <cstdint>
#include <cstring>
#include <string>

using namespace oomlens::kernlog;

namespace {

// What the bare skim stands for: lines isOrdinaryBareLine() accepts, one by one, up to the first
// it refuses, the first without '\n' before `end`, or the first of 4 KiB or more.
SkimRun bareReference(const char *from, const char *end) {
    SkimRun r;
    const char *p = from;
    while (p < end) {
        const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        if (!nl || nl - p >= 4096 || !isOrdinaryBareLine(string_view(p, size_t(nl - p)))) break;
        ++r.lines;
        ++r.counted;
        p = nl + 1;
    }
    r.bytes = size_t(p - from);
    return r;
}

// The same for the syslog skim: OtherProgram lines, or Kernel lines while the host is idle.
SkimRun syslogReference(const char *from, const char *end, string_view host, bool idle) {
    SkimRun r;
    const char *p = from;
    while (p < end && !host.empty()) {
        const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        if (!nl || nl - p >= 4096) break;
        const SyslogLineKind kind = classifySyslogLine(string_view(p, size_t(nl - p)), host);
        if (kind == SyslogLineKind::NotOrdinary || (kind == SyslogLineKind::Kernel && !idle)) break;
        ++r.lines;
        r.counted += kind == SyslogLineKind::Kernel;
        p = nl + 1;
    }
    r.bytes = size_t(p - from);
    return r;
}

bool same(const SkimRun &a, const SkimRun &b) {
    return a.bytes == b.bytes && a.lines == b.lines && a.counted == b.counted;
}

// The host of the first line if it is a classic syslog line ("Mmm dd hh:mm:ss HOST ..."): the
// fourth word, so that inputs grown from real syslog captures reach the Kernel/OtherProgram paths.
std::string firstLineHost(const char *p, const char *end) {
    int word = 0;
    while (p < end && *p != '\n') {
        while (p < end && *p == ' ')
            ++p;
        const char *start = p;
        while (p < end && *p != ' ' && *p != '\n')
            ++p;
        if (p == start) break;
        if (++word == 4) return std::string(start, size_t(std::min<ptrdiff_t>(p - start, 64)));
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const char *const begin = reinterpret_cast<const char *>(data), *const end = begin + size;
    const std::string ownHost = firstLineHost(begin, end);
    const string_view hosts[] = {string_view("host"), string_view(ownHost), string_view()};
    for (SkimIsa isa : {SkimIsa::Portable, SkimIsa::Sse2, SkimIsa::Avx2, SkimIsa::Avx512}) {
        if (!skimIsaSupported(isa)) continue;
        for (const char *p = begin; p < end;) {
            fuzzcheck::check(same(skimOrdinaryBareLines(p, end, isa), bareReference(p, end)), "skim",
                             "bare skim differs from isOrdinaryBareLine()");
            for (const bool idle : {true, false})
                for (const string_view host : hosts)
                    fuzzcheck::check(same(skimOrdinarySyslogLines(p, end, host, idle, isa),
                                          syslogReference(p, end, host, idle)),
                                     "skim", "syslog skim differs from classifySyslogLine()");
            const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
            p = nl ? nl + 1 : end;
        }
    }
    return 0;
}

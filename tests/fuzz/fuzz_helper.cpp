// The privileged helper's request grammar (app/oomlens-helper/request.h) on arbitrary bytes:
// the input split at NUL bytes is the helper's argv, and the whole input is a /proc/<pid>/stat
// and an oom_score_adj file. libc only, like the helper.
// Oracle: a second, independent reading of the ABNF in request.h (digit strings compared by
// length, then lexically: no arithmetic that could overflow) must accept exactly what
// parseRequest() accepts, with the same numbers; log text is printable ASCII only.
#include "FuzzCheck.h"

#include "request.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace oomlens::helper;

namespace {

// "0" or NZDIGIT *DIGIT, and not above `max` (itself a canonical digit string).
bool canonicalAtMost(std::string_view text, std::string_view max) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    if (text.size() > 1 && text.front() == '0') return false;
    return text.size() < max.size() || (text.size() == max.size() && text <= max);
}

// VALUE = "0" / ["-"] NZDIGIT *3DIGIT, within [-1000, 1000].
bool validValue(std::string_view text) {
    if (!text.empty() && text.front() == '-') {
        text.remove_prefix(1);
        if (text == "0") return false;
    }
    return canonicalAtMost(text, "1000");
}

void checkRequest(const std::vector<std::string> &args, std::int64_t pidMax) {
    std::vector<const char *> argv{"oomlens-helper"};
    for (const std::string &a : args)
        argv.push_back(a.c_str());
    const ParsedRequest parsed = parseRequest(int(argv.size()), argv.data(), pidMax);

    const bool valid = args.size() == 3 && canonicalAtMost(args[0], std::to_string(pidMax)) &&
                       args[0] != "0" && canonicalAtMost(args[1], "18446744073709551615") &&
                       validValue(args[2]);
    fuzzcheck::check(parsed.request.has_value() == valid, "helper",
                     valid ? "a request the grammar allows was refused"
                           : "a request the grammar forbids was accepted");
    fuzzcheck::check(valid || parsed.reason != nullptr, "helper", "refused without a reason");
    if (!valid) return;
    // The numbers are the texts: canonical decimal has one spelling per value.
    fuzzcheck::check(std::to_string(parsed.request->pid) == args[0] &&
                         std::to_string(parsed.request->startTime) == args[1] &&
                         std::to_string(parsed.request->value) == args[2],
                     "helper", "the request's numbers differ from its text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char *>(data), size);

    std::vector<std::string> args;
    for (std::size_t start = 0; start <= input.size() && args.size() < 6;) {
        const std::size_t nul = input.find('\0', start);
        args.emplace_back(
            input.substr(start, nul == std::string_view::npos ? std::string_view::npos : nul - start));
        if (nul == std::string_view::npos) break;
        start = nul + 1;
    }
    for (const std::int64_t pidMax : {kPidMaxLimit, std::int64_t(32768)})
        checkRequest(args, pidMax);

    for (const std::string &a : args) {
        const auto uid = parseUid(a);
        fuzzcheck::check(uid.has_value() == canonicalAtMost(a, "4294967294"), "helper", "parseUid disagrees");
        if (uid)
            fuzzcheck::check(std::to_string(*uid) == a, "helper", "parseUid's number differs from its text");
        const auto adj = parseOomScoreAdj(a);
        fuzzcheck::check(adj.has_value() == validValue(a), "helper", "parseOomScoreAdj disagrees with VALUE");
    }

    // The file the kernel writes is "%d\n": the same values, with at most one trailing newline.
    const auto fileValue = parseOomScoreAdjFile(input);
    const std::string_view bare =
        !input.empty() && input.back() == '\n' ? input.substr(0, input.size() - 1) : input;
    fuzzcheck::check(fileValue.has_value() == validValue(bare), "helper", "parseOomScoreAdjFile disagrees");

    if (const auto stat = parseStat(input)) {
        for (char c : sanitizeForLog(stat->comm))
            fuzzcheck::check(c >= 0x20 && c < 0x7f, "helper", "sanitized comm is not printable ASCII");
    }
    for (char c : sanitizeForLog(input))
        fuzzcheck::check(c >= 0x20 && c < 0x7f, "helper", "sanitized text is not printable ASCII");
    return 0;
}

// SPDX-License-Identifier: GPL-2.0-or-later
#include "request.h"

#include <limits>

namespace oomlens::helper {

const char *resultName(Result r) {
    switch (r) {
    case Result::Ok:
        return "ok";
    case Result::Error:
        return "error";
    case Result::BadRequest:
        return "bad_request";
    case Result::NoSuchProcess:
        return "no_such_process";
    case Result::PidReused:
        return "pid_reused";
    case Result::NotUserProcess:
        return "not_user_process";
    case Result::KernelRefused:
        return "kernel_refused";
    case Result::NotAuthorised:
        return "not_authorised";
    }
    return "error";
}

static bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

std::optional<std::uint64_t> parseUnsigned(std::string_view text, std::size_t maxDigits,
                                           std::uint64_t maxValue) {
    // Length first: nothing longer than the grammar allows reaches the arithmetic.
    if (text.empty() || text.size() > maxDigits) return std::nullopt;
    if (text.size() > 1 && text.front() == '0') return std::nullopt; // leading zero
    std::uint64_t value = 0;
    for (char c : text) {
        if (!isAsciiDigit(c)) return std::nullopt; // bytes, so UTF-8 digits fail here too
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (maxValue - digit) / 10) return std::nullopt; // value * 10 + digit > maxValue
        value = value * 10 + digit;
    }
    return value;
}

std::optional<int> parseOomScoreAdj(std::string_view text) {
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    const auto magnitude = parseUnsigned(text, 4, static_cast<std::uint64_t>(kOomScoreAdjMax));
    if (!magnitude) return std::nullopt;
    if (negative && *magnitude == 0) return std::nullopt; // "-0" is not canonical
    const int v = static_cast<int>(*magnitude);
    return negative ? -v : v;
}

std::optional<std::uint32_t> parseUid(std::string_view text) {
    const auto uid = parseUnsigned(text, 10, std::numeric_limits<std::uint32_t>::max() - 1);
    if (!uid) return std::nullopt;
    return static_cast<std::uint32_t>(*uid);
}

ParsedRequest parseRequest(int argc, const char *const *argv, std::int64_t pidMax) {
    if (argc != 4 || argv == nullptr) return {std::nullopt, "argument_count"};
    for (int i = 1; i < 4; ++i) {
        if (argv[i] == nullptr) return {std::nullopt, "argument_count"};
    }
    const std::string_view pidText = argv[1], startText = argv[2], valueText = argv[3];

    // A pid is at most 7 digits (PID_MAX_LIMIT = 4194304); the running pid_max decides.
    const auto pid = parseUnsigned(pidText, 7, static_cast<std::uint64_t>(kPidMaxLimit));
    if (!pid) return {std::nullopt, "pid_syntax"};
    if (*pid < 1 || static_cast<std::int64_t>(*pid) > pidMax) return {std::nullopt, "pid_out_of_range"};

    const auto start = parseUnsigned(startText, 20, std::numeric_limits<std::uint64_t>::max());
    if (!start) return {std::nullopt, "start_time_syntax"};

    // Distinguish "well-formed but outside [-1000, 1000]" from garbage, for a clearer reason.
    const auto value = parseOomScoreAdj(valueText);
    if (!value) {
        std::string_view magnitude = valueText;
        if (!magnitude.empty() && magnitude.front() == '-') magnitude.remove_prefix(1);
        const bool wellFormed = !magnitude.empty() && magnitude != "0" &&
                                parseUnsigned(magnitude, 20, std::numeric_limits<std::uint64_t>::max());
        return {std::nullopt, wellFormed ? "value_out_of_range" : "value_syntax"};
    }
    return {Request{static_cast<int>(*pid), *start, *value}, nullptr};
}

std::optional<StatFields> parseStat(std::string_view stat) {
    const auto open = stat.find('(');
    const auto close = stat.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return std::nullopt;
    StatFields out;
    out.comm = std::string(stat.substr(open + 1, close - open - 1));

    // After ") " come fields 3 ("state") onwards, separated by single spaces.
    std::string_view rest = stat.substr(close + 1);
    if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);
    int field = 2;
    bool haveFlags = false, haveStart = false;
    while (!rest.empty()) {
        if (rest.front() != ' ') return std::nullopt;
        rest.remove_prefix(1);
        const auto end = rest.find(' ');
        const std::string_view token = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
        ++field;
        if (field == 3) {
            if (token.size() != 1) return std::nullopt;
            out.state = token.front();
        }
        if (field == 9 || field == 22) {
            const auto number = parseUnsigned(token, 20, std::numeric_limits<std::uint64_t>::max());
            if (!number) return std::nullopt;
            (field == 9 ? out.flags : out.startTime) = *number;
            (field == 9 ? haveFlags : haveStart) = true;
        }
        if (field == 22) break;
    }
    if (!haveFlags || !haveStart) return std::nullopt;
    return out;
}

std::optional<int> parseOomScoreAdjFile(std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    return parseOomScoreAdj(text);
}

std::string sanitizeForLog(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        out.push_back(c >= 0x20 && c < 0x7f ? c : '?');
    return out;
}

} // namespace oomlens::helper

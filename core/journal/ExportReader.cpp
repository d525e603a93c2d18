#include "ExportReader.h"

#include <charconv>
#include <cstring>

namespace oomlens::journal {

namespace {

std::optional<std::uint64_t> number(std::string_view v) {
    std::uint64_t out = 0;
    const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || ptr != v.data() + v.size() || v.empty()) return std::nullopt;
    return out;
}

std::uint64_t le64(const char *p) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

} // namespace

bool ExportParser::looksLikeExport(std::string_view first) {
    return first.rfind("__CURSOR=", 0) == 0 || first.rfind("__REALTIME_TIMESTAMP=", 0) == 0;
}

void ExportParser::line(std::string_view raw, LineNo lineNo) {
    if (m_inBinary) {
        m_binary.append(raw.data(), raw.size());
        const std::uint64_t want = m_binary.size() >= 8 ? le64(m_binary.data()) : UINT64_MAX;
        if (m_binary.size() >= 8 && m_binary.size() - 8 == want) { // its own '\n' ended it
            m_inBinary = false;
            field(m_binaryKey, std::string_view(m_binary).substr(8), m_binaryLine);
        } else if (m_binary.size() >= 8 && m_binary.size() - 8 > want) {
            m_inBinary = false;
            if (!m_malformed) m_malformed = m_binaryLine;
        } else {
            m_binary += '\n'; // the newline was part of the value (or of the length)
        }
        return;
    }
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (raw.empty()) {
        flush();
        return;
    }
    const size_t eq = raw.find('=');
    if (eq == std::string_view::npos) { // "KEY" alone: a binary value follows
        m_binaryKey.assign(raw.data(), raw.size());
        m_binary.clear();
        m_inBinary = true;
        m_binaryLine = lineNo;
        return;
    }
    field(raw.substr(0, eq), raw.substr(eq + 1), lineNo);
}

void ExportParser::field(std::string_view key, std::string_view value, LineNo lineNo) {
    m_any = true;
    JournalEntry &e = m_entry;
    auto set = [&](std::string &s) { s.assign(value.data(), value.size()); };
    if (key == "MESSAGE") {
        set(e.message);
        e.line = lineNo;
    } else if (key == "_HOSTNAME")
        set(e.hostname);
    else if (key == "_BOOT_ID")
        set(e.bootId);
    else if (key == "_TRANSPORT")
        set(e.transport);
    else if (key == "SYSLOG_IDENTIFIER")
        set(e.identifier);
    else if (key == "MESSAGE_ID")
        set(e.messageId);
    else if (key == "UNIT" || key == "USER_UNIT")
        set(e.unit);
    else if (key == "_SYSTEMD_UNIT")
        set(e.systemdUnit);
    else if (key == "UNIT_RESULT")
        set(e.unitResult);
    else if (key == "_PID")
        set(e.pid);
    else if (key == "__REALTIME_TIMESTAMP")
        e.realtimeUs = number(value);
    else if (key == "__MONOTONIC_TIMESTAMP")
        e.monotonicUs = number(value);
    else if (key == "_SOURCE_MONOTONIC_TIMESTAMP")
        e.sourceMonotonicUs = number(value);
    if (!e.line) e.line = lineNo;
}

void ExportParser::flush() {
    if (m_any) m_sink(m_entry);
    m_entry.clear();
    m_any = false;
}

void ExportParser::finish() {
    if (m_inBinary && !m_malformed) m_malformed = m_binaryLine;
    m_inBinary = false;
    flush();
}

} // namespace oomlens::journal

#include "PidStatus.h"

#include "TextScan.h"

namespace oomlens {

namespace {

std::optional<quint64> kbValue(QByteArrayView rest) {
    scan::Tokens t(rest);
    QByteArrayView number, unit;
    if (!t.next(number)) return std::nullopt;
    const std::optional<quint64> v = scan::toU64(number);
    if (!v || (t.next(unit) && unit != "kB")) return std::nullopt;
    return *v * 1024;
}

} // namespace

ParseResult<PidStatus> parsePidStatus(QByteArrayView text) {
    ParseResult<PidStatus> r;
    PidStatus s;
    bool sawName = false;
    scan::Lines lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) continue;
        const QByteArrayView key = line.first(colon);
        const QByteArrayView rest = line.sliced(colon + 1);
        std::optional<quint64> *kb = nullptr;
        switch (key[0]) { // cheap dispatch on the first letter
        case 'N':
            if (key == "Name") {
                s.name = scan::utf8(scan::trimmed(rest));
                sawName = true;
            }
            break;
        case 'P':
            if (key == "PPid") s.ppid = scan::toInt<int>(scan::trimmed(rest));
            break;
        case 'U':
            if (key == "Uid") {
                scan::Tokens t(rest);
                QByteArrayView real;
                if (t.next(real)) s.uid = scan::toInt<uint>(real);
            }
            break;
        case 'K':
            if (key == "Kthread") {
                const std::optional<int> v = scan::toInt<int>(scan::trimmed(rest));
                if (v) s.kthread = *v != 0;
            }
            break;
        case 'V':
            kb = key == "VmRSS"    ? &s.vmRss
                 : key == "VmSwap" ? &s.vmSwap
                 : key == "VmPTE"  ? &s.vmPte
                                   : nullptr;
            break;
        case 'R':
            kb = key == "RssAnon"    ? &s.rssAnon
                 : key == "RssFile"  ? &s.rssFile
                 : key == "RssShmem" ? &s.rssShmem
                                     : nullptr;
            break;
        default:
            break;
        }
        const bool last = kb == &s.vmSwap; // task_mem() prints VmSwap after every line we need
        if (kb && !(*kb = kbValue(rest)))
            r.issues.append(
                {lines.number(),
                 QStringLiteral("value of %1 is not 'N kB': %2").arg(scan::quoted(key), scan::quoted(rest))});
        if (last) break;
    }
    if (!sawName) return ParseResult<PidStatus>::failure(0, QStringLiteral("no 'Name:' line"));
    r.value = std::move(s);
    return r;
}

} // namespace oomlens

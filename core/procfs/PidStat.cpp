#include "PidStat.h"

#include "TextScan.h"

namespace oomlens {

ParseResult<PidStat> parsePidStat(QByteArrayView text) {
    using R = ParseResult<PidStat>;
    // Only the first line: the kernel prints one, and a fixture may carry trailing junk.
    const qsizetype nl = text.indexOf('\n');
    if (nl >= 0) text = text.first(nl);
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return R::failure(1, QStringLiteral("no '(comm)' in %1").arg(scan::quoted(text)));
    PidStat s;
    const std::optional<int> pid = scan::toInt<int>(scan::trimmed(text.first(open)));
    if (!pid)
        return R::failure(1, QStringLiteral("pid %1 is not a number").arg(scan::quoted(text.first(open))));
    s.pid = *pid;
    s.comm = scan::utf8(text.sliced(open + 1, close - open - 1));

    // Fields 3.. after the comm.
    scan::Tokens t(text.sliced(close + 1));
    QByteArrayView f;
    int field = 2;
    while (t.next(f)) {
        ++field;
        switch (field) {
        case 3:
            if (f.size() != 1)
                return R::failure(1, QStringLiteral("state %1 is not one letter").arg(scan::quoted(f)));
            s.state = f[0];
            break;
        case 4: {
            const std::optional<int> ppid = scan::toInt<int>(f);
            if (!ppid) return R::failure(1, QStringLiteral("ppid %1 is not a number").arg(scan::quoted(f)));
            s.ppid = *ppid;
            break;
        }
        case 20:
            s.numThreads = scan::toI64(f);
            break;
        case 22:
            s.startTime = scan::toU64(f);
            break;
        case 23:
            s.vsize = scan::toU64(f);
            break;
        case 24:
            s.rssPages = scan::toU64(f);
            break;
        default:
            break;
        }
        if (field >= 24) break;
    }
    if (field < 4) return R::failure(1, QStringLiteral("only %1 fields").arg(field));
    R r;
    if (!s.startTime) r.issues.append({1, QStringLiteral("no starttime (field 22)")});
    r.value = std::move(s);
    return r;
}

} // namespace oomlens

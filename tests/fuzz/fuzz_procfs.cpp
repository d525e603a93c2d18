// Every /proc parser (core/procfs) on the same arbitrary bytes: the seed corpus is every real
// /proc file in tests/data/proc, so each parser sees its own format mutated and every other one.
// Oracle: no crash, no sanitizer report, and the ParseResult contract (ParseCheck.h).
#include "ParseCheck.h"

#include "procfs/Buddyinfo.h"
#include "procfs/Meminfo.h"
#include "procfs/Mountinfo.h"
#include "procfs/Pagetypeinfo.h"
#include "procfs/PidCgroup.h"
#include "procfs/PidStat.h"
#include "procfs/PidStatus.h"
#include "procfs/Pressure.h"
#include "procfs/SingleValue.h"
#include "procfs/Vmstat.h"
#include "procfs/Zoneinfo.h"

#include <cstdint>

using namespace oomlens;
using fuzzcheck::checkResult;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    checkResult(parseBuddyinfo(text), text, "procfs", "parseBuddyinfo");
    checkResult(parseMeminfo(text), text, "procfs", "parseMeminfo");
    checkResult(parseNodeMeminfo(text), text, "procfs", "parseNodeMeminfo");
    const auto mountinfo = parseMountinfo(text);
    checkResult(mountinfo, text, "procfs", "parseMountinfo");
    const auto mounts = parseMounts(text);
    checkResult(mounts, text, "procfs", "parseMounts");
    if (mountinfo.ok()) (void)classifyCgroupMounts(*mountinfo, text);
    if (mounts.ok()) (void)classifyCgroupMounts(*mounts, QByteArrayView());
    checkResult(parsePagetypeinfo(text), text, "procfs", "parsePagetypeinfo");
    const auto cgroup = parsePidCgroup(text);
    checkResult(cgroup, text, "procfs", "parsePidCgroup");
    if (cgroup.ok()) {
        (void)memoryCgroupPath(*cgroup, true);
        (void)memoryCgroupPath(*cgroup, false);
    }
    (void)parseCmdline(text);
    checkResult(parsePidStat(text), text, "procfs", "parsePidStat");
    checkResult(parsePidStatus(text), text, "procfs", "parsePidStatus");
    checkResult(parsePressure(text), text, "procfs", "parsePressure");
    checkResult(parseSingleInt(text), text, "procfs", "parseSingleInt");
    checkResult(parseSingleU64(text), text, "procfs", "parseSingleU64");
    checkResult(parseIntList(text), text, "procfs", "parseIntList");
    checkResult(parseVmstat(text), text, "procfs", "parseVmstat");
    checkResult(parseKeyValueCounters(text), text, "procfs", "parseKeyValueCounters");
    checkResult(parseZoneinfo(text), text, "procfs", "parseZoneinfo");
    return 0;
}

// The /sys parsers (core/sysfs): cgroup limit files (v2 and v1 at every page size the v1
// "unlimited" encodings depend on) and the node files (cpulist/nodelist, distance).
// Oracle: no crash, no sanitizer report, the ParseResult contract (ParseCheck.h), and a v1 limit
// the parser calls a number is not one of the "unlimited" encodings.
#include "ParseCheck.h"

#include "sysfs/CgroupFiles.h"
#include "sysfs/NodeFiles.h"

#include <cstdint>

using namespace oomlens;
using fuzzcheck::checkResult;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    checkResult(parseV2Limit(text), text, "sysfs", "parseV2Limit");
    for (const quint64 pageSize : {quint64(0), quint64(4096), quint64(16384), quint64(65536)}) {
        const auto v1 = parseV1Limit(text, pageSize);
        checkResult(v1, text, "sysfs", "parseV1Limit");
        if (v1.ok() && v1->has_value())
            fuzzcheck::check(!isV1Unlimited(**v1, pageSize), "sysfs",
                             "an unlimited v1 encoding given as a limit");
    }
    const auto ids = parseIdList(text);
    checkResult(ids, text, "sysfs", "parseIdList");
    if (ids.ok())
        for (int id : *ids)
            fuzzcheck::check(id >= 0, "sysfs", "a negative id in a cpulist");
    checkResult(parseNodeDistance(text), text, "sysfs", "parseNodeDistance");
    return 0;
}

// Every parser against cut-off copies of real captures and against random bytes: a result, a
// partial result or an error with a reason, never a crash (run under ASan+UBSan in CI).
#include "ProcFixtures.h"
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
#include "sysfs/CgroupFiles.h"
#include "sysfs/NodeFiles.h"

#include <QRandomGenerator>

using namespace oomlens;
using oomlens::test::procData;

namespace {

// Runs every parser on `bytes`; each must either succeed or explain why not.
template <typename R> bool explained(const R &r) {
    return r.ok() || !r.issues.isEmpty();
}

bool allParsersCope(QByteArrayView bytes) {
    bool ok = true;
    ok &= explained(parseMeminfo(bytes));
    ok &= explained(parseNodeMeminfo(bytes));
    ok &= explained(parseVmstat(bytes));
    ok &= explained(parseZoneinfo(bytes));
    ok &= explained(parseBuddyinfo(bytes));
    ok &= explained(parsePagetypeinfo(bytes));
    ok &= explained(parsePressure(bytes));
    ok &= explained(parseMountinfo(bytes));
    ok &= explained(parseMounts(bytes));
    ok &= explained(parsePidStat(bytes));
    ok &= explained(parsePidStatus(bytes));
    ok &= explained(parsePidCgroup(bytes));
    ok &= explained(parseSingleInt(bytes));
    ok &= explained(parseIntList(bytes));
    ok &= explained(parseIdList(bytes));
    ok &= explained(parseNodeDistance(bytes));
    ok &= explained(parseV2Limit(bytes));
    ok &= explained(parseV1Limit(bytes, 4096));
    parseKeyValueCounters(bytes);
    parseCmdline(bytes);
    return ok;
}

} // namespace

class TestParsersRobustness : public QObject {
    Q_OBJECT
private slots:
    void cutOffCaptures_data() {
        QTest::addColumn<QString>("file");
        for (const char *f : {"vm-6.18-capture/proc/zoneinfo", "vm-6.18-capture/proc/pagetypeinfo",
                              "vm-6.18-capture/proc/buddyinfo", "vm-6.18-capture/proc/meminfo",
                              "vm-6.18-capture/proc/self/mountinfo", "vm-6.18-capture/proc/21947/stat",
                              "vm-6.18-capture/proc/21947/status", "pcp-qa-meminfo-006/proc/zoneinfo",
                              "pcp-qa-meminfo-002/proc/zoneinfo", "procfs/proc/584/stat",
                              "pcp-qa-pressure-001/proc/pressure/memory"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void cutOffCaptures() {
        QFETCH(QString, file);
        const QByteArray full = procData(file);
        const qsizetype step = std::max<qsizetype>(1, full.size() / 100);
        for (qsizetype n = 0; n <= full.size(); n += step)
            QVERIFY2(allParsersCope(full.left(n)), qPrintable(QStringLiteral("cut at %1").arg(n)));
    }

    void zoneinfoCutIsAlwaysFlagged() {
        // Any cut of a 6.18 zoneinfo that is not at the very end is reported as cut off.
        const QByteArray full = procData(QStringLiteral("vm-6.18-capture/proc/zoneinfo"));
        for (qsizetype n = 40; n < full.size() - 1; n += 97) {
            const auto r = parseZoneinfo(full.left(n));
            QVERIFY2(r.truncated, qPrintable(QStringLiteral("cut at %1 not flagged").arg(n)));
        }
        QVERIFY(!parseZoneinfo(full).truncated);
    }

    void randomBytes() {
        QRandomGenerator rng(20261123); // fixed seed: reproducible
        for (int i = 0; i < 150; ++i) {
            QByteArray junk(int(rng.bounded(1, 600)), Qt::Uninitialized);
            for (char &c : junk) // mostly printable, some NUL/newline/high bytes
                c = rng.bounded(10) == 0 ? char(rng.bounded(256))
                                         : " \n()-:,=>0123456789abcNodezone"[rng.bounded(30)];
            QVERIFY(allParsersCope(junk));
        }
    }
};

QTEST_GUILESS_MAIN(TestParsersRobustness)
#include "tst_parsers_robustness.moc"

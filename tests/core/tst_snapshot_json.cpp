// The JSON schema of `snapshot --json` (docs/snapshot-json.md) and the CLI's contract for the
// snapshot and capture commands (exit codes, one-line errors).
#include "ProcFixtures.h"
#include "analysis/KillOrder.h"
#include "model/JsonWriter.h"
#include "model/SnapshotJson.h"
#include "procfs/SnapshotReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace oomlens;

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out, err;
};

CliResult cli(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(OOMLENS_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestSnapshotJson : public QObject {
    Q_OBJECT
    Snapshot m_snapshot;
    KillOrder m_killOrder;

private slots:
    void initTestCase() {
        SourceError e;
        const std::optional<Snapshot> s =
            readSnapshot(oomlens::test::procDataPath(QStringLiteral("vm-6.18-capture")), &e);
        QVERIFY(s);
        m_snapshot = *s;
        m_killOrder = estimateKillOrder(m_snapshot);
    }

    void stableKeys() {
        const QJsonObject o = snapshotToJsonObject(m_snapshot, m_killOrder);
        QCOMPARE(o.value(QLatin1String("schema")).toString(), QStringLiteral("oomlens-snapshot/1"));
        QCOMPARE(o.value(QLatin1String("kernel")).toString(), QStringLiteral("6.18.44-fc-v769"));
        QCOMPARE(o.value(QLatin1String("page_size")).toInteger(), 4096);
        const QJsonObject node = o.value(QLatin1String("nodes")).toArray().first().toObject();
        QCOMPARE(node.value(QLatin1String("id")).toInt(), 0);
        const QJsonObject normal = node.value(QLatin1String("zones")).toArray().at(2).toObject();
        QCOMPARE(normal.value(QLatin1String("name")).toString(), QStringLiteral("Normal"));
        QCOMPARE(normal.value(QLatin1String("free_pages")).toInteger(), 181120);
        QCOMPARE(normal.value(QLatin1String("min_pages")).toInteger(), 8838);
        QCOMPARE(normal.value(QLatin1String("low_pages")).toInteger(), 11047);
        QCOMPARE(normal.value(QLatin1String("high_pages")).toInteger(), 13256);
        QCOMPARE(normal.value(QLatin1String("managed_pages")).toInteger(), 851968);
        QCOMPARE(normal.value(QLatin1String("buddy")).toArray().first().toInteger(), 301); // order 0 first
        QCOMPARE(normal.value(QLatin1String("buddy")).toArray().size(), 11);
        // An empty zone has no buddyinfo line: null, not [] and not zeros.
        QVERIFY(node.value(QLatin1String("zones"))
                    .toArray()
                    .at(3)
                    .toObject()
                    .value(QLatin1String("buddy"))
                    .isNull());
        // meminfo in bytes, kernel key names; HugePages_Total stays a count.
        const QJsonObject meminfo = o.value(QLatin1String("meminfo")).toObject();
        QCOMPARE(meminfo.value(QLatin1String("MemTotal")).toInteger(), qint64(24683656) * 1024);
        QVERIFY(meminfo.contains(QLatin1String("Active(anon)")));
        QCOMPARE(meminfo.value(QLatin1String("HugePages_Total")).toInteger(), 0);

        const QJsonArray cgroups = o.value(QLatin1String("cgroups")).toArray();
        QCOMPARE(cgroups.size(), 5);
        const QJsonObject root = cgroups.first().toObject();
        QCOMPARE(root.value(QLatin1String("path")).toString(), QStringLiteral("/"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QVERIFY(root.value(QLatin1String("limit_bytes")).isNull()); // unlimited
        QVERIFY(root.value(QLatin1String("usage_bytes")).isDouble());

        const QJsonArray procs = o.value(QLatin1String("processes")).toArray();
        QCOMPARE(procs.size(), 6);
        for (const QJsonValue &v : procs) {
            const QJsonObject p = v.toObject();
            for (const char *key :
                 {"pid", "comm", "oom_score", "oom_score_adj", "rss_bytes", "cgroup", "kill_rank"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
        }
        const QJsonObject kthreadd = procs.at(1).toObject();
        QCOMPARE(kthreadd.value(QLatin1String("pid")).toInt(), 2);
        QVERIFY(kthreadd.value(QLatin1String("rss_bytes")).isNull()); // kernel thread: n/a, not 0
        QVERIFY(kthreadd.value(QLatin1String("kill_rank")).isNull());
        QCOMPARE(procs.at(5).toObject().value(QLatin1String("kill_rank")).toInt(), 1); // the adj-500 sleep
    }

    void streamEqualsBuffer() {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeSnapshotJson(m_snapshot, m_killOrder, buffer));
        QCOMPARE(buffer.data(), snapshotToJson(m_snapshot, m_killOrder));
    }

    void writerEscapes() {
        JsonWriter w;
        w.beginObject()
            .field("comm", QStringLiteral("a \"b\"\\c\n\x01 ü (x)"))
            .field("big", quint64(18446744073709551615ULL))
            .field("neg", qint64(-1000))
            .field("none", std::optional<int>())
            .field("avg", 70.24);
        w.key("list").array(QList<quint64>{1, 2});
        w.endObject();
        const QByteArray text = w.take();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("comm")).toString(), QStringLiteral("a \"b\"\\c\n\x01 ü (x)"));
        QVERIFY(text.contains("18446744073709551615")); // exact in the text, even beyond qint64
        QCOMPARE(o.value(QLatin1String("neg")).toInt(), -1000);
        QVERIFY(o.value(QLatin1String("none")).isNull());
        QCOMPARE(o.value(QLatin1String("avg")).toDouble(), 70.24);
        QVERIFY(text.contains("[1, 2]"));
    }

    void cliSnapshotFromCapture() {
        const CliResult r =
            cli({QStringLiteral("snapshot"), QStringLiteral("--json"), QStringLiteral("--source"),
                 oomlens::test::procDataPath(QStringLiteral("vm-6.18-capture"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("processes")).toArray().size(), 6);
        // Text for people: absent values say n/a.
        const CliResult text = cli({QStringLiteral("snapshot"), QStringLiteral("--source"),
                                    oomlens::test::procDataPath(QStringLiteral("vm-6.18-capture"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("my (weird) proc"));
        QVERIFY(text.out.contains("n/a"));
        QVERIFY(text.out.contains("effective 64.0 MiB"));
    }

    void cliErrors() {
        const CliResult missing =
            cli({QStringLiteral("snapshot"), QStringLiteral("--source"), QStringLiteral("/nonexistent/x")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith("oomlens-cli snapshot: /nonexistent/x: "));
        QCOMPARE(missing.err.count('\n'), 1);
        QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("capture"), QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("--help")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotJson)
#include "tst_snapshot_json.moc"

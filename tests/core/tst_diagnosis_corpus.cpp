// The diagnosis on every real report of tests/data/oom-logs/ (copied from the shared corpus, see
// its README.md): each event's primary cause must equal MANIFEST.tsv's expected_cause, and every
// finding must fire on the reports named below and stay silent on the others named.
#include "analysis/Diagnosis.h"
#include "kernlog/LogAnalysis.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace oomlens;

namespace {

QString dataDir() {
    return QStringLiteral(OOMLENS_TEST_DATA "/oom-logs");
}

// The OOM events of a file (allocation failures are their own kind and not in the manifest).
QList<OomEvent> oomEvents(const QString &path) {
    QList<OomEvent> out;
    for (auto &e : analyzeFile(path).events)
        if (e.kind != OomEventKind::AllocationFailure) out.append(std::move(e));
    return out;
}

struct ManifestRow {
    QString file;
    int events = 0;
    QStringList causes; // one per event; "-" = undetermined
};

QList<ManifestRow> manifest() {
    QList<ManifestRow> rows;
    QFile f(dataDir() + QStringLiteral("/MANIFEST.tsv"));
    if (!f.open(QIODevice::ReadOnly)) return rows;
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(u'\t');
    const auto fileCol = header.indexOf(QStringLiteral("file"));
    const auto eventsCol = header.indexOf(QStringLiteral("events"));
    const auto causeCol = header.indexOf(QStringLiteral("expected_cause"));
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).chopped(1).split(u'\t');
        if (cols.size() <= std::max({fileCol, eventsCol, causeCol})) continue;
        ManifestRow r{cols.at(fileCol), cols.at(eventsCol).toInt(), {}};
        if (!cols.at(causeCol).isEmpty()) r.causes = cols.at(causeCol).split(u';');
        rows.append(r);
    }
    return rows;
}

// Manifest values this diagnosis deliberately disagrees with: "file#event" -> our cause, each
// with the log line that shows why. Empty: no disagreement found so far.
const QHash<QString, QString> &expectedDisagreements() {
    static const QHash<QString, QString> d = {};
    return d;
}

QList<Diagnosis> diagnosisOf(const QString &file) {
    return diagnose(oomEvents(dataDir() + u'/' + file));
}

} // namespace

class TestDiagnosisCorpus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(!manifest().isEmpty(), "tests/data/oom-logs/MANIFEST.tsv missing"); }

    void causeMatchesManifest_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::addColumn<QStringList>("causes");
        for (const auto &r : manifest())
            QTest::newRow(qPrintable(r.file)) << r.file << r.events << r.causes;
    }
    void causeMatchesManifest() {
        QFETCH(QString, file);
        QFETCH(int, events);
        QFETCH(QStringList, causes);
        const QList<Diagnosis> result = diagnosisOf(file);
        QCOMPARE(result.size(), qsizetype(events));
        for (qsizetype i = 0; i < result.size(); ++i) {
            const QString key = QStringLiteral("%1#%2").arg(file).arg(i);
            QString expected = causes.value(i);
            if (expected == QLatin1String("-")) expected = QStringLiteral("undetermined");
            expected = expectedDisagreements().value(key, expected);
            const Diagnosis &d = result.at(i);
            QVERIFY2(causeId(d.cause) == expected,
                     qPrintable(QStringLiteral("%1: got %2 (%3: %4), manifest %5")
                                    .arg(key, causeId(d.cause), d.decidedBy, d.summary, expected)));
            // A cause never stands without the report's own lines.
            if (d.cause != Cause::Undetermined) QVERIFY2(!d.evidence.isEmpty(), qPrintable(key));
            for (const auto &ev : d.evidence)
                QVERIFY2(ev.line > 0 && !ev.text.isEmpty(), qPrintable(key));
        }
    }

    void findings_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("event");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<bool>("fires");
        const auto row = [](const char *file, int event, const char *finding, bool fires) {
            QTest::addRow("%s %s#%d", finding, file, event)
                << QString::fromLatin1(file) << event << QString::fromLatin1(finding) << fires;
        };
        // slab_unreclaimable_high: > 10% of "pages RAM".
        row("k5.4-arm64-global-kmemleak-slab-no-killable-panic-mail-wrapped.log", 1,
            "slab_unreclaimable_high", true);
        row("k4.19-kdump-capture-kernel-boot-oom-no-killable-slab-info.log", 0, "slab_unreclaimable_high",
            true);
        row("k3.x-mips-broadcom-router-compulsory-panic-on-oom-vendor-lines.log", 0,
            "slab_unreclaimable_high", true);
        row("k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log", 0,
            "slab_unreclaimable_high",
            false); // 640692 of 8373432 pages: 7.7%
        row("k3.10-el7-global-syslog-rsyslog-012-interleaved.log", 0, "slab_unreclaimable_high", false);
        row("k4.4-ubuntu-global-order3-fragmentation-syslog.log", 0, "slab_unreclaimable_high", false);
        // hugepages_reserved: no corpus report holds > 10% of RAM in huge pages (see
        // staticHugepagePoolDerivedFromEuler); these must stay silent.
        row("k3.10-euler-kvm-memcg-path-panic-on-oom-2-hugepages-1024.log", 0, "hugepages_reserved",
            false); // 2 of 48 GiB
        row("k4.4-ubuntu-global-order3-fragmentation-syslog.log", 0, "hugepages_reserved", false);
        // oom_score_adj_protected: the -1000 tasks of the corpus are small daemons.
        row("k3.10-el7-global-syslog-rsyslog-012-interleaved.log", 0, "oom_score_adj_protected", false);
        row("k3.10-euler-kvm-memcg-path-panic-on-oom-2-hugepages-1024.log", 0, "oom_score_adj_protected",
            false);
        row("k5.4-arm64-global-kmemleak-slab-no-killable-panic-mail-wrapped.log", 1,
            "oom_score_adj_protected", false);
        // restart_loop: ksm04 killed 4 times (distinct pids): from the third kill on; two kills
        // are not a loop.
        for (int i = 0; i < 4; ++i)
            row("k4.3-next-oom-kill-allocating-task-sacrifice-child-x4-no-header.log", i, "restart_loop",
                i >= 2);
        row("k3.7-memcg-v1-parent-limit-annotated-two-runs.log", 1, "restart_loop", false);
        row("k5.14-sle-global-rfc3339-syslog-printk-caller-elided-two-events.log", 1, "restart_loop", false);
        row("k6.3rc-cpuset-two-runs-trimmed-lines.log", 1, "restart_loop", false);
        // no_swap / swap_exhausted: from "Total swap" / "Free swap" of global reports only.
        row("k3.10-el7-global-syslog-rsyslog-012-interleaved.log", 0, "no_swap", true);
        row("k5.13-next-global-hyperv-kde-journal-warn-alloc-first.log", 0, "no_swap", true);
        row("k4.18-riscv-boot-panic-no-killable-partial.log", 0, "no_swap", true);
        row("k4.4-ubuntu-global-order3-fragmentation-syslog.log", 0, "no_swap", false);
        row("k3.19-global-syslog-sacrifice-child-R-migratetype-cut-at-table.log", 1, "no_swap", false);
        row("k5.8-memcg-v1-ltp-subgroup-elided-nots.log", 0, "no_swap", false);
        row("k3.19-global-syslog-sacrifice-child-R-migratetype-cut-at-table.log", 1, "swap_exhausted", true);
        row("k4.4-ubuntu-global-order3-fragmentation-syslog.log", 0, "swap_exhausted", false);
        row("k3.10-el7-global-syslog-rsyslog-012-interleaved.log", 0, "swap_exhausted", false);
    }
    void findings() {
        QFETCH(QString, file);
        QFETCH(int, event);
        QFETCH(QString, finding);
        QFETCH(bool, fires);
        const QList<Diagnosis> result = diagnosisOf(file);
        QVERIFY(event < result.size());
        const Finding *f = result.at(event).finding(finding);
        QCOMPARE(f != nullptr, fires);
        if (f) {
            QVERIFY(!f->summary.isEmpty() && !f->remedy.isEmpty());
            QVERIFY(!f->evidence.isEmpty());
            for (const auto &ev : f->evidence)
                QVERIFY(ev.line > 0 && !ev.text.isEmpty());
        }
    }

    // What the summaries say about real reports: the figures a reader checks first.
    void summaries_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("event");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<QStringList>("omits");
        QTest::newRow("numa: node 1 and the rest free")
            << "k5.10-hce-global-and-mempolicy-kernel-prefix-012-doc-spliced.log" << 1
            << QStringList{QStringLiteral("node(s) 1"), QStringLiteral("Node 1 DMA32"),
                           QStringLiteral("free on other nodes")}
            << QStringList{};
        QTest::newRow("fragmentation: DMA32 has room, DMA is reserved")
            << "k4.4-ubuntu-global-order3-fragmentation-syslog.log" << 0
            << QStringList{QStringLiteral("order-3"), QStringLiteral("32 KiB"),
                           QStringLiteral("Node 0 DMA32")}
            << QStringList{QStringLiteral("Node 0 DMA free")};
        QTest::newRow("no killable: the -1000 task is named")
            << "k5.4-arm64-global-kmemleak-slab-no-killable-panic-mail-wrapped.log" << 1
            << QStringList{QStringLiteral("systemd-udevd"), QStringLiteral("panicked")} << QStringList{};
        QTest::newRow("kdump capture kernel: empty task table")
            << "k4.19-kdump-capture-kernel-boot-oom-no-killable-slab-info.log" << 0
            << QStringList{QStringLiteral("task table is empty")} << QStringList{};
        QTest::newRow("sysrq-f: zones above high")
            << "k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log" << 0
            << QStringList{QStringLiteral("sysrq-f"), QStringLiteral("above its high watermark")}
            << QStringList{};
        QTest::newRow("ancestor limit with a typo in task_memcg")
            << "k5.14-k5.3-memcg-v1-kubevirt-pod-mixed-prefix-elided.log" << 1
            << QStringList{QStringLiteral("kubepods-burstable-podef91e487_dec5_4613_800b_eb23e1a1617d.slice"),
                           QStringLiteral("70870"), QStringLiteral("not nested as text")}
            << QStringList{};
        QTest::newRow("own limit") << "k5.8-memcg-v1-ltp-subgroup-elided-nots.log" << 0
                                   << QStringList{QStringLiteral("/ltp_19257"), QStringLiteral("132 KiB"),
                                                  QStringLiteral("19289")}
                                   << QStringList{};
        QTest::newRow("shortage: lowmem_reserve in the bar")
            << "k3.10-el7-global-syslog-rsyslog-012-interleaved.log" << 0
            << QStringList{QStringLiteral("lowmem_reserve"), QStringLiteral("Node 0 DMA32")} << QStringList{};
        QTest::newRow("panic_on_oom of a memcg OOM")
            << "k3.10-euler-kvm-memcg-path-panic-on-oom-2-hugepages-1024.log" << 0
            << QStringList{QStringLiteral("vm.panic_on_oom=2"), QStringLiteral("memory cgroup")}
            << QStringList{};
    }
    void summaries() {
        QFETCH(QString, file);
        QFETCH(int, event);
        QFETCH(QStringList, mentions);
        QFETCH(QStringList, omits);
        const QList<Diagnosis> result = diagnosisOf(file);
        QVERIFY(event < result.size());
        const QString &summary = result.at(event).summary;
        for (const auto &m : mentions)
            QVERIFY2(summary.contains(m), qPrintable(m + QStringLiteral(" not in: ") + summary));
        for (const auto &o : omits)
            QVERIFY2(!summary.contains(o), qPrintable(o + QStringLiteral(" in: ") + summary));
    }

    // Derived: the aks report's oom-kill: line cut inside task_memcg, as a pager ("...") or a
    // 1024-byte syslog limit (nothing marks the cut) leaves it. The cut path must not be read as
    // a different cgroup: the cause is undetermined, never memcg_ancestor_limit.
    void cutOomKillLine_data() {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("pager ellipsis") << QByteArray("...");
        QTest::newRow("plain cut") << QByteArray();
    }
    void cutOomKillLine() {
        QFETCH(QByteArray, tail);
        QFile in(dataDir() + QStringLiteral("/k5.15-azure-memcg-v2-aks-pod-syslog-npd-echo.log"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        bool cut = false;
        for (auto &l : lines) {
            const auto at = l.indexOf("task_memcg=/kubepods.slice/kub");
            if (at < 0) continue;
            l = l.left(at + qsizetype(qstrlen("task_memcg=/kubepods.slice/kub"))) + tail;
            cut = true;
        }
        QVERIFY(cut);
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("aks-cut.log")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();
        const auto result = diagnose(oomEvents(out.fileName()));
        QVERIFY(!result.isEmpty());
        QCOMPARE(causeId(result.at(0).cause), QStringLiteral("undetermined"));
        QCOMPARE(result.at(0).decidedBy, QStringLiteral("memcg_unresolved"));
    }

    // Derived from a real report: the euler log with its static pool raised from 1024 to 8192
    // huge pages of 2 MiB (16 of 48 GiB); the only change, so the finding must appear.
    void staticHugepagePoolDerivedFromEuler() {
        QFile in(dataDir() + QStringLiteral("/k3.10-euler-kvm-memcg-path-panic-on-oom-2-hugepages-1024.log"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        QVERIFY(text.contains("hugepages_total=1024 "));
        text.replace("hugepages_total=1024 ", "hugepages_total=8192 ");
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("euler-8192.log")));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
        out.close();
        const auto result = diagnose(oomEvents(out.fileName()));
        QCOMPARE(result.size(), 1);
        QVERIFY(result.at(0).finding(u"hugepages_reserved"));
        QCOMPARE(result.at(0).cause, Cause::PanicOnOom); // unchanged
    }

    // Derived: the k3.10-el7 java row (196225 of 262044 pages) set to oom_score_adj -1000.
    void protectedBigProcessDerivedFromEl7() {
        QFile in(dataDir() + QStringLiteral("/k3.10-el7-global-syslog-rsyslog-012-interleaved.log"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        const QByteArray row = "196225     587        0             0 java";
        QVERIFY(text.contains(row));
        text.replace(row, "196225     587        0         -1000 java");
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("el7-protected.log")));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
        out.close();
        const auto result = diagnose(oomEvents(out.fileName()));
        QCOMPARE(result.size(), 1);
        const Finding *f = result.at(0).finding(u"oom_score_adj_protected");
        QVERIFY(f);
        QVERIFY(f->summary.contains(QLatin1String("java")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisCorpus)
#include "tst_diagnosis_corpus.moc"

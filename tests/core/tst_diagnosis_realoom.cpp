// A real memcg OOM from this machine's kernel, diagnosed: the analyzer must name the hog's pid,
// its cgroup and the cause (memcg_limit; memcg_ancestor_limit when the limit sits on a parent).
// Needs root and a cgroup v1 memory controller at /sys/fs/cgroup/memory (skipped otherwise).
// Only a tiny cgroup runs out of memory, never the machine: the limit is 32 MiB.
#include "analysis/Diagnosis.h"
#include "kernlog/LogAnalysis.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <unistd.h>

using namespace oomlens;

namespace {

const QString memoryRoot = QStringLiteral("/sys/fs/cgroup/memory");

bool writeFile(const QString &path, const QByteArray &value) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(value) == value.size();
}

// A v1 memory cgroup that removes itself (after its tasks are gone) when it goes out of scope.
struct Cgroup {
    QString path;
    explicit Cgroup(const QString &relative)
        : path(memoryRoot + u'/' + relative) {
        QDir().rmdir(path); // a leftover of an earlier, interrupted run
        QDir().mkpath(path);
    }
    ~Cgroup() {
        for (int i = 0; i < 50 && !QDir().rmdir(path) && QDir(path).exists(); ++i)
            QThread::msleep(100);
    }
    Cgroup(const Cgroup &) = delete;
    Cgroup &operator=(const Cgroup &) = delete;
};

struct Hog {
    qint64 pid = 0;
    QString kernelLog; // dmesg lines written after our marker
};

// Writes a marker to /dev/kmsg, runs `tail /dev/zero` (it buffers an endless line) inside
// `cgroup` until the OOM killer ends it, and returns the kernel's lines after the marker.
Hog runHog(const QString &cgroup, const QString &marker) {
    Hog hog;
    if (!writeFile(QStringLiteral("/dev/kmsg"), marker.toUtf8())) return hog;
    QProcess p;
    // exec keeps the shell's pid: the pid written to cgroup.procs is the hog's.
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("echo $$ > %1/cgroup.procs && exec tail /dev/zero").arg(cgroup)});
    if (!p.waitForStarted()) return hog;
    hog.pid = p.processId();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return hog;
    }
    // The kill line is printed before the task dies; the oom_reaper line may come a bit later.
    QThread::msleep(300);
    QProcess dmesg;
    dmesg.start(QStringLiteral("dmesg"), {});
    dmesg.waitForFinished();
    const QString all = QString::fromUtf8(dmesg.readAllStandardOutput());
    const auto at = all.lastIndexOf(marker);
    if (at >= 0) hog.kernelLog = all.mid(all.indexOf(u'\n', at) + 1);
    return hog;
}

// The diagnosed event whose victim is `pid` in the kernel lines `log`.
std::optional<std::pair<OomEvent, Diagnosis>> eventOf(const QString &log, qint64 pid) {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("dmesg.log")));
    if (!f.open(QIODevice::WriteOnly)) return std::nullopt;
    f.write(log.toUtf8());
    f.close();
    const LogAnalysis a = analyzeFile(f.fileName());
    const QList<Diagnosis> d = diagnose(a.events);
    for (qsizetype i = 0; i < a.events.size(); ++i)
        if (a.events.at(i).victim && a.events.at(i).victim->pid == pid)
            return std::make_pair(a.events.at(i), d.at(i));
    return std::nullopt;
}

} // namespace

class TestDiagnosisRealOom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (geteuid() != 0) QSKIP("needs root to create memory cgroups and read the kernel log");
        if (!QFile::exists(memoryRoot + QStringLiteral("/memory.limit_in_bytes")))
            QSKIP("no cgroup v1 memory controller at /sys/fs/cgroup/memory");
    }

    void ownLimitIsMemcgLimit() {
        const QString name =
            QStringLiteral("oomlens-test-%1-diag-own").arg(QCoreApplication::applicationPid());
        Cgroup cg(name);
        QVERIFY(writeFile(cg.path + QStringLiteral("/memory.limit_in_bytes"), "33554432"));
        writeFile(cg.path + QStringLiteral("/memory.memsw.limit_in_bytes"),
                  "33554432"); // absent without swap accounting
        const Hog hog = runHog(cg.path, QStringLiteral("oomlens diagnosis test marker %1").arg(name));
        QVERIFY2(hog.pid > 0 && !hog.kernelLog.isEmpty(), "no kernel output after the marker");
        const auto found = eventOf(hog.kernelLog, hog.pid);
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("no event with victim %1 in:\n%2").arg(hog.pid).arg(hog.kernelLog)));
        const auto &[event, diagnosis] = *found;
        QCOMPARE(causeId(diagnosis.cause), QStringLiteral("memcg_limit"));
        QVERIFY(diagnosis.summary.contains(u'/' + name));
        QVERIFY(diagnosis.summary.contains(QString::number(hog.pid)));
        QVERIFY(event.constraint && event.constraint->oomMemcg == u'/' + name);
    }

    void parentLimitIsMemcgAncestorLimit() {
        const QString parentName =
            QStringLiteral("oomlens-test-%1-diag-parent").arg(QCoreApplication::applicationPid());
        Cgroup parent(parentName);
        QVERIFY(writeFile(parent.path + QStringLiteral("/memory.use_hierarchy"), "1") ||
                QFile(parent.path + QStringLiteral("/memory.use_hierarchy")).open(QIODevice::ReadOnly));
        QVERIFY(writeFile(parent.path + QStringLiteral("/memory.limit_in_bytes"), "33554432"));
        writeFile(parent.path + QStringLiteral("/memory.memsw.limit_in_bytes"), "33554432");
        {
            Cgroup child(parentName + QStringLiteral("/child"));
            const Hog hog =
                runHog(child.path, QStringLiteral("oomlens diagnosis test marker %1").arg(parentName));
            QVERIFY2(hog.pid > 0 && !hog.kernelLog.isEmpty(), "no kernel output after the marker");
            const auto found = eventOf(hog.kernelLog, hog.pid);
            QVERIFY2(found,
                     qPrintable(
                         QStringLiteral("no event with victim %1 in:\n%2").arg(hog.pid).arg(hog.kernelLog)));
            const auto &[event, diagnosis] = *found;
            QCOMPARE(causeId(diagnosis.cause), QStringLiteral("memcg_ancestor_limit"));
            QVERIFY(diagnosis.summary.contains(u'/' + parentName));
            QVERIFY(diagnosis.summary.contains(u'/' + parentName + QStringLiteral("/child")));
            QVERIFY(diagnosis.summary.contains(QString::number(hog.pid)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisRealOom)
#include "tst_diagnosis_realoom.moc"

// Triggers a REAL OOM kill inside a small cgroup-v1 memory cgroup and returns the kernel's report.
// For tests that run as root on a machine with /sys/fs/cgroup/memory (CI and the dev box); never a
// whole-machine OOM: the hog is confined by the cgroup limit.
//
//   RealOom oom = triggerMemcgOom(QStringLiteral("mine"), RealOomLimit::OwnCgroup);
//   if (!oom.skipReason.isEmpty()) QSKIP(qPrintable(oom.skipReason));
//   QVERIFY2(oom.error.isEmpty(), qPrintable(oom.error));
//   oom.kernelLines: the dmesg lines printed after our marker; oom.hogPid: the pid killed;
//   oom.taskCgroup / oom.limitCgroup: paths as the kernel prints them ("/oomlens-test-123-mine").
//
// The hog is `tail /dev/zero` (it buffers an endless line), started by a shell that first moves
// itself into the cgroup, so pid = the QProcess pid. Cgroups are named oomlens-test-<pid>-<name>,
// removed afterwards; leftovers of a crashed run are removed before use.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <unistd.h>

enum class RealOomLimit {
    OwnCgroup,    // the limit is on the hog's own cgroup        -> cause memcg_limit
    ParentCgroup, // the limit is on the parent, hog in a child  -> cause memcg_ancestor_limit
};

struct RealOom {
    QString skipReason; // non-empty: the test cannot run here (not root, no cgroup v1 memory)
    QString error;      // non-empty: the setup or the OOM failed
    qint64 hogPid = 0;
    QString taskCgroup;  // the hog's cgroup, as printed by the kernel (relative to the hierarchy)
    QString limitCgroup; // the cgroup whose limit was hit
    qint64 limitBytes = 0;
    QByteArray kernelLines; // dmesg text after the marker line
};

namespace realoom_detail {
inline const QString MemoryRoot = QStringLiteral("/sys/fs/cgroup/memory");

inline bool writeFile(const QString &path, const QByteArray &value) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    return f.write(value) == value.size() && f.flush();
}

// rmdir needs the cgroup empty; the killed task leaves it asynchronously.
inline void removeCgroup(const QString &path) {
    for (int i = 0; i < 50 && QDir(path).exists(); ++i) {
        for (const QString &sub : QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            removeCgroup(path + u'/' + sub);
        if (::rmdir(QFile::encodeName(path).constData()) == 0) return;
        QThread::msleep(100);
    }
}
} // namespace realoom_detail

inline RealOom triggerMemcgOom(const QString &name, RealOomLimit where,
                               qint64 limitBytes = 32 * 1024 * 1024) {
    using namespace realoom_detail;
    RealOom r;
    r.limitBytes = limitBytes;
    if (geteuid() != 0) {
        r.skipReason = QStringLiteral("needs root to create a memory cgroup and trigger an OOM kill");
        return r;
    }
    if (!QFile::exists(MemoryRoot + QStringLiteral("/memory.limit_in_bytes"))) {
        r.skipReason = QStringLiteral("no cgroup v1 memory controller at /sys/fs/cgroup/memory");
        return r;
    }
    const QString base =
        QStringLiteral("oomlens-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(name);
    const QString baseDir = MemoryRoot + u'/' + base;
    removeCgroup(baseDir);
    if (!QDir().mkdir(baseDir)) {
        r.error = QStringLiteral("cannot create ") + baseDir;
        return r;
    }
    QString hogDir = baseDir;
    r.limitCgroup = u'/' + base;
    r.taskCgroup = r.limitCgroup;
    if (where == RealOomLimit::ParentCgroup) {
        // Hierarchical accounting must be on before the child exists (always on in new kernels,
        // where the write may be refused: that is fine).
        writeFile(baseDir + QStringLiteral("/memory.use_hierarchy"), "1");
        hogDir = baseDir + QStringLiteral("/child");
        QDir().mkdir(hogDir);
        r.taskCgroup = r.limitCgroup + QStringLiteral("/child");
    }
    if (!writeFile(baseDir + QStringLiteral("/memory.limit_in_bytes"), QByteArray::number(limitBytes))) {
        r.error = QStringLiteral("cannot set memory.limit_in_bytes");
        removeCgroup(baseDir);
        return r;
    }
    const QByteArray marker = "oomlens-test: marker " + base.toUtf8() + '-' +
                              QByteArray::number(QRandomGenerator::global()->generate());
    if (!writeFile(QStringLiteral("/dev/kmsg"), marker + '\n')) {
        r.error = QStringLiteral("cannot write the marker to /dev/kmsg");
        removeCgroup(baseDir);
        return r;
    }
    QProcess hog;
    hog.setProgram(QStringLiteral("/bin/sh"));
    hog.setArguments({QStringLiteral("-c"),
                      QStringLiteral("echo $$ > '%1/cgroup.procs' && exec tail /dev/zero").arg(hogDir)});
    hog.setStandardOutputFile(QProcess::nullDevice());
    hog.start();
    if (!hog.waitForStarted(5000)) {
        r.error = QStringLiteral("cannot start the memory hog");
        removeCgroup(baseDir);
        return r;
    }
    r.hogPid = hog.processId();
    if (!hog.waitForFinished(60000)) {
        hog.kill();
        hog.waitForFinished(5000);
        r.error = QStringLiteral("the hog was not OOM-killed within 60 s");
    } else if (hog.exitStatus() != QProcess::CrashExit) {
        r.error = QStringLiteral("the hog exited by itself (code %1): %2")
                      .arg(hog.exitCode())
                      .arg(QString::fromLocal8Bit(hog.readAllStandardError()));
    }
    // The report is in the ring buffer before SIGKILL is delivered; give the reaper a moment.
    QThread::msleep(200);
    QProcess dmesg;
    dmesg.start(QStringLiteral("dmesg"), {});
    dmesg.waitForFinished(10000);
    const QByteArray all = dmesg.readAllStandardOutput();
    const qsizetype at = all.lastIndexOf(marker);
    if (at < 0) {
        r.error = QStringLiteral("marker not found in dmesg (ring buffer overrun?)");
    } else {
        const qsizetype nl = all.indexOf('\n', at);
        r.kernelLines = nl < 0 ? QByteArray() : all.mid(nl + 1);
    }
    removeCgroup(baseDir);
    return r;
}

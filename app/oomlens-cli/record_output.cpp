// SPDX-License-Identifier: GPL-2.0-or-later
#include "record_output.h"

#include "command.h"
#include "record/Recorder.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace oomlens::cli {

namespace {
std::atomic_int g_stopSignal{0};
extern "C" void onStopSignal(int sig) {
    g_stopSignal = sig;
}
} // namespace

std::optional<qint64> parseSize(const QString &text) {
    QString t = text.trimmed().toUpper();
    if (t.endsWith(QLatin1Char('B'))) t.chop(1);
    qint64 unit = 1;
    if (t.endsWith(QLatin1Char('K'))) unit = 1024;
    if (t.endsWith(QLatin1Char('M'))) unit = 1024 * 1024;
    if (t.endsWith(QLatin1Char('G'))) unit = qint64(1024) * 1024 * 1024;
    if (t.endsWith(QLatin1Char('T'))) unit = qint64(1024) * 1024 * 1024 * 1024;
    if (unit > 1) t.chop(1);
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0) return std::nullopt;
    return qint64(v * double(unit));
}

int recordToDirectory(const RecordOptions &o) {
    rec::WriterOptions w;
    w.chunkMs = qint64(o.chunkSeconds) * 1000;
    w.intervalMs = o.intervalMs;
    w.maxBytes = o.maxBytes;
    w.retainMs = qint64(o.retainDays * 86400.0 * 1000.0);
    w.fullEvery = o.fullEvery;
    rec::RecordingWriter writer(o.dir, w);
    if (!writer.open()) {
        std::fprintf(stderr, "oomlens-cli record: %s\n", qPrintable(writer.error()));
        return ExitError;
    }
    rec::Recorder recorder(writer, o.intervalMs, o.fullEvery);
    const bool kmsg = recorder.startKernelLog();
    if (!kmsg)
        std::fprintf(
            stderr,
            "oomlens-cli record: kernel log not watched (%s): kills are recorded from the counters only\n",
            qPrintable(recorder.kernelLogStatus()));
    int exitCode = ExitOk;
    QObject::connect(&recorder, &rec::Recorder::failed, &recorder, [&](const QString &reason) {
        std::fprintf(stderr,
                     "oomlens-cli record: %s (recording stopped; what was written before stays readable)\n",
                     qPrintable(reason));
        exitCode = ExitError;
        QCoreApplication::quit();
    });
    if (!o.quiet) {
        QObject::connect(&recorder.watcher(), &OomWatcher::oomKill, &recorder, [](const OomNotice &n) {
            std::fprintf(stdout, "OOM kill: %s cgroup %s %s\n",
                         qPrintable(n.pid ? QStringLiteral("pid %1 (%2)").arg(*n.pid).arg(n.comm)
                                          : QStringLiteral("victim unknown")),
                         qPrintable(n.victimCgroup.isEmpty() ? QStringLiteral("?") : n.victimCgroup),
                         qPrintable(n.cause));
            std::fflush(stdout);
        });
    }
    // SIGTERM (systemd stop) and SIGINT end the run cleanly: the chunk being collected is written.
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [] {
        if (g_stopSignal.load()) QCoreApplication::quit();
    });
    poll.start(100);
    if (o.seconds > 0)
        QTimer::singleShot(qint64(o.seconds * 1000), QCoreApplication::instance(), &QCoreApplication::quit);
    std::fprintf(stdout, "recording to %s (chunks of at most %d s)\n", qPrintable(o.dir), o.chunkSeconds);
    std::fflush(stdout);
    recorder.start();
    QCoreApplication::exec();
    if (!recorder.stop()) exitCode = ExitError;
    std::fprintf(stdout, "samples %llu, kills %llu, chunks %llu, bytes %lld, segments deleted %llu%s\n",
                 static_cast<unsigned long long>(recorder.samplesWritten()),
                 static_cast<unsigned long long>(recorder.killsWritten()),
                 static_cast<unsigned long long>(writer.chunksWritten()),
                 static_cast<long long>(writer.bytesWritten()),
                 static_cast<unsigned long long>(writer.segmentsDeleted()),
                 g_stopSignal.load()
                     ? (g_stopSignal.load() == SIGTERM ? ", stopped by SIGTERM" : ", stopped by SIGINT")
                     : "");
    return exitCode;
}

} // namespace oomlens::cli

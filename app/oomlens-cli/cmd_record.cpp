// SPDX-License-Identifier: GPL-2.0-or-later
// `oomlens-cli record`: the live sampler without a window. Runs exactly what the desktop
// program's live view runs in the background (core/record: Sampler, History, OomWatcher with the
// kernlog analyzer and the diagnosis) for a while and reports what it did. bench/live_bench.sh
// measures its CPU time against top; --fill-history measures the History's memory.
// With --output DIR it is the flight recorder (record_output.cpp): the same sampler, written to
// a recording (docs/recording-format.md) until SIGTERM/SIGINT or --duration.
#include "command.h"
#include "record_output.h"

#include "record/History.h"
#include "record/LiveAnalysis.h"
#include "record/OomWatcher.h"
#include "record/Sampler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace oomlens::cli {
namespace {

std::optional<qint64> residentKiB() {
    // Our own VmRSS: what the benchmark compares with the History budget.
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return std::nullopt;
}

int runRecord(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Sample the live host like the desktop program's live view does, without a window: "
                       "fast reads every interval, processes and pagetypeinfo every --full-every samples, a "
                       "bounded history, "
                       "and OOM kills from /dev/kmsg and the OOM counters."));
    p.addHelpOption();
    QCommandLineOption duration(QStringList{QStringLiteral("d"), QStringLiteral("duration")},
                                QStringLiteral("Seconds to sample (default 60)."), QStringLiteral("SECONDS"),
                                QStringLiteral("60"));
    QCommandLineOption interval(QStringList{QStringLiteral("i"), QStringLiteral("interval")},
                                QStringLiteral("Milliseconds between samples (default 1000)."),
                                QStringLiteral("MS"), QStringLiteral("1000"));
    QCommandLineOption fullEvery(
        QStringLiteral("full-every"),
        QStringLiteral("Read processes and pagetypeinfo every N-th sample (default 5)."), QStringLiteral("N"),
        QStringLiteral("5"));
    QCommandLineOption fill(
        QStringLiteral("fill-history"),
        QStringLiteral("At the end, append N more copies of the last sample to the history "
                       "(3600 = an hour at 1 s) and report resident memory."),
        QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                             QStringLiteral("Print only the summary."));
    QCommandLineOption output(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Record into DIR (docs/recording-format.md) until stopped or --duration."),
        QStringLiteral("DIR"));
    QCommandLineOption retainDays(
        QStringLiteral("retain-days"),
        QStringLiteral("With --output: delete recorded data older than N days (default 7; 0 = keep)."),
        QStringLiteral("N"), QStringLiteral("7"));
    QCommandLineOption maxBytes(
        QStringLiteral("max-bytes"),
        QStringLiteral("With --output: keep the recording below SIZE bytes (K, M, G suffixes; "
                       "default 1G; 0 = no limit)."),
        QStringLiteral("SIZE"), QStringLiteral("1G"));
    QCommandLineOption chunkSeconds(
        QStringLiteral("chunk-seconds"),
        QStringLiteral("With --output: longest span of one chunk, 1..60 (default 60): what a "
                       "crash can lose at most."),
        QStringLiteral("S"), QStringLiteral("60"));
    p.addOptions({duration, interval, fullEvery, fill, quiet, output, retainDays, maxBytes, chunkSeconds});
    if (!p.parse(QStringList{QStringLiteral("oomlens-cli record")} + args)) {
        std::fprintf(stderr, "oomlens-cli record: %s\n", qPrintable(p.errorText()));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return ExitOk;
    }
    if (p.isSet(output)) {
        RecordOptions o;
        o.dir = p.value(output);
        bool ok[5] = {};
        o.seconds = p.isSet(duration) ? p.value(duration).toDouble(&ok[0]) : 0;
        ok[0] = ok[0] || !p.isSet(duration);
        o.intervalMs = p.value(interval).toInt(&ok[1]);
        o.fullEvery = p.value(fullEvery).toInt(&ok[2]);
        o.retainDays = p.value(retainDays).toDouble(&ok[3]);
        o.chunkSeconds = p.value(chunkSeconds).toInt(&ok[4]);
        const std::optional<qint64> size = parseSize(p.value(maxBytes));
        if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || !size || o.seconds < 0 || o.intervalMs < 50 ||
            o.fullEvery < 1 || o.retainDays < 0 || o.chunkSeconds < 1 || o.chunkSeconds > 60) {
            std::fprintf(stderr, "oomlens-cli record: invalid number in the options (see --help)\n");
            return ExitUsage;
        }
        o.maxBytes = *size;
        o.quiet = p.isSet(quiet);
        return recordToDirectory(o);
    }
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    const double seconds = p.value(duration).toDouble(&ok1);
    const int ms = p.value(interval).toInt(&ok2);
    const int every = p.value(fullEvery).toInt(&ok3);
    const int fillCount = p.value(fill).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || seconds <= 0 || ms < 50 || every < 1 || fillCount < 0) {
        std::fprintf(stderr, "oomlens-cli record: invalid number in the options (see --help)\n");
        return ExitUsage;
    }

    QTextStream out(stdout);
    History history;
    OomWatcher watcher;
    watcher.setAnalyzer(defaultOomAnalyzer());
    watcher.setDiagnoser(defaultOomDiagnoser());
    const bool kmsg = watcher.startKernelLog();
    Sampler sampler(Sampler::liveReader());
    sampler.setInterval(ms);
    sampler.setFullEvery(every);
    qint64 readUs = 0;
    quint64 full = 0;
    std::shared_ptr<const Snapshot> last;
    QObject::connect(&sampler, &Sampler::sampled, &sampler,
                     [&](std::shared_ptr<const Snapshot> s, SampleDepth depth) {
                         history.append(*s);
                         watcher.observe(*s);
                         readUs += sampler.lastReadMicroseconds();
                         full += depth == SampleDepth::Full;
                         last = s;
                         if (!p.isSet(quiet))
                             out << s->time.toString(Qt::ISODateWithMs)
                                 << (depth == SampleDepth::Full ? " full " : " fast ")
                                 << sampler.lastReadMicroseconds() / 1000.0 << " ms, " << s->processes.size()
                                 << " processes, " << s->cgroups.size() << " cgroups" << Qt::endl;
                     });
    QObject::connect(&watcher, &OomWatcher::oomKill, &sampler, [&](const OomNotice &n) {
        out << "OOM kill: "
            << (n.pid ? QStringLiteral("pid %1 (%2)").arg(*n.pid).arg(n.comm)
                      : QStringLiteral("victim unknown"))
            << " cgroup " << (n.victimCgroup.isEmpty() ? QStringLiteral("?") : n.victimCgroup) << ' '
            << n.cause << Qt::endl;
    });
    QElapsedTimer wall;
    wall.start();
    sampler.start();
    QTimer::singleShot(int(seconds * 1000), QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    sampler.pause();
    sampler.waitForIdle();

    const quint64 taken = sampler.samplesTaken();
    out << "samples " << taken << " (" << full << " full), dropped " << sampler.samplesDropped()
        << ", mean read " << (taken ? double(readUs) / double(taken) / 1000.0 : 0.0) << " ms, wall "
        << wall.elapsed() / 1000.0 << " s" << Qt::endl;
    out << "kernel log: " << (kmsg ? QStringLiteral("watched") : watcher.kernelLogStatus())
        << ", OOM kills noticed " << watcher.killsSeen() << Qt::endl;
    if (fillCount > 0 && last) {
        const auto before = residentKiB();
        const std::vector<ZoneKey> layout = zoneLayoutOf(*last);
        HostSample sample = sampleFromSnapshot(*last, layout);
        for (int i = 0; i < fillCount; ++i) {
            sample.timeMs += ms;
            history.append(sample, layout);
        }
        const auto after = residentKiB();
        out << "history " << history.size() << " samples, " << history.bytesUsed() << " bytes (budget "
            << history.budgetBytes() << ")" << Qt::endl;
        out << "resident KiB before fill " << before.value_or(-1) << ", after " << after.value_or(-1)
            << Qt::endl;
    }
    return ExitOk;
}

CommandRegistration registration{
    {"record", "Sample the live host for a while (the live view's sampler, headless)", runRecord}};

} // namespace
} // namespace oomlens::cli

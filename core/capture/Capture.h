// Capturing the live host: copy the kernel's own files, byte for byte, at their original paths,
// plus a small manifest.json (architecture: "snapshots keep raw text"). SnapshotReader reads the
// result exactly as it reads the live host.
//
// What is copied: the system memory files of /proc, /proc/sys/vm, the NUMA node directories,
// hugepage counters, the memory cgroup hierarchy (the files SnapshotReader reads plus a few for
// context) and six files of every process. Never a symlink: the walk follows directories only and
// the live source serves /proc and /sys alone.
#pragma once

#include "CaptureSink.h"
#include "source/Source.h"

#include <QDateTime>
#include <QList>

namespace oomlens {

struct CaptureReport {
    QString host;
    QString kernel;
    QDateTime time;
    quint64 pageSize = 0;
    int files = 0;     // files written
    qint64 bytes = 0;  // bytes of file content written
    int processes = 0; // processes captured
    struct Unreadable {
        QString path;
        QString reason;
    };
    QList<Unreadable> unreadable; // files that exist but could not be read, and why
    QString writeError;           // set when the sink failed: the capture is incomplete
};

// Reads from `host` (a LiveSource in production; any Source in tests) into `sink`, then writes
// manifest.json. Does not call sink.finish().
CaptureReport captureHost(Source &host, CaptureSink &sink);

// The manifest written last into every capture.
QByteArray manifestJson(const CaptureReport &report);

} // namespace oomlens

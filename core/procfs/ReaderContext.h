// Internal to SnapshotReader: the state shared by its parts (system files, processes, cgroups).
#pragma once

#include "ParseResult.h"
#include "model/Snapshot.h"
#include "source/Source.h"

#include <QByteArray>

namespace oomlens::detail {

struct ReaderContext {
    Source &source;
    Snapshot &snapshot;
    QByteArray buffer; // reused for every small read

    // Set by readCgroups(), used by readProcesses() to pick the memory line of /proc/<pid>/cgroup.
    bool memoryOnV1 = false;
    QString memoryMountRoot = QStringLiteral("/"); // mountinfo "root" of the memory hierarchy

    // Reads `path` into `buffer`. On error records a problem unless the error kind is in
    // `quietKinds` (a bitmask of 1 << SourceError::Kind), and marks the snapshot partial when
    // `essential`. Returns false on error.
    bool read(QByteArrayView path, bool essential, unsigned quietKinds = 0, SourceError *error = nullptr);

    // Records a parser's issues as problems of `path`; marks partial on truncation or failure
    // when `essential`.
    template <typename T> void note(QByteArrayView path, const ParseResult<T> &r, bool essential) {
        const QString file = QString::fromLocal8Bit(path);
        for (const ParseIssue &i : r.issues)
            snapshot.addProblem(file, i.line, i.reason, false);
        if (essential && (!r.ok() || r.truncated)) snapshot.partial = true;
    }
};

constexpr unsigned quiet(SourceError::Kind k) {
    return 1u << unsigned(k);
}

void readSystemFiles(ReaderContext &ctx, bool pagetypeinfo);
void readNodes(ReaderContext &ctx);
void readCgroups(ReaderContext &ctx);
void readProcesses(ReaderContext &ctx, bool cmdlines);

} // namespace oomlens::detail

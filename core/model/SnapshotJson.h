// The documented JSON form of a Snapshot (docs/snapshot-json.md, schema "oomlens-snapshot/1"),
// shared by `oomlens-cli snapshot --json`, the GUI's export and the tests.
//
// Stable keys: kernel, page_size, nodes[].id, nodes[].zones[].{name, free_pages, min_pages,
// low_pages, high_pages, managed_pages, buddy}, meminfo (bytes, kernel key names),
// cgroups[].{path, version, usage_bytes, limit_bytes}, processes[].{pid, comm, oom_score,
// oom_score_adj, rss_bytes, cgroup, kill_rank}. Absent values are null, never 0; limit_bytes
// null means unlimited.
#pragma once

#include "Snapshot.h"
#include "analysis/KillOrder.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>

namespace oomlens {

// The JSON text (UTF-8, indented, keys in documented order).
QByteArray snapshotToJson(const Snapshot &snapshot, const KillOrder &killOrder);
// Streams the same text into `out` (e.g. stdout); false on a write error.
bool writeSnapshotJson(const Snapshot &snapshot, const KillOrder &killOrder, QIODevice &out);
// The same, parsed into a QJsonObject for code that wants to navigate it.
QJsonObject snapshotToJsonObject(const Snapshot &snapshot, const KillOrder &killOrder);

QString cgroupModeName(CgroupMode mode); // "v1", "v2", "hybrid", "none", "unknown"

} // namespace oomlens

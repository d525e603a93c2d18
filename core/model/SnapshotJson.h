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

#include <QJsonObject>

namespace oomlens {

QJsonObject snapshotToJson(const Snapshot &snapshot, const KillOrder &killOrder);

QString cgroupModeName(CgroupMode mode); // "v1", "v2", "hybrid", "none", "unknown"

} // namespace oomlens
